#include "info_command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace corridor {

namespace {

QJsonArray figuresJson(const QList<Figure> &figures)
{
    QJsonArray out;
    for (const Figure &f : figures) {
        QJsonObject o{{"label", f.label}, {"value", f.value}, {"unit", f.unit}, {"approximate", f.approximate},
                      {"quote", f.quote}, {"as_of", f.asOf.toString(Qt::ISODate)}, {"formatted", f.formattedValue()}};
        o.insert("value_max", f.valueMax ? QJsonValue(*f.valueMax) : QJsonValue());
        out.append(o);
    }
    return out;
}

QJsonArray sourcesJson(const Atlas &atlas, const QList<SourceRef> &sources)
{
    QJsonArray out;
    for (const SourceRef &s : sources) {
        QJsonObject o{{"article", s.articleId}, {"quote", s.quote}};
        if (const Article *a = atlas.article(s.articleId)) {
            o.insert("title", a->title());
            o.insert("outlet", a->outlet());
            o.insert("author", a->author());
            o.insert("date", a->date().toString(Qt::ISODate));
            o.insert("url", a->url());
        }
        out.append(o);
    }
    return out;
}

QJsonObject placeRef(const Atlas &atlas, const QString &id) { return {{"id", id}, {"name", atlas.placeName(id)}}; }

QString km(double value) { return QLocale::c().toString(value, 'f', 0) + QStringLiteral(" km"); }

void printFiguresAndSources(const QJsonObject &info, QTextStream &out)
{
    const QJsonArray figures = info.value("figures").toArray();
    if (!figures.isEmpty()) out << "Figures:\n";
    for (const QJsonValue &v : figures) {
        const QJsonObject f = v.toObject();
        out << "  " << f.value("formatted").toString() << "  " << f.value("label").toString() << " (as of "
            << f.value("as_of").toString() << ")\n    “" << f.value("quote").toString() << "”\n";
    }
    const QJsonArray sources = info.value("sources").toArray();
    if (!sources.isEmpty()) out << "Sources:\n";
    for (const QJsonValue &v : sources) {
        const QJsonObject s = v.toObject();
        out << "  " << s.value("outlet").toString() << ", " << s.value("author").toString() << ", “"
            << s.value("title").toString() << "”, " << s.value("date").toString() << "\n    “"
            << s.value("quote").toString() << "”\n";
    }
}

void printRoute(const QJsonObject &r, QTextStream &out)
{
    QStringList path{r.value("from").toObject().value("name").toString()};
    for (const QJsonValue &v : r.value("via").toArray()) path.append(v.toObject().value("name").toString());
    path.append(r.value("to").toObject().value("name").toString());
    out << r.value("name").toString() << "  [" << r.value("id").toString() << "]\n"
        << "Kind:      " << r.value("kind_label").toString() << "\n"
        << "Status:    " << r.value("status_label").toString() << "\n"
        << "Route:     " << path.join(QStringLiteral(" → ")) << "\n"
        << "Operators: " << (r.value("operators").toArray().isEmpty() ? QStringLiteral("not named") : r.value("operators").toVariant().toStringList().join(QStringLiteral(", "))) << "\n"
        << "Length:    stated in the source: " << (r.value("stated_length_km").isNull() ? QStringLiteral("none") : km(r.value("stated_length_km").toDouble()))
        << "; measured along the drawn line: " << km(r.value("measured_length_km").toDouble()) << "\n"
        << "Line:      " << r.value("geometry_precision_label").toString() << "\n";
    if (!r.value("description").toString().isEmpty()) out << r.value("description").toString() << "\n";
    printFiguresAndSources(r, out);
}

void printPlace(const QJsonObject &p, QTextStream &out)
{
    out << p.value("name").toString() << "  [" << p.value("id").toString() << "]\n"
        << "Kind:      " << p.value("kind").toString() << "\n";
    if (!p.value("date").toString().isEmpty()) out << "Date:      " << p.value("date").toString() << "\n";
    out << "Position:  " << p.value("latitude").toDouble() << ", " << p.value("longitude").toDouble() << "\n";
    QStringList routes;
    for (const QJsonValue &v : p.value("routes").toArray()) routes.append(v.toObject().value("name").toString());
    out << "Routes:    " << (routes.isEmpty() ? QStringLiteral("none") : routes.join(QStringLiteral("; "))) << "\n";
    printFiguresAndSources(p, out);
}

} // namespace

