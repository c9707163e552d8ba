#pragma once
// Writes what a Viewport shows (with its decorations) to an image file. Files are written
// through QSaveFile: a failed write leaves no partial file and keeps any previous one.

#include "map_renderer.h"

#include <QImage>
#include <QString>

namespace corridor {

struct SnapshotResult {
    bool ok = false;
    QString error; ///< one line naming the file and the problem
};

/// \brief Renders the view into an image of view.sizePx() pixels.
QImage renderSnapshot(const MapRenderer &renderer, const Viewport &view, const RenderOptions &options);

/// \brief The raster formats a snapshot can be written as, keyed by file suffix.
bool isSupportedSnapshotSuffix(const QString &suffix);

/// \brief Renders and writes the snapshot to `path`; the format follows the suffix.
SnapshotResult writeSnapshot(const MapRenderer &renderer, const Viewport &view, const RenderOptions &options,
                             const QString &path);

} // namespace corridor
