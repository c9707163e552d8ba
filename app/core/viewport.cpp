#include "viewport.h"

#include <algorithm>

namespace corridor {

Viewport::Viewport(QPointF centre, double metresPerPixel, QSize sizePx, double dpi)
    : mCentre(centre), mMetresPerPixel(metresPerPixel), mSize(sizePx), mDpi(dpi)
{
}

Viewport Viewport::fitting(const QRectF &mercatorRect, QSize sizePx, double dpi, double marginPx)
{
    const double usableW = std::max(1.0, sizePx.width() - 2 * marginPx);
    const double usableH = std::max(1.0, sizePx.height() - 2 * marginPx);
    const double scale = std::max({mercatorRect.width() / usableW, mercatorRect.height() / usableH, 1e-9});
    return Viewport(mercatorRect.center(), scale, sizePx, dpi);
}

QRectF Viewport::mercatorRect() const
{
    const double w = mSize.width() * mMetresPerPixel;
    const double h = mSize.height() * mMetresPerPixel;
    return QRectF(mCentre.x() - w / 2, mCentre.y() - h / 2, w, h);
}

void Viewport::panByPixels(QPointF delta)
{
    mCentre += QPointF(-delta.x() * mMetresPerPixel, delta.y() * mMetresPerPixel);
}

void Viewport::zoomAt(double factor, QPointF anchorPx)
{
    const QPointF anchor = toMercator(anchorPx);
    mMetresPerPixel = std::clamp(mMetresPerPixel / factor, kMinMetresPerPixel, kMaxMetresPerPixel);
    // Move the centre so the anchor lands back under the same pixel.
    const QPointF moved = toMercator(anchorPx);
    mCentre += anchor - moved;
}

Viewport Viewport::resampled(QSize sizePx, double dpi) const
{
    return fitting(mercatorRect(), sizePx, dpi);
}

} // namespace corridor
