#pragma once
// Writes a rendered snapshot as a TIFF through GDAL's GTiff driver: georeferenced in
// EPSG:3857 for GeoTIFF, or a plain picture for TIFF. Either way the provenance goes into
// the TIFF tags (description, document name, software, copyright, resolution).

#include "snapshot_metadata.h"
#include "viewport.h"

#include <QImage>
#include <QString>

namespace corridor {

/// \brief Writes `image` to `path` (a temporary path: the caller renames it into place).
/// With `georeference`, the file carries the view's extent and EPSG:3857.
/// Returns false with `error` ("cannot write: …") on failure.
bool writeGdalTiff(const QImage &image, const Viewport &view, bool georeference, const SnapshotMetadata &metadata,
                   const QString &path, QString *error);

} // namespace corridor
