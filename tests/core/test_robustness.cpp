// Real-world files in place of an atlas's routes file (tests/data/geodata, see its
// SOURCES.md): truncated KML, junk after the document, byte-order marks, null geometries,
// a projected CRS, 3D coordinates, GPX, lines and polygons across ±180°. Each one is loaded
// as `corridor-atlas validate` and the app load it: either the right content or a clear
// issue naming the file; never a crash or a hang (ctest's timeout catches a hang).
// Then lines across ±180° must be drawn where they are, not as a streak across the world.

#include "atlas.h"
#include "hit_tester.h"
#include "map_renderer.h"
#include "map_style.h"
#include "mini_atlas_copy.h"
#include "ogr_support.h"
#include "web_mercator.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <ogrsf_frmts.h>

using namespace corridor;

namespace {

const QString kGeodata = QStringLiteral(TEST_DATA_DIR "/geodata/");

/// A copy of the mini atlas whose routes.geojson holds `routesBytes`.
class AtlasCopy : public test::MiniAtlasCopy {
public:
    explicit AtlasCopy(const QByteArray &routesBytes) { write(QStringLiteral("routes.geojson"), routesBytes); }
};

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString describe(const QList<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues) lines.append(issue.toString());
    return lines.join(QLatin1Char('\n'));
}

/// The lines of an OGR geometry as lon/lat lists (what the loader should keep of it).
void collectLines(const OGRGeometry *geometry, QList<QList<QPointF>> &lines)
{
    switch (wkbFlatten(geometry->getGeometryType())) {
    case wkbLineString: {
        const OGRLineString *line = geometry->toLineString();
        QList<QPointF> points;
        for (int i = 0; i < line->getNumPoints(); ++i) points.append(QPointF(line->getX(i), line->getY(i)));
        if (points.size() >= 2) lines.append(points);
        break;
    }
    case wkbMultiLineString:
    case wkbGeometryCollection:
        for (const OGRGeometry *part : *geometry->toGeometryCollection()) collectLines(part, lines);
        break;
    default:
        break;
    }
}

bool isLineal(const OGRGeometry *geometry)
{
    const auto type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbLineString || type == wkbMultiLineString) return true;
    if (type != wkbGeometryCollection) return false;
    for (const OGRGeometry *part : *geometry->toGeometryCollection())
        if (!isLineal(part)) return false;
    return true;
}

/// Every geometry of every layer of a real file, each adopted as a valid route of the mini
/// atlas (its properties, id "real-N"), so the geometry itself goes through the loader.
struct AdoptedRoutes {
    QByteArray geojson;
    QList<QList<QList<QPointF>>> expectedLines; ///< per lineal geometry, in file order
    int geometries = 0;
};

AdoptedRoutes adoptGeometries(const QString &path)
{
    AdoptedRoutes adopted;
    const QJsonObject miniRoute = QJsonDocument::fromJson(fileBytes(QStringLiteral(TEST_DATA_DIR "/mini-atlas/routes.geojson")))
                                      .object().value(QStringLiteral("features")).toArray().first().toObject();
    QString error;
    const ogr::DatasetPtr dataset = ogr::openVector(path, &error, ogr::kFeatureDrivers);
    if (!dataset) return adopted;
    QJsonArray features;
    for (int l = 0; l < dataset->GetLayerCount(); ++l) {
        for (auto &feature : *dataset->GetLayer(l)) {
            const OGRGeometry *geometry = feature->GetGeometryRef();
            if (!geometry) continue;
            char *json = geometry->exportToJson();
            QJsonObject properties = miniRoute.value(QStringLiteral("properties")).toObject();
            properties.insert(QStringLiteral("id"), QStringLiteral("real-%1").arg(++adopted.geometries));
            QJsonObject out{{QStringLiteral("type"), QStringLiteral("Feature")},
                            {QStringLiteral("properties"), properties},
                            {QStringLiteral("geometry"), QJsonDocument::fromJson(json).object()}};
            CPLFree(json);
            features.append(out);
            if (isLineal(geometry) && !geometry->IsEmpty()) {
                QList<QList<QPointF>> lines;
                collectLines(geometry, lines);
                adopted.expectedLines.append(lines);
            }
        }
    }
    adopted.geojson = QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                                {QStringLiteral("features"), features}})
                          .toJson(QJsonDocument::Compact);
    return adopted;
}

