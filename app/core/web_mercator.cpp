#include "web_mercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace corridor::web_mercator {

namespace {
constexpr double kDegToRad = std::numbers::pi / 180.0;
}

QPointF project(double lon, double lat)
{
    const double clamped = std::clamp(lat, -kMaxLatitude, kMaxLatitude);
    const double x = kEarthRadius * lon * kDegToRad;
    const double y = kEarthRadius * std::log(std::tan(std::numbers::pi / 4 + clamped * kDegToRad / 2));
    return {x, y};
}

QGeoCoordinate unproject(const QPointF &metres)
{
    const double lon = metres.x() / kEarthRadius / kDegToRad;
    const double lat = (2 * std::atan(std::exp(metres.y() / kEarthRadius)) - std::numbers::pi / 2) / kDegToRad;
    return QGeoCoordinate(lat, lon);
}

QRectF projectBox(double west, double south, double east, double north)
{
    const QPointF sw = project(west, south);
    const QPointF ne = project(east, north);
    return QRectF(QPointF(sw.x(), sw.y()), QPointF(ne.x(), ne.y())).normalized();
}

} // namespace corridor::web_mercator
