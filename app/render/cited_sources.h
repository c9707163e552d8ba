#pragma once
// Which articles a view rests on: the sources cited by the routes it shows, and the date of
// the latest of them. The Sources footer, the "status as of" line and every exported file's
// metadata are built from this, so the picture and its metadata never disagree.

#include "atlas.h"
#include "render_options.h"
#include "viewport.h"

#include <QDate>
#include <QList>
#include <QString>

namespace corridor {

/// \brief Routes with some part of their line inside the view's frame, in atlas order.
/// The selected route counts too, as the renderer draws it whatever else is hidden.
QList<const Route *> routesInView(const Atlas &atlas, const Viewport &view, const RenderOptions &options);

/// \brief Articles cited by `routes` (each once, in atlas order).
QList<const Article *> articlesCitedBy(const Atlas &atlas, const QList<const Route *> &routes);

/// \brief The articles a snapshot of the view cites: those of the routes in view, or, when no
/// route is in view, every article of the atlas (the places drawn come from them).
QList<const Article *> citedArticles(const Atlas &atlas, const Viewport &view, const RenderOptions &options);

/// \brief The newest article date (null when no article has one).
QDate latestSourceDate(const QList<const Article *> &articles);

/// \brief "Nargiz Mammadli, “Title”, Caspian News, 22 November 2022[, https://…]".
QString articleCitation(const Article &article, bool withUrl = true);

/// \brief "22 November 2022": how dates read on a snapshot, whatever the system locale.
QString snapshotDate(const QDate &date);

} // namespace corridor
