// Loading and validating an atlas folder. Every problem becomes a ValidationIssue naming
// the file, the feature and the reason; whatever is still usable is kept, so one bad
// feature never hides the rest of the map.

#include "atlas.h"
#include "feature_file_loader.h"

#include "article_reader.h"
#include "geodesy.h"
#include "ogr_support.h"
#include "verbatim_text.h"
#include "web_mercator.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QSet>

#include <cpl_vsi.h>
#include <ogrsf_frmts.h>

namespace corridor {

namespace {

/// Long segments are drawn along their great circle; 20 km steps are below a pixel's
/// worth of curvature at any zoom where the segment is on screen.
constexpr double kDensifyStepKm = 20.0;

class FeatureContext {
public:
    FeatureContext(QList<ValidationIssue> &issues, QString file, QString featureId)
        : mIssues(issues), mFile(std::move(file)), mFeatureId(std::move(featureId)) {}
    void report(const QString &reason) { mIssues.append({mFile, mFeatureId, reason}); }
    const QString &featureId() const { return mFeatureId; }
private:
    QList<ValidationIssue> &mIssues;
    QString mFile;
    QString mFeatureId;
};

bool coordinateInRange(double lon, double lat)
{
    return std::isfinite(lon) && std::isfinite(lat) && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90;
}

/// Quote look-ups for one file's features: each article's whitespace is collapsed once, on
/// first use, instead of once per quote (a 10 MB article cited forty times).
class QuoteFinder {
public:
    explicit QuoteFinder(const Atlas &atlas) : mAtlas(atlas) {}
    const Atlas &atlas() const { return mAtlas; }
    std::optional<TextSpan> find(const Article &article, const QString &quote) const
    {
        auto it = mIndexes.find(article.id);
        if (it == mIndexes.end()) it = mIndexes.emplace(article.id, article.body);
        return it->find(quote);
    }

private:
    const Atlas &mAtlas;
    mutable QHash<QString, VerbatimIndex> mIndexes;
};

/// Finds a quote in its article; reports and returns nothing when it is not verbatim.
std::optional<TextSpan> locateQuote(const QuoteFinder &quotes, const QString &articleId, const QString &quote,
                                    FeatureContext &context, const QString &what)
{
    const Atlas &atlas = quotes.atlas();
    if (quote.trimmed().isEmpty()) {
        context.report(QStringLiteral("%1 has an empty quote").arg(what));
        return std::nullopt;
    }
    const Article *article = atlas.article(articleId);
    if (!article) {
        context.report(QStringLiteral("%1 cites unknown article \"%2\"").arg(what, articleId));
        return std::nullopt;
    }
    const auto span = quotes.find(*article, quote);
    if (!span)
        context.report(QStringLiteral("%1 quote not found verbatim in %2: \"%3\"")
                           .arg(what, articleId, normalizedForQuoting(quote).left(80)));
    return span;
}

QList<SourceRef> readSources(OGRFeature &feature, const QuoteFinder &quotes, FeatureContext &context)
{
    QList<SourceRef> sources;
    const QByteArray raw = ogr::jsonField(feature, "sources");
    if (raw.isEmpty()) return sources;
    const QJsonDocument doc = QJsonDocument::fromJson(raw);
    if (!doc.isArray()) {
        context.report(QStringLiteral("`sources` is not a list of {article, quote}"));
        return sources;
    }
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject object = value.toObject();
        SourceRef source{object.value(QStringLiteral("article")).toString(),
                         object.value(QStringLiteral("quote")).toString(), {}};
        // Located once here; the reader and the search use the span, never search again.
        if (const auto span = locateQuote(quotes, source.articleId, source.quote, context, QStringLiteral("source"))) {
            source.span = *span;
            sources.append(source);
        }
    }
    return sources;
}

/// A figure's quote must come from one of the feature's own cited articles (or, when the
/// feature cites none, from any article of the atlas).
QList<Figure> readFigures(OGRFeature &feature, const QuoteFinder &quotes, const QList<SourceRef> &sources,
                          FeatureContext &context)
{
    const Atlas &atlas = quotes.atlas();
    QList<Figure> figures;
    const QByteArray raw = ogr::jsonField(feature, "figures");
    if (raw.isEmpty()) return figures;
    const QJsonDocument doc = QJsonDocument::fromJson(raw);
    if (!doc.isArray()) {
        context.report(QStringLiteral("`figures` is not a list"));
        return figures;
    }
    QStringList articleIds;
    for (const SourceRef &s : sources) articleIds.append(s.articleId);
    if (articleIds.isEmpty())
        for (const Article &a : atlas.articles) articleIds.append(a.id);
    articleIds.removeDuplicates();

    for (const QJsonValue &value : doc.array()) {
        const QJsonObject o = value.toObject();
        Figure figure;
        figure.label = o.value(QStringLiteral("label")).toString();
        figure.unit = o.value(QStringLiteral("unit")).toString();
        figure.approximate = o.value(QStringLiteral("approximate")).toBool();
        figure.quote = o.value(QStringLiteral("quote")).toString();
        figure.asOf = QDate::fromString(o.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
        const QString what = QStringLiteral("figure \"%1\"").arg(figure.label);
        if (!o.value(QStringLiteral("value")).isDouble()) {
            context.report(QStringLiteral("%1 has no numeric value").arg(what));
            continue;
        }
        figure.value = o.value(QStringLiteral("value")).toDouble();
        if (o.value(QStringLiteral("value_max")).isDouble())
            figure.valueMax = o.value(QStringLiteral("value_max")).toDouble();
        if (!figure.asOf.isValid())
            context.report(QStringLiteral("%1 has no ISO `as_of` date").arg(what));
        bool found = false;
        for (const QString &articleId : std::as_const(articleIds)) {
            const Article *article = atlas.article(articleId);
            if (article && quotes.find(*article, figure.quote)) { found = true; break; }
        }
        if (!found) {
            context.report(QStringLiteral("%1 quote not found verbatim in its articles: \"%2\"")
                               .arg(what, normalizedForQuoting(figure.quote).left(80)));
            continue; // a figure without its verified quote is not shown
        }
        figures.append(figure);
    }
    return figures;
}

/// Collects the line parts of a geometry, checking every coordinate.
bool readLineParts(const OGRGeometry *geometry, QList<QList<QGeoCoordinate>> &parts, FeatureContext &context)
{
    switch (wkbFlatten(geometry->getGeometryType())) {
    case wkbLineString: {
        const OGRLineString *line = geometry->toLineString();
        QList<QGeoCoordinate> part;
        for (int i = 0; i < line->getNumPoints(); ++i) {
            if (!coordinateInRange(line->getX(i), line->getY(i))) {
                context.report(QStringLiteral("coordinate out of range: (%1, %2) at vertex %3")
                                   .arg(line->getX(i)).arg(line->getY(i)).arg(i));
                return false;
            }
            part.append(QGeoCoordinate(line->getY(i), line->getX(i)));
        }
        if (part.size() >= 2) parts.append(part);
        return true;
    }
    case wkbMultiLineString:
    case wkbGeometryCollection:
    case wkbMultiPoint: // not lines; rejected below by the type check of each part
    {
        const OGRGeometryCollection *collection = geometry->toGeometryCollection();
        for (const OGRGeometry *part : *collection)
            if (!readLineParts(part, parts, context)) return false;
        return true;
    }
    default:
        context.report(QStringLiteral("geometry is a %1, not a line")
                           .arg(QString::fromUtf8(OGRGeometryTypeToName(geometry->getGeometryType()))));
        return false;
    }
}

QString featureIdOf(OGRFeature &feature, int index)
{
    const QString id = ogr::stringField(feature, "id");
    return id.isEmpty() ? QStringLiteral("feature #%1").arg(index + 1) : id;
}

void loadArticles(const QString &folder, Atlas &atlas, QList<ValidationIssue> &issues)
{
    const QDir dir(QDir(folder).filePath(QStringLiteral("articles")));
    if (!dir.exists()) {
        issues.append({dir.path(), QString(), QStringLiteral("article folder is missing")});
        return;
    }
    const QStringList files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) issues.append({dir.path(), QString(), QStringLiteral("no articles (*.txt)")});
    for (const QString &name : files) {
        ArticleReadResult result = readArticleFile(dir.filePath(name));
        if (result.article) atlas.articles.append(std::move(*result.article));
        else issues.append({dir.filePath(name), QString(), result.error});
    }
}

/// Opens the single layer of a GeoJSON (or KML/GPX) file.
OGRLayer *openLayer(const QString &path, ogr::DatasetPtr &dataset, QList<ValidationIssue> &issues)
{
    // Asked through GDAL's file layer, so in-memory files (/vsimem/, the fuzz targets) work too.
    VSIStatBufL stat;
    if (VSIStatL(path.toUtf8().constData(), &stat) != 0) {
        issues.append({path, QString(), QStringLiteral("file is missing")});
        return nullptr;
    }
    QString error;
    dataset = ogr::openVector(path, &error, ogr::kFeatureDrivers);
    if (!dataset) {
        issues.append({path, QString(), QStringLiteral("cannot read: %1").arg(error)});
        return nullptr;
    }
    if (dataset->GetLayerCount() < 1) {
        issues.append({path, QString(), QStringLiteral("holds no layer")});
        return nullptr;
    }
    OGRLayer *layer = dataset->GetLayer(0);
    // A GPX file holds waypoints, routes and tracks as separate layers: say what is not read
    // rather than silently showing a part of the file.
    if (dataset->GetLayerCount() > 1)
        issues.append({path, QString(), QStringLiteral("holds %1 layers; only the first, \"%2\", is read")
                                             .arg(dataset->GetLayerCount())
                                             .arg(QString::fromUtf8(layer->GetName()))});
    // Coordinates are taken as longitude/latitude; a file in metres would land anywhere.
    if (const OGRSpatialReference *srs = layer->GetSpatialRef(); srs && !srs->IsGeographic()) {
        issues.append({path, QString(), QStringLiteral("coordinates are in \"%1\", not longitude/latitude (EPSG:4326)")
                                             .arg(QString::fromUtf8(srs->GetName()))});
        return nullptr;
    }
    return layer;
}

void loadPlaces(const QString &path, Atlas &atlas, QList<ValidationIssue> &issues)
{
    const QuoteFinder quotes(atlas);
    ogr::DatasetPtr dataset;
    OGRLayer *layer = openLayer(path, dataset, issues);
    if (!layer) return;
    const QString file = QFileInfo(path).fileName();
    QSet<QString> seen;
    ogr::ErrorCollector errors;
    int index = 0;
    for (auto &feature : *layer) {
        FeatureContext context(issues, file, featureIdOf(*feature, index++));
        Place place;
        place.id = ogr::stringField(*feature, "id");
        if (place.id.isEmpty()) { context.report(QStringLiteral("has no `id`")); continue; }
        if (seen.contains(place.id)) { context.report(QStringLiteral("duplicate id")); continue; }
        place.name = ogr::stringField(*feature, "name");
        if (place.name.isEmpty()) place.name = place.id;
        place.kind = ogr::stringField(*feature, "kind");
        place.country = ogr::stringField(*feature, "country");
        place.altNames = ogr::stringListField(*feature, "alt_names");
        place.date = QDate::fromString(ogr::stringField(*feature, "date"), Qt::ISODate);

        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty()) { context.report(QStringLiteral("empty geometry")); continue; }
        if (wkbFlatten(geometry->getGeometryType()) != wkbPoint) {
            context.report(QStringLiteral("geometry is a %1, not a point")
                               .arg(QString::fromUtf8(OGRGeometryTypeToName(geometry->getGeometryType()))));
            continue;
        }
        const OGRPoint *point = geometry->toPoint();
        if (!coordinateInRange(point->getX(), point->getY())) {
            context.report(QStringLiteral("coordinate out of range: (%1, %2)").arg(point->getX()).arg(point->getY()));
            continue;
        }
        place.coordinate = QGeoCoordinate(point->getY(), point->getX());
        place.projected = web_mercator::project(place.coordinate);
        place.sources = readSources(*feature, quotes, context);
        place.figures = readFigures(*feature, quotes, place.sources, context);
        seen.insert(place.id);
        atlas.places.append(std::move(place));
    }
    for (const QString &failure : errors.failures())
        issues.append({file, QString(), QStringLiteral("read error: %1").arg(failure)});
}

