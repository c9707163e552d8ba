#include "figure_cards.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>
#include <algorithm>

namespace corridor {

namespace {
constexpr int kColumns = 2;
constexpr int kBarHeight = 16;
constexpr int kBarGap = 6;

QString quoteTip(const Figure &figure)
{
    return QStringLiteral("“%1”\nAs of %2").arg(figure.quote, figure.asOf.toString(Qt::ISODate));
}
} // namespace

FigureChart::FigureChart(QList<Figure> figures, QWidget *parent) : QWidget(parent), mFigures(std::move(figures))
{
    setAccessibleName(tr("Chart comparing %n figure(s)", nullptr, int(mFigures.size())));
    QStringList tips;
    for (const Figure &f : std::as_const(mFigures)) tips.append(QStringLiteral("%1: %2").arg(f.label, f.formattedValue()));
    setToolTip(tips.join(QLatin1Char('\n')));
}

QSize FigureChart::sizeHint() const
{
    return QSize(260, int(mFigures.size()) * (kBarHeight + kBarGap) + kBarGap);
}

void FigureChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    double maximum = 0;
    for (const Figure &f : std::as_const(mFigures)) maximum = std::max(maximum, f.valueMax.value_or(f.value));
    if (maximum <= 0) return;
    const QFontMetrics metrics(font());
    int labelWidth = 0;
    for (const Figure &f : std::as_const(mFigures)) labelWidth = std::max(labelWidth, metrics.horizontalAdvance(f.formattedValue()));
    const double barSpace = std::max(40, width() - labelWidth - 12);
    const QColor bar = palette().color(QPalette::Highlight);
    int y = kBarGap;
    for (const Figure &f : std::as_const(mFigures)) {
        const double w = barSpace * f.value / maximum;
        painter.setPen(Qt::NoPen);
        painter.setBrush(bar);
        painter.drawRoundedRect(QRectF(0, y, std::max(2.0, w), kBarHeight), 3, 3);
        if (f.valueMax) {
            // The rest of a range, lighter: "6–6.5 Mt" is 6 sure, up to 6.5.
            QColor tail = bar;
            tail.setAlpha(90);
            painter.setBrush(tail);
            painter.drawRect(QRectF(w, y, barSpace * (*f.valueMax - f.value) / maximum, kBarHeight));
        }
        painter.setPen(palette().color(QPalette::WindowText));
        const double textX = barSpace * f.valueMax.value_or(f.value) / maximum + 6;
        painter.drawText(QRectF(textX, y, labelWidth + 6, kBarHeight), Qt::AlignVCenter | Qt::AlignLeft, f.formattedValue());
        y += kBarHeight + kBarGap;
    }
}

FigureCards::FigureCards(QWidget *parent) : QWidget(parent), mGrid(new QGridLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(mGrid);
    mGrid->setSpacing(6);
    setAccessibleName(tr("Figures"));
}

QList<QList<Figure>> FigureCards::comparableGroups(const QList<Figure> &figures)
{
    QList<QList<Figure>> groups;
    QStringList units;
    for (const Figure &f : figures) {
        const qsizetype at = units.indexOf(f.unit);
        if (at < 0) { units.append(f.unit); groups.append({f}); }
        else groups[at].append(f);
    }
    groups.removeIf([](const QList<Figure> &g) { return g.size() < 2; });
    return groups;
}

void FigureCards::setFigures(const QList<Figure> &figures)
{
    while (QLayoutItem *item = mGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    mChart = nullptr;
    for (int i = 0; i < figures.size(); ++i) {
        const Figure &figure = figures.at(i);
        auto *card = new QFrame(this);
        card->setFrameShape(QFrame::StyledPanel);
        card->setToolTip(quoteTip(figure));
        auto *value = new QLabel(figure.formattedValue(), card);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.5);
        big.setBold(true);
        value->setFont(big);
        auto *label = new QLabel(figure.label, card);
        label->setWordWrap(true);
        auto *asOf = new QLabel(tr("as of %1").arg(figure.asOf.toString(QStringLiteral("d MMM yyyy"))), card);
        asOf->setStyleSheet(QStringLiteral("color: palette(mid)"));
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(8, 6, 8, 6);
        cardLayout->setSpacing(2);
        cardLayout->addWidget(value);
        cardLayout->addWidget(label);
        cardLayout->addWidget(asOf);
        card->setAccessibleName(QStringLiteral("%1: %2").arg(figure.label, figure.formattedValue()));
        mGrid->addWidget(card, i / kColumns, i % kColumns);
    }
    const auto groups = comparableGroups(figures);
    if (!groups.isEmpty()) {
        mChart = new FigureChart(groups.first(), this);
        mGrid->addWidget(mChart, int((figures.size() + kColumns - 1) / kColumns), 0, 1, kColumns);
    }
    setVisible(!figures.isEmpty());
}

} // namespace corridor
