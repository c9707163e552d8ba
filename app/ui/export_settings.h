#pragma once
// What the export dialog remembers between uses (QSettings "export/…"): size, DPI, format,
// encoding and which decorations to draw. A plain value, so the dialog, its preview and the
// tests all read the same thing.

#include "render_options.h"
#include "snapshot_format.h"
#include "snapshot_size.h"

#include <QSize>
#include <QString>

class QSettings;

namespace corridor {

struct ExportSettings {
    /// "current" (the map's own size), a SizePreset id, or "custom".
    QString sizePreset = QStringLiteral("current");
    SnapshotSize customSize{QSizeF(1920, 1080), SnapshotSize::Unit::Pixels};
    double dpi = 96;
    SnapshotFormat format = SnapshotFormat::Png;
    int jpegQuality = 92;
    bool worldFile = false;
    DecorationSet decorations = DecorationSet::forSnapshot(); ///< statusDate is always on
    bool highlightSelection = true;
    QString folder; ///< where the last snapshot went

    /// \brief The size asked for: the current view keeps its physical size (its pixels at
    /// `viewDpi`), so a higher DPI gives the same picture with more pixels.
    SnapshotSize size(QSize viewPx, double viewDpi) const;

    static ExportSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
};

} // namespace corridor
