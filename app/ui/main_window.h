#pragma once
// The main window: map in the middle, Routes and Source docks, menus, toolbar and status
// bar. It wires the views to one Selection and remembers its layout between launches.

#include "atlas.h"
#include "selection.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;

namespace corridor {

class MapView;
class RoutesPanel;
class SourcePanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::shared_ptr<const Atlas> atlas, const QList<ValidationIssue> &issues, QWidget *parent = nullptr);

    MapView *mapView() const { return mMap; }
    RoutesPanel *routesPanel() const { return mRoutes; }
    SourcePanel *sourcePanel() const { return mSource; }
    Selection *selection() const { return mSelection; }

public slots:
    void exportSnapshot();
    void resetLayout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showAbout();
    void showProblems();

    std::shared_ptr<const Atlas> mAtlas;
    QList<ValidationIssue> mIssues;
    Selection *mSelection;
    MapView *mMap;
    RoutesPanel *mRoutes;
    SourcePanel *mSource;
    QDockWidget *mRoutesDock;
    QDockWidget *mSourceDock;
    QLabel *mCoordinateLabel;
    QByteArray mDefaultState;
};

} // namespace corridor
