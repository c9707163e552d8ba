#include "model.h"

#include <QLocale>

#include <algorithm>

namespace corridor {

namespace {
struct KindName { RouteKind kind; const char *slug; const char *label; };
constexpr KindName kKindNames[] = {
    {RouteKind::Pipeline, "pipeline", "Pipeline"},
    {RouteKind::SubseaCable, "subsea-cable", "Subsea cable"},
    {RouteKind::Shipping, "shipping", "Shipping line"},
    {RouteKind::Rail, "rail", "Rail"},
    {RouteKind::Corridor, "corridor", "Corridor"},
};
struct StatusName { RouteStatus status; const char *slug; const char *label; };
constexpr StatusName kStatusNames[] = {
    {RouteStatus::Operational, "operational", "Operational"},
    {RouteStatus::Planned, "planned", "Planned"},
    {RouteStatus::UnderConstruction, "under-construction", "Under construction"},
    {RouteStatus::Pilot, "pilot", "Pilot"},
    {RouteStatus::Disrupted, "disrupted", "Disrupted"},
};
} // namespace

QString kindSlug(RouteKind kind)
{
    for (const auto &n : kKindNames)
        if (n.kind == kind) return QString::fromLatin1(n.slug);
    return {};
}

QString kindLabel(RouteKind kind)
{
    for (const auto &n : kKindNames)
        if (n.kind == kind) return QString::fromLatin1(n.label);
    return {};
}

std::optional<RouteKind> kindFromSlug(const QString &slug)
{
    for (const auto &n : kKindNames)
        if (slug == QLatin1String(n.slug)) return n.kind;
    return std::nullopt;
}

QString statusSlug(RouteStatus status)
{
    for (const auto &n : kStatusNames)
        if (n.status == status) return QString::fromLatin1(n.slug);
    return {};
}

QString statusLabel(RouteStatus status)
{
    for (const auto &n : kStatusNames)
        if (n.status == status) return QString::fromLatin1(n.label);
    return {};
}

std::optional<RouteStatus> statusFromSlug(const QString &slug)
{
    for (const auto &n : kStatusNames)
        if (slug == QLatin1String(n.slug)) return n.status;
    return std::nullopt;
}

QString precisionLabel(GeometryPrecision precision)
{
    return precision == GeometryPrecision::Traced
               ? QStringLiteral("traced")
               : QStringLiteral("schematic: drawn through named places and public waypoints");
}

QString Figure::formattedValue() const
{
    const QLocale c = QLocale::c();
    auto number = [&](double v) { return c.toString(v, 'g', 10); };
    QString text = number(value);
    if (valueMax) text += QStringLiteral("–") + number(*valueMax);
    if (unit == QLatin1String("×")) text.prepend(unit); // a factor reads "×2"
    else if (!unit.isEmpty()) text += QLatin1Char(' ') + unit;
    if (approximate) text.prepend(QStringLiteral("about "));
    return text;
}

std::optional<Figure> Route::statedLength() const
{
    for (const Figure &f : figures)
        if (f.unit == QLatin1String("km") && f.label.startsWith(QLatin1String("Length"), Qt::CaseInsensitive))
            return f;
    return std::nullopt;
}

QRectF boundsOf(const MercatorLine &points)
{
    if (points.isEmpty()) return {};
    double left = points.first().x(), right = left, top = points.first().y(), bottom = top;
    for (const QPointF &p : points) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

QDate Article::date() const
{
    return QDate::fromString(header.value(QStringLiteral("date")), Qt::ISODate);
}

} // namespace corridor
