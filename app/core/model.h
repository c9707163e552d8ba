#pragma once
// Plain value types of the atlas: what a route, place, figure and article are.
// No behaviour beyond naming; loading and validation live in atlas_loader.

#include "verbatim_text.h"

#include <QDate>
#include <QGeoCoordinate>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <optional>

namespace corridor {

enum class RouteKind { Pipeline, SubseaCable, Shipping, Rail, Corridor };
enum class RouteStatus { Operational, Planned, UnderConstruction, Pilot, Disrupted };
enum class GeometryPrecision { Schematic, Traced };

inline constexpr RouteKind kAllRouteKinds[] = {RouteKind::Pipeline, RouteKind::SubseaCable,
                                               RouteKind::Shipping, RouteKind::Rail,
                                               RouteKind::Corridor};
inline constexpr RouteStatus kAllRouteStatuses[] = {
    RouteStatus::Operational, RouteStatus::Planned, RouteStatus::UnderConstruction,
    RouteStatus::Pilot, RouteStatus::Disrupted};

/// \brief The slug used in the data files ("subsea-cable"), and its reverse.
QString kindSlug(RouteKind kind);
QString statusSlug(RouteStatus status);
std::optional<RouteKind> kindFromSlug(const QString &slug);
std::optional<RouteStatus> statusFromSlug(const QString &slug);
/// \brief A label for people ("Subsea cable", "Under construction").
QString kindLabel(RouteKind kind);
QString statusLabel(RouteStatus status);
QString precisionLabel(GeometryPrecision precision);

/// \brief A line or ring in Web Mercator metres (QtCore only: the core has no QtGui).
using MercatorLine = QList<QPointF>;

/// \brief The bounding rectangle of some points (null for none).
QRectF boundsOf(const MercatorLine &points);

/// \brief A verbatim excerpt of an article that backs a route, place or figure.
struct SourceRef {
    QString articleId;
    QString quote;
    TextSpan span; ///< where the quote stands in the article's body (set by the loader)
};

/// \brief A number the article states, with the sentence it comes from.
struct Figure {
    QString label;
    double value = 0;
    std::optional<double> valueMax; ///< upper end of a range ("6-6.5 million tonnes")
    QString unit;
    bool approximate = false;
    QString quote;
    QDate asOf;

    /// \brief "1.5 Mt", "6–6.5 Mt", "about 70 %".
    QString formattedValue() const;
};

struct Route {
    QString id;
    QString name;
    QString shortName; ///< drawn along the line; `short_name`, else the name
    RouteKind kind = RouteKind::Corridor;
    RouteStatus status = RouteStatus::Planned;
    QString from;
    QString to;
    QStringList via;
    QStringList operators;
    GeometryPrecision precision = GeometryPrecision::Schematic;
    QString description;
    QList<SourceRef> sources;
    QList<Figure> figures;

    /// Lines as read (lon/lat), one list per part.
    QList<QList<QGeoCoordinate>> parts;
    /// The same lines densified along great circles and projected to Web Mercator metres:
    /// computed once at load, so drawing only applies the viewport transform.
    QList<MercatorLine> projectedParts;
    QRectF projectedBounds;
    /// Geodesic length along the drawn line, in kilometres.
    double measuredLengthKm = 0;

    /// \brief The first figure in km whose label starts with "Length", if any.
    std::optional<Figure> statedLength() const;
};

struct Place {
    QString id;
    QString name;
    QString kind; ///< city, capital, port, terminal, field, settlement, event, ...
    QString country;
    QStringList altNames;
    QDate date; ///< events only
    QGeoCoordinate coordinate;
    QPointF projected;
    QList<SourceRef> sources;
    QList<Figure> figures;
};

/// \brief A source article: `key: value` header lines, a blank line, then the body.
struct Article {
    QString id; ///< file name without extension
    QString filePath;
    QMap<QString, QString> header;
    QString body; ///< NFC-normalised plain text

    QString title() const { return header.value(QStringLiteral("title")); }
    QString outlet() const { return header.value(QStringLiteral("outlet")); }
    QString author() const { return header.value(QStringLiteral("author")); }
    QString url() const { return header.value(QStringLiteral("url")); }
    QDate date() const;
};

} // namespace corridor
