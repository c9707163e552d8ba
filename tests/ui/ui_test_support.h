#pragma once
// Helpers the widget tests share: where to click to hit a route, or a passage of the article.

#include "hit_tester.h"
#include "verbatim_text.h"

#include <QPlainTextEdit>
#include <QPoint>

namespace corridor::test {

/// \brief A point on the route's drawn line, inside the view, where a click picks that
/// route and no other; a null point when there is none.
inline QPoint clickablePoint(const std::shared_ptr<const Atlas> &atlas, const Viewport &view, const QString &routeId)
{
    const HitTester tester(atlas);
    const MercatorLine &line = atlas->route(routeId)->projectedParts.first();
    for (qsizetype i = line.size() / 2; i < line.size(); ++i) {
        const QPoint p = view.toScreen(line.at(i)).toPoint();
        if (QRect(QPoint(0, 0), view.sizePx()).contains(p) && tester.routeAt(view, p, 1) == routeId) return p;
    }
    return {};
}

/// \brief Scrolls the article so that `text` is visible and returns a viewport point
/// `offset` characters into it; a null point when the text is not in the article.
inline QPoint pointInArticle(QPlainTextEdit *article, const QString &text, int offset)
{
    const auto span = findVerbatim(article->toPlainText(), text);
    if (!span) return {};
    QTextCursor cursor(article->document());
    cursor.setPosition(span->start + offset);
    article->setTextCursor(cursor);
    article->ensureCursorVisible();
    return article->cursorRect(cursor).center();
}

} // namespace corridor::test
