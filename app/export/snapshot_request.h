#pragma once
// Everything a snapshot write needs, as one value: the view (extent, pixels, DPI), what to
// draw on it, and how to encode it. The export dialog and the command line both fill one of
// these and hand it to writeSnapshot().

#include "render_options.h"
#include "snapshot_format.h"
#include "viewport.h"

#include <QSizeF>
#include <optional>

namespace corridor {

struct SnapshotRequest {
    Viewport view;                        ///< extent, size in pixels and DPI
    RenderOptions options;
    std::optional<SnapshotFormat> format; ///< empty: from the file name's suffix
    int jpegQuality = 92;                 ///< 1–100
    bool worldFile = false;               ///< also write a world file and .prj (raster formats)
    QSizeF physicalSizeMm;                ///< page size of PDF/SVG; empty: pixels at the DPI

    /// \brief The physical size the file declares: physicalSizeMm, or the pixels at the DPI.
    QSizeF pageSizeMm() const
    {
        if (!physicalSizeMm.isEmpty()) return physicalSizeMm;
        return QSizeF(view.sizePx()) / view.dpi() * 25.4;
    }
};

} // namespace corridor
