#pragma once
// How big a snapshot is: in pixels, or in millimetres/inches at a DPI. Symbol and text sizes
// are in points (Viewport::px), so the same physical size at a higher DPI gives the same
// picture with more pixels, not smaller symbols.

#include <QSize>
#include <QSizeF>
#include <QString>
#include <optional>

namespace corridor {

struct SnapshotSize {
    enum class Unit { Pixels, Millimetres, Inches };

    QSizeF value;                ///< in `unit`
    Unit unit = Unit::Pixels;

    static constexpr int kMinPixels = 16;
    static constexpr int kMaxPixels = 20000;
    static constexpr double kMinDpi = 24;
    static constexpr double kMaxDpi = 2400;

    /// \brief The pixel size at `dpi` (physical sizes are converted, pixels taken as they are).
    QSize pixels(double dpi) const;
    /// \brief The physical size at `dpi`, in millimetres (a pixel size is px / dpi inches).
    QSizeF millimetres(double dpi) const;
    /// \brief True when pixels(dpi) lies within kMinPixels..kMaxPixels on both sides.
    bool isDrawable(double dpi) const;

    /// \brief "1920x1080", "210x297mm" or "11x8.5in".
    QString toString() const;

    static SnapshotSize fromPixels(QSize size) { return {QSizeF(size), Unit::Pixels}; }
};

/// \brief "WxH" (pixels), "WxHmm" or "WxHin"; nothing when malformed or not positive.
/// Whether the result is drawable depends on the DPI: see SnapshotSize::isDrawable.
std::optional<SnapshotSize> parseSnapshotSize(const QString &text);

/// \brief The unit's suffix as typed on the command line ("", "mm", "in").
QString unitSuffix(SnapshotSize::Unit unit);

} // namespace corridor
