#pragma once
// A full redraw shared between cores: the image is cut into horizontal bands and each band
// is drawn by its own thread, every one running the whole MapRenderer::render() with the
// painter moved up by the band's top. Rasterising (filling land, stroking lines, drawing
// glyphs) is most of a frame and splits cleanly; the geometry preparation is repeated per
// band, which costs far less. Labels and decorations are laid out from the view alone, so
// every band places them identically and the bands join without a seam.

#include "map_renderer.h"

#include <QImage>

namespace corridor {

/// \brief Draws `view` into `image` (of view.sizePx(), a 32-bit format) in `bands` bands,
/// all but one on QThreadPool::globalInstance(). bands <= 0: one per core.
void renderInBands(const MapRenderer &renderer, QImage &image, const Viewport &view, const RenderOptions &options,
                   int bands = 0);

} // namespace corridor
