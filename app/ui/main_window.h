#pragma once
// The main window: map in the middle, Routes and Source docks, menus, toolbar and status
// bar. It wires the views to one Selection and remembers its layout between launches.

#include "atlas.h"
#include "selection.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;

namespace corridor {

class LayersPanel;
class MapView;
class RoutesPanel;
class SearchBox;
class SourcePanel;
struct SearchResult;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::shared_ptr<const Atlas> atlas, const QList<ValidationIssue> &issues, QWidget *parent = nullptr);

    MapView *mapView() const { return mMap; }
    RoutesPanel *routesPanel() const { return mRoutes; }
    SourcePanel *sourcePanel() const { return mSource; }
    LayersPanel *layersPanel() const { return mLayers; }
    SearchBox *searchBox() const { return mSearch; }

    /// \brief Restores visible layers, last view and selection saved by a previous launch;
    /// returns false on a first launch (nothing saved), when the view frames all routes.
    bool restoreSession();
    void saveSession() const;
    Selection *selection() const { return mSelection; }

public slots:
    void exportSnapshot();
    void exportData();
    void resetLayout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showAbout();
    void showProblems();
    void openSearchResult(const SearchResult &result);

    std::shared_ptr<const Atlas> mAtlas;
    QList<ValidationIssue> mIssues;
    Selection *mSelection;
    MapView *mMap;
    RoutesPanel *mRoutes;
    SourcePanel *mSource;
    LayersPanel *mLayers;
    SearchBox *mSearch;
    QDockWidget *mLayersDock;
    QDockWidget *mRoutesDock;
    QDockWidget *mSourceDock;
    QLabel *mCoordinateLabel;
    QByteArray mDefaultState;
};

} // namespace corridor
