#pragma once
// Encodes a rendered snapshot as PNG, JPEG or TIFF through QImageWriter, with the snapshot's
// provenance in the file (PNG text chunks, JPEG comments, TIFF description).

#include "snapshot_format.h"
#include "snapshot_metadata.h"

#include <QImage>
#include <QIODevice>

namespace corridor {

/// \brief True when Qt can write `format` here (TIFF needs the qt6-image-formats-plugins package).
bool canEncodeWithQt(SnapshotFormat format);

/// \brief Writes `image` to `device`; false with `error` ("cannot encode: …") on failure.
bool encodeRaster(const QImage &image, SnapshotFormat format, int jpegQuality, const SnapshotMetadata &metadata,
                  QIODevice *device, QString *error);

} // namespace corridor
