#pragma once
// The "Source" dock: for the selected route or place, its card (what it is, where it
// runs, who runs it, which articles report it), its figures, and the full article with
// every excerpt marked in its route's colour. The selected route's excerpts are
// highlighted and scrolled into view; hovering an excerpt highlights its route on the map
// and clicking it selects and frames that route.

#include "atlas.h"
#include "selection.h"
#include "verbatim_text.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace corridor {

class FigureCards;

class SourcePanel : public QWidget {
    Q_OBJECT
public:
    SourcePanel(std::shared_ptr<const Atlas> atlas, Selection *selection, QWidget *parent = nullptr);

    QLabel *card() const { return mCard; }
    FigureCards *figureCards() const { return mFigures; }
    QPlainTextEdit *articleView() const { return mArticle; }
    /// \brief The article currently shown, or empty.
    QString shownArticleId() const { return mShownArticle; }
    /// \brief The citation "Copy citation" puts on the clipboard for the current excerpt.
    QString citation() const;

public slots:
    /// \brief Shows an article with the cursor at `position` (from a search hit).
    void showArticleAt(const QString &articleId, int position);
    void nextExcerpt();
    void previousExcerpt();
    void copyCitation();
    void openOriginal();

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
    void showPlace(const QString &placeId);
    void showArticle(const QString &articleId);
    void highlightExcerpts(const QString &routeId);
    void moveToExcerpt(int index);
    /// The selected route's excerpts in the shown article, in reading order.
    QList<Excerpt> selectedExcerpts() const;
    QStringList routesAt(int position) const;
    void selectExcerptAt(int position);
    void updateButtons();

    std::shared_ptr<const Atlas> mAtlas;
    Selection *mSelection;
    QList<Excerpt> mExcerpts;
    QString mShownArticle;
    int mCurrentExcerpt = -1; ///< index into selectedExcerpts()
    QLabel *mCard;
    FigureCards *mFigures;
    QComboBox *mArticleChooser;
    QLabel *mArticleHeader;
    QToolButton *mPrevious;
    QToolButton *mNext;
    QToolButton *mCopyCitation;
    QToolButton *mOpenOriginal;
    QPlainTextEdit *mArticle;
};

} // namespace corridor