/// Pixels within `tolerance` of a colour: the route's own ink, not its antialiased edge.
QList<QPoint> pixelsOfColour(const QImage &image, const QColor &colour, int tolerance = 10)
{
    QList<QPoint> found;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (qAbs(qRed(line[x]) - colour.red()) <= tolerance && qAbs(qGreen(line[x]) - colour.green()) <= tolerance &&
                qAbs(qBlue(line[x]) - colour.blue()) <= tolerance)
                found.append(QPoint(x, y));
    }
    return found;
}

QImage renderRoutesOnly(const std::shared_ptr<const Atlas> &atlas, const Viewport &view)
{
    QImage image(view.sizePx(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    RenderOptions options;
    // Decorations carry the kind colours too (the legend); leave only the map.
    options.decorations.legend = false;
    options.decorations.scaleBar = false;
    options.decorations.attribution = false;
    MapRenderer(atlas).render(painter, view, options);
    painter.end();
    return image;
}

} // namespace

class TestRobustness : public QObject {
    Q_OBJECT
private slots:
    void realFileAsRoutes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason"); ///< part of an issue that names routes.geojson
        const QString noId = QStringLiteral("has no `id`");
        const QString unreadable = QStringLiteral("cannot read");
        for (const char *name : {"almost-180", "both-poles", "crossing-latitude", "great-circle", "line", "multi-line",
                                 "multi-no-antimeridian", "over-180", "point-on-antimeridian", "split"})
            QTest::addRow("antimeridian input %s", name) << QStringLiteral("antimeridian/input/%1.json").arg(QLatin1String(name)) << noId;
        for (const char *name : {"line", "multi-line", "point-on-antimeridian", "split"})
            QTest::addRow("antimeridian ogr2ogr %s", name) << QStringLiteral("antimeridian/ogr2ogr/%1.json").arg(QLatin1String(name)) << noId;
        QTest::newRow("3D point, null properties") << "gdal/geojson/featurecollection_pointz.json" << noId;
        QTest::newRow("bare geometry collection") << "gdal/geojson/geometrycollection.geojson" << noId;
        QTest::newRow("null geometries, null and repeated ids") << "gdal/geojson/ids_0_1_null_1_null.json" << noId;
        QTest::newRow("collection without geometries") << "gdal/geojson/nullvalues.geojson" << unreadable;
        QTest::newRow("UTF-8 byte-order mark") << "gdal/geojson/point_with_utf8bom.json" << noId;
        QTest::newRow("projected CRS") << "gdal/geojson/srs_name.geojson" << "not longitude/latitude (EPSG:4326)";
        QTest::newRow("GPX with five layers") << "gdal/gpx/test.gpx" << "holds 5 layers; only the first, \"waypoints\", is read";
        QTest::newRow("GPX track with extensions") << "gdal/gpx/track_with_time_extension.gpx" << "holds 5 layers";
        QTest::newRow("KML without placemarks") << "gdal/kml/empty.kml" << "holds no layer";
        // The expat KML driver skips a gx:Track: the file reads as empty, and must say so.
        QTest::newRow("KML gx:Track without when") << "gdal/kml/gx_track_without_when.kml" << "holds no features";
        QTest::newRow("KML junk after the document") << "gdal/kml/junk_content_after_valid_doc.kml" << unreadable;
        QTest::newRow("KML blank coordinates") << "gdal/kml/kml_with_space_content_in_coordinates.kml" << noId;
        QTest::newRow("KML multi-geometries") << "gdal/kml/non_conformant_multi.kml" << noId;
        QTest::newRow("KML namespace prefix") << "gdal/kml/placemark_with_kml_prefix.kml" << noId;
        QTest::newRow("KML tab-separated triplets") << "gdal/kml/tab_separated_coord_triplet.kml" << noId;
        QTest::newRow("truncated KML") << "gdal/kml/truncated.kml" << unreadable;
        for (const char *name : {"feature/one", "featurecollection/one", "geometry/geometrycollection-xyz",
                                 "geometry/geometrycollection", "geometry/linestring-xyz", "geometry/linestring",
                                 "geometry/multilinestring-xyz", "geometry/multilinestring", "geometry/multipoint-xyz",
                                 "geometry/multipoint", "geometry/multipolygon-xyz", "geometry/multipolygon",
                                 "geometry/point-xyz", "geometry/point", "geometry/polygon-xyz", "geometry/polygon"})
            QTest::addRow("geojson-fixtures %s", name) << QStringLiteral("geojson-fixtures/%1.geojson").arg(QLatin1String(name)) << noId;
    }

    /// The file as it is: none has our properties, so no route may come out of it, and the
    /// reason must name the routes file. The rest of the atlas still loads.
    void realFileAsRoutes()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        const QByteArray bytes = fileBytes(kGeodata + file);
        QVERIFY2(!bytes.isEmpty(), qPrintable(file));
        const AtlasCopy copy(bytes);
        const AtlasLoadResult result = loadAtlas(copy.path());

        bool named = false;
        for (const ValidationIssue &issue : result.issues) {
            QVERIFY2(!issue.file.isEmpty() && !issue.reason.isEmpty(), qPrintable(issue.toString()));
            named |= issue.file.endsWith(QLatin1String("routes.geojson")) && issue.reason.contains(reason);
        }
        QVERIFY2(named, qPrintable(describe(result.issues)));
        QCOMPARE(result.atlas->routes.size(), 0);
        QCOMPARE(result.atlas->places.size(), 2);
        QCOMPARE(result.atlas->articles.size(), 1);
    }

    void realGeometryInRoute_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kept");     ///< routes the loader keeps
        QTest::addColumn<QString>("reason"); ///< why the others are refused (empty: none are)
        const QString notALine = QStringLiteral("not a line");
        for (const char *name : {"almost-180", "both-poles", "crossing-latitude", "great-circle", "multi-no-antimeridian",
                                 "over-180", "point-on-antimeridian", "split"})
            QTest::addRow("antimeridian polygon %s", name) << QStringLiteral("antimeridian/input/%1.json").arg(QLatin1String(name)) << 0 << notALine;
        QTest::newRow("line across 180") << "antimeridian/input/line.json" << 1 << "";
        QTest::newRow("multi-line across 180") << "antimeridian/input/multi-line.json" << 1 << "";
        QTest::newRow("ogr2ogr line across 180") << "antimeridian/ogr2ogr/line.json" << 1 << "";
        QTest::newRow("ogr2ogr multi-line across 180") << "antimeridian/ogr2ogr/multi-line.json" << 1 << "";
        QTest::newRow("3D point") << "gdal/geojson/featurecollection_pointz.json" << 0 << notALine;
        QTest::newRow("point and line collection") << "gdal/geojson/geometrycollection.geojson" << 0 << notALine;
        QTest::newRow("GPX routes, tracks and points") << "gdal/gpx/test.gpx" << 2 << notALine;
        QTest::newRow("GPX track with extensions") << "gdal/gpx/track_with_time_extension.gpx" << 1 << notALine;
        QTest::newRow("KML blank coordinates") << "gdal/kml/kml_with_space_content_in_coordinates.kml" << 0 << "empty geometry";
        QTest::newRow("KML multi-geometries") << "gdal/kml/non_conformant_multi.kml" << 1 << notALine;
        QTest::newRow("KML namespace prefix") << "gdal/kml/placemark_with_kml_prefix.kml" << 0 << notALine;
        QTest::newRow("KML tab-separated triplets") << "gdal/kml/tab_separated_coord_triplet.kml" << 1 << "";
        QTest::newRow("fixture polygon feature") << "geojson-fixtures/feature/one.geojson" << 0 << notALine;
        QTest::newRow("fixture mixed collection") << "geojson-fixtures/featurecollection/one.geojson" << 1 << notALine;
        for (const char *name : {"geometrycollection-xyz", "geometrycollection", "multipoint-xyz", "multipoint",
                                 "multipolygon-xyz", "multipolygon", "point-xyz", "point", "polygon-xyz", "polygon"})
            QTest::addRow("fixture %s", name) << QStringLiteral("geojson-fixtures/geometry/%1.geojson").arg(QLatin1String(name)) << 0 << notALine;
        for (const char *name : {"linestring-xyz", "linestring", "multilinestring-xyz", "multilinestring"})
            QTest::addRow("fixture %s", name) << QStringLiteral("geojson-fixtures/geometry/%1.geojson").arg(QLatin1String(name)) << 1 << "";
    }

    /// Each real geometry inside an otherwise valid route: lines come out with the file's
    /// coordinates (elevations dropped, parts kept), everything else is refused by name.
    void realGeometryInRoute()
    {
        QFETCH(QString, file);
        QFETCH(int, kept);
        QFETCH(QString, reason);
        const AdoptedRoutes adopted = adoptGeometries(kGeodata + file);
        QVERIFY2(adopted.geometries > 0, qPrintable(file));
        const AtlasCopy copy(adopted.geojson);
        const AtlasLoadResult result = loadAtlas(copy.path());

        QCOMPARE(result.atlas->routes.size(), kept);
        QCOMPARE(adopted.expectedLines.size(), kept);
        int refused = 0;
        for (const ValidationIssue &issue : result.issues) {
            if (!issue.file.endsWith(QLatin1String("routes.geojson"))) {
                // With no route left, the mini atlas's places lose the route that backs them.
                QVERIFY2(kept == 0 && issue.file.endsWith(QLatin1String("places.geojson")), qPrintable(describe(result.issues)));
                continue;
            }
            QVERIFY2(!reason.isEmpty() && issue.reason.contains(reason), qPrintable(describe(result.issues)));
            ++refused;
        }
        QCOMPARE(refused, adopted.geometries - kept);

        for (int r = 0; r < kept; ++r) {
            const Route &route = result.atlas->routes.at(r);
            const QList<QList<QPointF>> &expected = adopted.expectedLines.at(r);
            QCOMPARE(route.parts.size(), expected.size());
            for (int p = 0; p < expected.size(); ++p) {
                QCOMPARE(route.parts.at(p).size(), expected.at(p).size());
                for (int v = 0; v < expected.at(p).size(); ++v) {
                    QCOMPARE(route.parts.at(p).at(v).longitude(), expected.at(p).at(v).x());
                    QCOMPARE(route.parts.at(p).at(v).latitude(), expected.at(p).at(v).y());
                }
            }
            QVERIFY(std::isfinite(route.measuredLengthKm) && route.measuredLengthKm > 0);
            // Projected, every part stays continuous: no jump of a world's width at ±180°.
            for (const MercatorLine &part : route.projectedParts)
                for (int i = 1; i < part.size(); ++i)
                    QVERIFY2(qAbs(part.at(i).x() - part.at(i - 1).x()) < web_mercator::kHalfWorld / 4,
                             qPrintable(QStringLiteral("%1: jump at vertex %2").arg(route.id).arg(i)));
        }
    }

    void lineAcrossTheAntimeridianIsDrawnWhereItIs_data()
    {
        QTest::addColumn<double>("centreLon");
        QTest::addColumn<double>("fromLon"); ///< the line's ink must lie between these
        QTest::addColumn<double>("toLon");
        // The line runs from (170°E, 10°S) to (170°W, 10°N), crossing 180° at the equator.
        QTest::newRow("centred on 180°") << 180.0 << 170.0 << 190.0;
        QTest::newRow("west side, 175°W") << -175.0 << -190.0 << -170.0;
        QTest::newRow("east side, 175°E") << 175.0 << 170.0 << 190.0;
    }
    void lineAcrossTheAntimeridianIsDrawnWhereItIs()
    {
        QFETCH(double, centreLon);
        QFETCH(double, fromLon);
        QFETCH(double, toLon);
        const AtlasCopy copy(adoptGeometries(kGeodata + QStringLiteral("antimeridian/input/line.json")).geojson);
        const AtlasLoadResult result = loadAtlas(copy.path());
        QCOMPARE(result.atlas->routes.size(), 1);

        const double metresPerPixel = 5000; // 20° of longitude ≈ 445 px
        const Viewport view(web_mercator::project(centreLon, 0), metresPerPixel, QSize(800, 600));
        const QImage image = renderRoutesOnly(result.atlas, view);
        const QList<QPoint> ink = pixelsOfColour(image, style::kindColour(RouteKind::Pipeline));
        QVERIFY2(ink.size() > 300, qPrintable(QString::number(ink.size())));

        const double slack = 12; // pen width and antialiasing
        const double left = view.toScreen(web_mercator::project(fromLon, -10)).x() - slack;
        const double right = view.toScreen(web_mercator::project(toLon, 10)).x() + slack;
        int westOfCrossing = 0;
        int eastOfCrossing = 0;
        const double crossingX = view.toScreen(web_mercator::project(centreLon < 0 ? -180 : 180, 0)).x();
        for (const QPoint &p : ink) {
            QVERIFY2(p.x() >= left && p.x() <= right,
                     qPrintable(QStringLiteral("ink at x=%1, outside [%2, %3]").arg(p.x()).arg(left).arg(right)));
            (p.x() < crossingX ? westOfCrossing : eastOfCrossing)++;
        }
        // Both halves are on screen: the line is continuous through the antimeridian.
        QVERIFY2(westOfCrossing > 50 && eastOfCrossing > 50,
                 qPrintable(QStringLiteral("west %1, east %2").arg(westOfCrossing).arg(eastOfCrossing)));
    }

    /// At world scale both halves show, at the two edges of the map; no row is painted
    /// across the world.
    void lineAcrossTheAntimeridianAtWorldScale()
    {
        const AtlasCopy copy(adoptGeometries(kGeodata + QStringLiteral("antimeridian/input/line.json")).geojson);
        const AtlasLoadResult result = loadAtlas(copy.path());
        QCOMPARE(result.atlas->routes.size(), 1);
        const double half = web_mercator::kHalfWorld;
        const Viewport view = Viewport::fitting(QRectF(-half, -half, 2 * half, 2 * half), QSize(1600, 900));
        const QImage image = renderRoutesOnly(result.atlas, view);
        const QList<QPoint> ink = pixelsOfColour(image, style::kindColour(RouteKind::Pipeline));
        const double westEdge = view.toScreen(QPointF(-half, 0)).x();
        const double eastEdge = view.toScreen(QPointF(half, 0)).x();
        int nearWest = 0;
        int nearEast = 0;
        for (const QPoint &p : ink) {
            const bool west = qAbs(p.x() - westEdge) < 30;
            const bool east = qAbs(p.x() - eastEdge) < 30;
            QVERIFY2(west || east, qPrintable(QStringLiteral("ink at (%1, %2), away from ±180°").arg(p.x()).arg(p.y())));
            nearWest += west;
            nearEast += east;
        }
        QVERIFY2(nearWest > 5 && nearEast > 5, qPrintable(QStringLiteral("west %1, east %2").arg(nearWest).arg(nearEast)));
    }

    /// Hover and click find the line on either side of 180°.
    void lineAcrossTheAntimeridianCanBePickedOnBothSides()
    {
        const AtlasCopy copy(adoptGeometries(kGeodata + QStringLiteral("antimeridian/input/line.json")).geojson);
        const AtlasLoadResult result = loadAtlas(copy.path());
        QCOMPARE(result.atlas->routes.size(), 1);
        const Route &route = result.atlas->routes.first();
        const HitTester tester(result.atlas);
        // Points of the drawn line 1° east and west of the crossing (181° is 179°W unwrapped).
        for (double lon : {179.0, 181.0}) {
            const double targetX = web_mercator::project(lon, 0).x();
            QPointF onLine = route.projectedParts.first().first();
            for (const QPointF &p : route.projectedParts.first())
                if (qAbs(p.x() - targetX) < qAbs(onLine.x() - targetX)) onLine = p;
            for (double centreLon : {175.0, -175.0}) {
                const Viewport view(web_mercator::project(centreLon, 0), 5000, QSize(800, 600));
                QPointF screen = view.toScreen(onLine);
                // Seen from the other side of 180°, the same place lies one world-width over.
                if (screen.x() < 0 || screen.x() > 800)
                    screen = view.toScreen(onLine + QPointF(onLine.x() > 0 ? -2 : 2, 0) * web_mercator::kHalfWorld);
                QVERIFY2(screen.x() >= 0 && screen.x() <= 800, qPrintable(QString::number(screen.x())));
                QCOMPARE(tester.routeAt(view, screen + QPointF(0, 3), 6), route.id);
            }
        }
    }
};

QTEST_MAIN(TestRobustness)
#include "test_robustness.moc"
