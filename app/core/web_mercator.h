#pragma once
// Spherical Web Mercator (EPSG:3857): the projection of every map view and of GeoTIFF export.

#include <QGeoCoordinate>
#include <QPointF>
#include <QRectF>

namespace corridor::web_mercator {

inline constexpr double kEarthRadius = 6378137.0;            ///< metres, as EPSG:3857 defines it
inline constexpr double kMaxLatitude = 85.05112877980659;    ///< where the Mercator square ends
inline constexpr double kHalfWorld = 20037508.342789244;     ///< metres from 0 to 180°

/// \brief Degrees to metres; latitudes beyond ±kMaxLatitude are clamped.
QPointF project(double lon, double lat);
inline QPointF project(const QGeoCoordinate &c) { return project(c.longitude(), c.latitude()); }
/// \brief Metres back to a coordinate.
QGeoCoordinate unproject(const QPointF &metres);
/// \brief The projected rectangle of a lon/lat box (west, south, east, north).
QRectF projectBox(double west, double south, double east, double north);

} // namespace corridor::web_mercator
