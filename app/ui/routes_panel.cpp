#include "routes_panel.h"

#include "map_style.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace corridor {

namespace {
constexpr int kRouteIdRole = Qt::UserRole;

QIcon kindIcon(RouteKind kind)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(style::kindColour(kind), 3, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(2, 12), QPointF(14, 4));
    return QIcon(pixmap);
}

/// Text a filter matches against: name, id, kind, status, endpoints, operators.
QString searchableText(const Atlas &atlas, const Route &route)
{
    QStringList parts{route.name, route.id, kindLabel(route.kind), statusLabel(route.status),
                      atlas.placeName(route.from), atlas.placeName(route.to)};
    for (const QString &via : route.via) parts.append(atlas.placeName(via));
    parts += route.operators;
    return parts.join(QLatin1Char(' '));
}
} // namespace

RoutesPanel::RoutesPanel(std::shared_ptr<const Atlas> atlas, Selection *selection, QWidget *parent)
    : QWidget(parent), mAtlas(std::move(atlas)), mSelection(selection), mFilter(new QLineEdit(this)),
      mTree(new QTreeWidget(this))
{
    mFilter->setPlaceholderText(tr("Filter routes…"));
    mFilter->setClearButtonEnabled(true);
    mFilter->setToolTip(tr("Type part of a route, place or operator name"));
    mTree->setHeaderHidden(true);
    mTree->setRootIsDecorated(true);
    mTree->setAccessibleName(tr("Routes"));

    for (RouteKind kind : kAllRouteKinds) {
        QTreeWidgetItem *group = nullptr;
        for (const Route &route : mAtlas->routes) {
            if (route.kind != kind) continue;
            if (!group) {
                group = new QTreeWidgetItem(mTree, {kindLabel(kind)});
                group->setIcon(0, kindIcon(kind));
                group->setFlags(Qt::ItemIsEnabled);
            }
            auto *item = new QTreeWidgetItem(group, {route.name});
            item->setData(0, kRouteIdRole, route.id);
            item->setToolTip(0, QStringLiteral("%1 · %2").arg(kindLabel(route.kind), statusLabel(route.status)));
            item->setData(0, Qt::UserRole + 1, searchableText(*mAtlas, route));
        }
    }
    mTree->expandAll();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(mFilter);
    layout->addWidget(mTree);
    setFocusProxy(mFilter);

    connect(mFilter, &QLineEdit::textChanged, this, &RoutesPanel::applyFilter);
    connect(mTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!mSyncing && item) onItemActivated(item);
    });
    connect(mTree, &QTreeWidget::itemActivated, this, &RoutesPanel::onItemActivated);
    connect(mSelection, &Selection::selectionChanged, this, &RoutesPanel::showSelection);
}

void RoutesPanel::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < mTree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = mTree->topLevelItem(g);
        bool anyVisible = false;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = needle.isEmpty() ||
                               item->data(0, Qt::UserRole + 1).toString().contains(needle, Qt::CaseInsensitive) ||
                               group->text(0).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            anyVisible |= match;
        }
        group->setHidden(!anyVisible);
    }
}

void RoutesPanel::onItemActivated(QTreeWidgetItem *item)
{
    const QString routeId = item->data(0, kRouteIdRole).toString();
    if (routeId.isEmpty()) return;
    mSelection->selectRoute(routeId);
    emit mSelection->frameRequested(routeId);
}

void RoutesPanel::showSelection(const QString &routeId)
{
    mSyncing = true;
    QTreeWidgetItem *match = nullptr;
    for (int g = 0; g < mTree->topLevelItemCount() && !match; ++g)
        for (int i = 0; i < mTree->topLevelItem(g)->childCount(); ++i)
            if (mTree->topLevelItem(g)->child(i)->data(0, kRouteIdRole).toString() == routeId) {
                match = mTree->topLevelItem(g)->child(i);
                break;
            }
    mTree->setCurrentItem(match);
    if (!match) mTree->clearSelection();
    mSyncing = false;
}

} // namespace corridor