QJsonObject routeInfo(const Atlas &atlas, const Route &route)
{
    QJsonArray via;
    for (const QString &id : route.via) via.append(placeRef(atlas, id));
    const auto stated = route.statedLength();
    return {{"type", "route"}, {"id", route.id}, {"name", route.name}, {"kind", kindSlug(route.kind)},
            {"kind_label", kindLabel(route.kind)}, {"status", statusSlug(route.status)},
            {"status_label", statusLabel(route.status)}, {"from", placeRef(atlas, route.from)}, {"via", via},
            {"to", placeRef(atlas, route.to)}, {"operators", QJsonArray::fromStringList(route.operators)},
            {"geometry_precision", route.precision == GeometryPrecision::Traced ? "traced" : "schematic"},
            {"geometry_precision_label", precisionLabel(route.precision)},
            {"stated_length_km", stated ? QJsonValue(stated->value) : QJsonValue()},
            {"measured_length_km", std::round(route.measuredLengthKm * 10) / 10},
            {"description", route.description}, {"figures", figuresJson(route.figures)},
            {"sources", sourcesJson(atlas, route.sources)}};
}

QJsonObject placeInfo(const Atlas &atlas, const Place &place)
{
    QJsonArray routes;
    for (const Route &r : atlas.routes)
        if (r.from == place.id || r.to == place.id || r.via.contains(place.id))
            routes.append(QJsonObject{{"id", r.id}, {"name", r.name}});
    return {{"type", "place"}, {"id", place.id}, {"name", place.name}, {"kind", place.kind}, {"country", place.country},
            {"alt_names", QJsonArray::fromStringList(place.altNames)}, {"date", place.date.toString(Qt::ISODate)},
            {"latitude", place.coordinate.latitude()}, {"longitude", place.coordinate.longitude()}, {"routes", routes},
            {"figures", figuresJson(place.figures)}, {"sources", sourcesJson(atlas, place.sources)}};
}

QJsonObject atlasListing(const Atlas &atlas)
{
    QJsonArray routes, places;
    for (const Route &r : atlas.routes)
        routes.append(QJsonObject{{"id", r.id}, {"name", r.name}, {"kind", kindSlug(r.kind)}, {"status", statusSlug(r.status)}});
    for (const Place &p : atlas.places) places.append(QJsonObject{{"id", p.id}, {"name", p.name}, {"kind", p.kind}});
    return {{"atlas", atlas.folder}, {"routes", routes}, {"places", places}};
}

int runInfo(const QString &atlasDir, const QString &id, bool json, QTextStream &out, QTextStream &err)
{
    if (atlasDir.isEmpty()) {
        err << "corridor-atlas: no atlas folder found (give one with --atlas DIR)\n";
        return 1;
    }
    const AtlasLoadResult loaded = loadAtlas(atlasDir);
    const Atlas &atlas = *loaded.atlas;
    QJsonObject info;
    if (id.isEmpty()) info = atlasListing(atlas);
    else if (const Route *route = atlas.route(id)) info = routeInfo(atlas, *route);
    else if (const Place *place = atlas.place(id)) info = placeInfo(atlas, *place);
    else {
        err << "corridor-atlas: info: no route or place with id \"" << id << "\" (run `corridor-atlas info` for the list)\n";
        return 1;
    }
    if (json) {
        out << QJsonDocument(info).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (id.isEmpty()) {
        out << "Routes:\n";
        for (const QJsonValue &v : info.value("routes").toArray())
            out << "  " << v.toObject().value("id").toString().leftJustified(24) << v.toObject().value("name").toString() << "\n";
        out << "Places:\n";
        for (const QJsonValue &v : info.value("places").toArray())
            out << "  " << v.toObject().value("id").toString().leftJustified(24) << v.toObject().value("name").toString() << "\n";
    } else if (info.value("type") == QLatin1String("route")) {
        printRoute(info, out);
    } else {
        printPlace(info, out);
    }
    return 0;
}

} // namespace corridor
