#pragma once
// SVG and PDF snapshots: the renderer paints straight onto QSvgGenerator / QPdfWriter, so
// lines stay vectors and text stays text. Each device gets its size and resolution set
// explicitly, so a 300-DPI request and a 96-DPI request describe the same physical page.

#include "map_renderer.h"
#include "snapshot_metadata.h"
#include "snapshot_request.h"

#include <QIODevice>

namespace corridor {

/// \brief Paints the request as SVG into `device` (viewBox = pixels, width/height = physical size).
bool paintSvg(const MapRenderer &renderer, const SnapshotRequest &request, const SnapshotMetadata &metadata,
              QIODevice *device, QString *error);

/// \brief Paints the request as a one-page PDF into `device`; the page is request.pageSizeMm().
bool paintPdf(const MapRenderer &renderer, const SnapshotRequest &request, const SnapshotMetadata &metadata,
              QIODevice *device, QString *error);

/// \brief The XMP packet a PDF snapshot carries: title, description, sources, creator tool.
QByteArray snapshotXmp(const SnapshotMetadata &metadata);

} // namespace corridor
