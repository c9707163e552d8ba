#include "source_panel.h"

#include "map_style.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace corridor {

namespace {

/// Marks the excerpts of the selected route among the extra selections.
constexpr int kSelectedExcerptProperty = QTextFormat::UserProperty + 1;

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

QString routeCardHtml(const Atlas &atlas, const Route &route)
{
    QStringList path{atlas.placeName(route.from)};
    for (const QString &via : route.via) path.append(atlas.placeName(via));
    path.append(atlas.placeName(route.to));
    for (QString &p : path) p = escaped(p);

    const QLocale c = QLocale::c();
    QString stated = QStringLiteral("not stated in the source");
    if (const auto length = route.statedLength()) stated = escaped(length->formattedValue());
    const QString measured = c.toString(route.measuredLengthKm, 'f', 0) + QStringLiteral(" km");

    QString html = QStringLiteral("<h3 style='margin:0'>%1</h3>").arg(escaped(route.name));
    html += QStringLiteral("<table cellspacing='2'>");
    auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style='color:#555'>%1</td><td>%2</td></tr>").arg(label, value);
    };
    row(QStringLiteral("Kind"), QStringLiteral("<span style='color:%1'>■</span> %2")
                                    .arg(style::kindColour(route.kind).name(), kindLabel(route.kind)));
    row(QStringLiteral("Status"), statusLabel(route.status));
    row(QStringLiteral("Route"), path.join(QStringLiteral(" → ")));
    row(QStringLiteral("Operators"), route.operators.isEmpty() ? QStringLiteral("not named") : escaped(route.operators.join(QStringLiteral(", "))));
    row(QStringLiteral("Stated length"), stated);
    row(QStringLiteral("Measured length"), measured + QStringLiteral(" along the drawn line"));
    row(QStringLiteral("Line"), escaped(precisionLabel(route.precision)));
    html += QStringLiteral("</table>");
    if (!route.description.isEmpty()) html += QStringLiteral("<p style='color:#555'>%1</p>").arg(escaped(route.description));
    return html;
}

QString articleHeaderHtml(const Article &article)
{
    QString html = QStringLiteral("<b>%1</b><br>%2 · %3 · %4")
                       .arg(escaped(article.title()), escaped(article.outlet()), escaped(article.author()),
                            article.date().toString(QStringLiteral("d MMMM yyyy")));
    const QString url = article.url();
    // Only web links become clickable; they open in the browser, which is the user's choice.
    if (url.startsWith(QLatin1String("https://")) || url.startsWith(QLatin1String("http://")))
        html += QStringLiteral("<br><a href='%1'>%2</a>").arg(escaped(url), escaped(url.left(70) + (url.size() > 70 ? QStringLiteral("…") : QString())));
    return html;
}

} // namespace

SourcePanel::SourcePanel(std::shared_ptr<const Atlas> atlas, Selection *selection, QWidget *parent)
    : QWidget(parent), mAtlas(std::move(atlas)), mSelection(selection), mCard(new QLabel(this)),
      mFigures(new QTableWidget(this)), mArticleHeader(new QLabel(this)), mArticle(new QPlainTextEdit(this))
{
    for (const Route &route : mAtlas->routes)
        for (const SourceRef &source : route.sources)
            if (const Article *article = mAtlas->article(source.articleId))
                if (const auto span = findVerbatim(article->body, source.quote))
                    mExcerpts.append({route.id, source.articleId, *span});

    mCard->setWordWrap(true);
    mCard->setTextFormat(Qt::RichText);
    mCard->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mCard->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    mFigures->setColumnCount(3);
    mFigures->setHorizontalHeaderLabels({tr("Figure"), tr("Value"), tr("As of")});
    mFigures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    mFigures->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    mFigures->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    mFigures->verticalHeader()->hide();
    mFigures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mFigures->setSelectionBehavior(QAbstractItemView::SelectRows);
    mFigures->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mFigures->setWordWrap(true);
    mFigures->setAccessibleName(tr("Figures"));

    mArticleHeader->setWordWrap(true);
    mArticleHeader->setTextFormat(Qt::RichText);
    mArticleHeader->setOpenExternalLinks(true);
    mArticleHeader->setToolTip(tr("The link opens the original article in your browser"));

    // Plain text, never HTML: the article cannot inject markup or fetch anything, and
    // QPlainTextEdit stays responsive on multi-megabyte texts.
    mArticle->setReadOnly(true);
    mArticle->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    mArticle->setAccessibleName(tr("Article"));
    mArticle->viewport()->installEventFilter(this);
    mArticle->viewport()->setCursor(Qt::IBeamCursor);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(mCard);
    layout->addWidget(mFigures);
    layout->addWidget(mArticleHeader);
    layout->addWidget(mArticle, 1);

    connect(mSelection, &Selection::selectionChanged, this, &SourcePanel::showRoute);
    if (!mAtlas->articles.isEmpty()) showArticle(mAtlas->articles.first().id);
    showRoute(mSelection->selectedRoute());
}

