#pragma once
// Where a snapshot lies on the Earth, in the forms GIS tools read: a GDAL geotransform, an
// ESRI world file, an EPSG:3857 .prj and a GDAL .aux.xml. Every snapshot is drawn in Web Mercator, so a
// pixel's size in metres is the viewport's metresPerPixel on both axes.

#include "snapshot_format.h"
#include "viewport.h"

#include <QByteArray>
#include <QString>
#include <array>

namespace corridor {

/// \brief GDAL's affine transform: origin at the north-west corner, y pointing south.
std::array<double, 6> geoTransform(const Viewport &view);

/// \brief The six lines of a world file (pixel sizes and the centre of the top-left pixel).
QByteArray worldFileText(const Viewport &view);

/// \brief The world file's suffix beside an image of `format` ("pgw", "jgw", "tfw").
QString worldFileSuffix(SnapshotFormat format);

/// \brief EPSG:3857 as WKT: ESRI flavour for .prj files, OGC WKT2 otherwise.
QByteArray webMercatorWkt(bool esriFlavour);

/// \brief A GDAL PAM side file (IMAGE.aux.xml) declaring EPSG:3857, which GDAL-based tools
/// read beside an image georeferenced by a world file.
QByteArray pamSrsXml();

/// \brief `imagePath` with its suffix replaced ("map.png" + "pgw" → "map.pgw").
QString sidecarPath(const QString &imagePath, const QString &suffix);

} // namespace corridor
