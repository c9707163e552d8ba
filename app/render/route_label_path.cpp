#include "route_label_path.h"

#include <QLineF>
#include <cmath>

namespace corridor {

namespace {
/// The smaller angle between two directions, in degrees (0..180).
double turnDegrees(const QLineF &a, const QLineF &b)
{
    const double turn = a.angleTo(b); // 0..360
    return turn > 180 ? 360 - turn : turn;
}
} // namespace

std::optional<RouteLabelPlacement> findRouteLabelPlacement(const QPolygonF &line, double minLengthPx, double maxTurnDeg)
{
    int bestStart = -1, bestEnd = -1;
    double bestLength = 0;
    int start = 0;
    double length = 0;
    for (int i = 1; i < line.size(); ++i) {
        const QLineF segment(line.at(i - 1), line.at(i));
        if (segment.length() <= 0) continue;
        // Compare each new segment with the stretch's overall direction, so slow curves end it too.
        if (i - 1 > start) {
            const QLineF chord(line.at(start), line.at(i - 1));
            if (chord.length() > 0 && turnDegrees(chord, segment) > maxTurnDeg) {
                start = i - 1;
                length = 0;
            }
        }
        length += segment.length();
        if (length > bestLength) {
            bestLength = length;
            bestStart = start;
            bestEnd = i;
        }
    }
    if (bestStart < 0 || bestLength < minLengthPx) return std::nullopt;

    const QLineF chord(line.at(bestStart), line.at(bestEnd));
    // QLineF angles run counter-clockwise in 0..360, painter rotation clockwise: bring the
    // direction into (-180, 180], then turn it upright so text never reads upside down.
    double angle = -chord.angle();
    if (angle <= -180) angle += 360;
    if (angle > 90) angle -= 180;
    else if (angle < -90) angle += 180;
    return RouteLabelPlacement{chord.center(), angle};
}

} // namespace corridor
