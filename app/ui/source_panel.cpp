#include "source_panel.h"

#include "figure_cards.h"
#include "map_style.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace corridor {

namespace {

/// Marks the excerpts of the selected route among the extra selections.
constexpr int kSelectedExcerptProperty = QTextFormat::UserProperty + 1;

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

bool isWebUrl(const QString &url)
{
    const QUrl parsed(url);
    return parsed.isValid() && (parsed.scheme() == QLatin1String("https") || parsed.scheme() == QLatin1String("http"));
}

QString sourceLine(const Article &article)
{
    return QStringLiteral("%1 · %2 · %3")
        .arg(escaped(article.outlet()), escaped(article.author()), article.date().toString(QStringLiteral("d MMM yyyy")));
}

/// Each article a route or place cites, once, in the order first cited.
QStringList citedArticles(const QList<SourceRef> &sources)
{
    QStringList ids;
    for (const SourceRef &s : sources)
        if (!ids.contains(s.articleId)) ids.append(s.articleId);
    return ids;
}

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
    row(QStringLiteral("Length"), QStringLiteral("stated: <b>%1</b> &nbsp;·&nbsp; measured along the drawn line: <b>%2</b>").arg(stated, measured));
    row(QStringLiteral("Line"), escaped(precisionLabel(route.precision)));
    QStringList sources;
    for (const QString &id : citedArticles(route.sources))
        if (const Article *a = atlas.article(id)) sources.append(sourceLine(*a));
    row(QStringLiteral("Sources"), sources.isEmpty() ? QStringLiteral("none verified") : sources.join(QStringLiteral("<br>")));
    html += QStringLiteral("</table>");
    if (!route.description.isEmpty()) html += QStringLiteral("<p style='color:#555'>%1</p>").arg(escaped(route.description));
    return html;
}

QString placeCardHtml(const Atlas &atlas, const Place &place)
{
    QString html = QStringLiteral("<h3 style='margin:0'>%1</h3>").arg(escaped(place.name));
    html += QStringLiteral("<table cellspacing='2'>");
    auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style='color:#555'>%1</td><td>%2</td></tr>").arg(label, value);
    };
    row(QStringLiteral("Kind"), escaped(place.kind));
    if (!place.country.isEmpty()) row(QStringLiteral("Country"), escaped(place.country));
    if (place.date.isValid()) row(QStringLiteral("Date"), place.date.toString(QStringLiteral("d MMMM yyyy")));
    if (!place.altNames.isEmpty()) row(QStringLiteral("Also"), escaped(place.altNames.join(QStringLiteral(", "))));
    row(QStringLiteral("Position"), QStringLiteral("%1°, %2°").arg(place.coordinate.latitude(), 0, 'f', 4).arg(place.coordinate.longitude(), 0, 'f', 4));
    QStringList routes;
    for (const Route &r : atlas.routes)
        if (r.from == place.id || r.to == place.id || r.via.contains(place.id))
            routes.append(QStringLiteral("<a href='route:%1'>%2</a>").arg(escaped(r.id), escaped(r.name)));
    row(QStringLiteral("Routes here"), routes.isEmpty() ? QStringLiteral("none") : routes.join(QStringLiteral("<br>")));
    html += QStringLiteral("</table>");
    if (!place.sources.isEmpty()) {
        html += QStringLiteral("<p style='margin-bottom:0'><b>Mentioned in the source:</b></p>");
        for (const SourceRef &s : place.sources) html += QStringLiteral("<p style='margin:2px 0 2px 8px'>“%1”</p>").arg(escaped(s.quote));
    }
    return html;
}

QString articleHeaderHtml(const Article &article)
{
    return QStringLiteral("<b>%1</b><br>%2").arg(escaped(article.title()), sourceLine(article));
}

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

