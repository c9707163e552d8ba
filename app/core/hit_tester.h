#pragma once
// "Which route is under this pixel?" — answered through a uniform grid over the projected
// route segments, so a mouse move looks at a handful of segments, not every vertex.

#include "atlas.h"
#include "viewport.h"

#include <QHash>
#include <QSet>
#include <memory>

namespace corridor {

class HitTester {
public:
    explicit HitTester(std::shared_ptr<const Atlas> atlas);

    /// \brief The id of the route nearest to `screenPos` within `tolerancePx`, or empty.
    /// Routes whose id is in `hidden` are ignored.
    QString routeAt(const Viewport &view, QPointF screenPos, double tolerancePx,
                    const QSet<QString> &hidden = {}) const;

private:
    struct Segment {
        int route;
        QPointF a;
        QPointF b;
    };
    static quint64 cellKey(qint64 col, qint64 row) { return (quint64(quint32(col)) << 32) | quint32(row); }

    std::shared_ptr<const Atlas> mAtlas;
    double mCellSize = 50000.0; ///< metres
    QList<Segment> mSegments;
    QRectF mBounds; ///< of every segment: a world-width shift outside it cannot hit
    QHash<quint64, QList<int>> mCells;
};

} // namespace corridor
