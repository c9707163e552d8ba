// Command-line parsing, before any QApplication exists.

#include "command_line.h"

#include <QtTest>

using namespace corridor;

class TestCommandLine : public QObject {
    Q_OBJECT
private slots:
    void modes()
    {
        QCOMPARE(parseCommandLine({"corridor-atlas"}).mode, CommandLine::Mode::Gui);
        QCOMPARE(parseCommandLine({"corridor-atlas", "--version"}).mode, CommandLine::Mode::Version);
        QCOMPARE(parseCommandLine({"corridor-atlas", "--help"}).mode, CommandLine::Mode::Help);
        const CommandLine validate = parseCommandLine({"corridor-atlas", "validate", "/some/dir"});
        QCOMPARE(validate.mode, CommandLine::Mode::Validate);
        QCOMPARE(validate.atlasDir, QStringLiteral("/some/dir"));
        const CommandLine select = parseCommandLine({"corridor-atlas", "--select", "btc"});
        QCOMPARE(select.mode, CommandLine::Mode::Gui);
        QCOMPARE(select.route, QStringLiteral("btc"));
    }

    void exportOptions()
    {
        const CommandLine cl = parseCommandLine({"corridor-atlas", "--export", "out.png", "--size", "800x600",
                                                 "--route", "btc", "--extent", "26,34,62,50"});
        QCOMPARE(cl.mode, CommandLine::Mode::Export);
        QCOMPARE(cl.exportPath, QStringLiteral("out.png"));
        QCOMPARE(cl.size, QSize(800, 600));
        QCOMPARE(cl.route, QStringLiteral("btc"));
        QVERIFY(cl.extent);
        QCOMPARE(*cl.extent, QRectF(26, 34, 36, 16));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{"corridor-atlas", "--frobnicate"} << "frobnicate";
        QTest::newRow("unknown command") << QStringList{"corridor-atlas", "draw"} << "unknown command";
        QTest::newRow("zero size") << QStringList{"corridor-atlas", "--export", "a.png", "--size", "0x100"} << "--size";
        QTest::newRow("huge size") << QStringList{"corridor-atlas", "--export", "a.png", "--size", "90000x100"} << "--size";
        QTest::newRow("size garbage") << QStringList{"corridor-atlas", "--export", "a.png", "--size", "big"} << "--size";
        QTest::newRow("extent reversed") << QStringList{"corridor-atlas", "--export", "a.png", "--extent", "62,34,26,50"} << "west must be less";
        QTest::newRow("extent out of range") << QStringList{"corridor-atlas", "--export", "a.png", "--extent", "26,34,200,50"} << "[-180, 180]";
        QTest::newRow("extent not numbers") << QStringList{"corridor-atlas", "--export", "a.png", "--extent", "a,b,c,d"} << "not a number";
        QTest::newRow("size without export") << QStringList{"corridor-atlas", "--size", "10x10"} << "needs --export";
    }
    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CommandLine cl = parseCommandLine(arguments);
        QCOMPARE(cl.mode, CommandLine::Mode::Error);
        QVERIFY2(cl.error.contains(message), qPrintable(cl.error));
        QVERIFY(!cl.error.contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_command_line.moc"