SourcePanel::SourcePanel(std::shared_ptr<const Atlas> atlas, Selection *selection, QWidget *parent)
    : QWidget(parent), mAtlas(std::move(atlas)), mSelection(selection), mCard(new QLabel(this)),
      mFigures(new FigureCards(this)), mArticleChooser(new QComboBox(this)), mArticleHeader(new QLabel(this)),
      mPrevious(toolButton(tr("◀ Previous"), tr("Previous excerpt of the selected route (Alt+Up)"), this)),
      mNext(toolButton(tr("Next ▶"), tr("Next excerpt of the selected route (Alt+Down)"), this)),
      mCopyCitation(toolButton(tr("Copy citation"), tr("Copy outlet, author, title, date, link and the excerpt (Ctrl+Shift+C)"), this)),
      mOpenOriginal(toolButton(tr("Open original"), tr("Open the article's web page in your browser"), this)),
      mArticle(new QPlainTextEdit(this))
{
    for (const Route &route : mAtlas->routes)
        for (const SourceRef &source : route.sources) mExcerpts.append({route.id, source.articleId, source.span});
    std::sort(mExcerpts.begin(), mExcerpts.end(), [](const Excerpt &a, const Excerpt &b) { return a.span.start < b.span.start; });

    mCard->setWordWrap(true);
    mCard->setTextFormat(Qt::RichText);
    mCard->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    mCard->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(mCard, &QLabel::linkActivated, this, [this](const QString &link) {
        if (!link.startsWith(QLatin1String("route:"))) return;
        mSelection->selectRoute(link.mid(6));
        emit mSelection->frameRequested(link.mid(6));
    });

    for (const Article &a : mAtlas->articles) mArticleChooser->addItem(QStringLiteral("%1 — %2").arg(a.outlet(), a.title()), a.id);
    mArticleChooser->setVisible(mAtlas->articles.size() > 1);
    mArticleChooser->setToolTip(tr("Articles of the atlas"));
    connect(mArticleChooser, &QComboBox::activated, this, [this](int index) {
        showArticle(mArticleChooser->itemData(index).toString());
        highlightExcerpts(mSelection->selectedRoute());
    });

    mArticleHeader->setWordWrap(true);
    mArticleHeader->setTextFormat(Qt::RichText);
    mPrevious->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    mNext->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    mCopyCitation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(mPrevious, &QToolButton::clicked, this, &SourcePanel::previousExcerpt);
    connect(mNext, &QToolButton::clicked, this, &SourcePanel::nextExcerpt);
    connect(mCopyCitation, &QToolButton::clicked, this, &SourcePanel::copyCitation);
    connect(mOpenOriginal, &QToolButton::clicked, this, &SourcePanel::openOriginal);
    auto *articleBar = new QHBoxLayout;
    articleBar->setContentsMargins(0, 0, 0, 0);
    for (QToolButton *b : {mPrevious, mNext}) articleBar->addWidget(b);
    articleBar->addStretch();
    for (QToolButton *b : {mCopyCitation, mOpenOriginal}) articleBar->addWidget(b);

    // Plain text, never HTML: the article cannot inject markup or fetch anything, and
    // QPlainTextEdit stays responsive on multi-megabyte texts.
    mArticle->setReadOnly(true);
    mArticle->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    mArticle->setAccessibleName(tr("Article"));
    mArticle->viewport()->installEventFilter(this);
    mArticle->viewport()->setMouseTracking(true);

    // Card and figures scroll together, so a long card never squeezes the article away.
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(mCard);
    topLayout->addWidget(mFigures);
    topLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(top);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *reader = new QWidget(this);
    auto *readerLayout = new QVBoxLayout(reader);
    readerLayout->setContentsMargins(0, 4, 0, 0);
    readerLayout->addWidget(mArticleChooser);
    readerLayout->addWidget(mArticleHeader);
    readerLayout->addLayout(articleBar);
    readerLayout->addWidget(mArticle, 1);

    // The user decides how much room the card and the article get.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("SourceSplitter"));
    splitter->addWidget(scroll);
    splitter->addWidget(reader);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({450, 450}); // half and half; the splitter scales these to its height
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);
    setTabOrder(mCard, mFigures);
    setTabOrder(mFigures, mArticleChooser);
    setTabOrder(mArticleChooser, mPrevious);
    setTabOrder(mPrevious, mNext);
    setTabOrder(mNext, mCopyCitation);
    setTabOrder(mCopyCitation, mOpenOriginal);
    setTabOrder(mOpenOriginal, mArticle);

    connect(mSelection, &Selection::selectionChanged, this, &SourcePanel::showRoute);
    connect(mSelection, &Selection::placeSelectionChanged, this, [this](const QString &placeId) {
        if (!placeId.isEmpty()) showPlace(placeId);
        else if (mSelection->selectedRoute().isEmpty()) showRoute(QString());
    });
    if (!mAtlas->articles.isEmpty()) showArticle(mAtlas->articles.first().id);
    showRoute(mSelection->selectedRoute());
}

