#pragma once
// Provenance that travels inside every exported file (PNG text chunks, JPEG comments, TIFF
// tags, SVG title/desc, PDF document info and XMP, GeoTIFF metadata): what the picture shows,
// which articles it rests on and how recent they are.

#include "atlas.h"
#include "render_options.h"
#include "viewport.h"

#include <QDate>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace corridor {

struct SnapshotMetadata {
    QString title;
    QString subtitle;
    QStringList sources;  ///< one citation per article cited by the routes in view
    QDate statusAsOf;     ///< the latest of those articles' dates
    QString basemap;      ///< basemap credit
    QString software;     ///< "Corridor Atlas 0.1.0"
    QRectF extentDegrees; ///< x = west, y = south, width, height

    /// \brief "Status as of 22 November 2022" (empty without a date).
    QString statusLine() const;
    /// \brief The sources joined on one line ("; "), for single-line fields.
    QString sourcesLine() const;
    /// \brief A plain-text paragraph: subtitle, extent, status, sources, basemap.
    QString description() const;
};

/// \brief The metadata of a snapshot of `view` drawn with `options`.
SnapshotMetadata snapshotMetadata(const Atlas &atlas, const Viewport &view, const RenderOptions &options);

} // namespace corridor
