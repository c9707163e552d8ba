#include "hit_tester.h"

#include "web_mercator.h"

#include <cmath>
#include <limits>

namespace corridor {

namespace {
double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    double t = lengthSquared > 0 ? QPointF::dotProduct(p - a, ab) / lengthSquared : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}
} // namespace

HitTester::HitTester(std::shared_ptr<const Atlas> atlas) : mAtlas(std::move(atlas))
{
    for (int r = 0; r < mAtlas->routes.size(); ++r) {
        for (const MercatorLine &part : mAtlas->routes.at(r).projectedParts) {
            for (int i = 1; i < part.size(); ++i) {
                const int index = int(mSegments.size());
                mSegments.append({r, part.at(i - 1), part.at(i)});
                const QRectF box = QRectF(part.at(i - 1), part.at(i)).normalized();
                mBounds = mBounds.isNull() ? box : mBounds.united(box);
                const qint64 c0 = qint64(std::floor(box.left() / mCellSize));
                const qint64 c1 = qint64(std::floor(box.right() / mCellSize));
                const qint64 r0 = qint64(std::floor(box.top() / mCellSize));
                const qint64 r1 = qint64(std::floor(box.bottom() / mCellSize));
                for (qint64 c = c0; c <= c1; ++c)
                    for (qint64 row = r0; row <= r1; ++row) mCells[cellKey(c, row)].append(index);
            }
        }
    }
}

QString HitTester::routeAt(const Viewport &view, QPointF screenPos, double tolerancePx,
                           const QSet<QString> &hidden) const
{
    const QPointF pointer = view.toMercator(screenPos);
    const double tolerance = tolerancePx * view.metresPerPixel();
    double best = std::numeric_limits<double>::max();
    int bestRoute = -1;
    // Lines across ±180° are stored unwrapped (they run on past 180°) and drawn one
    // world-width over as well, so the same place one world-width east and west is tried too.
    for (const double shift : {0.0, 2 * web_mercator::kHalfWorld, -2 * web_mercator::kHalfWorld}) {
        const QPointF p = pointer + QPointF(shift, 0);
        if (shift != 0 && (p.x() < mBounds.left() - tolerance || p.x() > mBounds.right() + tolerance)) continue;
        const qint64 c0 = qint64(std::floor((p.x() - tolerance) / mCellSize));
        const qint64 c1 = qint64(std::floor((p.x() + tolerance) / mCellSize));
        const qint64 r0 = qint64(std::floor((p.y() - tolerance) / mCellSize));
        const qint64 r1 = qint64(std::floor((p.y() + tolerance) / mCellSize));
        // At world scale the tolerance covers many cells; then a scan of the segments is cheaper.
        const bool scanAll = (c1 - c0 + 1) * (r1 - r0 + 1) > mSegments.size();

        auto consider = [&](const Segment &s) {
            if (!hidden.isEmpty() && hidden.contains(mAtlas->routes.at(s.route).id)) return;
            const double d = distanceToSegment(p, s.a, s.b);
            if (d <= tolerance && d < best) { best = d; bestRoute = s.route; }
        };
        if (scanAll) {
            for (const Segment &s : mSegments) consider(s);
        } else {
            for (qint64 c = c0; c <= c1; ++c)
                for (qint64 row = r0; row <= r1; ++row) {
                    const auto it = mCells.constFind(cellKey(c, row));
                    if (it == mCells.constEnd()) continue;
                    for (int index : *it) consider(mSegments.at(index));
                }
        }
    }
    return bestRoute >= 0 ? mAtlas->routes.at(bestRoute).id : QString();
}

} // namespace corridor
