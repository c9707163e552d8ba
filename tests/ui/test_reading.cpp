// Reading the sources: search, places, layers, excerpts, citations and the remembered
// session, driven through the widgets as a user drives them.

#include "decorations.h"
#include "layers_panel.h"
#include "main_window.h"
#include "map_view.h"
#include "search_box.h"
#include "source_panel.h"
#include "ui_test_support.h"
#include "verbatim_text.h"

#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTreeWidget>
#include <QtTest>

using namespace corridor;

class TestReading : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const Atlas> mAtlas;
    std::unique_ptr<MainWindow> mWindow;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(mAtlas, QList<ValidationIssue>());
        window->resize(1400, 900);
        window->show();
        [&] { QVERIFY(QTest::qWaitForWindowExposed(window.get())); }();
        return window;
    }

    QPoint onRoute(const QString &routeId) const
    {
        return test::clickablePoint(mAtlas, mWindow->mapView()->viewport(), routeId);
    }

    void setLayerChecked(const QString &textStart, bool checked)
    {
        for (QTreeWidgetItemIterator it(mWindow->layersPanel()->tree()); *it; ++it)
            if ((*it)->text(0).startsWith(textStart)) (*it)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        const AtlasLoadResult loaded = loadAtlas(QStringLiteral(BUNDLED_ATLAS_DIR));
        QVERIFY(loaded.issues.isEmpty());
        mAtlas = loaded.atlas;
        mWindow = openWindow();
        QVERIFY(!mWindow->restoreSession()); // first launch: nothing saved, all routes framed
        QVERIFY(mWindow->mapView()->viewport().mercatorRect().contains(mAtlas->routesBounds()));
    }

    void searchingAndChoosingWithTheKeyboard()
    {
        SearchBox *search = mWindow->searchBox();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("ceyhan"));
        QVERIFY(search->resultsList()->isVisible());
        QVERIFY(search->results().size() >= 2);
        QCOMPARE(search->results().first().id, QStringLiteral("ceyhan"));
        QTest::keyClick(search, Qt::Key_Down); // second result
        QTest::keyClick(search, Qt::Key_Up);   // back to the first
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(!search->resultsList()->isVisible());
        QCOMPARE(mWindow->selection()->selectedPlace(), QStringLiteral("ceyhan"));
        // Framed: the place is at the centre of the map.
        const Viewport &view = mWindow->mapView()->viewport();
        const QPointF at = view.toScreen(mAtlas->place(QStringLiteral("ceyhan"))->projected);
        QVERIFY(QLineF(at, QPointF(view.sizePx().width() / 2.0, view.sizePx().height() / 2.0)).length() < 2);
        QVERIFY(mWindow->sourcePanel()->card()->text().contains(QStringLiteral("Baku–Tbilisi–Ceyhan oil pipeline")));
        search->clear();
    }

    void clickingAPlaceShowsItsCard()
    {
        mWindow->mapView()->fitAll();
        const Place *tbilisi = mAtlas->place(QStringLiteral("tbilisi"));
        const QPoint p = mWindow->mapView()->viewport().toScreen(tbilisi->projected).toPoint();
        QTest::mouseClick(mWindow->mapView(), Qt::LeftButton, Qt::NoModifier, p);
        QCOMPARE(mWindow->selection()->selectedPlace(), QStringLiteral("tbilisi"));
        QVERIFY(mWindow->selection()->selectedRoute().isEmpty());
        const QString card = mWindow->sourcePanel()->card()->text();
        QVERIFY(card.contains(QStringLiteral("route:btc")));
        QVERIFY(card.contains(QStringLiteral("route:middle-corridor")));
        QVERIFY(card.contains(QStringLiteral("Baku and Astana have expanded")) || card.contains(QStringLiteral("Tbilisi")));
    }

    void layerTogglesHideRoutesFromHitTestingAndLegend()
    {
        mWindow->selection()->clear();
        mWindow->mapView()->fitAll();
        const QPoint p = onRoute(QStringLiteral("btc"));
        QVERIFY(!p.isNull());
        setLayerChecked(QStringLiteral("Pipeline"), false);
        QVERIFY(mWindow->mapView()->visibility().hiddenKinds.contains(RouteKind::Pipeline));
        QTest::mouseClick(mWindow->mapView(), Qt::LeftButton, Qt::NoModifier, p);
        QVERIFY(mWindow->selection()->selectedRoute() != QLatin1String("btc"));

        RenderOptions options;
        options.visibility = mWindow->mapView()->visibility();
        const Decorations hidden(*mAtlas, mWindow->mapView()->viewport(), options);
        QVERIFY(!hidden.legendLabels().contains(QStringLiteral("Pipeline")));
        // CPC is the only disrupted route and a pipeline: its status leaves the legend too.
        QVERIFY(!hidden.legendLabels().contains(QStringLiteral("Disrupted")));

        setLayerChecked(QStringLiteral("Pipeline"), true);
        QTest::mouseClick(mWindow->mapView(), Qt::LeftButton, Qt::NoModifier, p);
        QCOMPARE(mWindow->selection()->selectedRoute(), QStringLiteral("btc"));
        options.visibility = mWindow->mapView()->visibility();
        QVERIFY(Decorations(*mAtlas, mWindow->mapView()->viewport(), options).legendLabels().contains(QStringLiteral("Pipeline")));
    }

    void steppingThroughExcerptsAndCiting()
    {
        mWindow->selection()->selectRoute(QStringLiteral("middle-corridor"));
        SourcePanel *source = mWindow->sourcePanel();
        QPlainTextEdit *article = source->articleView();
        const Route *route = mAtlas->route(QStringLiteral("middle-corridor"));
        QList<int> starts;
        for (const SourceRef &s : route->sources) starts.append(findVerbatim(article->toPlainText(), s.quote)->start);
        std::sort(starts.begin(), starts.end());
        QCOMPARE(article->textCursor().position(), starts.at(0));
        source->nextExcerpt();
        QCOMPARE(article->textCursor().position(), starts.at(1));
        source->nextExcerpt();
        source->previousExcerpt();
        QCOMPARE(article->textCursor().position(), starts.at(1));

        const QString citation = source->citation();
        for (const char *part : {"Caspian News", "Nargiz Mammadli", "Azerbaijani President Congratulates", "22 November 2022",
                                 "https://caspiannews.com/"})
            QVERIFY2(citation.contains(QString::fromUtf8(part)), qPrintable(citation));
        QVERIFY(citation.contains(normalizedForQuoting(article->toPlainText().mid(starts.at(1), 30))));
        source->copyCitation();
        QCOMPARE(QGuiApplication::clipboard()->text(), citation);
    }

    void hoveringAnExcerptHighlightsItsRoute()
    {
        mWindow->selection()->clear();
        QPlainTextEdit *article = mWindow->sourcePanel()->articleView();
        const QPoint at = test::pointInArticle(article, QStringLiteral("the reserve cable will be laid from the Kuryk port"), 10);
        QVERIFY(!at.isNull());
        QTest::mouseMove(article->viewport(), at);
        QTRY_COMPARE(mWindow->selection()->hoveredRoute(), QStringLiteral("kuryk-buzovna"));
    }

    void sessionIsRestoredAtTheNextLaunch()
    {
        setLayerChecked(QStringLiteral("Rail"), false);
        setLayerChecked(QStringLiteral("Country borders"), false);
        mWindow->selection()->selectRoute(QStringLiteral("aktau-siyazan"));
        mWindow->mapView()->zoomIn();
        const Viewport before = mWindow->mapView()->viewport();
        const LayerVisibility visibility = mWindow->mapView()->visibility();
        mWindow->close(); // saves the session
        mWindow.reset();

        mWindow = openWindow();
        QVERIFY(mWindow->restoreSession());
        QCOMPARE(mWindow->selection()->selectedRoute(), QStringLiteral("aktau-siyazan"));
        QCOMPARE(mWindow->mapView()->visibility(), visibility);
        QVERIFY(mWindow->mapView()->visibility().hiddenKinds.contains(RouteKind::Rail));
        QVERIFY(!mWindow->mapView()->visibility().showBorders);
        const Viewport after = mWindow->mapView()->viewport();
        QVERIFY(QLineF(after.centre(), before.centre()).length() < 1);
        QCOMPARE(after.metresPerPixel(), before.metresPerPixel());
        // The Layers panel shows the restored state.
        for (QTreeWidgetItemIterator it(mWindow->layersPanel()->tree()); *it; ++it)
            if ((*it)->text(0).startsWith(QLatin1String("Rail"))) QCOMPARE((*it)->checkState(0), Qt::Unchecked);
    }

    void cleanupTestCase()
    {
        mWindow.reset();
        QSettings().clear();
    }
};

QTEST_MAIN(TestReading)
#include "test_reading.moc"
