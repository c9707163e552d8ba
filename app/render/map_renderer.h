#pragma once
// Draws a Viewport of an Atlas on any QPainter: the widget, a QImage, SVG or PDF. One code
// path for screen and export, so a snapshot is what the user saw.

#include "atlas.h"
#include "render_options.h"
#include "viewport.h"

#include <QPainter>

namespace corridor { class LabelLayout; }
#include <memory>

namespace corridor {

class MapRenderer {
public:
    explicit MapRenderer(std::shared_ptr<const Atlas> atlas) : mAtlas(std::move(atlas)) {}

    /// \brief Paints the whole frame (background to decorations) into (0,0)-view.sizePx().
    void render(QPainter &painter, const Viewport &view, const RenderOptions &options) const;

    const Atlas &atlas() const { return *mAtlas; }

private:
    void paintBasemap(QPainter &painter, const Viewport &view, const LayerVisibility &visibility) const;
    void paintRoutes(QPainter &painter, const Viewport &view, const RenderOptions &options) const;
    void paintRoute(QPainter &painter, const Viewport &view, const Route &route, bool emphasised, bool glow) const;
    void paintPlaces(QPainter &painter, const Viewport &view, const RenderOptions &options,
                     LabelLayout &labels) const;
    void paintRouteLabels(QPainter &painter, const Viewport &view, const RenderOptions &options,
                          LabelLayout &labels) const;

    std::shared_ptr<const Atlas> mAtlas;
};

} // namespace corridor
