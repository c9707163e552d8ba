#pragma once
// Greedy label placement: each label tries a few positions around its anchor and takes the
// first that overlaps neither an earlier label, a marker, nor a reserved area (legend,
// title, scale bar). Labels are offered in priority order, so capitals win over settlements.

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace corridor {

class LabelLayout {
public:
    explicit LabelLayout(const QRectF &frame) : mFrame(frame) {}

    /// \brief Areas no label may cover.
    void reserve(const QRectF &area) { mTaken.append(area); }

    /// \brief Tries to place a label of `size` next to a marker at `anchor` with `gap` pixels
    /// of clearance. Returns the label's rectangle, or an empty one if every spot is taken.
    QRectF place(QPointF anchor, QSizeF size, double gap);

    /// \brief Takes `rect` if it is free (inside the frame, overlapping nothing taken).
    bool take(const QRectF &rect);

private:
    bool isFree(const QRectF &rect) const;
    QRectF mFrame;
    QList<QRectF> mTaken;
};

} // namespace corridor
