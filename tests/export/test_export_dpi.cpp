// The same view at 96 and at 300 DPI: same extent, more pixels, and everything drawn in
// points scales by the DPI ratio — line widths, scale bar, legend, title — checked on the
// rendered pixels, not only on the numbers the renderer reports.

#include "export_test_support.h"
#include "decorations.h"
#include "map_style.h"
#include "snapshot_framing.h"
#include "snapshot_writer.h"

#include <QtTest>

using namespace corridor;
using corridor::test::bundledAtlas;
using corridor::test::isNear;

namespace {

constexpr double kRatio = 300.0 / 96.0;

struct Rendered {
    Viewport view;
    RenderOptions options;
    QImage image;
};

Rendered render(const Viewport &view, const RenderOptions &options)
{
    return {view, options, renderSnapshot(MapRenderer(bundledAtlas()), view, options).convertToFormat(QImage::Format_RGB32)};
}

/// The screen-sized view and the same extent at 300 DPI.
std::pair<Viewport, Viewport> screenAndPrint()
{
    const Viewport screen = framingView(*bundledAtlas(), QString(), QSize(960, 540), 96);
    const QSize printSize(qRound(960 * kRatio), qRound(540 * kRatio));
    return {screen, screen.resampled(printSize, 300)};
}

/// Longest run of dark pixels along any row of `region`: the scale bar's line.
int longestDarkRun(const QImage &image, const QRect &region)
{
    int best = 0;
    for (int y = region.top(); y <= region.bottom(); ++y) {
        int run = 0;
        for (int x = region.left(); x <= region.right(); ++x) {
            const QRgb p = image.pixel(x, y);
            run = (qRed(p) < 90 && qGreen(p) < 90 && qBlue(p) < 90) ? run + 1 : 0;
            best = std::max(best, run);
        }
    }
    return best;
}

/// Mean thickness in pixels of a mostly east–west route, measured down many columns: a pixel
/// counts when it is nearer the route colour than the water or the white casing around it
/// (so anti-aliased edges count half on average, and the mean is the drawn width).
double meanLineThickness(const Rendered &r, const Route &route)
{
    QPolygonF line;
    for (const QPointF &p : route.projectedParts.first()) line.append(r.view.toScreen(p));
    const QColor colour = style::kindColour(route.kind);
    auto distance = [](QRgb p, const QColor &c) {
        return std::hypot(qRed(p) - c.red(), qGreen(p) - c.green(), qBlue(p) - c.blue());
    };
    const double left = std::max(0.0, line.boundingRect().left()), right = std::min<double>(r.image.width() - 1, line.boundingRect().right());
    const double window = r.view.px(12);
    double total = 0;
    int columns = 0;
    for (double x = left + (right - left) * 0.15; x < left + (right - left) * 0.85; x += (right - left) / 80) {
        // The line's y at this column.
        std::optional<double> y;
        for (int i = 1; i < line.size() && !y; ++i) {
            const QPointF a = line.at(i - 1), b = line.at(i);
            if ((a.x() - x) * (b.x() - x) <= 0 && a.x() != b.x()) y = a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x());
        }
        if (!y) continue;
        int count = 0;
        for (int row = int(*y - window); row <= int(*y + window); ++row) {
            if (row < 0 || row >= r.image.height()) continue;
            const QRgb p = r.image.pixel(int(x), row);
            const double toLine = distance(p, colour);
            if (toLine < distance(p, style::kWater) && toLine < distance(p, Qt::white)) ++count;
        }
        total += count;
        ++columns;
    }
    return columns ? total / columns : 0;
}

int pixelsNearIn(const QImage &image, const QColor &colour, const QRectF &region, int tolerance)
{
    return test::pixelsNear(image, colour, tolerance, region.toAlignedRect());
}

/// How much is drawn in `region`, as the sum of darkness (255 − grey) over its pixels.
/// Anti-aliasing spreads ink over more pixels without changing the sum, so the ink of text and
/// lines grows with their area: by ratio² when everything scales by ratio.
double inkIn(const QImage &image, const QRectF &region)
{
    const QRect r = region.toAlignedRect().intersected(image.rect());
    double ink = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) ink += 255 - qGray(image.pixel(x, y));
    return ink;
}

} // namespace

class TestExportDpi : public QObject {
    Q_OBJECT
private slots:
    void sameExtentMorePixels()
    {
        const auto [screen, print] = screenAndPrint();
        QCOMPARE(print.dpi(), 300.0);
        QVERIFY(qAbs(print.mercatorRect().width() - screen.mercatorRect().width()) < screen.metresPerPixel());
        QVERIFY(qAbs(print.metresPerPixel() * kRatio - screen.metresPerPixel()) < screen.metresPerPixel() * 0.002);
    }

    void lineWidthsScaleByTheDpiRatio()
    {
        const auto [screen, print] = screenAndPrint();
        // The map alone: no labels or decorations near the line being measured.
        RenderOptions options;
        options.decorations.legend = options.decorations.scaleBar = options.decorations.attribution = false;
        options.visibility.showPlaceLabels = options.visibility.showRouteLabels = false;
        const Route &route = *bundledAtlas()->route(QStringLiteral("poti-constanta"));
        const double atScreen = meanLineThickness(render(screen, options), route);
        const double atPrint = meanLineThickness(render(print, options), route);
        // Drawn width is kRouteWidthPt at each DPI.
        QVERIFY2(qAbs(atScreen - screen.px(style::kRouteWidthPt)) < 0.8, qPrintable(QString::number(atScreen)));
        QVERIFY2(qAbs(atPrint / atScreen - kRatio) < kRatio * 0.12,
                 qPrintable(QStringLiteral("%1 px vs %2 px").arg(atPrint).arg(atScreen)));
    }

