#pragma once
// What to draw on top of the map, besides the view itself.

#include <QString>

namespace corridor {

struct RenderOptions {
    QString selectedRoute;
    QString hoveredRoute;
    QString title;
    QString subtitle;
    bool showTitle = false; ///< the screen has a window title; exports carry it on the image
    bool showLegend = true;
    bool showScaleBar = true;
    bool showAttribution = true;
    bool showPlaceLabels = true;
};

} // namespace corridor
