#include "geodesy.h"

#include <cmath>

namespace corridor::geodesy {

QList<QPointF> densify(const QList<QGeoCoordinate> &line, double maxStepKm)
{
    QList<QPointF> out;
    if (line.isEmpty()) return out;
    out.reserve(line.size() * 4);
    out.append(QPointF(line.first().longitude(), line.first().latitude()));
    double lonShift = 0; // accumulated ±360 so the output longitudes stay continuous
    for (int i = 1; i < line.size(); ++i) {
        const QGeoCoordinate &a = line.at(i - 1);
        const QGeoCoordinate &b = line.at(i);
        const double distanceKm = a.distanceTo(b) / 1000.0;
        const int steps = std::max(1, int(std::ceil(distanceKm / maxStepKm)));
        const double azimuth = a.azimuthTo(b);
        double previousLon = out.last().x();
        for (int s = 1; s <= steps; ++s) {
            QGeoCoordinate p = (s == steps) ? b : a.atDistanceAndAzimuth(distanceKm * 1000.0 * s / steps, azimuth);
            double lon = p.longitude() + lonShift;
            if (lon - previousLon > 180) { lonShift -= 360; lon -= 360; }
            else if (previousLon - lon > 180) { lonShift += 360; lon += 360; }
            out.append(QPointF(lon, p.latitude()));
            previousLon = lon;
        }
    }
    return out;
}

double lengthKm(const QList<QGeoCoordinate> &line)
{
    double metres = 0;
    for (int i = 1; i < line.size(); ++i) metres += line.at(i - 1).distanceTo(line.at(i));
    return metres / 1000.0;
}

} // namespace corridor::geodesy
