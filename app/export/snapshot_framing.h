#pragma once
// The defaults a snapshot starts from, shared by the export dialog and the command line.

#include "atlas.h"
#include "render_options.h"
#include "viewport.h"

#include <QStringList>

namespace corridor {

/// \brief A view framing one route (or every route when `routeId` is empty) with a margin.
Viewport framingView(const Atlas &atlas, const QString &routeId, QSize sizePx, double dpi = 96.0);

/// \brief A view framing several routes together (every route when the list is empty).
Viewport framingView(const Atlas &atlas, const QStringList &routeIds, QSize sizePx, double dpi = 96.0);

/// \brief Title, subtitle and decorations for a snapshot of `routeId` (or of the whole atlas).
RenderOptions snapshotOptions(const Atlas &atlas, const QString &routeId, const QString &title = {});

/// \brief The same for several routes: the first is the selection, the others highlighted too.
RenderOptions snapshotOptions(const Atlas &atlas, const QStringList &routeIds, const QString &title = {});

/// \brief The subtitle a snapshot of these routes gets by default ("Pipeline · Operational · Baku → Ceyhan").
QString defaultSubtitle(const Atlas &atlas, const QStringList &routeIds);

} // namespace corridor
