#pragma once
// The "Source" dock: for the selected route, its card (what it is), its figures, and the
// full article with the route's excerpts highlighted and scrolled into view. Clicking an
// excerpt in the article selects the route it reports.

#include "atlas.h"
#include "selection.h"
#include "verbatim_text.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace corridor {

class SourcePanel : public QWidget {
    Q_OBJECT
public:
    SourcePanel(std::shared_ptr<const Atlas> atlas, Selection *selection, QWidget *parent = nullptr);

    QLabel *card() const { return mCard; }
    QTableWidget *figuresTable() const { return mFigures; }
    QPlainTextEdit *articleView() const { return mArticle; }
    /// \brief The article currently shown, or empty.
    QString shownArticleId() const { return mShownArticle; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// One excerpt of one route, located in its article.
    struct Excerpt {
        QString routeId;
        QString articleId;
        TextSpan span;
    };
    void showRoute(const QString &routeId);
    void showArticle(const QString &articleId);
    void highlightExcerpts(const QString &routeId);
    void selectExcerptAt(int position);

    std::shared_ptr<const Atlas> mAtlas;
    Selection *mSelection;
    QList<Excerpt> mExcerpts;
    QString mShownArticle;
    QLabel *mCard;
    QTableWidget *mFigures;
    QLabel *mArticleHeader;
    QPlainTextEdit *mArticle;
};

} // namespace corridor