    void scaleBarScalesByTheDpiRatio()
    {
        const auto [screen, print] = screenAndPrint();
        const RenderOptions options = snapshotOptions(*bundledAtlas(), QString());
        const Decorations atScreen(*bundledAtlas(), screen, options);
        const Decorations atPrint(*bundledAtlas(), print, options);
        QCOMPARE(atScreen.scaleBarLengthKm(), atPrint.scaleBarLengthKm()); // same ground distance
        // On the pixels: the bar's drawn line, found in its box.
        const int screenRun = longestDarkRun(render(screen, options).image, atScreen.scaleBarRect().toAlignedRect());
        const int printRun = longestDarkRun(render(print, options).image, atPrint.scaleBarRect().toAlignedRect());
        // The end ticks' pen (1.2 pt) sticks out by half its width at each end.
        QVERIFY2(qAbs(screenRun - atScreen.scaleBarLengthPx()) <= screen.px(1.2) + 1, qPrintable(QString::number(screenRun)));
        QVERIFY2(qAbs(printRun - atPrint.scaleBarLengthPx()) <= print.px(1.2) + 1, qPrintable(QString::number(printRun)));
        QVERIFY2(qAbs(double(printRun) / screenRun - kRatio) < 0.06, qPrintable(QStringLiteral("%1 vs %2").arg(printRun).arg(screenRun)));
    }

    void legendAndTitleAreThereAndScaled()
    {
        const auto [screen, print] = screenAndPrint();
        const RenderOptions options = snapshotOptions(*bundledAtlas(), QString());
        const Decorations screenDecorations(*bundledAtlas(), screen, options);
        const Decorations printDecorations(*bundledAtlas(), print, options);
        const Rendered atScreen = render(screen, options);
        const Rendered atPrint = render(print, options);

        for (auto get : {&Decorations::titleRect, &Decorations::legendRect, &Decorations::scaleBarRect,
                         &Decorations::northArrowRect, &Decorations::footerRect}) {
            const QRectF small = (screenDecorations.*get)();
            const QRectF large = (printDecorations.*get)();
            QVERIFY(!small.isEmpty() && !large.isEmpty());
            // Boxes sized from text and points: about the DPI ratio (full-width ones excepted).
            if (small.width() < screen.sizePx().width() - 1)
                QVERIFY2(qAbs(large.width() / small.width() - kRatio) < kRatio * 0.08,
                         qPrintable(QStringLiteral("%1 vs %2").arg(large.width()).arg(small.width())));
            QVERIFY2(qAbs(large.height() / small.height() - kRatio) < kRatio * 0.08,
                     qPrintable(QStringLiteral("%1 vs %2").arg(large.height()).arg(small.height())));
        }

        // Title: text-coloured pixels inside its box, and ink growing by ratio² at 300 DPI.
        QVERIFY(pixelsNearIn(atScreen.image, style::kTextColour, screenDecorations.titleRect(), 40) > 150);
        QVERIFY(pixelsNearIn(atPrint.image, style::kTextColour, printDecorations.titleRect(), 40) > 150 * kRatio * kRatio);
        const double titleInk = inkIn(atScreen.image, screenDecorations.titleRect());
        const double titleInkPrint = inkIn(atPrint.image, printDecorations.titleRect());
        QVERIFY2(qAbs(titleInkPrint / titleInk / (kRatio * kRatio) - 1) < 0.15,
                 qPrintable(QStringLiteral("%1 vs %2").arg(titleInkPrint).arg(titleInk)));

        // Legend: a sample line of every kind, in its colour, inside the legend box.
        for (RouteKind kind : kAllRouteKinds) {
            const int small = pixelsNearIn(atScreen.image, style::kindColour(kind), screenDecorations.legendRect(), 16);
            const int large = pixelsNearIn(atPrint.image, style::kindColour(kind), printDecorations.legendRect(), 16);
            QVERIFY2(small > 20, qPrintable(kindLabel(kind) + QStringLiteral(": %1").arg(small)));
            QVERIFY2(qAbs(double(large) / small / (kRatio * kRatio) - 1) < 0.45,
                     qPrintable(kindLabel(kind) + QStringLiteral(": %1 vs %2").arg(large).arg(small)));
        }
        // All of it (samples, headings, labels) scaled alike.
        const double legendInk = inkIn(atScreen.image, screenDecorations.legendRect());
        const double legendInkPrint = inkIn(atPrint.image, printDecorations.legendRect());
        QVERIFY2(qAbs(legendInkPrint / legendInk / (kRatio * kRatio) - 1) < 0.15,
                 qPrintable(QStringLiteral("%1 vs %2").arg(legendInkPrint).arg(legendInk)));
    }

    void footerNamesTheSourcesAndTheirDate()
    {
        const auto [screen, print] = screenAndPrint();
        Q_UNUSED(print);
        const RenderOptions options = snapshotOptions(*bundledAtlas(), QString());
        const Decorations decorations(*bundledAtlas(), screen, options);
        const QStringList lines = decorations.footerLines();
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.first().startsWith(QLatin1String("Source: Nargiz Mammadli")), qPrintable(lines.first()));
        QCOMPARE(lines.last(), QStringLiteral("Status as of 22 November 2022 (date of the latest source)"));
        // Off by default on the screen.
        QVERIFY(Decorations(*bundledAtlas(), screen, RenderOptions()).footerRect().isEmpty());
        QVERIFY(Decorations(*bundledAtlas(), screen, RenderOptions()).northArrowRect().isEmpty());
    }
};

QTEST_MAIN(TestExportDpi)
#include "test_export_dpi.moc"