void SourcePanel::showRoute(const QString &routeId)
{
    const Route *route = mAtlas->route(routeId);
    if (!route) {
        if (!mSelection->selectedPlace().isEmpty()) return; // a place took over the panel
        mCard->setText(tr("<p style='color:#555'>Click a route or place on the map, pick one from the Routes list, "
                          "or search (Ctrl+F), to see what it is and the excerpt that reports it.<br>"
                          "Marked passages in the article are clickable.</p>"));
        mFigures->setFigures({});
        highlightExcerpts(QString());
        return;
    }
    mCard->setText(routeCardHtml(*mAtlas, *route));
    mFigures->setFigures(route->figures);
    if (!route->sources.isEmpty()) showArticle(route->sources.first().articleId);
    highlightExcerpts(routeId);
}

void SourcePanel::showPlace(const QString &placeId)
{
    const Place *place = mAtlas->place(placeId);
    if (!place) return;
    mCard->setText(placeCardHtml(*mAtlas, *place));
    mFigures->setFigures(place->figures);
    highlightExcerpts(QString());
    if (!place->sources.isEmpty()) {
        const SourceRef &first = place->sources.first();
        showArticleAt(first.articleId, first.span.start);
    }
}

void SourcePanel::showArticle(const QString &articleId)
{
    if (articleId == mShownArticle) return;
    const Article *article = mAtlas->article(articleId);
    if (!article) return;
    mShownArticle = articleId;
    mArticleChooser->setCurrentIndex(mArticleChooser->findData(articleId));
    mArticleHeader->setText(articleHeaderHtml(*article));
    mOpenOriginal->setEnabled(isWebUrl(article->url()));
    mOpenOriginal->setToolTip(isWebUrl(article->url()) ? tr("Open %1 in your browser").arg(article->url())
                                                       : tr("This article has no web address"));
    mArticle->setPlainText(article->body);
}

void SourcePanel::showArticleAt(const QString &articleId, int position)
{
    showArticle(articleId);
    highlightExcerpts(mSelection->selectedRoute());
    QTextCursor cursor(mArticle->document());
    cursor.setPosition(std::clamp(position, 0, int(mArticle->document()->characterCount()) - 1));
    mArticle->setTextCursor(cursor);
    mArticle->centerCursor();
}

QList<SourcePanel::Excerpt> SourcePanel::selectedExcerpts() const
{
    QList<Excerpt> selected;
    for (const Excerpt &e : mExcerpts)
        if (e.articleId == mShownArticle && e.routeId == mSelection->selectedRoute()) selected.append(e);
    return selected;
}

void SourcePanel::highlightExcerpts(const QString &routeId)
{
    QList<QTextEdit::ExtraSelection> selections;
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
    mCurrentExcerpt = -1;
    if (!selectedExcerpts().isEmpty()) moveToExcerpt(0);
    updateButtons();
}

