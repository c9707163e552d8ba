#pragma once
// File ▸ Export Data: the routes and places (those in view, or all) written through OGR as
// GeoJSON (RFC 7946), GeoPackage or KML, with their properties; sources and figures as
// JSON text, so they survive formats without nested values. Written to a staged file and
// renamed into place, like snapshots.

#include "atlas.h"
#include "render_options.h"
#include "viewport.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace corridor {

enum class DataFormat { GeoJson, GeoPackage, Kml };

inline constexpr DataFormat kAllDataFormats[] = {DataFormat::GeoJson, DataFormat::GeoPackage, DataFormat::Kml};

/// \brief "geojson"/"json", "gpkg", "kml" → format.
std::optional<DataFormat> dataFormatFromSuffix(const QString &suffix);
/// \brief "geojson", "gpkg", "kml" (also the --format words).
QString dataFormatName(DataFormat format);
QString dataFormatSuffix(DataFormat format);
QString dataFormatLabel(DataFormat format);

struct DataExportRequest {
    /// Only what this view shows (routes crossing it, places inside it, visible layers);
    /// empty: everything in the atlas.
    std::optional<Viewport> view;
    RenderOptions options;                ///< layer visibility for "in view"
    std::optional<DataFormat> format;     ///< empty: from the suffix
};

struct DataExportResult {
    bool ok = false;
    QString error; ///< one line naming the file
    int routes = 0;
    int places = 0;
};

/// \brief Writes the routes and places the request selects to `path`.
DataExportResult exportData(const Atlas &atlas, const DataExportRequest &request, const QString &path);

/// \brief The JSON text a route's or place's sources and figures are stored as.
QByteArray sourcesJson(const Atlas &atlas, const QList<SourceRef> &sources);
QByteArray figuresJson(const QList<Figure> &figures);

} // namespace corridor
