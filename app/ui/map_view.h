#pragma once
// The interactive map: input only. Drawing is MapRenderer's, hit-testing HitTester's, and
// what is selected lives in Selection; this widget turns mouse and keys into view changes.

#include "hit_tester.h"
#include "map_renderer.h"
#include "selection.h"
#include "view_history.h"
#include "viewport.h"

#include <QTimer>

#include <QGeoCoordinate>
#include <QImage>
#include <QWidget>

#include <optional>

namespace corridor {

class MapView : public QWidget {
    Q_OBJECT
public:
    MapView(std::shared_ptr<const Atlas> atlas, Selection *selection, QWidget *parent = nullptr);

    const Viewport &viewport() const { return mView; }
    void setViewport(const Viewport &view);
    const LayerVisibility &visibility() const { return mVisibility; }
    void setVisibility(const LayerVisibility &visibility);
    /// \brief Pixels within which a click or hover picks a route.
    static constexpr double kPickTolerancePx = 6.0;

public slots:
    void fitAll();
    /// \brief Frames a route, or centres on a place at a regional scale.
    void frameItem(const QString &routeOrPlaceId);
    void zoomIn();
    void zoomOut();
    /// \brief Back to the previous view the user settled on, and forward again.
    void goBack();
    void goForward();

signals:
    void cursorMoved(const QGeoCoordinate &coordinate);
    void viewChanged();
    void historyChanged(bool canGoBack, bool canGoForward);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateHover(QPointF position);
    void showHistoryView(const std::optional<Viewport> &view);
    /// The place whose marker is under `position`, or empty.
    QString placeAt(QPointF position) const;

    std::shared_ptr<const Atlas> mAtlas;
    Selection *mSelection;
    MapRenderer mRenderer;
    QImage mFrame; ///< the last frame, drawn in bands and then shown (kept to reuse its memory)
    HitTester mHitTester;
    Viewport mView;
    ViewHistory mHistory;
    QTimer mSettleTimer; ///< a view is recorded once the user has paused on it
    LayerVisibility mVisibility;
    QSet<QString> mHiddenRoutes; ///< derived from mVisibility
    /// What the view keeps framed while its size changes ("" = all routes): set by fitting
    /// or framing, dropped as soon as the user pans or zooms. The first launch fits all.
    std::optional<QString> mKeepFramed = QString();
    QPointF mPressPosition;
    QPointF mLastDragPosition;
    bool mDragging = false;
};

} // namespace corridor