void SourcePanel::moveToExcerpt(int index)
{
    const QList<Excerpt> excerpts = selectedExcerpts();
    if (index < 0 || index >= excerpts.size()) return;
    mCurrentExcerpt = index;
    QTextCursor cursor(mArticle->document());
    cursor.setPosition(excerpts.at(index).span.start);
    mArticle->setTextCursor(cursor);
    mArticle->centerCursor();
    updateButtons();
}

void SourcePanel::nextExcerpt() { moveToExcerpt(mCurrentExcerpt + 1); }
void SourcePanel::previousExcerpt() { moveToExcerpt(mCurrentExcerpt - 1); }

void SourcePanel::updateButtons()
{
    const qsizetype count = selectedExcerpts().size();
    mPrevious->setEnabled(mCurrentExcerpt > 0);
    mNext->setEnabled(mCurrentExcerpt + 1 < count);
    mCopyCitation->setEnabled(mAtlas->article(mShownArticle) != nullptr);
}

QString SourcePanel::citation() const
{
    const Article *article = mAtlas->article(mShownArticle);
    if (!article) return {};
    QString text = QStringLiteral("%1, %2, “%3”, %4")
                       .arg(article->outlet(), article->author(), article->title(),
                            article->date().toString(QStringLiteral("d MMMM yyyy")));
    if (!article->url().isEmpty()) text += QStringLiteral(", ") + article->url();
    const QList<Excerpt> excerpts = selectedExcerpts();
    if (!excerpts.isEmpty()) {
        const Excerpt &excerpt = excerpts.at(std::max(0, mCurrentExcerpt));
        text += QStringLiteral(". Excerpt: “%1”").arg(normalizedForQuoting(article->body.mid(excerpt.span.start, excerpt.span.length)));
    }
    return text;
}

void SourcePanel::copyCitation()
{
    const QString text = citation();
    if (!text.isEmpty()) QApplication::clipboard()->setText(text);
}

void SourcePanel::openOriginal()
{
    const Article *article = mAtlas->article(mShownArticle);
    // Only web pages: a file:// or other scheme in an article header is never opened.
    if (article && isWebUrl(article->url())) QDesktopServices::openUrl(QUrl(article->url()));
}

QStringList SourcePanel::routesAt(int position) const
{
    QStringList routes;
    for (const Excerpt &excerpt : mExcerpts)
        if (excerpt.articleId == mShownArticle && position >= excerpt.span.start &&
            position < excerpt.span.start + excerpt.span.length && !routes.contains(excerpt.routeId))
            routes.append(excerpt.routeId);
    return routes;
}

void SourcePanel::selectExcerptAt(int position)
{
    const QStringList routes = routesAt(position);
    if (routes.isEmpty()) return;
    // Several routes may share a sentence; clicking again steps to the next one.
    const qsizetype current = routes.indexOf(mSelection->selectedRoute());
    const QString next = routes.at((current + 1) % routes.size());
    mSelection->selectRoute(next);
    emit mSelection->frameRequested(next);
}

bool SourcePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mArticle->viewport()) {
        if (event->type() == QEvent::MouseButtonRelease) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            // A drag selects text to copy; only a plain click follows an excerpt.
            if (mouse->button() == Qt::LeftButton && !mArticle->textCursor().hasSelection())
                selectExcerptAt(mArticle->cursorForPosition(mouse->position().toPoint()).position());
        } else if (event->type() == QEvent::MouseMove) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            const QStringList routes = routesAt(mArticle->cursorForPosition(mouse->position().toPoint()).position());
            mSelection->hoverRoute(routes.isEmpty() ? QString() : routes.first());
            mArticle->viewport()->setCursor(routes.isEmpty() ? Qt::IBeamCursor : Qt::PointingHandCursor);
        } else if (event->type() == QEvent::Leave) {
            mSelection->hoverRoute(QString());
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace corridor
