#include "map_view.h"

#include "band_renderer.h"
#include "map_style.h"
#include "snapshot_framing.h"
#include "web_mercator.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace corridor {

namespace {
constexpr double kZoomStep = 1.5;
constexpr double kPanStepFraction = 0.2; ///< arrow keys move a fifth of the view
constexpr double kDragThresholdPx = 4.0;
} // namespace

MapView::MapView(std::shared_ptr<const Atlas> atlas, Selection *selection, QWidget *parent)
    : QWidget(parent), mAtlas(atlas), mSelection(selection), mRenderer(atlas), mHitTester(atlas)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    setAccessibleName(tr("Map"));
    connect(mSelection, &Selection::selectionChanged, this, qOverload<>(&QWidget::update));
    connect(mSelection, &Selection::hoverChanged, this, qOverload<>(&QWidget::update));
    // Wheel and drag send many small changes: record the view only once it settles.
    mSettleTimer.setSingleShot(true);
    mSettleTimer.setInterval(600);
    connect(this, &MapView::viewChanged, &mSettleTimer, qOverload<>(&QTimer::start));
    connect(&mSettleTimer, &QTimer::timeout, this, [this] {
        mHistory.record(mView);
        emit historyChanged(mHistory.canGoBack(), mHistory.canGoForward());
    });
    connect(mSelection, &Selection::placeSelectionChanged, this, qOverload<>(&QWidget::update));
    connect(mSelection, &Selection::frameRequested, this, &MapView::frameItem);
}

void MapView::setViewport(const Viewport &view)
{
    mView = view;
    mView.setSizePx(size());
    mKeepFramed.reset();
    update();
    emit viewChanged();
}

void MapView::fitAll()
{
    mView = framingView(*mAtlas, QString(), size());
    mKeepFramed = QString(); // stays fitted while docks and window resize, until the user moves it
    update();
    emit viewChanged();
}

void MapView::goBack()
{
    // A view not yet recorded (the user is mid-gesture) counts as the newest entry.
    if (mSettleTimer.isActive()) {
        mSettleTimer.stop();
        mHistory.record(mView);
    }
    showHistoryView(mHistory.back());
}

void MapView::goForward() { showHistoryView(mHistory.forward()); }

void MapView::showHistoryView(const std::optional<Viewport> &view)
{
    if (view) {
        mView = *view;
        mView.setSizePx(size());
        mKeepFramed.reset();
        update();
        emit viewChanged(); // records nothing: the view equals the history's current entry
    }
    emit historyChanged(mHistory.canGoBack(), mHistory.canGoForward());
}

void MapView::setVisibility(const LayerVisibility &visibility)
{
    mVisibility = visibility;
    mHiddenRoutes = visibility.hiddenRouteIds(mAtlas->routes); // hit-testing asks on every mouse move
    const Route *hovered = mAtlas->route(mSelection->hoveredRoute());
    if (hovered && !mVisibility.isVisible(*hovered)) mSelection->hoverRoute(QString()); // hidden things cannot be hovered
    update();
}

void MapView::frameItem(const QString &routeOrPlaceId)
{
    if (const Place *place = mAtlas->place(routeOrPlaceId)) {
        // A place has no extent: centre it at a scale where its surroundings are readable.
        constexpr double kPlaceMetresPerPixel = 1500.0;
        mView = Viewport(place->projected, kPlaceMetresPerPixel, size(), mView.dpi());
        mKeepFramed = routeOrPlaceId;
        update();
        emit viewChanged();
        return;
    }
    if (!mAtlas->route(routeOrPlaceId)) return;
    const QString routeId = routeOrPlaceId;
    mView = framingView(*mAtlas, routeId, size());
    mKeepFramed = routeId;
    update();
    emit viewChanged();
}

void MapView::zoomIn()
{
    mKeepFramed.reset();
    mView.zoomAt(kZoomStep, QPointF(width() / 2.0, height() / 2.0));
    update();
    emit viewChanged();
}

