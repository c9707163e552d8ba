#pragma once
// The snapshot sizes people ask for most: screen sizes in pixels and paper sizes in
// millimetres (at the DPI chosen beside them). Shared by the export dialog's size list.

#include "snapshot_size.h"

#include <QList>
#include <QString>

namespace corridor {

struct SizePreset {
    QString id;          ///< stable key for settings ("a4-landscape")
    QString label;       ///< "A4 landscape (297 × 210 mm)"
    SnapshotSize size;
    double suggestedDpi; ///< 96 for screen sizes, 300 for paper
};

/// \brief 1920×1080, 3840×2160, A4 and Letter in landscape and portrait, in that order.
QList<SizePreset> standardSizePresets();

/// \brief The preset with this id, if any.
std::optional<SizePreset> sizePreset(const QString &id);

} // namespace corridor
