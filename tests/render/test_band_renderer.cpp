// A redraw split into bands on several threads is the same picture as one drawn whole:
// land, borders, routes, rotated route names, place labels and decorations cross the band
// edges without a seam or a shift (dash patterns aside, see below).

#include "band_renderer.h"
#include "map_renderer.h"
#include "snapshot_framing.h"
#include "web_mercator.h"

#include <QtTest>

using namespace corridor;

namespace {

std::shared_ptr<const Atlas> bundled()
{
    static const AtlasLoadResult result = loadAtlas(QStringLiteral(BUNDLED_ATLAS_DIR));
    return result.atlas;
}

QImage renderWhole(const MapRenderer &renderer, const Viewport &view, const RenderOptions &options, double ratio)
{
    QImage image(view.sizePx() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    QPainter painter(&image);
    renderer.render(painter, view, options);
    return image;
}

/// Pixels whose channels differ by more than `tolerance` (antialiasing may round differently
/// where a band's clip meets a shape, by a unit or two at most).
int differingPixels(const QImage &a, const QImage &b, int tolerance)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        const QRgb *la = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const QRgb *lb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            if (qAbs(qRed(la[x]) - qRed(lb[x])) > tolerance || qAbs(qGreen(la[x]) - qGreen(lb[x])) > tolerance ||
                qAbs(qBlue(la[x]) - qBlue(lb[x])) > tolerance)
                ++count;
    }
    return count;
}

} // namespace

class TestBandRenderer : public QObject {
    Q_OBJECT
private slots:
    void bandsMatchTheWholeImage_data()
    {
        QTest::addColumn<int>("bands");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("dpi");
        QTest::addColumn<double>("ratio"); ///< device pixels per logical pixel (a HiDPI screen)
        QTest::newRow("2 bands, 1080p") << 2 << QSize(1920, 1080) << 96.0 << 1.0;
        QTest::newRow("3 bands, odd height") << 3 << QSize(1001, 777) << 96.0 << 1.0;
        QTest::newRow("4 bands, 300 DPI") << 4 << QSize(1600, 1200) << 300.0 << 1.0;
        QTest::newRow("2 bands, HiDPI screen") << 2 << QSize(800, 600) << 96.0 << 2.0;
    }
    void bandsMatchTheWholeImage()
    {
        QFETCH(int, bands);
        QFETCH(QSize, size);
        QFETCH(double, dpi);
        QFETCH(double, ratio);
        const MapRenderer renderer(bundled());
        const Viewport view = Viewport::fitting(web_mercator::projectBox(26, 34, 62, 50), size, dpi);
        RenderOptions options = snapshotOptions(*bundled(), QStringLiteral("btc")); // selection glow, title, legend
        const QImage whole = renderWhole(renderer, view, options, ratio);
        QImage banded(size * ratio, QImage::Format_ARGB32_Premultiplied);
        banded.setDevicePixelRatio(ratio);
        banded.fill(Qt::black); // any row a band missed would stay black
        renderInBands(renderer, banded, view, options, bands);
        // Qt's dasher skips the dashes outside the device it draws on, so a dashed line that
        // starts in another band can come out with its pattern shifted by a pixel or so; a
        // missing or misplaced band would differ in far more than these 0.3 %.
        const int differing = differingPixels(whole, banded, 2);
        const int pixels = banded.width() * banded.height();
        QVERIFY2(differing <= pixels * 3 / 1000, qPrintable(QStringLiteral("%1 of %2 pixels differ").arg(differing).arg(pixels)));
    }
};

QTEST_MAIN(TestBandRenderer)
#include "test_band_renderer.moc"
