#include "label_layout.h"

namespace corridor {

QRectF LabelLayout::place(QPointF anchor, QSizeF size, double gap)
{
    const double w = size.width();
    const double h = size.height();
    const QPointF candidates[] = {
        {anchor.x() + gap, anchor.y() - h / 2},          // right
        {anchor.x() - gap - w, anchor.y() - h / 2},      // left
        {anchor.x() - w / 2, anchor.y() - gap - h},      // above
        {anchor.x() - w / 2, anchor.y() + gap},          // below
        {anchor.x() + gap * 0.7, anchor.y() - gap * 0.7 - h}, // above right
        {anchor.x() + gap * 0.7, anchor.y() + gap * 0.7},     // below right
        {anchor.x() - gap * 0.7 - w, anchor.y() - gap * 0.7 - h},
        {anchor.x() - gap * 0.7 - w, anchor.y() + gap * 0.7},
    };
    for (const QPointF &topLeft : candidates) {
        const QRectF rect(topLeft, size);
        if (isFree(rect)) {
            mTaken.append(rect);
            return rect;
        }
    }
    return {};
}

bool LabelLayout::take(const QRectF &rect)
{
    if (!isFree(rect)) return false;
    mTaken.append(rect);
    return true;
}

bool LabelLayout::isFree(const QRectF &rect) const
{
    if (!mFrame.contains(rect)) return false;
    for (const QRectF &taken : mTaken)
        if (taken.intersects(rect)) return false;
    return true;
}

} // namespace corridor
