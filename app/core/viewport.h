#pragma once
// The value object describing one view of the map: which part of the world (Web Mercator
// centre and scale), on how many pixels, at which DPI. The screen and every export are
// drawn from a Viewport, so a snapshot equals the screen.

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QSizeF>

namespace corridor {

class Viewport {
public:
    Viewport() = default;
    Viewport(QPointF centre, double metresPerPixel, QSize sizePx, double dpi = 96.0);

    /// \brief The view that shows `mercatorRect` whole inside `sizePx` (less `marginPx` on
    /// each side), growing the rectangle around its centre when the aspects differ.
    static Viewport fitting(const QRectF &mercatorRect, QSize sizePx, double dpi = 96.0, double marginPx = 0);

    QPointF centre() const { return mCentre; }
    double metresPerPixel() const { return mMetresPerPixel; }
    QSize sizePx() const { return mSize; }
    double dpi() const { return mDpi; }
    bool isValid() const { return mSize.width() > 0 && mSize.height() > 0 && mMetresPerPixel > 0; }

    /// \brief Pixels for a length given in typographic points at this view's DPI, so a
    /// 300-DPI export keeps the screen's look.
    double px(double points) const { return points * mDpi / 72.0; }

    QPointF toScreen(const QPointF &mercator) const
    {
        return {(mercator.x() - mCentre.x()) / mMetresPerPixel + mSize.width() / 2.0,
                (mCentre.y() - mercator.y()) / mMetresPerPixel + mSize.height() / 2.0};
    }
    QPointF toMercator(const QPointF &screen) const
    {
        return {mCentre.x() + (screen.x() - mSize.width() / 2.0) * mMetresPerPixel,
                mCentre.y() - (screen.y() - mSize.height() / 2.0) * mMetresPerPixel};
    }
    /// \brief The Web Mercator rectangle covered by the view (y up: top() is the south edge).
    QRectF mercatorRect() const;

    void setSizePx(QSize size) { mSize = size; }
    void setCentre(QPointF centre) { mCentre = centre; }
    /// \brief Pans by a screen-pixel delta (content follows the pointer).
    void panByPixels(QPointF delta);
    /// \brief Zooms by `factor` (>1 zooms in) keeping the mercator point under `anchorPx` fixed.
    void zoomAt(double factor, QPointF anchorPx);
    /// \brief Same view at another size and DPI: same extent, sharper or coarser pixels.
    Viewport resampled(QSize sizePx, double dpi) const;

    /// \brief Limits on scale, so nobody zooms to a blank metre or past the whole world.
    static constexpr double kMinMetresPerPixel = 5.0;
    static constexpr double kMaxMetresPerPixel = 80000.0;

    bool operator==(const Viewport &) const = default;

private:
    QPointF mCentre;
    double mMetresPerPixel = 1000.0;
    QSize mSize;
    double mDpi = 96.0;
};

} // namespace corridor
