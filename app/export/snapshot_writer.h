#pragma once
// Writes what a Viewport shows (with its decorations) to a file: PNG, JPEG, TIFF, SVG, PDF or
// GeoTIFF, optionally with a world file and .prj. writeSnapshot() is the one entry point for
// the export dialog and the command line. Files are staged beside the target and renamed
// into place: a failed write leaves no partial file and keeps any previous one.

#include "map_renderer.h"
#include "snapshot_request.h"

#include <QImage>
#include <QString>
#include <QStringList>

namespace corridor {

struct SnapshotResult {
    bool ok = false;
    QString error;      ///< one line naming the file and the problem
    QStringList files;  ///< every file written (the snapshot first, then its side files)
};

/// \brief Renders the view into an image of view.sizePx() pixels, tagged with the view's DPI.
QImage renderSnapshot(const MapRenderer &renderer, const Viewport &view, const RenderOptions &options);

/// \brief True when a file suffix names a format writeSnapshot() can write (png, jpg, tif, svg, pdf).
bool isSupportedSnapshotSuffix(const QString &suffix);

/// \brief Renders and writes the request to `path`; the format is request.format, else the suffix's.
SnapshotResult writeSnapshot(const MapRenderer &renderer, const SnapshotRequest &request, const QString &path);

/// \brief Shorthand: the view and options at their defaults, format from the suffix.
inline SnapshotResult writeSnapshot(const MapRenderer &renderer, const Viewport &view, const RenderOptions &options,
                                    const QString &path)
{
    return writeSnapshot(renderer, SnapshotRequest{view, options, {}, 92, false, {}}, path);
}

} // namespace corridor
