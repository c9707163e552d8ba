// Georeferenced snapshots, read back through GDAL as QGIS would: GeoTIFF and world files
// land on the extent that was asked for (or on the grown extent the command prints), in
// EPSG:3857, with the snapshot's sources in the metadata.

#include "export_test_support.h"
#include "cited_sources.h"
#include "georeference.h"
#include "ogr_support.h"
#include "snapshot_framing.h"
#include "snapshot_writer.h"
#include "web_mercator.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

using namespace corridor;
using corridor::test::bundledAtlas;

namespace {

struct Raster {
    ogr::DatasetPtr dataset;
    std::array<double, 6> transform{};
    bool hasTransform = false;

    QRectF corners() const // x = west, y = south (metres), like Viewport::mercatorRect()
    {
        const int w = dataset->GetRasterXSize();
        const int h = dataset->GetRasterYSize();
        return QRectF(QPointF(transform[0], transform[3] + h * transform[5]), QPointF(transform[0] + w * transform[1], transform[3]));
    }
    bool isWebMercator() const
    {
        const OGRSpatialReference *srs = dataset->GetSpatialRef();
        if (!srs) return false;
        OGRSpatialReference expected;
        expected.importFromEPSG(3857);
        return srs->IsSame(&expected);
    }
    QString metadata(const char *key) const { return QString::fromUtf8(dataset->GetMetadataItem(key)); }
};

Raster openRaster(const QString &path)
{
    ogr::ensureRegistered();
    Raster raster;
    raster.dataset.reset(static_cast<GDALDataset *>(GDALOpen(QFile::encodeName(path).constData(), GA_ReadOnly)));
    if (raster.dataset) raster.hasTransform = raster.dataset->GetGeoTransform(raster.transform.data()) == CE_None;
    return raster;
}

/// True when every edge of `actual` is within `tolerance` metres of `expected`'s.
bool sameEdges(const QRectF &actual, const QRectF &expected, double tolerance)
{
    return qAbs(actual.left() - expected.left()) <= tolerance && qAbs(actual.right() - expected.right()) <= tolerance &&
           qAbs(actual.top() - expected.top()) <= tolerance && qAbs(actual.bottom() - expected.bottom()) <= tolerance;
}

QString describe(const QRectF &r)
{
    return QStringLiteral("W %1 S %2 E %3 N %4").arg(r.left(), 0, 'f', 1).arg(r.top(), 0, 'f', 1).arg(r.right(), 0, 'f', 1).arg(r.bottom(), 0, 'f', 1);
}

/// A request for exactly `extentDegrees` (W,S,E,N) at `sizePx`, as the command line builds it.
SnapshotRequest extentRequest(const QRectF &asked, QSize sizePx)
{
    SnapshotRequest request;
    request.view = Viewport::fitting(asked, sizePx);
    request.options = snapshotOptions(*bundledAtlas(), QString());
    return request;
}

} // namespace

class TestGeoreference : public QObject {
    Q_OBJECT
private slots:
    void geotiffLandsOnTheAskedExtent()
    {
        // A size with the extent's own aspect: the frame is the extent, to the pixel.
        const QRectF asked = web_mercator::projectBox(40, 38, 50, 46);
        const QSize size(1000, int(std::lround(1000 * asked.height() / asked.width())));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("caucasus.tif"));
        SnapshotRequest request = extentRequest(asked, size);
        request.format = SnapshotFormat::GeoTiff;
        const SnapshotResult result = writeSnapshot(MapRenderer(bundledAtlas()), request, path);
        QVERIFY2(result.ok, qPrintable(result.error));

        const Raster raster = openRaster(path);
        QVERIFY(raster.dataset);
        QCOMPARE(QString::fromLatin1(raster.dataset->GetDriver()->GetDescription()), QStringLiteral("GTiff"));
        QCOMPARE(QSize(raster.dataset->GetRasterXSize(), raster.dataset->GetRasterYSize()), size);
        QCOMPARE(raster.dataset->GetRasterCount(), 3);
        QVERIFY(raster.hasTransform);
        QVERIFY(raster.isWebMercator());
        const double pixel = raster.transform[1];
        QCOMPARE(raster.transform[5], -pixel); // square pixels, north up
        QVERIFY2(sameEdges(raster.corners(), asked, pixel), qPrintable(describe(raster.corners()) + " vs " + describe(asked)));

