#include "map_renderer.h"

#include "decorations.h"
#include "label_layout.h"
#include "map_style.h"
#include "route_label_path.h"
#include "screen_geometry.h"
#include "text_halo.h"
#include "web_mercator.h"

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

/// A route's line on screen: projected, thinned, clipped to the frame grown by `marginPx`.
/// A line across ±180° is stored unwrapped (it runs on past 180°, see geodesy::densify),
/// so it is also drawn one world-width to the west and east: near the antimeridian both
/// of its halves show, and at world scale each half sits at its own edge of the map.
QList<QPolygonF> screenPieces(const Route &route, const Viewport &view, double marginPx)
{
    QList<QPolygonF> pieces;
    const QRectF frame = clipFrame(view, marginPx);
    const QRectF visible = view.mercatorRect().adjusted(-marginPx * view.metresPerPixel(), -marginPx * view.metresPerPixel(),
                                                        marginPx * view.metresPerPixel(), marginPx * view.metresPerPixel());
    const QRectF &bounds = route.projectedBounds;
    for (const double shift : {0.0, -2 * web_mercator::kHalfWorld, 2 * web_mercator::kHalfWorld}) {
        // Compared by hand: QRectF::intersects() is false for the zero-height box of an east–west line.
        if (bounds.left() + shift > visible.right() || bounds.right() + shift < visible.left() ||
            bounds.top() > visible.bottom() || bounds.bottom() < visible.top())
            continue;
        Viewport shifted = view; // drawing x + shift in `view` = drawing x in a view moved by -shift
        shifted.setCentre(view.centre() - QPointF(shift, 0));
        for (const MercatorLine &part : route.projectedParts)
            pieces += screen::clipPolyline(screen::toScreen(part, shifted, 0.75), frame);
    }
    return pieces;
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
    paintBasemap(painter, view, options.visibility);
    paintRoutes(painter, view, options);
    const Decorations decorations(*mAtlas, view, options);
    LabelLayout labels(QRectF(QPointF(0, 0), QSizeF(view.sizePx())));
    for (const QRectF &area : decorations.occupiedAreas()) labels.reserve(area);
    paintPlaces(painter, view, options, labels);
    // Route names after place labels: a place label is never pushed aside by a route name.
    if (options.visibility.showRouteLabels) paintRouteLabels(painter, view, options, labels);
    decorations.paint(painter);
    painter.restore();
}

void MapRenderer::paintBasemap(QPainter &painter, const Viewport &view, const LayerVisibility &visibility) const
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
    if (visibility.showLand) painter.fillPath(landPath, style::kLand);
    if (!visibility.showBorders) return;

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
    const LayerVisibility &visibility = options.visibility;
    auto highlighted = [&options](const QString &id) {
        return id == options.selectedRoute || options.highlightedRoutes.contains(id);
    };
    for (const Route &route : mAtlas->routes)
        if (!highlighted(route.id) && route.id != options.hoveredRoute && visibility.isVisible(route))
            paintRoute(painter, view, route, false, false);
    const Route *hovered = mAtlas->route(options.hoveredRoute);
    if (hovered && !highlighted(hovered->id) && visibility.isVisible(*hovered))
        paintRoute(painter, view, *hovered, true, false);
    // Routes an export highlights besides the selection (several --route) look selected too.
    for (const QString &id : options.highlightedRoutes)
        if (const Route *route = mAtlas->route(id); route && id != options.selectedRoute)
            paintRoute(painter, view, *route, true, true);
    // The selection stays drawn even when its layer is hidden: the user asked for it.
    if (const Route *selected = mAtlas->route(options.selectedRoute))
        paintRoute(painter, view, *selected, true, true);
}

void MapRenderer::paintRoute(QPainter &painter, const Viewport &view, const Route &route, bool emphasised,
                             bool glow) const
{
    const double width = view.px(emphasised ? style::kSelectedRouteWidthPt : style::kRouteWidthPt);
    const QList<QPolygonF> pieces = screenPieces(route, view, width * 4); // empty when off-screen
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
                              LabelLayout &layout) const
{
    QList<const Place *> places;
    for (const Place &place : mAtlas->places) places.append(&place);
    std::stable_sort(places.begin(), places.end(),
                     [](const Place *a, const Place *b) { return placePriority(*a) < placePriority(*b); });

    const QRectF frame(QPointF(0, 0), QSizeF(view.sizePx()));
    const double radius = view.px(style::kPlaceMarkerPt) / 2;

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
    if (const Place *selected = mAtlas->place(options.selectedPlace)) {
        painter.setPen(QPen(style::kSelectionGlow.darker(130), view.px(2.2)));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(view.toScreen(selected->projected), radius * 3, radius * 3);
    }
    if (!options.visibility.showPlaceLabels) return;

    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, int(std::lround(view.px(style::kLabelFontPt)))));
    const QFontMetricsF metrics(font);
    QList<TextLabel> labels;
    for (const auto &[place, p] : std::as_const(visible)) {
        const QSizeF size(metrics.horizontalAdvance(place->name), metrics.ascent() + metrics.descent());
        const QRectF rect = layout.place(p, size, radius + view.px(2));
        if (rect.isEmpty()) continue; // no free spot: the marker stays, the label yields
        labels.append({QPointF(rect.left(), rect.top() + metrics.ascent()), place->name});
    }
    // The names are drawn as text, so SVG and PDF exports keep them as real, searchable
    // <text> / text objects; only their halo differs between raster and vector devices.
    paintHaloedLabels(painter, font, labels, style::kHaloColour, view.px(2.2), style::kTextColour);
}

void MapRenderer::paintRouteLabels(QPainter &painter, const Viewport &view, const RenderOptions &options,
                                   LabelLayout &labels) const
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, int(std::lround(view.px(style::kLabelFontPt)))));
    font.setItalic(true);
    const QFontMetricsF metrics(font);
    const double offset = view.px(style::kRouteWidthPt) + metrics.descent() + view.px(1.5);

    // The selected route names itself first; the others take what space is left.
    QList<const Route *> routes;
    if (const Route *selected = mAtlas->route(options.selectedRoute)) routes.append(selected);
    for (const Route &route : mAtlas->routes)
        if (route.id != options.selectedRoute && options.visibility.isVisible(route)) routes.append(&route);

    painter.save();
    painter.setFont(font);
    for (const Route *route : std::as_const(routes)) {
        const double textWidth = metrics.horizontalAdvance(route->shortName);
        const double needed = textWidth + view.px(24);
        for (const QPolygonF &piece : screenPieces(*route, view, -view.px(4))) {
            const auto placement = findRouteLabelPlacement(piece, needed);
            if (!placement) continue;
            // Text sits just above the line, centred on the stretch, rotated along it.
            QTransform transform;
            transform.translate(placement->centre.x(), placement->centre.y());
            transform.rotate(placement->angleDeg);
            const QRectF local(-textWidth / 2, -offset - metrics.ascent(), textWidth, metrics.ascent() + metrics.descent());
            if (!labels.take(transform.mapRect(local))) continue;
            painter.save();
            painter.setTransform(transform, true); // combined: the caller may have its own transform
            paintHaloedLabels(painter, font, {{QPointF(local.left(), -offset), route->shortName}}, style::kHaloColour,
                              view.px(2.2), style::kindColour(route->kind).darker(150));
            painter.restore();
            break; // one name per route
        }
    }
    painter.restore();
}

} // namespace corridor
