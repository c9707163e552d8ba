#include "snapshot_presets.h"

namespace corridor {

QList<SizePreset> standardSizePresets()
{
    using Unit = SnapshotSize::Unit;
    return {
        {QStringLiteral("full-hd"), QStringLiteral("Full HD (1920 × 1080 px)"), {QSizeF(1920, 1080), Unit::Pixels}, 96},
        {QStringLiteral("4k"), QStringLiteral("4K UHD (3840 × 2160 px)"), {QSizeF(3840, 2160), Unit::Pixels}, 96},
        {QStringLiteral("a4-landscape"), QStringLiteral("A4 landscape (297 × 210 mm)"), {QSizeF(297, 210), Unit::Millimetres}, 300},
        {QStringLiteral("a4-portrait"), QStringLiteral("A4 portrait (210 × 297 mm)"), {QSizeF(210, 297), Unit::Millimetres}, 300},
        {QStringLiteral("letter-landscape"), QStringLiteral("Letter landscape (11 × 8.5 in)"), {QSizeF(11, 8.5), Unit::Inches}, 300},
        {QStringLiteral("letter-portrait"), QStringLiteral("Letter portrait (8.5 × 11 in)"), {QSizeF(8.5, 11), Unit::Inches}, 300},
    };
}

std::optional<SizePreset> sizePreset(const QString &id)
{
    for (const SizePreset &preset : standardSizePresets())
        if (preset.id == id) return preset;
    return std::nullopt;
}

} // namespace corridor
