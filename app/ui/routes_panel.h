#pragma once
// The "Routes" dock: every route grouped by kind, filtered as you type. Picking one selects
// it and asks the map to frame it.

#include "atlas.h"
#include "selection.h"

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace corridor {

class RoutesPanel : public QWidget {
    Q_OBJECT
public:
    RoutesPanel(std::shared_ptr<const Atlas> atlas, Selection *selection, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return mFilter; }
    QTreeWidget *tree() const { return mTree; }

private:
    void applyFilter(const QString &text);
    void showSelection(const QString &routeId);
    void onItemActivated(QTreeWidgetItem *item);

    std::shared_ptr<const Atlas> mAtlas;
    Selection *mSelection;
    QLineEdit *mFilter;
    QTreeWidget *mTree;
    bool mSyncing = false; ///< set while the tree follows the selection, so it does not echo back
};

} // namespace corridor
