#include "snapshot_format.h"

namespace corridor {

std::optional<SnapshotFormat> snapshotFormatFromSuffix(const QString &suffix)
{
    const QString s = suffix.toLower();
    if (s == QLatin1String("png")) return SnapshotFormat::Png;
    if (s == QLatin1String("jpg") || s == QLatin1String("jpeg")) return SnapshotFormat::Jpeg;
    if (s == QLatin1String("tif") || s == QLatin1String("tiff")) return SnapshotFormat::Tiff;
    if (s == QLatin1String("svg")) return SnapshotFormat::Svg;
    if (s == QLatin1String("pdf")) return SnapshotFormat::Pdf;
    return std::nullopt;
}

std::optional<SnapshotFormat> snapshotFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (SnapshotFormat format : kAllSnapshotFormats)
        if (n == snapshotFormatName(format)) return format;
    if (n == QLatin1String("jpg")) return SnapshotFormat::Jpeg;
    if (n == QLatin1String("tif")) return SnapshotFormat::Tiff;
    return std::nullopt;
}

QString snapshotFormatName(SnapshotFormat format)
{
    switch (format) {
    case SnapshotFormat::Png: return QStringLiteral("png");
    case SnapshotFormat::Jpeg: return QStringLiteral("jpeg");
    case SnapshotFormat::Tiff: return QStringLiteral("tiff");
    case SnapshotFormat::Svg: return QStringLiteral("svg");
    case SnapshotFormat::Pdf: return QStringLiteral("pdf");
    case SnapshotFormat::GeoTiff: return QStringLiteral("geotiff");
    }
    return {};
}

QString snapshotFormatLabel(SnapshotFormat format)
{
    switch (format) {
    case SnapshotFormat::Png: return QStringLiteral("PNG image");
    case SnapshotFormat::Jpeg: return QStringLiteral("JPEG image");
    case SnapshotFormat::Tiff: return QStringLiteral("TIFF image");
    case SnapshotFormat::Svg: return QStringLiteral("SVG vector drawing");
    case SnapshotFormat::Pdf: return QStringLiteral("PDF document");
    case SnapshotFormat::GeoTiff: return QStringLiteral("GeoTIFF (georeferenced, EPSG:3857)");
    }
    return {};
}

QString snapshotFormatSuffix(SnapshotFormat format)
{
    switch (format) {
    case SnapshotFormat::Png: return QStringLiteral("png");
    case SnapshotFormat::Jpeg: return QStringLiteral("jpg");
    case SnapshotFormat::Tiff: return QStringLiteral("tif");
    case SnapshotFormat::Svg: return QStringLiteral("svg");
    case SnapshotFormat::Pdf: return QStringLiteral("pdf");
    case SnapshotFormat::GeoTiff: return QStringLiteral("tif");
    }
    return {};
}

QStringList snapshotFormatNames()
{
    QStringList names;
    for (SnapshotFormat format : kAllSnapshotFormats) names.append(snapshotFormatName(format));
    return names;
}

bool isVectorFormat(SnapshotFormat format) { return format == SnapshotFormat::Svg || format == SnapshotFormat::Pdf; }

bool supportsWorldFile(SnapshotFormat format)
{
    return format == SnapshotFormat::Png || format == SnapshotFormat::Jpeg || format == SnapshotFormat::Tiff ||
           format == SnapshotFormat::GeoTiff;
}

} // namespace corridor
