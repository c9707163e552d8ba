#include "data_exporter.h"

#include "cited_sources.h"
#include "ogr_support.h"
#include "staged_file.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace corridor {

namespace {

const char *driverName(DataFormat format)
{
    switch (format) {
    case DataFormat::GeoJson: return "GeoJSON";
    case DataFormat::GeoPackage: return "GPKG";
    case DataFormat::Kml: return "KML";
    }
    return "";
}

QByteArray jsonList(const QStringList &values) { return QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact); }

/// Field definitions, in order; every value is text, real or integer.
struct Field {
    const char *name;
    OGRFieldType type;
};
const Field kRouteFields[] = {
    {"feature_type", OFTString}, {"id", OFTString}, {"name", OFTString}, {"kind", OFTString}, {"status", OFTString},
    {"from", OFTString}, {"to", OFTString}, {"via", OFTString}, {"operators", OFTString},
    {"geometry_precision", OFTString}, {"description", OFTString}, {"measured_length_km", OFTReal},
    {"sources", OFTString}, {"figures", OFTString}, {"cited_articles", OFTString},
};
const Field kPlaceFields[] = {
    {"feature_type", OFTString}, {"id", OFTString}, {"name", OFTString}, {"kind", OFTString}, {"country", OFTString},
    {"alt_names", OFTString}, {"date", OFTString}, {"sources", OFTString}, {"figures", OFTString},
    {"cited_articles", OFTString},
};

template <std::size_t N> bool createFields(OGRLayer &layer, const Field (&fields)[N])
{
    for (const Field &field : fields) {
        if (layer.GetLayerDefn()->GetFieldIndex(field.name) >= 0) continue; // shared by routes and places
        OGRFieldDefn definition(field.name, field.type);
        if (layer.CreateField(&definition) != OGRERR_NONE) return false;
    }
    return true;
}

void setText(OGRFeature &feature, const char *name, const QString &value)
{
    if (!value.isEmpty()) feature.SetField(name, value.toUtf8().constData());
}

QString citations(const Atlas &atlas, const QList<SourceRef> &sources)
{
    QStringList cited;
    for (const SourceRef &source : sources)
        if (const Article *article = atlas.article(source.articleId); article && !cited.contains(articleCitation(*article)))
            cited.append(articleCitation(*article));
    return cited.join(QStringLiteral("; "));
}

OGRGeometry *routeGeometry(const Route &route)
{
    auto lineOf = [](const QList<QGeoCoordinate> &part) {
        auto *line = new OGRLineString;
        for (const QGeoCoordinate &c : part) line->addPoint(c.longitude(), c.latitude());
        return line;
    };
    if (route.parts.size() == 1) return lineOf(route.parts.first());
    auto *multi = new OGRMultiLineString;
    for (const QList<QGeoCoordinate> &part : route.parts) multi->addGeometryDirectly(lineOf(part));
    return multi;
}

bool writeRoute(OGRLayer &layer, const Atlas &atlas, const Route &route)
{
    OGRFeature feature(layer.GetLayerDefn());
    feature.SetField("feature_type", "route");
    setText(feature, "id", route.id);
    setText(feature, "name", route.name);
    setText(feature, "kind", kindSlug(route.kind));
    setText(feature, "status", statusSlug(route.status));
    setText(feature, "from", route.from);
    setText(feature, "to", route.to);
    feature.SetField("via", jsonList(route.via).constData());
    feature.SetField("operators", jsonList(route.operators).constData());
    setText(feature, "geometry_precision", route.precision == GeometryPrecision::Traced ? QStringLiteral("traced") : QStringLiteral("schematic"));
    setText(feature, "description", route.description);
    feature.SetField("measured_length_km", route.measuredLengthKm);
    feature.SetField("sources", sourcesJson(atlas, route.sources).constData());
    feature.SetField("figures", figuresJson(route.figures).constData());
    setText(feature, "cited_articles", citations(atlas, route.sources));
    feature.SetGeometryDirectly(routeGeometry(route));
    return layer.CreateFeature(&feature) == OGRERR_NONE;
}

bool writePlace(OGRLayer &layer, const Atlas &atlas, const Place &place)
{
    OGRFeature feature(layer.GetLayerDefn());
    feature.SetField("feature_type", "place");
    setText(feature, "id", place.id);
    setText(feature, "name", place.name);
    setText(feature, "kind", place.kind);
    setText(feature, "country", place.country);
    feature.SetField("alt_names", jsonList(place.altNames).constData());
    if (place.date.isValid()) setText(feature, "date", place.date.toString(Qt::ISODate));
    feature.SetField("sources", sourcesJson(atlas, place.sources).constData());
    feature.SetField("figures", figuresJson(place.figures).constData());
    setText(feature, "cited_articles", citations(atlas, place.sources));
    feature.SetGeometryDirectly(new OGRPoint(place.coordinate.longitude(), place.coordinate.latitude()));
    return layer.CreateFeature(&feature) == OGRERR_NONE;
}

} // namespace

std::optional<DataFormat> dataFormatFromSuffix(const QString &suffix)
{
    const QString s = suffix.toLower();
    if (s == QLatin1String("geojson") || s == QLatin1String("json")) return DataFormat::GeoJson;
    if (s == QLatin1String("gpkg")) return DataFormat::GeoPackage;
    if (s == QLatin1String("kml")) return DataFormat::Kml;
    return std::nullopt;
}

QString dataFormatName(DataFormat format)
{
    switch (format) {
    case DataFormat::GeoJson: return QStringLiteral("geojson");
    case DataFormat::GeoPackage: return QStringLiteral("gpkg");
    case DataFormat::Kml: return QStringLiteral("kml");
    }
    return {};
}

