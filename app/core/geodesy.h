#pragma once
// Great-circle geometry on the sphere that QGeoCoordinate uses.

#include <QGeoCoordinate>
#include <QList>
#include <QPointF>

namespace corridor::geodesy {

/// \brief Inserts points along each segment's great circle so no step exceeds maxStepKm.
/// Returns (longitude, latitude) pairs with longitudes unwrapped (they may leave ±180,
/// which QGeoCoordinate would call invalid) so a line across the antimeridian stays
/// continuous when projected.
QList<QPointF> densify(const QList<QGeoCoordinate> &line, double maxStepKm);

/// \brief Sum of great-circle distances between consecutive vertices, in km.
double lengthKm(const QList<QGeoCoordinate> &line);

} // namespace corridor::geodesy