        // The sources of the routes in view and their date travel with the file.
        const QList<const Article *> cited = citedArticles(*bundledAtlas(), request.view, request.options);
        QVERIFY(!cited.isEmpty());
        QVERIFY2(raster.metadata("SOURCES").contains(cited.first()->title()), qPrintable(raster.metadata("SOURCES")));
        QCOMPARE(raster.metadata("STATUS_AS_OF"), latestSourceDate(cited).toString(Qt::ISODate));
        QCOMPARE(raster.metadata("TITLE"), request.options.title);
        QVERIFY(raster.metadata("TIFFTAG_SOFTWARE").startsWith(QLatin1String("Corridor Atlas")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".aux.xml"))); // everything inside the TIFF
    }

    void geotiffOfAnotherAspectCoversTheGrownExtent()
    {
        const QRectF asked = web_mercator::projectBox(30, 36, 60, 44); // wide; the size is square
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("square.tif"));
        SnapshotRequest request = extentRequest(asked, QSize(600, 600));
        request.format = SnapshotFormat::GeoTiff;
        QVERIFY(writeSnapshot(MapRenderer(bundledAtlas()), request, path).ok);
        const Raster raster = openRaster(path);
        const double pixel = raster.transform[1];
        const QRectF grown = request.view.mercatorRect();
        QVERIFY(sameEdges(raster.corners(), grown, pixel));
        // Grown around the centre: same west/east, more to the south and north.
        QVERIFY(qAbs(grown.left() - asked.left()) <= pixel && qAbs(grown.right() - asked.right()) <= pixel);
        QVERIFY(grown.top() < asked.top() - 100 * pixel && grown.bottom() > asked.bottom() + 100 * pixel);
        QVERIFY(qAbs(grown.center().y() - asked.center().y()) < pixel);
    }

    void plainTiffHasNoGeoreference()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("picture.tif"));
        SnapshotRequest request = extentRequest(web_mercator::projectBox(40, 38, 50, 46), QSize(500, 400));
        request.view = request.view.resampled(QSize(500, 400), 150);
        QVERIFY(writeSnapshot(MapRenderer(bundledAtlas()), request, path).ok);
        const Raster raster = openRaster(path);
        QVERIFY(raster.dataset);
        QCOMPARE(QSize(raster.dataset->GetRasterXSize(), raster.dataset->GetRasterYSize()), QSize(500, 400));
        QVERIFY(!raster.hasTransform);
        QVERIFY(!raster.dataset->GetSpatialRef());
        QCOMPARE(raster.metadata("TIFFTAG_XRESOLUTION"), QStringLiteral("150"));
        QVERIFY(raster.metadata("TIFFTAG_IMAGEDESCRIPTION").contains(QLatin1String("Status as of")));
    }

    void worldFileAndPrjLandLikewise_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("worldFile");
        QTest::newRow("png") << "view.png" << "view.pgw";
        QTest::newRow("jpeg") << "view.jpg" << "view.jgw";
    }
    void worldFileAndPrjLandLikewise()
    {
        QFETCH(QString, name);
        QFETCH(QString, worldFile);
        const QRectF asked = web_mercator::projectBox(44, 39, 52, 44);
        const QSize size(800, int(std::lround(800 * asked.height() / asked.width())));
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        SnapshotRequest request = extentRequest(asked, size);
        request.worldFile = true;
        const SnapshotResult result = writeSnapshot(MapRenderer(bundledAtlas()), request, path);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QString prj = dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".prj"));
        QCOMPARE(result.files, (QStringList{path, dir.filePath(worldFile), prj, path + QStringLiteral(".aux.xml")}));

        // GDAL picks the world file and the CRS up beside the image, as QGIS does.
        const Raster raster = openRaster(path);
        QVERIFY(raster.hasTransform);
        QVERIFY(raster.isWebMercator());
        const double pixel = raster.transform[1];
        QVERIFY(pixel > 0);
        QVERIFY2(sameEdges(raster.corners(), asked, pixel), qPrintable(describe(raster.corners()) + " vs " + describe(asked)));

        QFile file(prj);
        QVERIFY(file.open(QIODevice::ReadOnly));
        OGRSpatialReference read;
        QCOMPARE(read.SetFromUserInput(file.readAll().constData()), OGRERR_NONE);
        OGRSpatialReference expected;
        expected.importFromEPSG(3857);
        QVERIFY(read.IsSame(&expected));
    }

    void worldFileNamesTheCentreOfTheFirstPixel()
    {
        const Viewport view(QPointF(1000, 2000), 10, QSize(100, 50));
        const QStringList lines = QString::fromLatin1(worldFileText(view)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(0).toDouble(), 10.0);
        QCOMPARE(lines.at(3).toDouble(), -10.0);
        QCOMPARE(lines.at(4).toDouble(), 1000 - 500 + 5.0);
        QCOMPARE(lines.at(5).toDouble(), 2000 + 250 - 5.0);
        QCOMPARE(sidecarPath(QStringLiteral("/a/b/map.v2.png"), QStringLiteral("pgw")), QStringLiteral("/a/b/map.v2.pgw"));
        QCOMPARE(sidecarPath(QStringLiteral("map.png"), QStringLiteral("prj")), QStringLiteral("map.prj"));
    }

    void commandPrintsTheGrownExtentItWrote()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cli.tif"));
        QProcess app;
        app.start(QStringLiteral(CORRIDOR_ATLAS_BINARY),
                  {QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("geotiff"), QStringLiteral("--extent"),
                   QStringLiteral("30,35,60,45"), QStringLiteral("--size"), QStringLiteral("700x700")});
        QVERIFY(app.waitForFinished(60000));
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        QCOMPARE(app.exitCode(), 0);
        static const QRegularExpression grownLine(QStringLiteral("Extent grown to ([-\\d.]+),([-\\d.]+),([-\\d.]+),([-\\d.]+)"));
        const QRegularExpressionMatch m = grownLine.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        const QRectF printed = web_mercator::projectBox(m.captured(1).toDouble(), m.captured(2).toDouble(),
                                                        m.captured(3).toDouble(), m.captured(4).toDouble());
        QCOMPARE(m.captured(1).toDouble(), 30.0); // the asked west and east stay
        QCOMPARE(m.captured(3).toDouble(), 60.0);
        QVERIFY(m.captured(2).toDouble() < 35.0 && m.captured(4).toDouble() > 45.0);
        const Raster raster = openRaster(path);
        QVERIFY(raster.isWebMercator());
        QVERIFY2(sameEdges(raster.corners(), printed, raster.transform[1]),
                 qPrintable(describe(raster.corners()) + " vs " + describe(printed)));
    }
};

QTEST_MAIN(TestGeoreference)
#include "test_georeference.moc"