void MapView::zoomOut()
{
    mKeepFramed.reset();
    mView.zoomAt(1.0 / kZoomStep, QPointF(width() / 2.0, height() / 2.0));
    update();
    emit viewChanged();
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    RenderOptions options;
    options.selectedRoute = mSelection->selectedRoute();
    options.hoveredRoute = mSelection->hoveredRoute();
    options.selectedPlace = mSelection->selectedPlace();
    options.visibility = mVisibility;
    // Drawn in bands on every core into a frame image, then shown: the same full redraw as
    // an export, in about half the time on two cores (README, Performance).
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * ratio).toSize();
    if (mFrame.size() != pixels) mFrame = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    mFrame.setDevicePixelRatio(ratio);
    renderInBands(mRenderer, mFrame, mView, options);
    painter.drawImage(QPointF(0, 0), mFrame);
    if (hasFocus()) {
        // Keyboard users need to see that the map takes the arrow keys.
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void MapView::resizeEvent(QResizeEvent *)
{
    if (mKeepFramed) {
        const QString framed = *mKeepFramed;
        if (framed.isEmpty()) fitAll();
        else frameItem(framed);
        return;
    }
    mView.setSizePx(size());
    emit viewChanged();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) return;
    mPressPosition = mLastDragPosition = event->position();
    mDragging = false;
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF position = event->position();
    emit cursorMoved(web_mercator::unproject(mView.toMercator(position)));
    if (event->buttons() & Qt::LeftButton) {
        if (!mDragging && QLineF(position, mPressPosition).length() >= kDragThresholdPx) {
            mDragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (mDragging) {
            mKeepFramed.reset();
            mView.panByPixels(position - mLastDragPosition);
            mLastDragPosition = position;
            update();
            emit viewChanged();
        }
        return;
    }
    updateHover(position);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) return;
    if (mDragging) {
        mDragging = false;
        unsetCursor();
        return;
    }
    // A click: a place marker first (small targets win), else the nearest visible route
    // within tolerance, else nothing (clicking water clears).
    const QString place = placeAt(event->position());
    if (!place.isEmpty()) {
        mSelection->selectPlace(place);
        return;
    }
    const QString route = mHitTester.routeAt(mView, event->position(), kPickTolerancePx, mHiddenRoutes);
    if (route.isEmpty()) mSelection->clear();
    else mSelection->selectRoute(route);
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const double factor = event->modifiers() & Qt::ShiftModifier ? 1.0 / 2.0 : 2.0;
    mKeepFramed.reset();
    mView.zoomAt(factor, event->position());
    update();
    emit viewChanged();
}

void MapView::wheelEvent(QWheelEvent *event)
{
    // 120 units per notch; touchpads send smaller steps, which zoom proportionally.
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0) return;
    mKeepFramed.reset();
    mView.zoomAt(std::pow(1.25, notches), event->position());
    update();
    emit viewChanged();
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const double stepX = width() * kPanStepFraction;
    const double stepY = height() * kPanStepFraction;
    const std::optional<QString> keptFramed = mKeepFramed;
    mKeepFramed.reset(); // any key below moves the view; others restore it
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); return;
    case Qt::Key_Minus: zoomOut(); return;
    case Qt::Key_Left: mView.panByPixels({stepX, 0}); break;
    case Qt::Key_Right: mView.panByPixels({-stepX, 0}); break;
    case Qt::Key_Up: mView.panByPixels({0, stepY}); break;
    case Qt::Key_Down: mView.panByPixels({0, -stepY}); break;
    case Qt::Key_Escape: mKeepFramed = keptFramed; mSelection->clear(); return;
    default: mKeepFramed = keptFramed; QWidget::keyPressEvent(event); return;
    }
    update();
    emit viewChanged();
}

void MapView::leaveEvent(QEvent *)
{
    mSelection->hoverRoute(QString());
}

void MapView::updateHover(QPointF position)
{
    const QString routeId = mHitTester.routeAt(mView, position, kPickTolerancePx, mHiddenRoutes);
    mSelection->hoverRoute(routeId);
    setCursor(routeId.isEmpty() && placeAt(position).isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
}

QString MapView::placeAt(QPointF position) const
{
    // A few dozen places: a scan is cheaper than any index.
    const double tolerance = mView.px(style::kPlaceMarkerPt) + 3;
    QString best;
    double bestDistance = tolerance;
    for (const Place &place : mAtlas->places) {
        if (place.kind == QLatin1String("event")) continue; // not drawn on the map
        const double d = QLineF(mView.toScreen(place.projected), position).length();
        if (d <= bestDistance) { bestDistance = d; best = place.id; }
    }
    return best;
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Route *route = mAtlas->route(mHitTester.routeAt(mView, help->pos(), kPickTolerancePx, mHiddenRoutes));
        const Place *place = mAtlas->place(placeAt(help->pos()));
        if (place) {
            QToolTip::showText(help->globalPos(), QStringLiteral("<b>%1</b><br>%2").arg(place->name.toHtmlEscaped(), place->kind.toHtmlEscaped()), this);
        } else if (route) {
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("<b>%1</b><br>%2 · %3")
                                   .arg(route->name.toHtmlEscaped(), kindLabel(route->kind), statusLabel(route->status)),
                               this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace corridor
