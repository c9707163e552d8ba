// The main flow, driven like a user: click a route on the map, see it selected and its
// excerpt highlighted in the Source panel; pick one in the Routes list, see it framed;
// click an excerpt, see its route selected; Esc clears.

#include "figure_cards.h"
#include "main_window.h"
#include "map_style.h"
#include "map_view.h"
#include "routes_panel.h"
#include "source_panel.h"
#include "ui_test_support.h"
#include "verbatim_text.h"
#include "web_mercator.h"

#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTreeWidget>
#include <QtTest>

using namespace corridor;

class TestMapClick : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const Atlas> mAtlas;
    std::unique_ptr<MainWindow> mWindow;

    QPoint clickablePoint(const QString &routeId) const
    {
        return test::clickablePoint(mAtlas, mWindow->mapView()->viewport(), routeId);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings of the tests stay apart from the user's
        QSettings().clear();
        const AtlasLoadResult loaded = loadAtlas(QStringLiteral(BUNDLED_ATLAS_DIR));
        QVERIFY(loaded.issues.isEmpty());
        mAtlas = loaded.atlas;
        mWindow = std::make_unique<MainWindow>(mAtlas, loaded.issues);
        mWindow->resize(1400, 900);
        mWindow->show();
        QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
    }

    void firstLaunchFramesAllRoutes()
    {
        const QRectF visible = mWindow->mapView()->viewport().mercatorRect();
        QVERIFY(visible.contains(mAtlas->routesBounds()));
    }

    void clickingARouteSelectsItAndShowsItsExcerpt()
    {
        const QPoint p = clickablePoint(QStringLiteral("btc"));
        QVERIFY(!p.isNull());
        QTest::mouseClick(mWindow->mapView(), Qt::LeftButton, Qt::NoModifier, p);
        QCOMPARE(mWindow->selection()->selectedRoute(), QStringLiteral("btc"));

        SourcePanel *source = mWindow->sourcePanel();
        QVERIFY(source->card()->text().contains(QStringLiteral("Baku–Tbilisi–Ceyhan")));
        QVERIFY(source->card()->text().contains(QStringLiteral("Tbilisi")));
        // Figures as cards, with a chart comparing 1.5 Mt now with 6–6.5 Mt targeted.
        QStringList cards;
        for (const QFrame *card : source->figureCards()->findChildren<QFrame *>())
            if (!card->accessibleName().isEmpty()) cards.append(card->accessibleName());
        QVERIFY2(cards.contains(QStringLiteral("Kazakh oil to be exported via BTC from 1 January 2023 (agreement): 1.5 Mt")), qPrintable(cards.join(QLatin1Char('|'))));
        QVERIFY(source->figureCards()->chart());

        // The route's first quote is highlighted in the article and the cursor is on it.
        const QString quote = normalizedForQuoting(mAtlas->route(QStringLiteral("btc"))->sources.first().quote);
        bool highlighted = false;
        for (const QTextEdit::ExtraSelection &s : source->articleView()->extraSelections())
            if (s.format.background().color() == style::kSelectionGlow && normalizedForQuoting(s.cursor.selectedText()) == quote)
                highlighted = true;
        QVERIFY(highlighted);
        const int cursor = source->articleView()->textCursor().position();
        const auto span = findVerbatim(source->articleView()->toPlainText(), quote);
        QVERIFY(span);
        QVERIFY(cursor >= span->start && cursor <= span->start + span->length);
    }

    void clickingWaterClearsAndEscClears()
    {
        QTest::mouseClick(mWindow->mapView(), Qt::LeftButton, Qt::NoModifier, clickablePoint(QStringLiteral("poti-constanta")));
        QCOMPARE(mWindow->selection()->selectedRoute(), QStringLiteral("poti-constanta"));
        // Open water in the western Black Sea, far from every route and place.
        const QPoint water = mWindow->mapView()->viewport().toScreen(web_mercator::project(31.0, 43.0)).toPoint();
        QTest::mouseClick(mWindow->mapView(), Qt::LeftButton, Qt::NoModifier, water);
        QVERIFY(mWindow->selection()->selectedRoute().isEmpty());

        QTest::mouseClick(mWindow->mapView(), Qt::LeftButton, Qt::NoModifier, clickablePoint(QStringLiteral("poti-constanta")));
        QCOMPARE(mWindow->selection()->selectedRoute(), QStringLiteral("poti-constanta"));
        QTest::keyClick(mWindow->mapView(), Qt::Key_Escape);
        QVERIFY(mWindow->selection()->selectedRoute().isEmpty());
        QVERIFY(mWindow->sourcePanel()->card()->text().contains(QStringLiteral("Click a route")));
    }

    void pickingFromTheRouteListSelectsAndFrames()
    {
        RoutesPanel *routes = mWindow->routesPanel();
        QTest::keyClicks(routes->filterEdit(), QStringLiteral("Kuryk"));
        QTreeWidgetItem *match = nullptr;
        int visibleRoutes = 0;
        for (QTreeWidgetItemIterator it(routes->tree()); *it; ++it)
            if ((*it)->parent() && !(*it)->isHidden()) { ++visibleRoutes; match = *it; }
        QCOMPARE(visibleRoutes, 1);
        routes->tree()->setCurrentItem(match);
        QCOMPARE(mWindow->selection()->selectedRoute(), QStringLiteral("kuryk-buzovna"));
        const Route *route = mAtlas->route(QStringLiteral("kuryk-buzovna"));
        const QRectF visible = mWindow->mapView()->viewport().mercatorRect();
        QVERIFY(visible.contains(route->projectedBounds));
        QVERIFY(route->projectedBounds.height() > visible.height() * 0.4);
        routes->filterEdit()->clear();
    }

    void clickingAnExcerptSelectsItsRoute()
    {
        mWindow->selection()->clear();
        QPlainTextEdit *article = mWindow->sourcePanel()->articleView();
        const QPoint at = test::pointInArticle(article, QStringLiteral("feeder vessels between Georgia’s Poti and Romania’s Constanta ports"), 5);
        QVERIFY(!at.isNull());
        QTest::mouseClick(article->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(mWindow->selection()->selectedRoute(), QStringLiteral("poti-constanta"));
    }

    void hoverHighlightsTheRoute()
    {
        mWindow->selection()->clear();
        const QPoint p = clickablePoint(QStringLiteral("cpc"));
        QTest::mouseMove(mWindow->mapView(), p);
        QTRY_COMPARE(mWindow->selection()->hoveredRoute(), QStringLiteral("cpc"));
    }

    void cleanupTestCase() { mWindow.reset(); }
};

QTEST_MAIN(TestMapClick)
#include "test_map_click.moc"
