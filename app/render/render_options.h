#pragma once
// What to draw on top of the map, besides the view itself.

#include "layer_visibility.h"

#include <QString>
#include <QStringList>

namespace corridor {

/// \brief Which decorations a frame carries. The defaults are the screen's (the window has
/// its own title); forSnapshot() is what an export carries unless the user turns items off.
struct DecorationSet {
    bool title = false;
    bool legend = true;
    bool scaleBar = true;
    bool attribution = true;
    bool northArrow = false;
    bool sourcesFooter = false; ///< "Sources:" the articles cited by the routes in view
    bool statusDate = false;    ///< "Status as of <latest source date>"

    static DecorationSet forSnapshot() { return {true, true, true, true, true, true, true}; }
    bool operator==(const DecorationSet &) const = default;
};

struct RenderOptions {
    QString selectedRoute;
    QString hoveredRoute;
    QString selectedPlace;
    LayerVisibility visibility; ///< hidden kinds/statuses are neither drawn nor in the legend
    QString title;
    QString subtitle;
    DecorationSet decorations;
    QStringList highlightedRoutes; ///< drawn like the selection too (several --route in an export)
};

} // namespace corridor