QString dataFormatSuffix(DataFormat format) { return dataFormatName(format); }

QString dataFormatLabel(DataFormat format)
{
    switch (format) {
    case DataFormat::GeoJson: return QStringLiteral("GeoJSON (RFC 7946)");
    case DataFormat::GeoPackage: return QStringLiteral("GeoPackage");
    case DataFormat::Kml: return QStringLiteral("KML (Google Earth)");
    }
    return {};
}

QByteArray sourcesJson(const Atlas &atlas, const QList<SourceRef> &sources)
{
    QJsonArray array;
    for (const SourceRef &source : sources) {
        QJsonObject object{{QStringLiteral("article"), source.articleId}, {QStringLiteral("quote"), source.quote}};
        if (const Article *article = atlas.article(source.articleId)) {
            object.insert(QStringLiteral("outlet"), article->outlet());
            object.insert(QStringLiteral("date"), article->date().toString(Qt::ISODate));
            object.insert(QStringLiteral("url"), article->url());
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray figuresJson(const QList<Figure> &figures)
{
    QJsonArray array;
    for (const Figure &figure : figures) {
        QJsonObject object{{QStringLiteral("label"), figure.label},
                           {QStringLiteral("value"), figure.value},
                           {QStringLiteral("value_max"), figure.valueMax ? QJsonValue(*figure.valueMax) : QJsonValue()},
                           {QStringLiteral("unit"), figure.unit},
                           {QStringLiteral("approximate"), figure.approximate},
                           {QStringLiteral("quote"), figure.quote},
                           {QStringLiteral("as_of"), figure.asOf.isValid() ? QJsonValue(figure.asOf.toString(Qt::ISODate)) : QJsonValue()}};
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

DataExportResult exportData(const Atlas &atlas, const DataExportRequest &request, const QString &path)
{
    auto failure = [&path](const QString &why) { return DataExportResult{false, QStringLiteral("%1: %2").arg(path, why), 0, 0}; };
    const QString suffix = QFileInfo(path).suffix();
    const std::optional<DataFormat> format = request.format ? request.format : dataFormatFromSuffix(suffix);
    if (!format) return failure(QStringLiteral("unsupported format \"%1\" (use .geojson, .gpkg or .kml)").arg(suffix));

    // What to write: everything, or what the view shows.
    QList<const Route *> routes;
    QList<const Place *> places;
    if (request.view) {
        routes = routesInView(atlas, *request.view, request.options);
        const QRectF visible = request.view->mercatorRect();
        for (const Place &place : atlas.places)
            if (visible.contains(place.projected)) places.append(&place);
    } else {
        for (const Route &route : atlas.routes) routes.append(&route);
        for (const Place &place : atlas.places) places.append(&place);
    }

    ogr::ensureRegistered();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName(*format));
    if (!driver) return failure(QStringLiteral("GDAL has no %1 driver").arg(QLatin1String(driverName(*format))));
    StagedFile staged(path);
    if (!staged.open()) return failure(staged.error());
    const QString temporary = staged.releaseForWriter();
    {
        ogr::ErrorCollector errors;
        auto gdalFailure = [&errors, &failure](const QString &what) {
            return failure(QStringLiteral("cannot write: %1").arg(errors.failures().isEmpty() ? what : errors.failures().constLast()));
        };
        CPLStringList options;
        if (*format == DataFormat::Kml) {
            options.SetNameValue("NameField", "name");
            options.SetNameValue("DescriptionField", "description");
        }
        ogr::DatasetPtr dataset(driver->Create(QFile::encodeName(temporary).constData(), 0, 0, 0, GDT_Unknown, options.List()));
        if (!dataset) return gdalFailure(QStringLiteral("GDAL could not create the file"));
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER); // longitude first, as the data is
        CPLStringList layerOptions;
        if (*format == DataFormat::GeoJson) layerOptions.SetNameValue("RFC7946", "YES");
        if (*format == DataFormat::GeoPackage) layerOptions.SetNameValue("DESCRIPTION", "Corridor Atlas export");

        // GeoJSON holds one collection per file: routes and places share it, told apart by
        // feature_type (QGIS splits it by geometry type). The other formats get two layers.
        // Layer by layer: KML cannot take features for two layers interleaved.
        const bool oneLayer = *format == DataFormat::GeoJson;
        OGRLayer *routeLayer = dataset->CreateLayer(oneLayer ? "corridor_atlas" : "routes", &wgs84, wkbUnknown, layerOptions.List());
        if (!routeLayer || !createFields(*routeLayer, kRouteFields) || (oneLayer && !createFields(*routeLayer, kPlaceFields)))
            return gdalFailure(QStringLiteral("cannot create the routes layer"));
        for (const Route *route : std::as_const(routes))
            if (!writeRoute(*routeLayer, atlas, *route)) return gdalFailure(QStringLiteral("cannot write route %1").arg(route->id));
        OGRLayer *placeLayer = oneLayer ? routeLayer : dataset->CreateLayer("places", &wgs84, wkbPoint, layerOptions.List());
        if (!placeLayer || !createFields(*placeLayer, kPlaceFields)) return gdalFailure(QStringLiteral("cannot create the places layer"));
        for (const Place *place : std::as_const(places))
            if (!writePlace(*placeLayer, atlas, *place)) return gdalFailure(QStringLiteral("cannot write place %1").arg(place->id));
        dataset.reset(); // closing writes the file out
        if (!errors.failures().isEmpty()) return gdalFailure(QString());
    }
    if (!staged.commit()) return failure(staged.error());
    return {true, {}, int(routes.size()), int(places.size())};
}

} // namespace corridor
