// The bundled atlas: loads clean, holds every route, place and figure the article names,
// every quote is verbatim, and sea routes stay on water.

#include "atlas.h"
#include "geodesy.h"

#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace corridor;

namespace {
std::shared_ptr<const Atlas> bundled()
{
    static const AtlasLoadResult result = loadAtlas(QStringLiteral(BUNDLED_ATLAS_DIR));
    return result.atlas;
}

double kmBetween(const QGeoCoordinate &a, const QGeoCoordinate &b) { return a.distanceTo(b) / 1000.0; }
} // namespace

class TestBundledAtlas : public QObject {
    Q_OBJECT
private slots:
    void loadsAndValidatesClean()
    {
        const AtlasLoadResult result = loadAtlas(QStringLiteral(BUNDLED_ATLAS_DIR));
        QStringList lines;
        for (const ValidationIssue &issue : result.issues) lines.append(issue.toString());
        QVERIFY2(result.issues.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(result.atlas->articles.size(), 1);
        QVERIFY(result.atlas->basemap.landFine.vertexCount > 10000);
        QVERIFY(result.atlas->basemap.countriesCoarse.polygons.size() > 100);
    }

    void everyRouteOfTheArticleIsPresent_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("BTC") << "btc" << "pipeline" << "baku" << "ceyhan";
        QTest::newRow("CPC") << "cpc" << "pipeline" << "tengiz" << "novorossiysk";
        QTest::newRow("main cable") << "aktau-siyazan" << "subsea-cable" << "aktau" << "siyazan";
        QTest::newRow("reserve cable") << "kuryk-buzovna" << "subsea-cable" << "kuryk" << "buzovna";
        QTest::newRow("feeder line") << "poti-constanta" << "shipping" << "poti" << "constanta";
        QTest::newRow("Middle Corridor") << "middle-corridor" << "corridor" << "aktau" << "ankara";
        QTest::newRow("rail to Batumi") << "rail-tengiz-batumi" << "rail" << "tengiz" << "batumi";
        QTest::newRow("rail to Uzbekistan") << "rail-tengiz-uzbekistan" << "rail" << "tengiz" << "karakalpakiya";
    }
    void everyRouteOfTheArticleIsPresent()
    {
        QFETCH(QString, id);
        QFETCH(QString, kind);
        QFETCH(QString, from);
        QFETCH(QString, to);
        const Route *route = bundled()->route(id);
        QVERIFY2(route, qPrintable(id));
        QCOMPARE(kindSlug(route->kind), kind);
        QCOMPARE(route->from, from);
        QCOMPARE(route->to, to);
        QVERIFY(!route->sources.isEmpty());
        // The drawn line starts and ends near its named places (BTC starts at Sangachal
        // terminal, 40 km south-west of Baku's centre).
        const Place *start = bundled()->place(from);
        const Place *end = bundled()->place(to);
        QVERIFY(start && end);
        QVERIFY2(kmBetween(route->parts.first().first(), start->coordinate) < 60, qPrintable(id));
        QVERIFY2(kmBetween(route->parts.last().last(), end->coordinate) < 60, qPrintable(id));
        // Measured length is at least the straight distance and not absurdly longer.
        const double direct = kmBetween(start->coordinate, end->coordinate);
        QVERIFY(route->measuredLengthKm >= direct * 0.9);
        QVERIFY(route->measuredLengthKm <= direct * 3 + 100);
    }

    void placesAndEventsOfTheArticleArePresent()
    {
        for (const char *id : {"baku", "astana", "tbilisi", "ankara", "ceyhan", "aktau", "kuryk", "siyazan",
                               "buzovna", "poti", "batumi", "constanta", "tokayev-visit-baku",
                               "kazakhstan-election-2022"})
            QVERIFY2(bundled()->place(QString::fromLatin1(id)), id);
        const Place *election = bundled()->place(QStringLiteral("kazakhstan-election-2022"));
        QList<double> values;
        for (const Figure &f : election->figures) values.append(f.value);
        QVERIFY(values.contains(81.31));
        QVERIFY(values.contains(3.42));
        QVERIFY(values.contains(70));
        QCOMPARE(bundled()->place(QStringLiteral("tokayev-visit-baku"))->date, QDate(2022, 8, 24));
    }

    void keyFiguresCarryTheirQuotes()
    {
        const Route *btc = bundled()->route(QStringLiteral("btc"));
        bool now = false, target = false;
        for (const Figure &f : btc->figures) {
            now |= f.value == 1.5 && f.unit == QLatin1String("Mt") && f.quote.contains(QLatin1String("1.5 million tonnes"));
            target |= f.value == 6 && f.valueMax == 6.5 && f.quote.contains(QLatin1String("6-6.5 million tonnes"));
        }
        QVERIFY(now);
        QVERIFY(target);
        const auto length = bundled()->route(QStringLiteral("aktau-siyazan"))->statedLength();
        QVERIFY(length);
        QCOMPARE(length->value, 380.0);
    }

    void everyQuoteIsVerbatim()
    {
        // Independent of the loader's matcher: plain containment after collapsing whitespace.
        const QString body = bundled()->articles.first().body.simplified();
        int checked = 0;
        auto check = [&](const QString &quote) {
            QVERIFY2(body.contains(quote.normalized(QString::NormalizationForm_C).simplified()), qPrintable(quote));
            ++checked;
        };
        for (const Route &r : bundled()->routes) {
            for (const SourceRef &s : r.sources) check(s.quote);
            for (const Figure &f : r.figures) check(f.quote);
        }
        for (const Place &p : bundled()->places) {
            for (const SourceRef &s : p.sources) check(s.quote);
            for (const Figure &f : p.figures) check(f.quote);
        }
        QVERIFY(checked >= 30);
    }

    void everyLineSaysHowItWasDrawn()
    {
        for (const Route &r : bundled()->routes) QVERIFY2(!r.description.isEmpty(), qPrintable(r.id));
    }

    void seaRoutesStayOnWater_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("main cable") << "aktau-siyazan";
        QTest::newRow("reserve cable") << "kuryk-buzovna";
        QTest::newRow("feeder line") << "poti-constanta";
    }
    void seaRoutesStayOnWater()
    {
        QFETCH(QString, id);
        GDALAllRegister();
        auto *dataset = static_cast<GDALDataset *>(GDALOpenEx(BUNDLED_ATLAS_DIR "/basemap.gpkg", GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
        QVERIFY(dataset);
        OGRLayer *land = dataset->GetLayerByName("land_50m");
        QVERIFY(land);
        const Route *route = bundled()->route(id);
        const QGeoCoordinate start = route->parts.first().first();
        const QGeoCoordinate end = route->parts.last().last();
        int tested = 0;
        for (const QPointF &lonLat : geodesy::densify(route->parts.first(), 5)) {
            const QGeoCoordinate c(lonLat.y(), lonLat.x());
            // Landing points sit on the shore (and Siyazan a few km inland).
            if (kmBetween(c, start) < 12 || kmBetween(c, end) < 12) continue;
            OGRPoint point(lonLat.x(), lonLat.y());
            land->SetSpatialFilter(&point);
            land->ResetReading();
            for (auto &feature : *land)
                QVERIFY2(!point.Within(feature->GetGeometryRef()),
                         qPrintable(QStringLiteral("%1 crosses land at %2, %3").arg(id).arg(lonLat.x()).arg(lonLat.y())));
            ++tested;
        }
        QVERIFY(tested > 20);
        GDALClose(dataset);
    }
};

QTEST_GUILESS_MAIN(TestBundledAtlas)
#include "test_bundled_atlas.moc"
