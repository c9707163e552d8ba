#include "atlas_search.h"

#include "text_folding.h"
#include "verbatim_text.h"

#include <algorithm>

namespace corridor {

namespace {

constexpr int kMaxArticleHits = 15;
constexpr int kContextChars = 60;

/// Score of one folded word against an entry: name prefix beats name substring beats the rest.
int wordScore(const QString &word, const QString &primary, const QString &secondary)
{
    // The whole name (or one alternative name) typed out beats a name that merely contains it.
    if (primary == word || primary.startsWith(word + QLatin1Char('|')) || primary.contains(QLatin1Char('|') + word + QLatin1Char('|')) ||
        primary.endsWith(QLatin1Char('|') + word))
        return 130;
    if (primary.startsWith(word) || primary.contains(QLatin1Char(' ') + word) || primary.contains(QLatin1Char('|') + word)) return 100;
    if (primary.contains(word)) return 70;
    if (secondary.contains(word)) return 40;
    return 0;
}

QString placeTerms(const Atlas &atlas, const QString &placeId)
{
    const Place *place = atlas.place(placeId);
    if (!place) return placeId;
    return place->name + QLatin1Char(' ') + place->altNames.join(QLatin1Char(' '));
}

} // namespace

AtlasSearch::AtlasSearch(std::shared_ptr<const Atlas> atlas) : mAtlas(std::move(atlas))
{
    for (const Route &route : mAtlas->routes) {
        QStringList secondary{route.id, kindLabel(route.kind), statusLabel(route.status), route.operators.join(QLatin1Char(' ')),
                              placeTerms(*mAtlas, route.from), placeTerms(*mAtlas, route.to), route.description};
        for (const QString &via : route.via) secondary.append(placeTerms(*mAtlas, via));
        for (const Figure &f : route.figures) secondary << f.label << f.unit << f.quote;
        for (const SourceRef &s : route.sources) secondary.append(s.quote);
        mEntries.append({SearchResult::Type::Route, route.id, route.name,
                         QStringLiteral("%1 · %2").arg(kindLabel(route.kind), statusLabel(route.status)),
                         foldForSearch(route.name), foldForSearch(secondary.join(QLatin1Char(' ')))});
    }
    for (const Place &place : mAtlas->places) {
        QStringList secondary{place.id, place.kind, place.country};
        for (const Figure &f : place.figures) secondary << f.label << f.unit << f.quote;
        for (const SourceRef &s : place.sources) secondary.append(s.quote);
        const QString primary = QStringList{place.name, place.altNames.join(QLatin1Char('|'))}.join(QLatin1Char('|'));
        mEntries.append({SearchResult::Type::Place, place.id, place.name,
                         place.kind.isEmpty() ? QStringLiteral("Place") : place.kind.left(1).toUpper() + place.kind.mid(1),
                         foldForSearch(primary), foldForSearch(secondary.join(QLatin1Char(' ')))});
    }
    for (const Article &article : mAtlas->articles) {
        FoldedArticle folded{article.id, {}, {}};
        folded.folded.reserve(article.body.size());
        folded.origin.reserve(article.body.size());
        for (int i = 0; i < article.body.size(); ++i) {
            const QChar c = article.body.at(i);
            if (c.unicode() < 0x80) { // ASCII folds to itself in lower case: no normalisation needed
                folded.folded += c.toLower();
                folded.origin.append(i);
                continue;
            }
            const QString piece = foldForSearch(QString(c));
            folded.folded += piece;
            for (int k = 0; k < piece.size(); ++k) folded.origin.append(i);
        }
        mArticles.append(std::move(folded));
    }
}

QList<SearchResult> AtlasSearch::find(const QString &query, int limit) const
{
    const QString foldedQuery = foldForSearch(query).simplified();
    if (foldedQuery.isEmpty()) return {};
    const QStringList words = foldedQuery.split(QLatin1Char(' '));

    QList<SearchResult> results;
    for (const Entry &entry : mEntries) {
        int score = 0;
        for (const QString &word : words) {
            const int s = wordScore(word, entry.primary, entry.secondary);
            if (s == 0) { score = 0; break; }
            score += s;
        }
        if (score > 0)
            results.append({entry.type, entry.id, {}, -1, entry.title, entry.detail,
                            score + (entry.type == SearchResult::Type::Route ? 5 : 0)});
    }
    results += findInArticles(foldedQuery);
    std::stable_sort(results.begin(), results.end(), [](const SearchResult &a, const SearchResult &b) { return a.score > b.score; });
    if (results.size() > limit) results.resize(limit);
    return results;
}

QList<SearchResult> AtlasSearch::findInArticles(const QString &foldedQuery) const
{
    QList<SearchResult> results;
    for (const FoldedArticle &article : mArticles) {
        const Article *source = mAtlas->article(article.id);
        qsizetype at = article.folded.indexOf(foldedQuery);
        while (at >= 0 && results.size() < kMaxArticleHits) {
            const int position = article.origin.at(at);
            const int from = std::max(0, position - kContextChars);
            QString context = source->body.mid(from, foldedQuery.size() + 2 * kContextChars).simplified();
            if (from > 0) context.prepend(QStringLiteral("…"));
            context.append(QStringLiteral("…"));
            results.append({SearchResult::Type::ArticleText, routeAt(article.id, position), article.id, position,
                            context, source->outlet().isEmpty() ? source->title() : source->outlet(), 20});
            at = article.folded.indexOf(foldedQuery, at + foldedQuery.size());
        }
    }
    return results;
}

QString AtlasSearch::routeAt(const QString &articleId, int position) const
{
    for (const Route &route : mAtlas->routes)
        for (const SourceRef &source : route.sources)
            if (source.articleId == articleId && position >= source.span.start &&
                position < source.span.start + source.span.length)
                return route.id;
    return {};
}

} // namespace corridor
