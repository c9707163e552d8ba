#include "cited_sources.h"

#include "screen_geometry.h"
#include "web_mercator.h"

#include <QLocale>
#include <QSet>

namespace corridor {

namespace {
bool crossesFrame(const Route &route, const Viewport &view)
{
    const QRectF visible = view.mercatorRect();
    const QRectF &bounds = route.projectedBounds;
    const QRectF frame(QPointF(0, 0), QSizeF(view.sizePx()));
    // As the renderer draws it: a line across ±180° also one world-width west and east.
    for (const double shift : {0.0, -2 * web_mercator::kHalfWorld, 2 * web_mercator::kHalfWorld}) {
        // Compared by hand: QRectF::intersects() is false for the flat box of an east–west line.
        if (bounds.left() + shift > visible.right() || bounds.right() + shift < visible.left() ||
            bounds.top() > visible.bottom() || bounds.bottom() < visible.top())
            continue;
        // Bounds can overlap the frame while the line itself passes by: test the clipped line.
        Viewport shifted = view;
        shifted.setCentre(view.centre() - QPointF(shift, 0));
        for (const MercatorLine &part : route.projectedParts)
            if (!screen::clipPolyline(screen::toScreen(part, shifted), frame).isEmpty()) return true;
    }
    return false;
}
} // namespace

QList<const Route *> routesInView(const Atlas &atlas, const Viewport &view, const RenderOptions &options)
{
    QList<const Route *> routes;
    if (!view.isValid()) return routes;
    for (const Route &route : atlas.routes) {
        const bool drawn = route.id == options.selectedRoute || options.visibility.isVisible(route);
        if (drawn && crossesFrame(route, view)) routes.append(&route);
    }
    return routes;
}

QList<const Article *> articlesCitedBy(const Atlas &atlas, const QList<const Route *> &routes)
{
    QSet<QString> cited;
    for (const Route *route : routes)
        for (const SourceRef &source : route->sources) cited.insert(source.articleId);
    QList<const Article *> articles;
    for (const Article &article : atlas.articles)
        if (cited.contains(article.id)) articles.append(&article);
    return articles;
}

QList<const Article *> citedArticles(const Atlas &atlas, const Viewport &view, const RenderOptions &options)
{
    const QList<const Route *> routes = routesInView(atlas, view, options);
    if (!routes.isEmpty()) return articlesCitedBy(atlas, routes);
    QList<const Article *> all;
    for (const Article &article : atlas.articles) all.append(&article);
    return all;
}

QDate latestSourceDate(const QList<const Article *> &articles)
{
    QDate latest;
    for (const Article *article : articles)
        if (article->date().isValid() && (!latest.isValid() || article->date() > latest)) latest = article->date();
    return latest;
}

QString articleCitation(const Article &article, bool withUrl)
{
    QStringList parts;
    if (!article.author().isEmpty()) parts.append(article.author());
    if (!article.title().isEmpty()) parts.append(QStringLiteral("“%1”").arg(article.title()));
    if (!article.outlet().isEmpty()) parts.append(article.outlet());
    if (article.date().isValid()) parts.append(snapshotDate(article.date()));
    if (withUrl && !article.url().isEmpty()) parts.append(article.url());
    return parts.isEmpty() ? article.id : parts.join(QStringLiteral(", "));
}

QString snapshotDate(const QDate &date) { return QLocale::c().toString(date, QStringLiteral("d MMMM yyyy")); }

} // namespace corridor
