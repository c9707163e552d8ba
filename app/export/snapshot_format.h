#pragma once
// The file formats a snapshot can be written as, and how a file name or a --format word
// picks one. A plain ".tif" is an ordinary TIFF image; the georeferenced GeoTIFF is asked
// for by name ("geotiff"), so nobody gets a GDAL file where they expected a picture.

#include <QString>
#include <QStringList>
#include <optional>

namespace corridor {

enum class SnapshotFormat { Png, Jpeg, Tiff, Svg, Pdf, GeoTiff };

inline constexpr SnapshotFormat kAllSnapshotFormats[] = {SnapshotFormat::Png, SnapshotFormat::Jpeg,
                                                         SnapshotFormat::Tiff, SnapshotFormat::Svg,
                                                         SnapshotFormat::Pdf, SnapshotFormat::GeoTiff};

/// \brief The format a file suffix implies ("png", "jpg", "jpeg", "tif", "tiff", "svg", "pdf").
std::optional<SnapshotFormat> snapshotFormatFromSuffix(const QString &suffix);

/// \brief The format a --format word names ("png", "jpeg"/"jpg", "tiff", "svg", "pdf", "geotiff").
std::optional<SnapshotFormat> snapshotFormatFromName(const QString &name);

/// \brief The --format word of a format ("geotiff").
QString snapshotFormatName(SnapshotFormat format);

/// \brief A label for people ("GeoTIFF (georeferenced)").
QString snapshotFormatLabel(SnapshotFormat format);

/// \brief The suffix a new file of this format gets ("jpg", "tif").
QString snapshotFormatSuffix(SnapshotFormat format);

/// \brief Every --format word, for help texts and error messages.
QStringList snapshotFormatNames();

/// \brief True for SVG and PDF: drawn as vectors and text, sized in physical units.
bool isVectorFormat(SnapshotFormat format);

/// \brief True where a world file (+ .prj) beside the image makes sense: PNG, JPEG, TIFF
/// (and GeoTIFF, for tools that read only the .tfw).
bool supportsWorldFile(SnapshotFormat format);

} // namespace corridor
