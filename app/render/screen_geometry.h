#pragma once
// Geometry prepared for painting: projected to screen pixels, thinned to what a pixel can
// show, and clipped to the frame. Clipping here (not with QPainter clip paths) keeps fills
// fast on large polygons and makes vector exports correct on devices that ignore clip paths.

#include "model.h"
#include "viewport.h"

#include <QList>
#include <QPolygonF>
#include <QRectF>

namespace corridor::screen {

/// \brief Projects a Mercator ring to screen pixels, dropping vertices closer than
/// `minStepPx` to the last kept one.
QPolygonF toScreen(const MercatorLine &mercator, const Viewport &view, double minStepPx = 0.5);

/// \brief Clips a closed ring to `rect` (Sutherland–Hodgman). The result may run along the
/// rectangle's edges, which is why callers clip to a rectangle a little larger than the frame.
QPolygonF clipRing(const QPolygonF &ring, const QRectF &rect);

/// \brief Clips an open polyline to `rect`; may split it into several pieces.
QList<QPolygonF> clipPolyline(const QPolygonF &line, const QRectF &rect);

} // namespace corridor::screen
