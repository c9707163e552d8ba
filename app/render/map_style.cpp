#include "map_style.h"

namespace corridor::style {

QColor kindColour(RouteKind kind)
{
    switch (kind) {
    case RouteKind::Pipeline: return QColor(0xd5, 0x5e, 0x00);    // vermillion
    case RouteKind::SubseaCable: return QColor(0x00, 0x72, 0xb2); // blue
    case RouteKind::Shipping: return QColor(0x00, 0x9e, 0x73);    // bluish green
    case RouteKind::Rail: return QColor(0xcc, 0x79, 0xa7);        // reddish purple
    case RouteKind::Corridor: return QColor(0xe6, 0x9f, 0x00);    // orange
    }
    return Qt::black;
}

QList<qreal> statusDashPattern(RouteStatus status)
{
    switch (status) {
    case RouteStatus::Operational: return {};
    case RouteStatus::Planned: return {4.0, 2.5};
    case RouteStatus::UnderConstruction: return {5.0, 1.8, 0.6, 1.8};
    case RouteStatus::Pilot: return {0.1, 1.9}; // round caps turn these into dots
    case RouteStatus::Disrupted: return {};      // solid, with cross marks drawn over it
    }
    return {};
}

QPen routePen(const Route &route, double widthPx)
{
    QPen pen(kindColour(route.kind), widthPx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QList<qreal> dashes = statusDashPattern(route.status);
    if (!dashes.isEmpty()) {
        pen.setDashPattern(dashes);
        if (route.status != RouteStatus::Pilot) pen.setCapStyle(Qt::FlatCap);
    }
    return pen;
}

} // namespace corridor::style
