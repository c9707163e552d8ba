#pragma once
// A route's or place's figures as cards (value, unit, label, as-of date; the quote on
// hover), with a small bar chart when figures can be compared (same unit, two or more).

#include "model.h"

#include <QWidget>

class QGridLayout;

namespace corridor {

/// \brief Bars for comparable figures; a range ("6–6.5 Mt") draws as a bar with a lighter tail.
class FigureChart : public QWidget {
    Q_OBJECT
public:
    explicit FigureChart(QList<Figure> figures, QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Figure> mFigures;
};

class FigureCards : public QWidget {
    Q_OBJECT
public:
    explicit FigureCards(QWidget *parent = nullptr);
    void setFigures(const QList<Figure> &figures);
    /// \brief The chart shown, or null when no figures are comparable (for tests).
    FigureChart *chart() const { return mChart; }

    /// \brief Groups of figures worth a chart: same unit, at least two in the group.
    static QList<QList<Figure>> comparableGroups(const QList<Figure> &figures);

private:
    QGridLayout *mGrid;
    FigureChart *mChart = nullptr;
};

} // namespace corridor