void loadRoutes(const QString &path, Atlas &atlas, QList<ValidationIssue> &issues)
{
    const QuoteFinder quotes(atlas);
    ogr::DatasetPtr dataset;
    OGRLayer *layer = openLayer(path, dataset, issues);
    if (!layer) return;
    const QString file = QFileInfo(path).fileName();
    QSet<QString> seen;
    ogr::ErrorCollector errors;
    int index = 0;
    for (auto &feature : *layer) {
        FeatureContext context(issues, file, featureIdOf(*feature, index++));
        Route route;
        route.id = ogr::stringField(*feature, "id");
        if (route.id.isEmpty()) { context.report(QStringLiteral("has no `id`")); continue; }
        if (seen.contains(route.id)) { context.report(QStringLiteral("duplicate id")); continue; }
        route.name = ogr::stringField(*feature, "name");
        if (route.name.isEmpty()) route.name = route.id;
        route.shortName = ogr::stringField(*feature, "short_name");
        if (route.shortName.isEmpty()) route.shortName = route.name;

        const QString kind = ogr::stringField(*feature, "kind");
        const QString status = ogr::stringField(*feature, "status");
        const auto parsedKind = kindFromSlug(kind);
        const auto parsedStatus = statusFromSlug(status);
        if (!parsedKind) context.report(QStringLiteral("unknown kind \"%1\"").arg(kind));
        if (!parsedStatus) context.report(QStringLiteral("unknown status \"%1\"").arg(status));
        if (!parsedKind || !parsedStatus) continue; // cannot be styled honestly
        route.kind = *parsedKind;
        route.status = *parsedStatus;

        const QString precision = ogr::stringField(*feature, "geometry_precision");
        if (precision == QLatin1String("traced")) route.precision = GeometryPrecision::Traced;
        else if (precision != QLatin1String("schematic"))
            context.report(QStringLiteral("geometry_precision \"%1\" is neither schematic nor traced (taken as schematic)").arg(precision));

        route.from = ogr::stringField(*feature, "from");
        route.to = ogr::stringField(*feature, "to");
        route.via = ogr::stringListField(*feature, "via");
        route.operators = ogr::stringListField(*feature, "operators");
        route.description = ogr::stringField(*feature, "description");
        QStringList placeIds = route.via;
        placeIds << route.from << route.to;
        for (const QString &placeId : std::as_const(placeIds)) {
            if (placeId.isEmpty()) context.report(QStringLiteral("`from` or `to` is missing"));
            else if (!atlas.place(placeId)) context.report(QStringLiteral("unknown place id \"%1\"").arg(placeId));
        }

        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty()) { context.report(QStringLiteral("empty geometry")); continue; }
        if (!readLineParts(geometry, route.parts, context)) continue;
        if (route.parts.isEmpty()) { context.report(QStringLiteral("empty geometry: no line with two points")); continue; }

        for (const auto &part : std::as_const(route.parts)) {
            MercatorLine projected;
            for (const QPointF &lonLat : geodesy::densify(part, kDensifyStepKm))
                projected.append(web_mercator::project(lonLat.x(), lonLat.y()));
            route.projectedBounds = route.projectedBounds.isNull() ? boundsOf(projected)
                                                                   : route.projectedBounds.united(boundsOf(projected));
            route.projectedParts.append(projected);
            route.measuredLengthKm += geodesy::lengthKm(part);
        }
        route.sources = readSources(*feature, quotes, context);
        route.figures = readFigures(*feature, quotes, route.sources, context);
        seen.insert(route.id);
        atlas.routes.append(std::move(route));
    }
    for (const QString &failure : errors.failures())
        issues.append({file, QString(), QStringLiteral("read error: %1").arg(failure)});
    // A driver may drop what it cannot read (the KML driver skips gx:Track): an atlas with
    // no route at all must not pass as valid.
    if (index == 0) issues.append({path, QString(), QStringLiteral("holds no features")});
}

