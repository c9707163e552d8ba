// An atlas with two articles: a route citing both lists both sources on its card, and the
// reader switches to the article of each excerpt.

#include "main_window.h"
#include "source_panel.h"
#include "verbatim_text.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QtTest>

using namespace corridor;

class TestSeveralArticles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void routeCitingTwoArticles()
    {
        const AtlasLoadResult loaded = loadAtlas(QStringLiteral(TEST_DATA_DIR "/two-articles"));
        QVERIFY(loaded.issues.isEmpty());
        QCOMPARE(loaded.atlas->articles.size(), 2);
        QCOMPARE(loaded.atlas->route(QStringLiteral("alpha-beta"))->sources.size(), 2);

        MainWindow window(loaded.atlas, loaded.issues);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selection()->selectRoute(QStringLiteral("alpha-beta"));
        SourcePanel *source = window.sourcePanel();
        const QString card = source->card()->text();
        QVERIFY(card.contains(QStringLiteral("Test Outlet")));
        QVERIFY(card.contains(QStringLiteral("Second Outlet")));
        QCOMPARE(source->shownArticleId(), QStringLiteral("mini-article"));

        // The reader offers both articles; the second one shows the route's other excerpt.
        auto *chooser = source->findChild<QComboBox *>();
        QVERIFY(chooser && chooser->isVisible());
        QCOMPARE(chooser->count(), 2);
        chooser->setCurrentIndex(1);
        emit chooser->activated(1);
        QCOMPARE(source->shownArticleId(), QStringLiteral("second-report"));
        const auto span = findVerbatim(source->articleView()->toPlainText(), QStringLiteral("carried more oil in February"));
        QVERIFY(span);
        const int cursor = source->articleView()->textCursor().position();
        QVERIFY(cursor <= span->start && cursor >= span->start - 30);
        QVERIFY(source->citation().contains(QStringLiteral("Second Outlet")));
    }
};

QTEST_MAIN(TestSeveralArticles)
#include "test_several_articles.moc"
