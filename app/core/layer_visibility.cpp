#include "layer_visibility.h"

namespace corridor {

QSet<QString> LayerVisibility::hiddenRouteIds(const QList<Route> &routes) const
{
    QSet<QString> ids;
    for (const Route &route : routes)
        if (!isVisible(route)) ids.insert(route.id);
    return ids;
}

QStringList LayerVisibility::toStrings() const
{
    QStringList hidden;
    for (RouteKind kind : kAllRouteKinds)
        if (hiddenKinds.contains(kind)) hidden.append(QStringLiteral("kind:") + kindSlug(kind));
    for (RouteStatus status : kAllRouteStatuses)
        if (hiddenStatuses.contains(status)) hidden.append(QStringLiteral("status:") + statusSlug(status));
    if (!showLand) hidden.append(QStringLiteral("land"));
    if (!showBorders) hidden.append(QStringLiteral("borders"));
    if (!showPlaceLabels) hidden.append(QStringLiteral("place-labels"));
    if (!showRouteLabels) hidden.append(QStringLiteral("route-labels"));
    return hidden;
}

LayerVisibility LayerVisibility::fromStrings(const QStringList &hidden)
{
    LayerVisibility v;
    for (const QString &item : hidden) {
        if (item.startsWith(QLatin1String("kind:"))) {
            if (const auto kind = kindFromSlug(item.mid(5))) v.hiddenKinds.insert(*kind);
        } else if (item.startsWith(QLatin1String("status:"))) {
            if (const auto status = statusFromSlug(item.mid(7))) v.hiddenStatuses.insert(*status);
        } else if (item == QLatin1String("land")) v.showLand = false;
        else if (item == QLatin1String("borders")) v.showBorders = false;
        else if (item == QLatin1String("place-labels")) v.showPlaceLabels = false;
        else if (item == QLatin1String("route-labels")) v.showRouteLabels = false;
    }
    return v;
}

} // namespace corridor
