// Snapshots: the file is a PNG of the asked size, route colours are on it, decorations
// scale with DPI, and a failed write leaves nothing behind.

#include "cited_sources.h"
#include "decorations.h"
#include "map_style.h"
#include "snapshot_framing.h"
#include "snapshot_writer.h"
#include "web_mercator.h"

#include <QGuiApplication>
#include <QImageReader>
#include <QTemporaryDir>
#include <QtTest>

using namespace corridor;

namespace {
std::shared_ptr<const Atlas> bundled()
{
    static const AtlasLoadResult result = loadAtlas(QStringLiteral(BUNDLED_ATLAS_DIR));
    return result.atlas;
}

int pixelsNear(const QImage &image, const QColor &colour, int tolerance = 12)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (qAbs(qRed(line[x]) - colour.red()) <= tolerance && qAbs(qGreen(line[x]) - colour.green()) <= tolerance &&
                qAbs(qBlue(line[x]) - colour.blue()) <= tolerance)
                ++count;
    }
    return count;
}
} // namespace

class TestSnapshotExport : public QObject {
    Q_OBJECT
private slots:
    void writesAPngOfTheAskedSizeWithRouteColours()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("atlas.png"));
        const MapRenderer renderer(bundled());
        const Viewport view = framingView(*bundled(), QString(), QSize(1000, 700));
        const SnapshotResult result = writeSnapshot(renderer, view, snapshotOptions(*bundled(), QString()), path);
        QVERIFY2(result.ok, qPrintable(result.error));

        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(1000, 700));
        const QImage read = reader.read();
        // Provenance travels in the file's metadata too.
        QVERIFY2(read.text(QStringLiteral("Source")).contains(QLatin1String("Caspian News")), qPrintable(read.text()));
        const QImage image = read.convertToFormat(QImage::Format_RGB32);
        for (RouteKind kind : kAllRouteKinds) {
            const int count = pixelsNear(image, style::kindColour(kind));
            QVERIFY2(count > 150, qPrintable(QStringLiteral("%1: %2 pixels").arg(kindLabel(kind)).arg(count)));
        }
        // Water and land are both on the map (the Caspian renders as water).
        QVERIFY(pixelsNear(image, style::kWater, 3) > 20000);
        QVERIFY(pixelsNear(image, style::kLand, 3) > 20000);
        const QGeoCoordinate caspian(42.0, 50.5);
        const QPointF p = view.toScreen(web_mercator::project(caspian));
        QCOMPARE(image.pixelColor(p.toPoint()), style::kWater);
    }

    void writesJpegToo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("atlas.jpg"));
        const Viewport view = framingView(*bundled(), QStringLiteral("btc"), QSize(640, 480));
        const SnapshotResult result = writeSnapshot(MapRenderer(bundled()), view, snapshotOptions(*bundled(), QStringLiteral("btc")), path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("jpeg"));
        QCOMPARE(reader.size(), QSize(640, 480));
    }

    void framingARouteShowsIt()
    {
        const Route *route = bundled()->route(QStringLiteral("kuryk-buzovna"));
        const Viewport view = framingView(*bundled(), route->id, QSize(800, 600));
        QVERIFY(view.mercatorRect().contains(route->projectedBounds));
        // ...and closely: the route fills a good part of the frame.
        QVERIFY(route->projectedBounds.height() > view.mercatorRect().height() * 0.5);
    }

    void unwritablePathFailsWithoutAFile()
    {
        const QString path = QStringLiteral("/nonexistent-dir/snapshot.png");
        const SnapshotResult result = writeSnapshot(MapRenderer(bundled()), framingView(*bundled(), QString(), QSize(200, 100)),
                                                    RenderOptions(), path);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(path + QStringLiteral(": cannot write")), qPrintable(result.error));
        QVERIFY(!QFile::exists(path));
    }

    void failedWriteKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.png"));
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("previous content");
        previous.close();
        // A view with no size cannot be drawn: the write must fail before touching the file.
        const SnapshotResult result = writeSnapshot(MapRenderer(bundled()), Viewport(), RenderOptions(), path);
        QVERIFY(!result.ok);
        QVERIFY(previous.open(QIODevice::ReadOnly));
        QCOMPARE(previous.readAll(), QByteArray("previous content"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("keep.png")});
    }

    void unsupportedFormatIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("atlas.bmpx"));
        const SnapshotResult result = writeSnapshot(MapRenderer(bundled()), framingView(*bundled(), QString(), QSize(200, 100)),
                                                    RenderOptions(), path);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QLatin1String("unsupported format")));
        QVERIFY(!QFile::exists(path));
    }

    void scaleBarFollowsDpi()
    {
        RenderOptions options;
        const Viewport screen = framingView(*bundled(), QString(), QSize(960, 540), 96);
        const Viewport print = screen.resampled(QSize(3000, 1688), 300);
        const Decorations atScreen(*bundled(), screen, options);
        const Decorations atPrint(*bundled(), print, options);
        // Same ground distance chosen, drawn ~300/96 times longer in pixels.
        QCOMPARE(atScreen.scaleBarLengthKm(), atPrint.scaleBarLengthKm());
        const double ratio = atPrint.scaleBarLengthPx() / atScreen.scaleBarLengthPx();
        QVERIFY2(qAbs(ratio - 300.0 / 96.0) < 0.05, qPrintable(QString::number(ratio)));
    }

    void severalRoutesAreHighlightedTogether()
    {
        // --route btc --route cpc: both framed and both drawn with the selection's glow.
        const Viewport view = framingView(*bundled(), QStringList{QStringLiteral("btc"), QStringLiteral("cpc")}, QSize(900, 600));
        for (const char *id : {"btc", "cpc"})
            QVERIFY(view.mercatorRect().contains(bundled()->route(QLatin1String(id))->projectedBounds));
        RenderOptions options = snapshotOptions(*bundled(), QStringList{QStringLiteral("btc"), QStringLiteral("cpc")});
        QCOMPARE(options.selectedRoute, QStringLiteral("btc"));
        QCOMPARE(options.highlightedRoutes, QStringList{QStringLiteral("cpc")});
        options.decorations.legend = options.decorations.title = false;
        // The glow, blended over the land, near each route's middle vertex.
        auto glowNear = [&](const RenderOptions &o, const char *id) {
            const QImage image = renderSnapshot(MapRenderer(bundled()), view, o).convertToFormat(QImage::Format_RGB32);
            const MercatorLine &line = bundled()->route(QLatin1String(id))->projectedParts.first();
            const QPoint centre = view.toScreen(line.at(line.size() / 2)).toPoint();
            const QColor glowOnLand(0xfd, 0xe3, 0x6f);
            return pixelsNear(image.copy(QRect(centre - QPoint(40, 40), QSize(80, 80))), glowOnLand, 24);
        };
        QVERIFY(glowNear(options, "btc") > 20);
        QVERIFY(glowNear(options, "cpc") > 20);
        options.highlightedRoutes.clear();
        QCOMPARE(glowNear(options, "cpc"), 0);
    }

    void sourcesFollowTheRoutesDrawn()
    {
        // An east–west line across 180°, stored unwrapped (170°E to 190°E) as the loader does,
        // and one far away: a view west of 180° sees the first (drawn shifted), not the second.
        Atlas atlas;
        Article article;
        article.id = QStringLiteral("a");
        article.header.insert(QStringLiteral("date"), QStringLiteral("2023-05-01"));
        atlas.articles.append(article);
        Route across;
        across.id = QStringLiteral("across");
        across.sources = {{QStringLiteral("a"), QStringLiteral("q"), {}}};
        across.projectedParts = {{web_mercator::project(170, 50), web_mercator::project(190, 50)}};
        across.projectedBounds = boundsOf(across.projectedParts.first());
        Route far = across;
        far.id = QStringLiteral("far");
        far.projectedParts = {{web_mercator::project(10, 0), web_mercator::project(20, 0)}};
        far.projectedBounds = boundsOf(far.projectedParts.first());
        atlas.routes = {across, far};
        const Viewport view = Viewport::fitting(web_mercator::projectBox(-178, 45, -172, 55), QSize(400, 400));
        const QList<const Route *> seen = routesInView(atlas, view, RenderOptions());
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first()->id, QStringLiteral("across"));
        QCOMPARE(latestSourceDate(articlesCitedBy(atlas, seen)), QDate(2023, 5, 1));
    }

    void niceScaleLengths()
    {
        QCOMPARE(niceScaleLengthKm(730), 500.0);
        QCOMPARE(niceScaleLengthKm(199), 100.0);
        QCOMPARE(niceScaleLengthKm(2.5), 2.0);
    }
};

QTEST_MAIN(TestSnapshotExport)
#include "test_snapshot_export.moc"
