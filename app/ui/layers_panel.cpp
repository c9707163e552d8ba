#include "layers_panel.h"

#include "map_style.h"

#include <QHeaderView>
#include <QPainter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace corridor {

namespace {

enum Role { KindRole = Qt::UserRole, StatusRole, LayerRole };
enum class BaseLayer { Land = 1, Borders, PlaceLabels, RouteLabels };

QIcon lineSwatch(const QPen &pen, bool disruptedMarks = false)
{
    QPixmap pixmap(QSize(28, 14) * 2);
    pixmap.setDevicePixelRatio(2); // crisp on high-DPI screens too
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(pen);
    painter.drawLine(QPointF(2, 7), QPointF(26, 7));
    if (disruptedMarks) {
        painter.setPen(QPen(style::kDisruptionMark, 1.2));
        for (double x : {9.0, 19.0}) {
            painter.drawLine(QPointF(x - 2.5, 4.5), QPointF(x + 2.5, 9.5));
            painter.drawLine(QPointF(x - 2.5, 9.5), QPointF(x + 2.5, 4.5));
        }
    }
    return QIcon(pixmap);
}

QTreeWidgetItem *checkable(QTreeWidgetItem *parent, const QString &text, bool checked)
{
    auto *item = new QTreeWidgetItem(parent, {text});
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

LayersPanel::LayersPanel(std::shared_ptr<const Atlas> atlas, QWidget *parent)
    : QWidget(parent), mAtlas(std::move(atlas)), mTree(new QTreeWidget(this))
{
    mTree->setHeaderHidden(true);
    mTree->setAccessibleName(tr("Layers"));
    mTree->setToolTip(tr("Tick to show, untick to hide (Space toggles the current entry)"));

    auto *kinds = new QTreeWidgetItem(mTree, {tr("Route kinds")});
    for (RouteKind kind : kAllRouteKinds) {
        int count = 0;
        for (const Route &r : mAtlas->routes) count += r.kind == kind;
        if (count == 0) continue;
        QTreeWidgetItem *item = checkable(kinds, QStringLiteral("%1 (%2)").arg(kindLabel(kind)).arg(count), true);
        item->setIcon(0, lineSwatch(QPen(style::kindColour(kind), 2.5, Qt::SolidLine, Qt::FlatCap)));
        item->setData(0, KindRole, int(kind));
    }
    auto *statuses = new QTreeWidgetItem(mTree, {tr("Route status")});
    for (RouteStatus status : kAllRouteStatuses) {
        int count = 0;
        for (const Route &r : mAtlas->routes) count += r.status == status;
        if (count == 0) continue;
        Route sample;
        sample.status = status;
        QPen pen = style::routePen(sample, 2.0);
        pen.setColor(QColor(0x44, 0x44, 0x44));
        QTreeWidgetItem *item = checkable(statuses, QStringLiteral("%1 (%2)").arg(statusLabel(status)).arg(count), true);
        item->setIcon(0, lineSwatch(pen, status == RouteStatus::Disrupted));
        item->setData(0, StatusRole, int(status));
    }
    auto *basemap = new QTreeWidgetItem(mTree, {tr("Basemap and labels")});
    const int polygons = int(mAtlas->basemap.landFine.polygons.size());
    checkable(basemap, tr("Land (%1 polygons)").arg(polygons), true)->setData(0, LayerRole, int(BaseLayer::Land));
    checkable(basemap, tr("Country borders (%1)").arg(mAtlas->basemap.countriesFine.polygons.size()), true)
        ->setData(0, LayerRole, int(BaseLayer::Borders));
    checkable(basemap, tr("Place labels (%1)").arg(mAtlas->places.size()), true)->setData(0, LayerRole, int(BaseLayer::PlaceLabels));
    checkable(basemap, tr("Route names"), true)->setData(0, LayerRole, int(BaseLayer::RouteLabels));
    mTree->expandAll();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(mTree);
    connect(mTree, &QTreeWidget::itemChanged, this, &LayersPanel::readChecks);
}

void LayersPanel::setVisibility(const LayerVisibility &visibility)
{
    mUpdating = true;
    for (QTreeWidgetItemIterator it(mTree); *it; ++it) {
        QTreeWidgetItem *item = *it;
        bool shown = true;
        if (item->data(0, KindRole).isValid()) shown = !visibility.hiddenKinds.contains(RouteKind(item->data(0, KindRole).toInt()));
        else if (item->data(0, StatusRole).isValid()) shown = !visibility.hiddenStatuses.contains(RouteStatus(item->data(0, StatusRole).toInt()));
        else if (item->data(0, LayerRole).isValid()) {
            switch (BaseLayer(item->data(0, LayerRole).toInt())) {
            case BaseLayer::Land: shown = visibility.showLand; break;
            case BaseLayer::Borders: shown = visibility.showBorders; break;
            case BaseLayer::PlaceLabels: shown = visibility.showPlaceLabels; break;
            case BaseLayer::RouteLabels: shown = visibility.showRouteLabels; break;
            }
        } else continue;
        item->setCheckState(0, shown ? Qt::Checked : Qt::Unchecked);
    }
    mUpdating = false;
    mVisibility = visibility;
    emit visibilityChanged(mVisibility);
}

void LayersPanel::readChecks(QTreeWidgetItem *changed)
{
    if (mUpdating || !changed) return;
    const bool shown = changed->checkState(0) == Qt::Checked;
    if (changed->data(0, KindRole).isValid()) {
        const auto kind = RouteKind(changed->data(0, KindRole).toInt());
        if (shown) mVisibility.hiddenKinds.remove(kind); else mVisibility.hiddenKinds.insert(kind);
    } else if (changed->data(0, StatusRole).isValid()) {
        const auto status = RouteStatus(changed->data(0, StatusRole).toInt());
        if (shown) mVisibility.hiddenStatuses.remove(status); else mVisibility.hiddenStatuses.insert(status);
    } else if (changed->data(0, LayerRole).isValid()) {
        switch (BaseLayer(changed->data(0, LayerRole).toInt())) {
        case BaseLayer::Land: mVisibility.showLand = shown; break;
        case BaseLayer::Borders: mVisibility.showBorders = shown; break;
        case BaseLayer::PlaceLabels: mVisibility.showPlaceLabels = shown; break;
        case BaseLayer::RouteLabels: mVisibility.showRouteLabels = shown; break;
        }
    } else {
        return;
    }
    emit visibilityChanged(mVisibility);
}

} // namespace corridor
