#pragma once
// Which layers are shown: route kinds, route statuses, basemap layers, place labels. A
// value type shared by the renderer (what to draw, what the legend lists), the hit-tester
// (hidden routes cannot be picked) and the settings (restored at the next launch).

#include "model.h"

#include <QSet>
#include <QStringList>

namespace corridor {

struct LayerVisibility {
    QSet<RouteKind> hiddenKinds;
    QSet<RouteStatus> hiddenStatuses;
    bool showLand = true;
    bool showBorders = true;
    bool showPlaceLabels = true;
    bool showRouteLabels = true;

    bool isVisible(const Route &route) const
    {
        return !hiddenKinds.contains(route.kind) && !hiddenStatuses.contains(route.status);
    }
    /// \brief Ids of routes hidden by this visibility (for the hit-tester).
    QSet<QString> hiddenRouteIds(const QList<Route> &routes) const;

    /// \brief A flat, stable text form for QSettings ("kind:rail", "status:pilot", "land"…
    /// lists what is hidden), and back.
    QStringList toStrings() const;
    static LayerVisibility fromStrings(const QStringList &hidden);

    bool operator==(const LayerVisibility &) const = default;
};

} // namespace corridor
