#pragma once
// Labels with a light halo, so names read over lines, borders and land.

#include <QColor>
#include <QFont>
#include <QList>
#include <QPainter>
#include <QPointF>
#include <QString>

#include <utility>

namespace corridor {

/// \brief One label: its baseline origin and its text.
using TextLabel = std::pair<QPointF, QString>;

/// \brief Paints the halos of `labels` (a band `haloWidthPx` wide around each glyph), then
/// the labels themselves in `textColour`.
///
/// On raster devices (the screen, PNG/JPEG) the halo is the text drawn in a ring of small
/// offsets: those glyphs come from Qt's glyph cache. Stroking the glyph outlines instead
/// (QPainterPath::addText + strokePath) was 38 % of a Caucasus 1080p redraw under callgrind.
/// A rotated label on a raster device is drawn upright into a small image, then rotated.
/// Vector devices (SVG, PDF) keep the stroked outline: one path per label instead of a ring
/// of copies, and the names stay real text.
void paintHaloedLabels(QPainter &painter, const QFont &font, const QList<TextLabel> &labels,
                       const QColor &haloColour, double haloWidthPx, const QColor &textColour);

} // namespace corridor