void SourcePanel::showRoute(const QString &routeId)
{
    const Route *route = mAtlas->route(routeId);
    mFigures->setRowCount(0);
    if (!route) {
        mCard->setText(tr("<p style='color:#555'>Click a route on the map or pick one from the Routes list "
                          "to see what it is and the excerpt that reports it.<br>"
                          "Highlighted passages in the article are clickable.</p>"));
        mFigures->hide();
        highlightExcerpts(QString());
        return;
    }
    mCard->setText(routeCardHtml(*mAtlas, *route));
    mFigures->setVisible(!route->figures.isEmpty());
    mFigures->setRowCount(int(route->figures.size()));
    for (int i = 0; i < route->figures.size(); ++i) {
        const Figure &figure = route->figures.at(i);
        const QString quote = QStringLiteral("“%1”").arg(figure.quote);
        const QStringList cells{figure.label, figure.formattedValue(), figure.asOf.toString(Qt::ISODate)};
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(quote);
            mFigures->setItem(i, column, item);
        }
    }
    // The table is as tall as its rows: a route has a handful of figures, never hundreds.
    mFigures->resizeRowsToContents();
    int height = mFigures->horizontalHeader()->height() + 2 * mFigures->frameWidth();
    for (int i = 0; i < mFigures->rowCount(); ++i) height += mFigures->rowHeight(i);
    mFigures->setFixedHeight(height);
    if (!route->sources.isEmpty()) showArticle(route->sources.first().articleId);
    highlightExcerpts(routeId);
}

void SourcePanel::showArticle(const QString &articleId)
{
    if (articleId == mShownArticle) return;
    const Article *article = mAtlas->article(articleId);
    if (!article) return;
    mShownArticle = articleId;
    mArticleHeader->setText(articleHeaderHtml(*article));
    mArticle->setPlainText(article->body);
}

void SourcePanel::highlightExcerpts(const QString &routeId)
{
    QList<QTextEdit::ExtraSelection> selections;
    int firstSelected = -1;
    for (const Excerpt &excerpt : std::as_const(mExcerpts)) {
        if (excerpt.articleId != mShownArticle) continue;
        const Route *route = mAtlas->route(excerpt.routeId);
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(mArticle->document());
        selection.cursor.setPosition(excerpt.span.start);
        selection.cursor.setPosition(excerpt.span.start + excerpt.span.length, QTextCursor::KeepAnchor);
        if (excerpt.routeId == routeId) {
            selection.format.setBackground(style::kSelectionGlow);
            selection.format.setProperty(kSelectedExcerptProperty, true);
            if (firstSelected < 0 || excerpt.span.start < firstSelected) firstSelected = excerpt.span.start;
        } else {
            // Every other excerpt is tinted lightly in its route's colour: it can be clicked.
            QColor tint = style::kindColour(route->kind);
            tint.setAlpha(40);
            selection.format.setBackground(tint);
        }
        selections.append(selection);
    }
    // Selected excerpts last, so their background wins where excerpts overlap.
    std::stable_partition(selections.begin(), selections.end(),
                          [](const QTextEdit::ExtraSelection &s) { return !s.format.hasProperty(kSelectedExcerptProperty); });
    mArticle->setExtraSelections(selections);
    if (firstSelected >= 0) {
        QTextCursor cursor(mArticle->document());
        cursor.setPosition(firstSelected);
        mArticle->setTextCursor(cursor);
        mArticle->centerCursor();
    }
}

void SourcePanel::selectExcerptAt(int position)
{
    QStringList routes;
    for (const Excerpt &excerpt : std::as_const(mExcerpts))
        if (excerpt.articleId == mShownArticle && position >= excerpt.span.start &&
            position < excerpt.span.start + excerpt.span.length)
            routes.append(excerpt.routeId);
    if (routes.isEmpty()) return;
    // Several routes may share a sentence; clicking again steps to the next one.
    const qsizetype current = routes.indexOf(mSelection->selectedRoute());
    const QString next = routes.at((current + 1) % routes.size());
    mSelection->selectRoute(next);
    emit mSelection->frameRequested(next);
}

bool SourcePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mArticle->viewport() && event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        // A drag selects text to copy; only a plain click follows an excerpt.
        if (mouse->button() == Qt::LeftButton && !mArticle->textCursor().hasSelection())
            selectExcerptAt(mArticle->cursorForPosition(mouse->position().toPoint()).position());
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace corridor
