#include "main_window.h"

#include "data_export_dialog.h"
#include "export_dialog.h"
#include "layers_panel.h"
#include "map_view.h"
#include "routes_panel.h"
#include "search_box.h"
#include "source_panel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <gdal.h>

namespace corridor {

MainWindow::MainWindow(std::shared_ptr<const Atlas> atlas, const QList<ValidationIssue> &issues, QWidget *parent)
    : QMainWindow(parent), mAtlas(std::move(atlas)), mIssues(issues), mSelection(new Selection(this)),
      mMap(new MapView(mAtlas, mSelection, this)), mRoutes(new RoutesPanel(mAtlas, mSelection, this)),
      mSource(new SourcePanel(mAtlas, mSelection, this)), mLayers(new LayersPanel(mAtlas, this)),
      mSearch(new SearchBox(mAtlas, this)), mLayersDock(new QDockWidget(tr("Layers"), this)),
      mRoutesDock(new QDockWidget(tr("Routes"), this)),
      mSourceDock(new QDockWidget(tr("Source"), this)), mCoordinateLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    const QString articleTitle = mAtlas->articles.isEmpty() ? QString() : mAtlas->articles.first().title();
    setWindowTitle(articleTitle.isEmpty() ? tr("Corridor Atlas") : tr("%1 — Corridor Atlas").arg(articleTitle));
    setCentralWidget(mMap);

    mRoutesDock->setObjectName(QStringLiteral("RoutesDock"));
    mRoutesDock->setWidget(mRoutes);
    addDockWidget(Qt::LeftDockWidgetArea, mRoutesDock);
    mSourceDock->setObjectName(QStringLiteral("SourceDock"));
    mSourceDock->setWidget(mSource);
    addDockWidget(Qt::RightDockWidgetArea, mSourceDock);
    mLayersDock->setObjectName(QStringLiteral("LayersDock"));
    mLayersDock->setWidget(mLayers);
    addDockWidget(Qt::LeftDockWidgetArea, mLayersDock);
    splitDockWidget(mRoutesDock, mLayersDock, Qt::Vertical);
    resizeDocks({mRoutesDock, mSourceDock}, {270, 480}, Qt::Horizontal);
    connect(mLayers, &LayersPanel::visibilityChanged, mMap, &MapView::setVisibility);
    connect(mSearch, &SearchBox::resultChosen, this, &MainWindow::openSearchResult);

    mCoordinateLabel->setMinimumWidth(180);
    statusBar()->addPermanentWidget(mCoordinateLabel);
    connect(mMap, &MapView::cursorMoved, this, [this](const QGeoCoordinate &c) {
        mCoordinateLabel->setText(QStringLiteral("%1°, %2°")
                                      .arg(c.latitude(), 0, 'f', 4)
                                      .arg(c.longitude(), 0, 'f', 4));
    });
    connect(mSelection, &Selection::selectionChanged, this, [this](const QString &id) {
        if (const Route *route = mAtlas->route(id))
            statusBar()->showMessage(tr("Selected: %1 (Esc clears)").arg(route->name), 4000);
    });

