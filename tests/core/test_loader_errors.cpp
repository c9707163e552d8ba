// Bad input: each broken routes file, a missing file, a missing folder. The loader must name
// the file, the feature and the reason, and keep whatever is still valid.

#include "atlas.h"
#include "mini_atlas_copy.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace corridor;

namespace {

/// A copy of the mini atlas whose routes file is one of tests/data/routes (or removed).
class AtlasCopy : public test::MiniAtlasCopy {
public:
    explicit AtlasCopy(const QString &routesFile)
    {
        replaceRoutes(routesFile.isEmpty() ? QString() : QStringLiteral(TEST_DATA_DIR "/routes/") + routesFile);
    }
};

QString describe(const QList<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues) lines.append(issue.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestLoaderErrors : public QObject {
    Q_OBJECT
private slots:
    void miniAtlasIsClean()
    {
        const AtlasLoadResult result = loadAtlas(QStringLiteral(TEST_DATA_DIR "/mini-atlas"));
        QVERIFY2(result.issues.isEmpty(), qPrintable(describe(result.issues)));
        QCOMPARE(result.atlas->routes.size(), 1);
        const Route &route = result.atlas->routes.first();
        QCOMPARE(route.sources.size(), 1);
        // The loader says where each quote stands, so the reader can highlight it directly.
        const SourceRef &source = route.sources.first();
        const QString body = result.atlas->article(source.articleId)->body;
        QCOMPARE(body.mid(source.span.start, source.span.length).simplified(), source.quote.simplified());
        QCOMPARE(route.figures.size(), 1);
        QCOMPARE(route.figures.first().formattedValue(), QStringLiteral("12.5 Mt"));
        QCOMPARE(route.operators, QStringList{QStringLiteral("Test Operator")});
        QVERIFY(route.measuredLengthKm > 150 && route.measuredLengthKm < 250);
        QVERIFY(!result.atlas->basemap.isEmpty());
    }

    void brokenRoutesFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("featureId");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("routesKept");
        QTest::newRow("malformed GeoJSON") << "malformed.geojson" << "" << "cannot read" << 0;
        QTest::newRow("coordinate out of range") << "out-of-range.geojson" << "alpha-beta" << "coordinate out of range: (191, 45.6)" << 0;
        QTest::newRow("unknown kind") << "unknown-kind.geojson" << "alpha-beta" << "unknown kind \"teleporter\"" << 0;
        QTest::newRow("unknown status") << "unknown-status.geojson" << "alpha-beta" << "unknown status \"imaginary\"" << 0;
        QTest::newRow("unknown place") << "unknown-place.geojson" << "alpha-beta" << "unknown place id \"gamma\"" << 1;
        QTest::newRow("quote not verbatim") << "quote-not-verbatim.geojson" << "alpha-beta" << "source quote not found verbatim" << 1;
        QTest::newRow("figure quote not verbatim") << "figure-quote-not-verbatim.geojson" << "alpha-beta" << "figure \"Capacity\" quote not found verbatim" << 1;
        QTest::newRow("empty geometry") << "empty-geometry.geojson" << "alpha-beta" << "empty geometry" << 0;
        QTest::newRow("null geometry") << "null-geometry.geojson" << "alpha-beta" << "empty geometry" << 0;
        QTest::newRow("no article backs it") << "unbacked.geojson" << "alpha-beta" << "no article backs this route" << 1;
        QTest::newRow("point geometry") << "point-geometry.geojson" << "alpha-beta" << "not a line" << 0;
    }
    void brokenRoutesFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, featureId);
        QFETCH(QString, reason);
        QFETCH(int, routesKept);
        const AtlasCopy copy(file);
        const AtlasLoadResult result = loadAtlas(copy.path());
        bool found = false;
        for (const ValidationIssue &issue : result.issues)
            found |= issue.file.endsWith(QLatin1String("routes.geojson")) && issue.featureId == featureId && issue.reason.contains(reason);
        QVERIFY2(found, qPrintable(describe(result.issues)));
        QCOMPARE(result.atlas->routes.size(), routesKept);
        // What is valid elsewhere still loads.
        QCOMPARE(result.atlas->places.size(), 2);
        QCOMPARE(result.atlas->articles.size(), 1);
    }

    void droppedQuoteIsNotShown()
    {
        const AtlasCopy copy(QStringLiteral("quote-not-verbatim.geojson"));
        const AtlasLoadResult result = loadAtlas(copy.path());
        QCOMPARE(result.atlas->routes.size(), 1);
        QVERIFY(result.atlas->routes.first().sources.isEmpty());
    }

    void missingRoutesFile()
    {
        const AtlasCopy copy{QString()};
        const AtlasLoadResult result = loadAtlas(copy.path());
        QVERIFY(!result.issues.isEmpty());
        QVERIFY(result.issues.first().file.endsWith(QLatin1String("routes.geojson")));
        QCOMPARE(result.issues.first().reason, QStringLiteral("file is missing"));
        // With no routes, the places that only routes backed are reported as unbacked.
        for (qsizetype i = 1; i < result.issues.size(); ++i)
            QVERIFY(result.issues.at(i).reason.startsWith(QLatin1String("no article backs this place")));
        QCOMPARE(result.atlas->places.size(), 2);
    }

    void missingFolder()
    {
        const AtlasLoadResult result = loadAtlas(QStringLiteral("/nonexistent/atlas"));
        QVERIFY(result.atlas);
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues.first().reason, QStringLiteral("atlas folder does not exist"));
    }
};

QTEST_GUILESS_MAIN(TestLoaderErrors)
#include "test_loader_errors.moc"
