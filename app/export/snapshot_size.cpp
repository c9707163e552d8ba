#include "snapshot_size.h"

#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace corridor {

namespace {
constexpr double kMillimetresPerInch = 25.4;

double toInches(double value, SnapshotSize::Unit unit)
{
    return unit == SnapshotSize::Unit::Millimetres ? value / kMillimetresPerInch : value;
}
} // namespace

QSize SnapshotSize::pixels(double dpi) const
{
    if (unit == Unit::Pixels) return QSize(int(std::lround(value.width())), int(std::lround(value.height())));
    return QSize(int(std::lround(toInches(value.width(), unit) * dpi)),
                 int(std::lround(toInches(value.height(), unit) * dpi)));
}

QSizeF SnapshotSize::millimetres(double dpi) const
{
    switch (unit) {
    case Unit::Millimetres: return value;
    case Unit::Inches: return value * kMillimetresPerInch;
    case Unit::Pixels: return value / dpi * kMillimetresPerInch;
    }
    return {};
}

bool SnapshotSize::isDrawable(double dpi) const
{
    if (!(dpi >= kMinDpi && dpi <= kMaxDpi)) return false;
    const QSize px = pixels(dpi);
    return px.width() >= kMinPixels && px.height() >= kMinPixels && px.width() <= kMaxPixels &&
           px.height() <= kMaxPixels;
}

QString SnapshotSize::toString() const
{
    const QLocale c = QLocale::c();
    return c.toString(value.width(), 'g', 6) + QLatin1Char('x') + c.toString(value.height(), 'g', 6) + unitSuffix(unit);
}

std::optional<SnapshotSize> parseSnapshotSize(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,6}(?:\\.\\d{1,4})?)\\s*[xX×]\\s*(\\d{1,6}(?:\\.\\d{1,4})?)\\s*(px|mm|in)?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) return std::nullopt;
    const double w = match.captured(1).toDouble();
    const double h = match.captured(2).toDouble();
    if (w <= 0 || h <= 0) return std::nullopt;
    SnapshotSize size{QSizeF(w, h), SnapshotSize::Unit::Pixels};
    const QString unit = match.captured(3);
    if (unit == QLatin1String("mm")) size.unit = SnapshotSize::Unit::Millimetres;
    else if (unit == QLatin1String("in")) size.unit = SnapshotSize::Unit::Inches;
    // A pixel is a whole thing: "1920.5x1080" is a typing mistake, not a size.
    else if (w != std::floor(w) || h != std::floor(h)) return std::nullopt;
    return size;
}

QString unitSuffix(SnapshotSize::Unit unit)
{
    switch (unit) {
    case SnapshotSize::Unit::Pixels: return {};
    case SnapshotSize::Unit::Millimetres: return QStringLiteral("mm");
    case SnapshotSize::Unit::Inches: return QStringLiteral("in");
    }
    return {};
}

} // namespace corridor
