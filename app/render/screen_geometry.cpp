#include "screen_geometry.h"

#include <cmath>

namespace corridor::screen {

QPolygonF toScreen(const MercatorLine &mercator, const Viewport &view, double minStepPx)
{
    QPolygonF out;
    out.reserve(mercator.size());
    const double minSquared = minStepPx * minStepPx;
    for (int i = 0; i < mercator.size(); ++i) {
        const QPointF p = view.toScreen(mercator.at(i));
        if (!out.isEmpty() && i + 1 < mercator.size()) {
            const QPointF d = p - out.constLast();
            if (d.x() * d.x() + d.y() * d.y() < minSquared) continue;
        }
        out.append(p);
    }
    return out;
}

namespace {

enum class Edge { Left, Right, Top, Bottom };

bool inside(const QPointF &p, Edge edge, const QRectF &r)
{
    switch (edge) {
    case Edge::Left: return p.x() >= r.left();
    case Edge::Right: return p.x() <= r.right();
    case Edge::Top: return p.y() >= r.top();
    case Edge::Bottom: return p.y() <= r.bottom();
    }
    return true;
}

QPointF intersection(const QPointF &a, const QPointF &b, Edge edge, const QRectF &r)
{
    const bool vertical = edge == Edge::Left || edge == Edge::Right;
    const double bound = edge == Edge::Left ? r.left() : edge == Edge::Right ? r.right()
                       : edge == Edge::Top  ? r.top()  : r.bottom();
    if (vertical) {
        const double t = (bound - a.x()) / (b.x() - a.x());
        return {bound, a.y() + t * (b.y() - a.y())};
    }
    const double t = (bound - a.y()) / (b.y() - a.y());
    return {a.x() + t * (b.x() - a.x()), bound};
}

} // namespace

QPolygonF clipRing(const QPolygonF &ring, const QRectF &rect)
{
    if (rect.contains(ring.boundingRect())) return ring;
    QPolygonF current = ring;
    for (Edge edge : {Edge::Left, Edge::Right, Edge::Top, Edge::Bottom}) {
        if (current.isEmpty()) break;
        QPolygonF next;
        next.reserve(current.size() + 4);
        QPointF previous = current.constLast();
        bool previousInside = inside(previous, edge, rect);
        for (const QPointF &point : std::as_const(current)) {
            const bool pointInside = inside(point, edge, rect);
            if (pointInside != previousInside) next.append(intersection(previous, point, edge, rect));
            if (pointInside) next.append(point);
            previous = point;
            previousInside = pointInside;
        }
        current = std::move(next);
    }
    return current;
}

QList<QPolygonF> clipPolyline(const QPolygonF &line, const QRectF &rect)
{
    QList<QPolygonF> pieces;
    if (rect.contains(line.boundingRect())) {
        pieces.append(line);
        return pieces;
    }
    QPolygonF current;
    for (int i = 1; i < line.size(); ++i) {
        // Liang–Barsky on the segment.
        QPointF a = line.at(i - 1);
        QPointF b = line.at(i);
        const double dx = b.x() - a.x();
        const double dy = b.y() - a.y();
        double t0 = 0, t1 = 1;
        const double p[4] = {-dx, dx, -dy, dy};
        const double q[4] = {a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(), rect.bottom() - a.y()};
        bool visible = true;
        for (int k = 0; k < 4 && visible; ++k) {
            if (p[k] == 0) { if (q[k] < 0) visible = false; continue; }
            const double t = q[k] / p[k];
            if (p[k] < 0) t0 = std::max(t0, t);
            else t1 = std::min(t1, t);
            if (t0 > t1) visible = false;
        }
        if (!visible) {
            if (current.size() >= 2) pieces.append(current);
            current.clear();
            continue;
        }
        const QPointF start(a.x() + t0 * dx, a.y() + t0 * dy);
        const QPointF end(a.x() + t1 * dx, a.y() + t1 * dy);
        if (current.isEmpty() || current.constLast() != start) {
            if (current.size() >= 2) pieces.append(current);
            current.clear();
            current.append(start);
        }
        current.append(end);
        if (t1 < 1) { // left the rectangle
            pieces.append(current);
            current.clear();
        }
    }
    if (current.size() >= 2) pieces.append(current);
    return pieces;
}

} // namespace corridor::screen
