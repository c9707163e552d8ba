// A very long article (10 MB, generated here) loads off the GUI thread: while
// loadAtlasAsync() works, the event loop keeps turning (a zero-interval timer ticks), and
// the result is the same as a synchronous load. No timing is asserted: the test fails only
// if the load blocks the thread that started it, or loses content.

#include "atlas_async_loader.h"
#include "article_reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "mini_atlas_copy.h"

using namespace corridor;

namespace {

constexpr qsizetype kLongArticleBytes = 10 * 1024 * 1024;

/// A copy of the mini atlas whose article is padded to `bodyBytes` with paragraphs that
/// carry markup, after the original text (so every quote still matches).
class LongArticleAtlas : public test::MiniAtlasCopy {
public:
    explicit LongArticleAtlas(qsizetype bodyBytes)
    {
        QByteArray text = originalArticle();
        QVERIFY(!text.isEmpty());
        const QByteArray paragraph = "\n\nA filler paragraph with <b>markup</b>, <img src=http://example.invalid/p.png> "
                                     "and non-ASCII text (Aktau–Siyazan, Bakı, Қазақстан) to make the article long.";
        text.reserve(bodyBytes + paragraph.size());
        while (text.size() < bodyBytes) text += paragraph;
        QVERIFY(write(QString::fromLatin1(kArticle), text));
        mSize = text.size();
    }
    qsizetype size() const { return mSize; }

private:
    qsizetype mSize = 0;
};

} // namespace

class TestAsyncLoading : public QObject {
    Q_OBJECT
private slots:
    void longArticleLoadsWhileTheEventLoopRuns()
    {
        const LongArticleAtlas atlas(kLongArticleBytes);
        QVERIFY(atlas.size() >= kLongArticleBytes);

        QFutureWatcher<AtlasLoadResult> watcher;
        int ticksWhileLoading = 0;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [&] { if (!watcher.isFinished()) ++ticksWhileLoading; });
        QEventLoop loop;
        connect(&watcher, &QFutureWatcher<AtlasLoadResult>::finished, &loop, &QEventLoop::quit);
        ticker.start();
        watcher.setFuture(loadAtlasAsync(atlas.path()));
        if (!watcher.isFinished()) loop.exec();
        ticker.stop();

        // A load on this thread would have finished before the loop ever ran the timer.
        QVERIFY2(ticksWhileLoading > 0, "the event loop did not run while the atlas loaded");
        const AtlasLoadResult result = watcher.result();
        QVERIFY2(result.issues.isEmpty(), qPrintable(result.issues.isEmpty() ? QString() : result.issues.first().toString()));
        QCOMPARE(result.atlas->articles.size(), 1);
        QVERIFY(result.atlas->articles.first().body.size() > kLongArticleBytes / 2);
        QCOMPARE(result.atlas->routes.size(), 1);
        QCOMPARE(result.atlas->routes.first().sources.size(), 1); // quotes still verified
    }

    void asyncLoadEqualsSyncLoad()
    {
        const QString folder = QStringLiteral(TEST_DATA_DIR "/mini-atlas");
        QFuture<AtlasLoadResult> future = loadAtlasAsync(folder);
        future.waitForFinished();
        const AtlasLoadResult async = future.result();
        const AtlasLoadResult sync = loadAtlas(folder);
        QCOMPARE(async.issues.size(), sync.issues.size());
        QCOMPARE(async.atlas->routes.size(), sync.atlas->routes.size());
        QCOMPARE(async.atlas->places.size(), sync.atlas->places.size());
        QCOMPARE(async.atlas->articles.first().body, sync.atlas->articles.first().body);
        QCOMPARE(async.atlas->routes.first().projectedParts, sync.atlas->routes.first().projectedParts);
    }

    /// The parser keeps markup as text: nothing is stripped, decoded or interpreted.
    void articleMarkupIsKeptVerbatim()
    {
        const QByteArray markup = "<img src=http://example.invalid/x.png> <script>alert('x')</script> &amp; <a href=\"http://example.invalid\">link</a>";
        const ArticleReadResult read = parseArticle(QStringLiteral("markup"), "title: <b>Markup</b>\n\n" + markup + "\n");
        QVERIFY(read.article);
        QCOMPARE(read.article->title(), QStringLiteral("<b>Markup</b>"));
        QCOMPARE(read.article->body, QString::fromUtf8(markup + "\n"));
    }
};

QTEST_GUILESS_MAIN(TestAsyncLoading)
#include "test_async_loading.moc"
