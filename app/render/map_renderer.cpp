#include "map_renderer.h"

#include "decorations.h"
#include "label_layout.h"
#include "map_style.h"
#include "screen_geometry.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <algorithm>

namespace corridor {

namespace {

/// Above this many metres per pixel (about a continent across the screen) the coarse
/// 110m basemap is indistinguishable from 50m and far cheaper to draw.
constexpr double kCoarseBasemapFromMetresPerPixel = 4000.0;

/// Geometry is clipped to the frame grown by this margin, so clip edges stay off-screen.
QRectF clipFrame(const Viewport &view, double marginPx)
{
    return QRectF(QPointF(0, 0), QSizeF(view.sizePx())).adjusted(-marginPx, -marginPx, marginPx, marginPx);
}

int placePriority(const Place &place)
{
    if (place.kind == QLatin1String("capital")) return 0;
    if (place.kind == QLatin1String("port") || place.kind == QLatin1String("terminal")) return 1;
    if (place.kind == QLatin1String("city")) return 2;
    return 3;
}

} // namespace

void MapRenderer::render(QPainter &painter, const Viewport &view, const RenderOptions &options) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(view.sizePx())), style::kWater);
    paintBasemap(painter, view);
    paintRoutes(painter, view, options);
    const Decorations decorations(*mAtlas, view, options);
    paintPlaces(painter, view, options, decorations.occupiedAreas());
    decorations.paint(painter);
    painter.restore();
}

void MapRenderer::paintBasemap(QPainter &painter, const Viewport &view) const
{
    const bool coarse = view.metresPerPixel() > kCoarseBasemapFromMetresPerPixel;
    const Basemap &basemap = mAtlas->basemap;
    const BasemapLayer &land = coarse || basemap.landFine.isEmpty() ? basemap.landCoarse : basemap.landFine;
    const BasemapLayer &countries = coarse || basemap.countriesFine.isEmpty() ? basemap.countriesCoarse : basemap.countriesFine;
    const QRectF visible = view.mercatorRect();
    const QRectF frame = clipFrame(view, view.px(4));

    // All land in one path: one fill call, holes (the Caspian) by the odd-even rule.
    QPainterPath landPath;
    landPath.setFillRule(Qt::OddEvenFill);
    for (const BasemapPolygon &polygon : land.polygons) {
        if (!polygon.bounds.intersects(visible)) continue;
        for (const MercatorLine &ring : polygon.rings) {
            const QPolygonF clipped = screen::clipRing(screen::toScreen(ring, view), frame);
            if (clipped.size() >= 3) landPath.addPolygon(clipped);
        }
    }
    painter.fillPath(landPath, style::kLand);

    QPainterPath borders;
    for (const BasemapPolygon &polygon : countries.polygons) {
        if (!polygon.bounds.intersects(visible)) continue;
        for (const MercatorLine &ring : polygon.rings) {
            const QPolygonF clipped = screen::clipRing(screen::toScreen(ring, view), frame);
            if (clipped.size() < 3) continue;
            borders.addPolygon(clipped);
            borders.closeSubpath();
        }
    }
    painter.strokePath(borders, QPen(style::kCountryBorder, view.px(0.5)));
}

void MapRenderer::paintRoutes(QPainter &painter, const Viewport &view, const RenderOptions &options) const
{
    // Selected and hovered routes last, so they sit on top.
    for (const Route &route : mAtlas->routes)
        if (route.id != options.selectedRoute && route.id != options.hoveredRoute)
            paintRoute(painter, view, route, false, false);
    if (const Route *hovered = mAtlas->route(options.hoveredRoute); hovered && hovered->id != options.selectedRoute)
        paintRoute(painter, view, *hovered, true, false);
    if (const Route *selected = mAtlas->route(options.selectedRoute))
        paintRoute(painter, view, *selected, true, true);
}

