// Search over the bundled atlas: routes, places, operators, figures and article text;
// case, diacritics and alternative names ignored.

#include "atlas_search.h"
#include "text_folding.h"

#include <QtTest>

using namespace corridor;

namespace {
std::shared_ptr<const Atlas> bundled()
{
    static const AtlasLoadResult result = loadAtlas(QStringLiteral(BUNDLED_ATLAS_DIR));
    return result.atlas;
}

bool contains(const QList<SearchResult> &results, SearchResult::Type type, const QString &id)
{
    for (const SearchResult &r : results)
        if (r.type == type && r.id == id) return true;
    return false;
}
} // namespace

class TestSearch : public QObject {
    Q_OBJECT
private slots:
    void folding()
    {
        QCOMPARE(foldForSearch(QStringLiteral("Constanța")), QStringLiteral("constanta"));
        QCOMPARE(foldForSearch(QStringLiteral("Siyəzən")), QStringLiteral("siyezen"));
        QCOMPARE(foldForSearch(QStringLiteral("Bakı")), QStringLiteral("baki"));
        QCOMPARE(foldForSearch(QStringLiteral("Türkiye")), QStringLiteral("turkiye"));
    }

    void aktauFindsThePortAndItsRoutes()
    {
        const AtlasSearch search(bundled());
        const QList<SearchResult> results = search.find(QStringLiteral("Aktau"));
        QVERIFY(!results.isEmpty());
        QCOMPARE(results.first().type, SearchResult::Type::Place);
        QCOMPARE(results.first().id, QStringLiteral("aktau"));
        QVERIFY(contains(results, SearchResult::Type::Route, QStringLiteral("aktau-siyazan")));
        QVERIFY(contains(results, SearchResult::Type::Route, QStringLiteral("middle-corridor")));
        // ...and the sentence of the article that names it, tied to its route's excerpt.
        bool sentence = false;
        for (const SearchResult &r : results)
            sentence |= r.type == SearchResult::Type::ArticleText && r.id == QLatin1String("aktau-siyazan");
        QVERIFY(sentence);
    }

    void ceyhanFindsTheTerminalAndBtc()
    {
        const QList<SearchResult> results = AtlasSearch(bundled()).find(QStringLiteral("ceyhan"));
        QVERIFY(contains(results, SearchResult::Type::Place, QStringLiteral("ceyhan")));
        QVERIFY(contains(results, SearchResult::Type::Route, QStringLiteral("btc")));
    }

    void tonnesFindsFiguresAndArticleText()
    {
        const QList<SearchResult> results = AtlasSearch(bundled()).find(QStringLiteral("tonnes"));
        QVERIFY(contains(results, SearchResult::Type::Route, QStringLiteral("btc")));
        int hits = 0;
        for (const SearchResult &r : results) {
            if (r.type != SearchResult::Type::ArticleText) continue;
            ++hits;
            const Article *article = bundled()->article(r.articleId);
            QCOMPARE(article->body.mid(r.position, 6), QStringLiteral("tonnes"));
        }
        QCOMPARE(hits, 3); // "1.5 million tonnes" twice, "6-6.5 million tonnes" once
    }

    void diacriticsAndAlternativeNames()
    {
        const AtlasSearch search(bundled());
        QVERIFY(contains(search.find(QStringLiteral("Constanta")), SearchResult::Type::Place, QStringLiteral("constanta")));
        QVERIFY(contains(search.find(QStringLiteral("CONSTANȚA")), SearchResult::Type::Route, QStringLiteral("poti-constanta")));
        QVERIFY(contains(search.find(QStringLiteral("Baki")), SearchResult::Type::Place, QStringLiteral("baku")));
        QVERIFY(contains(search.find(QStringLiteral("Bakı")), SearchResult::Type::Place, QStringLiteral("baku")));
        QVERIFY(contains(search.find(QStringLiteral("Nur-Sultan")), SearchResult::Type::Place, QStringLiteral("astana")));
    }

    void operatorsAndSeveralWords()
    {
        const AtlasSearch search(bundled());
        const QList<SearchResult> telecom = search.find(QStringLiteral("azertelecom"));
        QVERIFY(contains(telecom, SearchResult::Type::Route, QStringLiteral("aktau-siyazan")));
        QVERIFY(contains(telecom, SearchResult::Type::Route, QStringLiteral("kuryk-buzovna")));
        // Every word must match: "cable kuryk" finds the reserve cable, not the main one.
        const QList<SearchResult> cable = search.find(QStringLiteral("cable kuryk"));
        QVERIFY(contains(cable, SearchResult::Type::Route, QStringLiteral("kuryk-buzovna")));
        QVERIFY(!contains(cable, SearchResult::Type::Route, QStringLiteral("aktau-siyazan")));
        QVERIFY(search.find(QStringLiteral("zzzz-no-such-thing")).isEmpty());
        QVERIFY(search.find(QStringLiteral("   ")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "test_search.moc"
