// `corridor-atlas info ID --json`, run as a user runs it: what the Source panel shows.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

class TestInfoCommand : public QObject {
    Q_OBJECT
private:
    QJsonObject run(const QStringList &arguments, int expectedExit = 0)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CORRIDOR_ATLAS_BINARY), QStringList{QStringLiteral("--atlas"), QStringLiteral(BUNDLED_ATLAS_DIR)} + arguments);
        [&] { QVERIFY(process.waitForFinished(30000)); }();
        [&] { QCOMPARE(process.exitCode(), expectedExit); }();
        return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    }

private slots:
    void btc()
    {
        const QJsonObject info = run({QStringLiteral("info"), QStringLiteral("btc"), QStringLiteral("--json")});
        QCOMPARE(info.value("type").toString(), QStringLiteral("route"));
        QCOMPARE(info.value("kind").toString(), QStringLiteral("pipeline"));
        QCOMPARE(info.value("status").toString(), QStringLiteral("operational"));
        QCOMPARE(info.value("from").toObject().value("name").toString(), QStringLiteral("Baku"));
        QCOMPARE(info.value("to").toObject().value("name").toString(), QStringLiteral("Ceyhan"));
        QCOMPARE(info.value("via").toArray().first().toObject().value("id").toString(), QStringLiteral("tbilisi"));
        QVERIFY(info.value("stated_length_km").isNull());
        QVERIFY(info.value("measured_length_km").toDouble() > 1400);
        const QJsonArray figures = info.value("figures").toArray();
        QCOMPARE(figures.size(), 2);
        QCOMPARE(figures.at(0).toObject().value("value").toDouble(), 1.5);
        QCOMPARE(figures.at(1).toObject().value("value_max").toDouble(), 6.5);
        QVERIFY(figures.at(0).toObject().value("quote").toString().contains(QStringLiteral("1.5 million tonnes")));
        const QJsonObject source = info.value("sources").toArray().first().toObject();
        QCOMPARE(source.value("outlet").toString(), QStringLiteral("Caspian News"));
        QCOMPARE(source.value("date").toString(), QStringLiteral("2022-11-22"));
        QVERIFY(source.value("quote").toString().contains(QStringLiteral("Baku-Tbilisi-Ceyhan")));
    }

    void aktauSiyazan()
    {
        const QJsonObject info = run({QStringLiteral("info"), QStringLiteral("aktau-siyazan"), QStringLiteral("--json")});
        QCOMPARE(info.value("kind").toString(), QStringLiteral("subsea-cable"));
        QCOMPARE(info.value("status").toString(), QStringLiteral("planned"));
        QCOMPARE(info.value("stated_length_km").toDouble(), 380.0);
        const double measured = info.value("measured_length_km").toDouble();
        QVERIFY2(measured > 300 && measured < 420, qPrintable(QString::number(measured)));
        QCOMPARE(info.value("operators").toArray().size(), 2);
        QCOMPARE(info.value("geometry_precision").toString(), QStringLiteral("schematic"));
    }

    void listingAndUnknownId()
    {
        const QJsonObject listing = run({QStringLiteral("info"), QStringLiteral("--json")});
        QCOMPARE(listing.value("routes").toArray().size(), 8);
        QVERIFY(listing.value("places").toArray().size() >= 15);
        run({QStringLiteral("info"), QStringLiteral("no-such-route")}, 1);
    }
};

QTEST_GUILESS_MAIN(TestInfoCommand)
#include "test_info_command.moc"
