#pragma once
// Natural Earth land and country polygons, projected to Web Mercator once at load.

#include "validation_issue.h"

#include <QList>
#include "model.h"
#include <QRectF>
#include <QString>

namespace corridor {

/// \brief One polygon: its outer ring first, then holes (the Caspian is a hole in Eurasia).
struct BasemapPolygon {
    QList<MercatorLine> rings; ///< closed rings in Web Mercator metres
    QRectF bounds;
};

struct BasemapLayer {
    QList<BasemapPolygon> polygons;
    qsizetype vertexCount = 0;
    bool isEmpty() const { return polygons.isEmpty(); }
};

/// \brief Two levels of detail: 110m for world scale, 50m for regional scale.
struct Basemap {
    BasemapLayer landCoarse;      ///< land_110m
    BasemapLayer countriesCoarse; ///< countries_110m
    BasemapLayer landFine;        ///< land_50m
    BasemapLayer countriesFine;   ///< countries_50m
    bool isEmpty() const { return landCoarse.isEmpty() && landFine.isEmpty(); }
};

/// \brief Reads the layers of a basemap GeoPackage; problems are appended to `issues`.
Basemap loadBasemap(const QString &path, QList<ValidationIssue> *issues);

} // namespace corridor
