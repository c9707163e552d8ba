#include "search_box.h"


#include <QKeyEvent>
#include <QListWidget>

namespace corridor {

namespace {
QString typeLabel(const SearchResult &result)
{
    switch (result.type) {
    case SearchResult::Type::Route: return QObject::tr("Route");
    case SearchResult::Type::Place: return QObject::tr("Place");
    case SearchResult::Type::ArticleText: return QObject::tr("Article");
    }
    return {};
}
} // namespace

SearchBox::SearchBox(std::shared_ptr<const Atlas> atlas, QWidget *parent)
    : QLineEdit(parent), mSearch(std::move(atlas)), mList(new QListWidget(this))
{
    setPlaceholderText(tr("Search routes, places, operators, article… (Ctrl+F)"));
    setClearButtonEnabled(true);
    setToolTip(tr("Search routes, places, operators, figures and the article text.\n"
                  "Case and accents are ignored; alternative names work (Baki finds Baku)."));
    setAccessibleName(tr("Search"));
    setMinimumWidth(280);
    setMaximumWidth(480);

    // A tool-tip window shows without taking the focus, so typing continues in the field.
    mList->setWindowFlags(Qt::ToolTip | Qt::FramelessWindowHint);
    mList->setAttribute(Qt::WA_ShowWithoutActivating);
    mList->setFocusPolicy(Qt::NoFocus);
    mList->setUniformItemSizes(true);
    mList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mList->setTextElideMode(Qt::ElideRight); // the tooltip holds the whole line
    mList->setAccessibleName(tr("Search results"));
    mList->installEventFilter(this);
    connect(mList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { choose(mList->row(item)); });
    connect(this, &QLineEdit::textEdited, this, &SearchBox::updateResults);
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) { if (text.isEmpty()) mList->hide(); });
}

void SearchBox::updateResults(const QString &text)
{
    mResults = mSearch.find(text);
    mList->clear();
    for (const SearchResult &result : std::as_const(mResults)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2   [%3]").arg(result.title, result.detail, typeLabel(result)), mList);
        item->setToolTip(QStringLiteral("%1\n%2").arg(result.title, result.detail));
    }
    if (mResults.isEmpty() && !text.trimmed().isEmpty()) {
        auto *none = new QListWidgetItem(tr("No match for “%1”").arg(text.trimmed()), mList);
        none->setFlags(Qt::NoItemFlags);
    }
    if (mList->count() == 0) {
        mList->hide();
        return;
    }
    mList->setCurrentRow(mResults.isEmpty() ? -1 : 0);
    showPopup();
}

void SearchBox::showPopup()
{
    const int rows = std::min(mList->count(), 12);
    const int rowHeight = mList->sizeHintForRow(0) > 0 ? mList->sizeHintForRow(0) : fontMetrics().height() + 4;
    const int width = std::max(this->width(), 520);
    mList->setFixedSize(width, rows * rowHeight + 2 * mList->frameWidth() + 2);
    mList->move(mapToGlobal(QPoint(0, height())));
    mList->show();
    mList->raise();
}

void SearchBox::choose(int row)
{
    if (row < 0 || row >= mResults.size()) return;
    const SearchResult result = mResults.at(row);
    mList->hide();
    emit resultChosen(result);
}

void SearchBox::keyPressEvent(QKeyEvent *event)
{
    const bool open = mList->isVisible() && !mResults.isEmpty();
    switch (event->key()) {
    case Qt::Key_Down:
        if (!open) { updateResults(text()); return; }
        mList->setCurrentRow(std::min(mList->currentRow() + 1, int(mResults.size()) - 1));
        return;
    case Qt::Key_Up:
        if (open) mList->setCurrentRow(std::max(mList->currentRow() - 1, 0));
        return;
    case Qt::Key_PageDown:
        if (open) mList->setCurrentRow(std::min(mList->currentRow() + 10, int(mResults.size()) - 1));
        return;
    case Qt::Key_PageUp:
        if (open) mList->setCurrentRow(std::max(mList->currentRow() - 10, 0));
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (open) choose(mList->currentRow());
        return;
    case Qt::Key_Escape:
        if (mList->isVisible()) { mList->hide(); return; }
        clear();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void SearchBox::focusOutEvent(QFocusEvent *event)
{
    // Clicking a result must still reach the list; hide only when focus went elsewhere for good.
    if (!mList->underMouse()) mList->hide();
    QLineEdit::focusOutEvent(event);
}

bool SearchBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mList && event->type() == QEvent::KeyPress) {
        keyPressEvent(static_cast<QKeyEvent *>(event));
        return true;
    }
    return QLineEdit::eventFilter(watched, event);
}

} // namespace corridor