    createActions();
    resize(1280, 800);
    mDefaultState = saveState();
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());

    if (!mIssues.isEmpty())
        statusBar()->showMessage(tr("%n problem(s) in the atlas: Help ▸ Atlas Problems", nullptr, int(mIssues.size())));
    else
        statusBar()->showMessage(tr("%1 routes from %2 article(s). Click a route to read its source.")
                                     .arg(mAtlas->routes.size()).arg(mAtlas->articles.size()), 8000);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = file->addAction(tr("&Export Snapshot…"), this, &MainWindow::exportSnapshot);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportAction->setToolTip(tr("Export Snapshot: write the current view with legend, title, scale bar and attribution (Ctrl+E)"));
    QAction *exportDataAction = file->addAction(tr("Export &Data…"), this, &MainWindow::exportData);
    exportDataAction->setToolTip(tr("Export Data: the routes and places (in view, or all) as GeoJSON, GeoPackage or KML"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *fit = view->addAction(tr("&Fit All Routes"), mMap, &MapView::fitAll);
    fit->setShortcut(QKeySequence(tr("Ctrl+0")));
    fit->setToolTip(tr("Frame every route (Ctrl+0)"));
    QAction *zoomIn = view->addAction(tr("Zoom &In"), mMap, &MapView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    zoomIn->setToolTip(tr("Zoom in (Ctrl++, or + on the map)"));
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), mMap, &MapView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setToolTip(tr("Zoom out (Ctrl+-, or - on the map)"));
    QAction *back = view->addAction(tr("&Back"), mMap, &MapView::goBack);
    back->setShortcut(QKeySequence::Back);
    back->setToolTip(tr("Back to the previous view (Alt+Left)"));
    back->setEnabled(false);
    QAction *forward = view->addAction(tr("Forward"), mMap, &MapView::goForward);
    forward->setShortcut(QKeySequence::Forward);
    forward->setToolTip(tr("Forward to the next view (Alt+Right)"));
    forward->setEnabled(false);
    connect(mMap, &MapView::historyChanged, this, [back, forward](bool canGoBack, bool canGoForward) {
        back->setEnabled(canGoBack);
        forward->setEnabled(canGoForward);
    });
    QAction *clear = view->addAction(tr("&Clear Selection"), mSelection, &Selection::clear);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WindowShortcut);
    view->addSeparator();
    QAction *find = view->addAction(tr("&Search…"), this, [this] {
        mSearch->setFocus(Qt::ShortcutFocusReason);
        mSearch->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    find->setToolTip(tr("Search routes, places, operators and the article (Ctrl+F)"));
    QAction *filter = view->addAction(tr("Filter &Routes List"), this, [this] {
        mRoutesDock->show();
        mRoutes->setFocus();
    });
    filter->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    view->addAction(mRoutesDock->toggleViewAction());
    view->addAction(mLayersDock->toggleViewAction());
    view->addAction(mSourceDock->toggleViewAction());
    view->addAction(tr("Reset &Layout"), this, &MainWindow::resetLayout);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Atlas &Problems…"), this, &MainWindow::showProblems);
    help->addAction(tr("&About Corridor Atlas"), this, &MainWindow::showAbout);

    QToolBar *toolbar = addToolBar(tr("Map"));
    toolbar->setObjectName(QStringLiteral("MapToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(back);
    toolbar->addAction(forward);
    toolbar->addAction(fit);
    toolbar->addAction(zoomIn);
    toolbar->addAction(zoomOut);
    toolbar->addSeparator();
    toolbar->addAction(exportAction);
    toolbar->addSeparator();
    toolbar->addWidget(mSearch);
}

void MainWindow::exportSnapshot()
{
    RenderOptions shown; // what the map shows: its layers and selection
    shown.visibility = mMap->visibility();
    shown.selectedRoute = mSelection->selectedRoute();
    shown.selectedPlace = mSelection->selectedPlace();
    ExportDialog dialog(mAtlas, mMap->viewport(), shown, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Wrote %1").arg(dialog.outputPath()), 6000);
}

void MainWindow::exportData()
{
    RenderOptions shown;
    shown.visibility = mMap->visibility();
    DataExportDialog dialog(mAtlas, mMap->viewport(), shown, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Wrote %1 (%2 routes, %3 places)")
                                     .arg(dialog.outputPath())
                                     .arg(dialog.lastResult().routes)
                                     .arg(dialog.lastResult().places),
                                 6000);
}

void MainWindow::resetLayout()
{
    restoreState(mDefaultState);
    for (QDockWidget *dock : {mRoutesDock, mLayersDock, mSourceDock}) dock->show();
    resizeDocks({mRoutesDock, mSourceDock}, {270, 480}, Qt::Horizontal);
}

void MainWindow::showProblems()
{
    QStringList lines;
    for (const ValidationIssue &issue : std::as_const(mIssues)) lines.append(issue.toString());
    QMessageBox box(QMessageBox::Information, tr("Atlas Problems"),
                    mIssues.isEmpty() ? tr("The atlas in %1 has no problems.").arg(mAtlas->folder)
                                      : tr("%n problem(s) in %1. What is valid is shown.", nullptr, int(mIssues.size())).arg(mAtlas->folder),
                    QMessageBox::Ok, this);
    if (!lines.isEmpty()) box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
}

void MainWindow::showAbout()
{
    QStringList articles;
    for (const Article &a : mAtlas->articles)
        articles.append(QStringLiteral("%1, %2 (%3)").arg(a.outlet().toHtmlEscaped(), a.title().toHtmlEscaped(),
                                                          a.date().toString(Qt::ISODate)));
    QMessageBox::about(this, tr("About Corridor Atlas"),
                       tr("<h3>Corridor Atlas %1</h3>"
                          "<p>The energy and trade corridors an article names, on an offline map, each linked to its source.</p>"
                          "<p>Qt %2 · GDAL %3</p>"
                          "<p><b>Basemap:</b> Natural Earth (public domain), via the world-atlas package (ISC). "
                          "Natural Earth shows de facto boundaries; they imply no position on any claim.</p>"
                          "<p><b>Sources:</b> %4</p>"
                          "<p>Route lines are schematic (drawn through named places and public waypoints) unless marked traced.</p>"
                          "<p>Atlas folder: %5</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                QString::fromLatin1(GDALVersionInfo("RELEASE_NAME")),
                                articles.join(QStringLiteral("; ")), mAtlas->folder.toHtmlEscaped()));
}

void MainWindow::openSearchResult(const SearchResult &result)
{
    switch (result.type) {
    case SearchResult::Type::Route:
        mSelection->selectRoute(result.id);
        break;
    case SearchResult::Type::Place:
        mSelection->selectPlace(result.id);
        break;
    case SearchResult::Type::ArticleText:
        // A hit inside an excerpt selects its route; the reader then shows the hit itself.
        if (!result.id.isEmpty()) mSelection->selectRoute(result.id);
        mSourceDock->show();
        mSource->showArticleAt(result.articleId, result.position);
        if (result.id.isEmpty()) return;
        break;
    }
    emit mSelection->frameRequested(result.id);
}

bool MainWindow::restoreSession()
{
    const QSettings settings;
    mLayers->setVisibility(LayerVisibility::fromStrings(settings.value(QStringLiteral("session/hiddenLayers")).toStringList()));
    const QVariant centre = settings.value(QStringLiteral("session/viewCentre"));
    const double scale = settings.value(QStringLiteral("session/metresPerPixel")).toDouble();
    if (!centre.isValid() || scale <= 0) return false;
    mMap->setViewport(Viewport(centre.toPointF(), scale, mMap->size()));
    const QString route = settings.value(QStringLiteral("session/selectedRoute")).toString();
    const QString place = settings.value(QStringLiteral("session/selectedPlace")).toString();
    if (mAtlas->route(route)) mSelection->selectRoute(route);
    else if (mAtlas->place(place)) mSelection->selectPlace(place);
    return true;
}

void MainWindow::saveSession() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("session/hiddenLayers"), mLayers->visibility().toStrings());
    settings.setValue(QStringLiteral("session/viewCentre"), mMap->viewport().centre());
    settings.setValue(QStringLiteral("session/metresPerPixel"), mMap->viewport().metresPerPixel());
    settings.setValue(QStringLiteral("session/selectedRoute"), mSelection->selectedRoute());
    settings.setValue(QStringLiteral("session/selectedPlace"), mSelection->selectedPlace());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    event->accept();
}

} // namespace corridor
