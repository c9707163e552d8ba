#include "snapshot_framing.h"

#include <QStringList>

namespace corridor {

Viewport framingView(const Atlas &atlas, const QString &routeId, QSize sizePx, double dpi)
{
    const Route *route = atlas.route(routeId);
    QRectF bounds = route ? route->projectedBounds : atlas.routesBounds();
    if (bounds.isNull()) bounds = QRectF(-2e7, -2e7, 4e7, 4e7); // nothing to frame: the world
    // A little extra room so end points and their labels are not on the frame edge.
    const double grow = std::max(bounds.width(), bounds.height()) * 0.08 + 20000.0;
    bounds.adjust(-grow, -grow, grow, grow);
    const double marginPx = 24.0 * dpi / 96.0;
    return Viewport::fitting(bounds, sizePx, dpi, marginPx);
}

RenderOptions snapshotOptions(const Atlas &atlas, const QString &routeId, const QString &title)
{
    RenderOptions options;
    options.showTitle = true;
    options.selectedRoute = routeId;
    QStringList sources;
    for (const Article &a : atlas.articles) sources.append(QStringLiteral("%1, %2").arg(a.outlet(), a.date().toString(QStringLiteral("d MMM yyyy"))));
    const QString sourceLine = QStringLiteral("Source: ") + sources.join(QStringLiteral("; "));
    if (const Route *route = atlas.route(routeId)) {
        options.title = title.isEmpty() ? route->name : title;
        options.subtitle = QStringLiteral("%1 · %2 · %3").arg(kindLabel(route->kind), statusLabel(route->status), sourceLine);
    } else {
        options.title = title.isEmpty() ? QStringLiteral("Energy and trade corridors") : title;
        options.subtitle = sourceLine;
    }
    return options;
}

} // namespace corridor