void MapRenderer::paintRoute(QPainter &painter, const Viewport &view, const Route &route, bool emphasised,
                             bool glow) const
{
    if (!route.projectedBounds.intersects(view.mercatorRect().adjusted(-1, -1, 1, 1)) &&
        !(route.projectedBounds.width() == 0 || route.projectedBounds.height() == 0))
        return;
    const double width = view.px(emphasised ? style::kSelectedRouteWidthPt : style::kRouteWidthPt);
    const QRectF frame = clipFrame(view, width * 4);
    QList<QPolygonF> pieces;
    for (const MercatorLine &part : route.projectedParts)
        pieces += screen::clipPolyline(screen::toScreen(part, view, 0.75), frame);
    if (pieces.isEmpty()) return;

    if (glow) {
        const QPen glowPen(style::kSelectionGlow, width + view.px(6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(glowPen);
        for (const QPolygonF &piece : std::as_const(pieces)) painter.drawPolyline(piece);
    }
    const QPen casing(style::kHaloColour, width + view.px(style::kCasingExtraPt), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(casing);
    for (const QPolygonF &piece : std::as_const(pieces)) painter.drawPolyline(piece);
    painter.setPen(style::routePen(route, width));
    for (const QPolygonF &piece : std::as_const(pieces)) painter.drawPolyline(piece);
    if (route.status == RouteStatus::Disrupted)
        for (const QPolygonF &piece : std::as_const(pieces))
            paintDisruptionMarks(painter, piece, view.px(22), width * 2.4, style::kDisruptionMark, view.px(1.2));
}

void MapRenderer::paintPlaces(QPainter &painter, const Viewport &view, const RenderOptions &options,
                              const QList<QRectF> &reserved) const
{
    QList<const Place *> places;
    for (const Place &place : mAtlas->places) places.append(&place);
    std::stable_sort(places.begin(), places.end(),
                     [](const Place *a, const Place *b) { return placePriority(*a) < placePriority(*b); });

    const QRectF frame(QPointF(0, 0), QSizeF(view.sizePx()));
    const double radius = view.px(style::kPlaceMarkerPt) / 2;
    LabelLayout layout(frame);
    for (const QRectF &area : reserved) layout.reserve(area);

    // Markers first (and reserved), so no label hides a place.
    QList<std::pair<const Place *, QPointF>> visible;
    for (const Place *place : std::as_const(places)) {
        if (place->kind == QLatin1String("event")) continue; // events live in the Source panel
        const QPointF p = view.toScreen(place->projected);
        if (!frame.contains(p)) continue;
        visible.append({place, p});
        layout.reserve(QRectF(p - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius)));
    }
    painter.setPen(QPen(Qt::white, view.px(0.8)));
    painter.setBrush(style::kTextColour);
    for (const auto &[place, p] : std::as_const(visible)) {
        const double r = place->kind == QLatin1String("capital") ? radius * 1.3 : radius;
        if (place->kind == QLatin1String("capital")) painter.drawRect(QRectF(p - QPointF(r, r), QSizeF(2 * r, 2 * r)));
        else painter.drawEllipse(p, r, r);
    }
    if (!options.showPlaceLabels) return;

    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, int(std::lround(view.px(style::kLabelFontPt)))));
    const QFontMetricsF metrics(font);
    QPainterPath text;
    for (const auto &[place, p] : std::as_const(visible)) {
        const QSizeF size(metrics.horizontalAdvance(place->name), metrics.ascent() + metrics.descent());
        const QRectF rect = layout.place(p, size, radius + view.px(2));
        if (rect.isEmpty()) continue; // no free spot: the marker stays, the label yields
        text.addText(QPointF(rect.left(), rect.top() + metrics.ascent()), font, place->name);
    }
    painter.setBrush(Qt::NoBrush);
    painter.strokePath(text, QPen(style::kHaloColour, view.px(2.2), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.fillPath(text, style::kTextColour);
}

} // namespace corridor
