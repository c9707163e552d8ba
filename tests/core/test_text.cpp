// Articles and verbatim quotes: what the data-honesty rule rests on.

#include "article_reader.h"
#include "model.h"
#include "verbatim_text.h"

#include <QtTest>

using namespace corridor;

class TestText : public QObject {
    Q_OBJECT
private slots:
    void parsesHeaderAndBody()
    {
        const auto result = parseArticle(QStringLiteral("a"), "title: T\ndate: 2022-11-22\noutlet: O\n\nBody line.\n\nSecond.");
        QVERIFY(result.article);
        QCOMPARE(result.article->title(), QStringLiteral("T"));
        QCOMPARE(result.article->date(), QDate(2022, 11, 22));
        QCOMPARE(result.article->body, QStringLiteral("Body line.\n\nSecond."));
    }

    void rejectsArticlesWithoutHeader_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no blank line") << QByteArray("title: T\nBody") << "no blank line";
        QTest::newRow("bad header line") << QByteArray("title: T\nnot a header\n\nBody") << "header line 2";
        QTest::newRow("no title") << QByteArray("outlet: O\n\nBody") << "no `title:`";
        QTest::newRow("bad date") << QByteArray("title: T\ndate: 22/11/2022\n\nBody") << "not an ISO date";
        QTest::newRow("not utf-8") << QByteArray("title: \xff\xfe\n\nBody") << "not valid UTF-8";
    }
    void rejectsArticlesWithoutHeader()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        const auto result = parseArticle(QStringLiteral("a"), text);
        QVERIFY(!result.article);
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    }

    void quoteMatching_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<bool>("found");
        QTest::newRow("exact") << "One two three." << "two three" << true;
        QTest::newRow("across a line break") << "One two\n   three." << "two three" << true;
        QTest::newRow("quote with extra spaces") << "One two three." << " two   three " << true;
        QTest::newRow("changed word") << "One two three." << "two four" << false;
        QTest::newRow("straight vs curly apostrophe") << QString::fromUtf8("the latter’s visit") << "the latter's visit" << false;
        QTest::newRow("decomposed diacritic (NFC)") << QString::fromUtf8("Constan\u021Ba port") << QString::fromUtf8("Constant\u0326a port") << true;
        QTest::newRow("changed digit") << "1.5 million tonnes" << "1.6 million tonnes" << false;
        QTest::newRow("empty quote") << "anything" << "" << false;
    }
    void quoteMatching()
    {
        QFETCH(QString, text);
        QFETCH(QString, quote);
        QFETCH(bool, found);
        QCOMPARE(findVerbatim(text.normalized(QString::NormalizationForm_C), quote).has_value(), found);
    }

    void matchReportsOriginalOffsets()
    {
        const QString text = QStringLiteral("Alpha   beta\ngamma delta");
        const auto span = findVerbatim(text, QStringLiteral("beta gamma"));
        QVERIFY(span);
        QCOMPARE(text.mid(span->start, span->length), QStringLiteral("beta\ngamma"));
    }

    void figureFormatting()
    {
        Figure range{QStringLiteral("Target"), 6, 6.5, QStringLiteral("Mt"), false, {}, {}};
        QCOMPARE(range.formattedValue(), QStringLiteral("6–6.5 Mt"));
        Figure turnout{QStringLiteral("Turnout"), 70, std::nullopt, QStringLiteral("%"), true, {}, {}};
        QCOMPARE(turnout.formattedValue(), QStringLiteral("about 70 %"));
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "test_text.moc"
