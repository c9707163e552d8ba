#include "text_halo.h"

#include <QPaintEngine>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace corridor {

namespace {

bool isRaster(const QPainter &painter)
{
    const QPaintEngine *engine = painter.paintEngine();
    return engine && engine->type() == QPaintEngine::Raster;
}

/// Offsets that cover a disc of `radius`: rings a pixel apart, each with enough directions
/// that neighbouring copies are at most about a pixel apart (8 at the screen's 1.1 px).
QList<QPointF> haloOffsets(double radius)
{
    QList<QPointF> offsets;
    for (double r = radius; r > 0.6; r -= 1.0) {
        const int directions = std::max(8, int(std::ceil(2 * std::numbers::pi * r)));
        for (int i = 0; i < directions; ++i) {
            const double angle = 2 * std::numbers::pi * i / directions;
            offsets.append(QPointF(r * std::cos(angle), r * std::sin(angle)));
        }
    }
    return offsets;
}

} // namespace

void paintHaloedLabels(QPainter &painter, const QFont &font, const QList<TextLabel> &labels,
                       const QColor &haloColour, double haloWidthPx, const QColor &textColour)
{
    if (labels.isEmpty()) return;
    painter.save();
    painter.setFont(font);
    if (isRaster(painter)) {
        // The copies overlap, so they are drawn opaque: translucent ones would build up
        // unevenly. At the halo's 235/255 the difference from one translucent stroke is invisible.
        QColor ring = haloColour;
        ring.setAlpha(255);
        painter.setPen(ring);
        const QList<QPointF> offsets = haloOffsets(haloWidthPx / 2);
        for (const auto &[origin, text] : labels)
            for (const QPointF &offset : offsets) painter.drawText(origin + offset, text);
    } else {
        QPainterPath halo;
        for (const auto &[origin, text] : labels) halo.addText(origin, font, text);
        painter.setBrush(Qt::NoBrush);
        painter.strokePath(halo, QPen(haloColour, haloWidthPx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
    painter.setPen(textColour);
    for (const auto &[origin, text] : labels) painter.drawText(origin, text);
    painter.restore();
}

} // namespace corridor
