#pragma once
// How routes and the basemap look. Colours come from the Okabe–Ito palette, which stays
// distinguishable for the common colour-vision deficiencies; the status is carried by the
// line pattern, so nothing depends on colour alone. Sizes are in points (see Viewport::px).

#include "model.h"

#include <QColor>
#include <QList>
#include <QPen>

namespace corridor::style {

QColor kindColour(RouteKind kind);

/// \brief Dash pattern of a status in units of the pen width (empty = solid).
QList<qreal> statusDashPattern(RouteStatus status);

inline constexpr double kRouteWidthPt = 2.2;
inline constexpr double kSelectedRouteWidthPt = 3.6;
inline constexpr double kCasingExtraPt = 1.6; ///< white halo around each line
inline constexpr double kPlaceMarkerPt = 3.2;
inline constexpr double kLabelFontPt = 8.0;
inline constexpr double kDecorationFontPt = 7.5;
inline constexpr double kTitleFontPt = 11.0;

inline const QColor kWater{0xc9, 0xdf, 0xec};
inline const QColor kLand{0xf3, 0xf0, 0xe8};
inline const QColor kCountryBorder{0xa8, 0xa2, 0x96};
inline const QColor kHaloColour{255, 255, 255, 235};
inline const QColor kTextColour{0x22, 0x22, 0x22};
inline const QColor kSelectionGlow{0xff, 0xe0, 0x4d, 200};
inline const QColor kDisruptionMark{0x20, 0x20, 0x20};

/// \brief The pen of a route line at `widthPx`.
QPen routePen(const Route &route, double widthPx);

} // namespace corridor::style