/// Every route needs an article behind it. A place is backed by its own sources or by a
/// backed route that starts, ends or passes there (CPC's Novorossiysk terminal is named by
/// no article, but the route the article reports ends there).
void reportUnbacked(const Atlas &atlas, QList<ValidationIssue> &issues)
{
    QSet<QString> placesOnBackedRoutes;
    for (const Route &route : atlas.routes) {
        if (route.sources.isEmpty()) {
            issues.append({QStringLiteral("routes.geojson"), route.id, QStringLiteral("no article backs this route (no verified source)")});
            continue;
        }
        placesOnBackedRoutes << route.from << route.to;
        for (const QString &via : route.via) placesOnBackedRoutes.insert(via);
    }
    for (const Place &place : atlas.places)
        if (place.sources.isEmpty() && !placesOnBackedRoutes.contains(place.id))
            issues.append({QStringLiteral("places.geojson"), place.id,
                           QStringLiteral("no article backs this place (no source, and no backed route touches it)")});
}

} // namespace

void loadPlacesFile(const QString &path, Atlas &atlas, QList<ValidationIssue> &issues) { loadPlaces(path, atlas, issues); }
void loadRoutesFile(const QString &path, Atlas &atlas, QList<ValidationIssue> &issues) { loadRoutes(path, atlas, issues); }

AtlasLoadResult loadAtlas(const QString &folder)
{
    auto atlas = std::make_shared<Atlas>();
    atlas->folder = QDir(folder).absolutePath();
    QList<ValidationIssue> issues;
    if (!QFileInfo(folder).isDir()) {
        issues.append({folder, QString(), QStringLiteral("atlas folder does not exist")});
        return {atlas, issues};
    }
    const QDir dir(folder);
    loadArticles(folder, *atlas, issues);
    loadPlaces(dir.filePath(QStringLiteral("places.geojson")), *atlas, issues);
    loadRoutes(dir.filePath(QStringLiteral("routes.geojson")), *atlas, issues);
    reportUnbacked(*atlas, issues);
    const QString basemapPath = dir.filePath(QStringLiteral("basemap.gpkg"));
    if (QFileInfo::exists(basemapPath)) atlas->basemap = loadBasemap(basemapPath, &issues);
    else issues.append({basemapPath, QString(), QStringLiteral("file is missing")});
    return {atlas, issues};
}

} // namespace corridor
