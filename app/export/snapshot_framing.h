#pragma once
// The defaults a snapshot starts from, shared by the export dialog and the command line.

#include "atlas.h"
#include "render_options.h"
#include "viewport.h"

namespace corridor {

/// \brief A view framing one route (or every route when `routeId` is empty) with a margin.
Viewport framingView(const Atlas &atlas, const QString &routeId, QSize sizePx, double dpi = 96.0);

/// \brief Title, subtitle and decorations for a snapshot of `routeId` (or of the whole atlas).
RenderOptions snapshotOptions(const Atlas &atlas, const QString &routeId, const QString &title = {});

} // namespace corridor
