// Projection, great-circle geometry, viewport arithmetic and hit-testing.

#include "atlas.h"
#include "geodesy.h"
#include "hit_tester.h"
#include "viewport.h"
#include "web_mercator.h"

#include <QtTest>

using namespace corridor;

class TestGeometry : public QObject {
    Q_OBJECT
private slots:
    void projectionRoundTrip_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::newRow("origin") << 0.0 << 0.0;
        QTest::newRow("baku") << 49.8822 << 40.3953;
        QTest::newRow("constanta") << 28.6383 << 44.1733;
        QTest::newRow("south-west") << -179.5 << -84.0;
        QTest::newRow("north-east") << 179.9 << 85.0;
    }
    void projectionRoundTrip()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        const QGeoCoordinate back = web_mercator::unproject(web_mercator::project(lon, lat));
        QVERIFY(qAbs(back.longitude() - lon) < 1e-9);
        QVERIFY(qAbs(back.latitude() - lat) < 1e-9);
    }

    void projectionKnownValues()
    {
        // EPSG:3857 maps 180° to half the equator and 85.0511° to the top of the square.
        QVERIFY(qAbs(web_mercator::project(180, 0).x() - web_mercator::kHalfWorld) < 1e-6);
        QVERIFY(qAbs(web_mercator::project(0, web_mercator::kMaxLatitude).y() - web_mercator::kHalfWorld) < 1e-3);
        QCOMPARE(web_mercator::project(10, 89.9).y(), web_mercator::project(10, web_mercator::kMaxLatitude).y());
    }

    void greatCircleLengthOfKnownPairs()
    {
        // A quarter of the equator: pi/2 * R with Qt's mean earth radius (6371.0072 km).
        const double quarter = geodesy::lengthKm({QGeoCoordinate(0, 0), QGeoCoordinate(0, 90)});
        QVERIFY2(qAbs(quarter - 10007.55) < 1.0, qPrintable(QString::number(quarter)));
        // Paris to London: 343.5 km on the sphere.
        const double parisLondon = geodesy::lengthKm({QGeoCoordinate(48.8566, 2.3522), QGeoCoordinate(51.5074, -0.1278)});
        QVERIFY2(qAbs(parisLondon - 343.5) < 1.5, qPrintable(QString::number(parisLondon)));
    }

    void densifyFollowsTheGreatCircle()
    {
        // Along a meridian the great circle keeps the longitude; steps stay below the limit.
        const QList<QPointF> line = geodesy::densify({QGeoCoordinate(0, 30), QGeoCoordinate(60, 30)}, 100);
        QVERIFY(line.size() >= 67);
        for (const QPointF &p : line) QVERIFY(qAbs(p.x() - 30) < 1e-6);
        // London–New York bulges north of both endpoints (the great circle, not the rhumb line).
        const QList<QPointF> atlantic = geodesy::densify({QGeoCoordinate(51.5, -0.1), QGeoCoordinate(40.7, -74.0)}, 50);
        double maxLat = -90;
        for (const QPointF &p : atlantic) maxLat = std::max(maxLat, p.y());
        QVERIFY2(maxLat > 52.0, qPrintable(QString::number(maxLat)));
    }

    void densifyStaysContinuousAcrossTheAntimeridian()
    {
        const QList<QPointF> line = geodesy::densify({QGeoCoordinate(50, 179), QGeoCoordinate(50, -179)}, 20);
        for (int i = 1; i < line.size(); ++i) QVERIFY(qAbs(line.at(i).x() - line.at(i - 1).x()) < 1.0);
        QVERIFY(qAbs(line.last().x() - 181.0) < 1e-6);
    }

    void zoomKeepsTheAnchorUnderTheCursor()
    {
        Viewport view(QPointF(5e6, 5e6), 1000, QSize(800, 600));
        const QPointF anchor(123, 456);
        const QPointF before = view.toMercator(anchor);
        view.zoomAt(2.0, anchor);
        QCOMPARE(view.metresPerPixel(), 500.0);
        const QPointF after = view.toMercator(anchor);
        QVERIFY(QLineF(before, after).length() < 1e-6);
    }

    void fittingGrowsTheExtentToTheSizeAspect()
    {
        const QRectF wide(0, 0, 4000, 1000);
        const Viewport view = Viewport::fitting(wide, QSize(400, 400));
        QCOMPARE(view.metresPerPixel(), 10.0);
        QVERIFY(view.mercatorRect().contains(wide));
        QCOMPARE(view.mercatorRect().center(), wide.center());
    }

    void hitTestPicksTheNearestRouteWithinTolerance()
    {
        const AtlasLoadResult loaded = loadAtlas(QStringLiteral(TEST_DATA_DIR "/mini-atlas"));
        const Route *route = loaded.atlas->route(QStringLiteral("alpha-beta"));
        QVERIFY(route);
        const Viewport view = Viewport::fitting(route->projectedBounds, QSize(800, 600), 96, 50);
        const HitTester tester(loaded.atlas);
        const QPointF onLine = view.toScreen(route->projectedParts.first().at(5));
        QCOMPARE(tester.routeAt(view, onLine, 6), QStringLiteral("alpha-beta"));
        QCOMPARE(tester.routeAt(view, onLine + QPointF(0, 5), 6), QStringLiteral("alpha-beta"));
        QVERIFY(tester.routeAt(view, onLine + QPointF(0, 30), 6).isEmpty());
        QVERIFY(tester.routeAt(view, onLine, 6, {QStringLiteral("alpha-beta")}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGeometry)
#include "test_geometry.moc"
