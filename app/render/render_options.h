#pragma once
// What to draw on top of the map, besides the view itself.

#include "layer_visibility.h"

#include <QString>
#include <QStringList>

namespace corridor {

struct RenderOptions {
    QString selectedRoute;
    QString hoveredRoute;
    QString selectedPlace;
    LayerVisibility visibility; ///< hidden kinds/statuses are neither drawn nor in the legend
    QString title;
    QString subtitle;
    bool showTitle = false; ///< the screen has a window title; exports carry it on the image
    bool showLegend = true;
    bool showScaleBar = true;
    bool showAttribution = true;
    // Snapshot decorations (off on the screen, on in exports: see snapshotOptions()).
    QStringList highlightedRoutes;  ///< drawn like the selection too (several --route in an export)
    bool showNorthArrow = false;
    bool showSourcesFooter = false; ///< "Sources:" the articles cited by the routes in view
    bool showStatusDate = false;    ///< "Status as of <latest source date>"
};

} // namespace corridor
