#pragma once
// Encodes a rendered snapshot as PNG or JPEG through QImageWriter, with the snapshot's
// provenance in the file (PNG text chunks, JPEG comments). TIFF goes through GDAL
// (gdal_tiff_writer.h), which writes the TIFF description, software and copyright tags.

#include "snapshot_format.h"
#include "snapshot_metadata.h"

#include <QImage>
#include <QIODevice>

namespace corridor {

/// \brief Writes `image` to `device`; false with `error` ("cannot encode: …") on failure.
/// Taken by value: a caller that moves its image in spares a copy (33 MB at 4K) when the
/// texts are attached to it.
bool encodeRaster(QImage image, SnapshotFormat format, int jpegQuality, const SnapshotMetadata &metadata,
                  QIODevice *device, QString *error);

} // namespace corridor
