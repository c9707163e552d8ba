#include "text_halo.h"

#include <QFontMetricsF>
#include <QImage>
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

/// Glyphs under a rotation bypass the glyph cache (each copy would be filled as a path), so
/// a rotated label is drawn upright into a small image at device resolution and that image
/// is drawn rotated: one smooth image transform instead of a ring of path fills.
void paintRotatedLabel(QPainter &painter, const QFont &font, const TextLabel &label, const QColor &haloColour,
                       double haloWidthPx, const QColor &textColour)
{
    const QTransform transform = painter.combinedTransform();
    const double scale = std::sqrt(std::abs(transform.determinant()));
    const double margin = haloWidthPx + 2;
    const QRectF box = QFontMetricsF(font).boundingRect(label.second).translated(label.first)
                           .adjusted(-margin, -margin, margin, margin);
    QImage sprite((box.size() * scale).toSize() + QSize(1, 1), QImage::Format_ARGB32_Premultiplied);
    sprite.fill(Qt::transparent);
    {
        QPainter spritePainter(&sprite);
        spritePainter.setRenderHints(painter.renderHints());
        spritePainter.scale(scale, scale);
        spritePainter.translate(-box.topLeft());
        paintHaloedLabels(spritePainter, font, {label}, haloColour, haloWidthPx, textColour);
    }
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QRectF(box.topLeft(), QSizeF(sprite.size()) / scale), sprite);
    painter.restore();
}

} // namespace

void paintHaloedLabels(QPainter &painter, const QFont &font, const QList<TextLabel> &labels,
                       const QColor &haloColour, double haloWidthPx, const QColor &textColour)
{
    if (labels.isEmpty()) return;
    painter.save();
    painter.setFont(font);
    if (isRaster(painter) && painter.combinedTransform().type() > QTransform::TxScale) {
        for (const TextLabel &label : labels) paintRotatedLabel(painter, font, label, haloColour, haloWidthPx, textColour);
        painter.restore();
        return;
    }
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
