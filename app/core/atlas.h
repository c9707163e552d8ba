#pragma once
// The loaded atlas: routes, places, articles and basemap. Immutable once loaded and
// shared read-only (std::shared_ptr<const Atlas>); views never copy it.

#include "basemap.h"
#include "model.h"
#include "validation_issue.h"

#include <QList>
#include <memory>

namespace corridor {

class Atlas {
public:
    QString folder;
    QList<Route> routes;
    QList<Place> places;
    QList<Article> articles;
    Basemap basemap;

    const Route *route(const QString &id) const;
    const Place *place(const QString &id) const;
    const Article *article(const QString &id) const;
    /// \brief The projected bounds of every route (what the first launch frames).
    QRectF routesBounds() const;
    /// \brief Place name for an id, or the id itself when unknown.
    QString placeName(const QString &id) const;
};

struct AtlasLoadResult {
    std::shared_ptr<const Atlas> atlas; ///< never null: holds whatever was valid
    QList<ValidationIssue> issues;
};

/// \brief Loads `folder` (routes.geojson, places.geojson, articles/*.txt, basemap.gpkg)
/// through GDAL/OGR, validating as it goes and keeping every feature that is usable.
AtlasLoadResult loadAtlas(const QString &folder);

} // namespace corridor
