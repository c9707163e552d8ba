// Back and forward through views: an accidental pan or zoom can be undone.

#include "view_history.h"

#include <QtTest>

using namespace corridor;

class TestViewHistory : public QObject {
    Q_OBJECT
private slots:
    void backAndForward()
    {
        ViewHistory history;
        const Viewport a(QPointF(0, 0), 1000, QSize(800, 600));
        const Viewport b(QPointF(5e5, 0), 1000, QSize(800, 600));
        const Viewport c(QPointF(5e5, 0), 250, QSize(800, 600));
        QVERIFY(!history.canGoBack());
        history.record(a);
        history.record(b);
        history.record(b); // the same place again is not a new step
        history.record(c);
        QCOMPARE(history.back()->metresPerPixel(), 1000.0);
        QCOMPARE(history.back()->centre(), QPointF(0, 0));
        QVERIFY(!history.back());
        QCOMPARE(history.forward()->centre(), QPointF(5e5, 0));
        // A new view after going back drops the forward entries, as in a browser.
        history.record(Viewport(QPointF(-1e6, 0), 1000, QSize(800, 600)));
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.back()->centre(), QPointF(5e5, 0));
    }

    void boundedLength()
    {
        ViewHistory history;
        for (int i = 0; i < ViewHistory::kMaxEntries + 50; ++i) history.record(Viewport(QPointF(i * 1e5, 0), 1000, QSize(10, 10)));
        int steps = 0;
        while (history.back()) ++steps;
        QCOMPARE(steps, ViewHistory::kMaxEntries - 1);
    }
};

QTEST_GUILESS_MAIN(TestViewHistory)
#include "test_view_history.moc"
