#include "basemap.h"

#include "ogr_support.h"
#include "web_mercator.h"

#include <ogrsf_frmts.h>

namespace corridor {

namespace {

MercatorLine projectRing(const OGRLinearRing &ring)
{
    MercatorLine out;
    out.reserve(ring.getNumPoints());
    for (int i = 0; i < ring.getNumPoints(); ++i)
        out.append(web_mercator::project(ring.getX(i), ring.getY(i)));
    return out;
}

void appendPolygon(const OGRPolygon &polygon, BasemapLayer &layer)
{
    if (polygon.IsEmpty()) return;
    BasemapPolygon out;
    out.rings.append(projectRing(*polygon.getExteriorRing()));
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
        out.rings.append(projectRing(*polygon.getInteriorRing(i)));
    out.bounds = boundsOf(out.rings.first());
    for (const MercatorLine &ring : out.rings) layer.vertexCount += ring.size();
    layer.polygons.append(std::move(out));
}

BasemapLayer readLayer(GDALDataset &dataset, const char *name, const QString &path,
                       QList<ValidationIssue> *issues)
{
    BasemapLayer layer;
    OGRLayer *source = dataset.GetLayerByName(name);
    if (!source) {
        issues->append({path, QString(), QStringLiteral("layer %1 is missing").arg(QLatin1String(name))});
        return layer;
    }
    source->ResetReading();
    for (auto &feature : *source) {
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry) continue;
        switch (wkbFlatten(geometry->getGeometryType())) {
        case wkbPolygon:
            appendPolygon(*geometry->toPolygon(), layer);
            break;
        case wkbMultiPolygon:
            for (const OGRPolygon *part : *geometry->toMultiPolygon()) appendPolygon(*part, layer);
            break;
        default:
            break; // a basemap holds polygons only; anything else is not drawn
        }
    }
    return layer;
}

} // namespace

Basemap loadBasemap(const QString &path, QList<ValidationIssue> *issues)
{
    Basemap basemap;
    QString error;
    ogr::DatasetPtr dataset = ogr::openVector(path, &error, ogr::kBasemapDrivers);
    if (!dataset) {
        issues->append({path, QString(), QStringLiteral("cannot read the basemap: %1").arg(error)});
        return basemap;
    }
    basemap.landCoarse = readLayer(*dataset, "land_110m", path, issues);
    basemap.countriesCoarse = readLayer(*dataset, "countries_110m", path, issues);
    basemap.landFine = readLayer(*dataset, "land_50m", path, issues);
    basemap.countriesFine = readLayer(*dataset, "countries_50m", path, issues);
    return basemap;
}

} // namespace corridor
