#pragma once
// The "Layers" dock: toggles for each route kind and status (with how many routes each
// holds), the basemap layers and labels. It doubles as the interactive legend: each entry
// carries the same swatch as the map's legend.

#include "atlas.h"
#include "layer_visibility.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace corridor {

class LayersPanel : public QWidget {
    Q_OBJECT
public:
    explicit LayersPanel(std::shared_ptr<const Atlas> atlas, QWidget *parent = nullptr);

    LayerVisibility visibility() const { return mVisibility; }
    void setVisibility(const LayerVisibility &visibility);
    QTreeWidget *tree() const { return mTree; }

signals:
    void visibilityChanged(const LayerVisibility &visibility);

private:
    void readChecks(QTreeWidgetItem *changed);

    std::shared_ptr<const Atlas> mAtlas;
    LayerVisibility mVisibility;
    QTreeWidget *mTree;
    bool mUpdating = false;
};

} // namespace corridor
