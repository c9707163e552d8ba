#include "export_settings.h"

#include "snapshot_presets.h"

#include <QSettings>

namespace corridor {

namespace {
QString unitName(SnapshotSize::Unit unit)
{
    switch (unit) {
    case SnapshotSize::Unit::Pixels: return QStringLiteral("px");
    case SnapshotSize::Unit::Millimetres: return QStringLiteral("mm");
    case SnapshotSize::Unit::Inches: return QStringLiteral("in");
    }
    return {};
}

SnapshotSize::Unit unitFromName(const QString &name)
{
    if (name == QLatin1String("mm")) return SnapshotSize::Unit::Millimetres;
    if (name == QLatin1String("in")) return SnapshotSize::Unit::Inches;
    return SnapshotSize::Unit::Pixels;
}
} // namespace

SnapshotSize ExportSettings::size(QSize viewPx, double viewDpi) const
{
    if (sizePreset == QLatin1String("custom")) return customSize;
    if (const std::optional<SizePreset> preset = corridor::sizePreset(sizePreset)) return preset->size;
    return {QSizeF(viewPx) / viewDpi, SnapshotSize::Unit::Inches};
}

ExportSettings ExportSettings::load(const QSettings &settings)
{
    ExportSettings s;
    const ExportSettings defaults;
    auto value = [&settings](const char *key, const QVariant &fallback) {
        return settings.value(QStringLiteral("export/") + QLatin1String(key), fallback);
    };
    s.sizePreset = value("sizePreset", defaults.sizePreset).toString();
    if (s.sizePreset != QLatin1String("current") && s.sizePreset != QLatin1String("custom") && !corridor::sizePreset(s.sizePreset))
        s.sizePreset = defaults.sizePreset; // a preset that no longer exists
    s.customSize.value = QSizeF(value("customWidth", defaults.customSize.value.width()).toDouble(),
                                value("customHeight", defaults.customSize.value.height()).toDouble());
    s.customSize.unit = unitFromName(value("customUnit", QStringLiteral("px")).toString());
    if (!(s.customSize.value.width() > 0 && s.customSize.value.height() > 0)) s.customSize = defaults.customSize;
    s.dpi = std::clamp(value("dpi", defaults.dpi).toDouble(), SnapshotSize::kMinDpi, SnapshotSize::kMaxDpi);
    s.format = snapshotFormatFromName(value("format", snapshotFormatName(defaults.format)).toString()).value_or(defaults.format);
    s.jpegQuality = std::clamp(value("jpegQuality", defaults.jpegQuality).toInt(), 1, 100);
    s.worldFile = value("worldFile", defaults.worldFile).toBool();
    s.decorations.title = value("title", defaults.decorations.title).toBool();
    s.decorations.legend = value("legend", defaults.decorations.legend).toBool();
    s.decorations.scaleBar = value("scaleBar", defaults.decorations.scaleBar).toBool();
    s.decorations.northArrow = value("northArrow", defaults.decorations.northArrow).toBool();
    s.decorations.attribution = value("attribution", defaults.decorations.attribution).toBool();
    s.decorations.sourcesFooter = value("sourcesFooter", defaults.decorations.sourcesFooter).toBool();
    s.highlightSelection = value("highlightSelection", defaults.highlightSelection).toBool();
    s.folder = value("folder", QString()).toString();
    return s;
}

void ExportSettings::save(QSettings &settings) const
{
    auto set = [&settings](const char *key, const QVariant &v) { settings.setValue(QStringLiteral("export/") + QLatin1String(key), v); };
    set("sizePreset", sizePreset);
    set("customWidth", customSize.value.width());
    set("customHeight", customSize.value.height());
    set("customUnit", unitName(customSize.unit));
    set("dpi", dpi);
    set("format", snapshotFormatName(format));
    set("jpegQuality", jpegQuality);
    set("worldFile", worldFile);
    set("title", decorations.title);
    set("legend", decorations.legend);
    set("scaleBar", decorations.scaleBar);
    set("northArrow", decorations.northArrow);
    set("attribution", decorations.attribution);
    set("sourcesFooter", decorations.sourcesFooter);
    set("highlightSelection", highlightSelection);
    set("folder", folder);
}

} // namespace corridor
