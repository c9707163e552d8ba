#include "snapshot_framing.h"

#include <QStringList>

namespace corridor {

namespace {
QString routesTitle(const Atlas &atlas, const QStringList &routeIds)
{
    QStringList names;
    for (const QString &id : routeIds)
        if (const Route *route = atlas.route(id)) names.append(route->name);
    if (names.isEmpty()) return QStringLiteral("Energy and trade corridors");
    return names.join(QStringLiteral(" · "));
}

QString articlesLine(const Atlas &atlas)
{
    QStringList sources;
    for (const Article &a : atlas.articles)
        sources.append(QStringLiteral("%1, %2").arg(a.outlet(), a.date().toString(QStringLiteral("d MMM yyyy"))));
    return sources.join(QStringLiteral("; "));
}
} // namespace

Viewport framingView(const Atlas &atlas, const QString &routeId, QSize sizePx, double dpi)
{
    return framingView(atlas, routeId.isEmpty() ? QStringList() : QStringList{routeId}, sizePx, dpi);
}

Viewport framingView(const Atlas &atlas, const QStringList &routeIds, QSize sizePx, double dpi)
{
    QRectF bounds;
    for (const QString &id : routeIds)
        if (const Route *route = atlas.route(id)) bounds = bounds.isNull() ? route->projectedBounds : bounds.united(route->projectedBounds);
    if (bounds.isNull()) bounds = atlas.routesBounds();
    if (bounds.isNull()) bounds = QRectF(-2e7, -2e7, 4e7, 4e7); // nothing to frame: the world
    // A little extra room so end points and their labels are not on the frame edge.
    const double grow = std::max(bounds.width(), bounds.height()) * 0.08 + 20000.0;
    bounds.adjust(-grow, -grow, grow, grow);
    const double marginPx = 24.0 * dpi / 96.0;
    return Viewport::fitting(bounds, sizePx, dpi, marginPx);
}

QString defaultSubtitle(const Atlas &atlas, const QStringList &routeIds)
{
    if (routeIds.size() == 1) {
        if (const Route *route = atlas.route(routeIds.first())) {
            QStringList parts{kindLabel(route->kind), statusLabel(route->status)};
            if (!route->from.isEmpty() && !route->to.isEmpty())
                parts.append(QStringLiteral("%1 → %2").arg(atlas.placeName(route->from), atlas.placeName(route->to)));
            return parts.join(QStringLiteral(" · "));
        }
    }
    const QString line = articlesLine(atlas);
    return line.isEmpty() ? QString() : QStringLiteral("As reported by ") + line;
}

RenderOptions snapshotOptions(const Atlas &atlas, const QString &routeId, const QString &title)
{
    return snapshotOptions(atlas, routeId.isEmpty() ? QStringList() : QStringList{routeId}, title);
}

RenderOptions snapshotOptions(const Atlas &atlas, const QStringList &routeIds, const QString &title)
{
    RenderOptions options;
    options.decorations = DecorationSet::forSnapshot();
    if (!routeIds.isEmpty()) {
        options.selectedRoute = routeIds.first();
        options.highlightedRoutes = routeIds.mid(1);
    }
    options.title = title.isEmpty() ? routesTitle(atlas, routeIds) : title;
    options.subtitle = defaultSubtitle(atlas, routeIds);
    return options;
}

} // namespace corridor
