#pragma once
// Where a route's name fits along its drawn line: the longest nearly straight stretch, so
// the text follows the line without bending around corners.

#include <QPolygonF>
#include <optional>

namespace corridor {

struct RouteLabelPlacement {
    QPointF centre;   ///< middle of the stretch, on the line
    double angleDeg;  ///< text direction, kept upright (-90..90)
};

/// \brief The middle of the longest stretch of `line` whose direction changes by less than
/// `maxTurnDeg` and which is at least `minLengthPx` long; nothing if none is.
std::optional<RouteLabelPlacement> findRouteLabelPlacement(const QPolygonF &line, double minLengthPx,
                                                           double maxTurnDeg = 12.0);

} // namespace corridor
