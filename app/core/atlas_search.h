#pragma once
// One search over routes, places, operators, figures and article text. Matching ignores
// case and diacritics and knows places' alternative names ("Baki" finds Baku).

#include "atlas.h"

#include <memory>

namespace corridor {

struct SearchResult {
    enum class Type { Route, Place, ArticleText };
    Type type = Type::Route;
    QString id;        ///< route or place id; for article text, the route whose excerpt holds the hit (may be empty)
    QString articleId; ///< article text only
    int position = -1; ///< article text only: offset of the hit in the article body
    QString title;
    QString detail;
    int score = 0;     ///< higher first
};

class AtlasSearch {
public:
    explicit AtlasSearch(std::shared_ptr<const Atlas> atlas);

    /// \brief Results for `query`, best first; every word of the query must match.
    QList<SearchResult> find(const QString &query, int limit = 40) const;

private:
    struct Entry {
        SearchResult::Type type;
        QString id;
        QString title;
        QString detail;
        QString primary;   ///< folded name and alternative names
        QString secondary; ///< folded ids, operators, places, kinds, figures
    };
    /// An article body folded for search, with each folded character's original offset.
    struct FoldedArticle {
        QString id;
        QString folded;
        QList<int> origin;
    };
    QList<SearchResult> findInArticles(const QString &foldedQuery) const;
    QString routeAt(const QString &articleId, int position) const;

    std::shared_ptr<const Atlas> mAtlas;
    QList<Entry> mEntries;
    QList<FoldedArticle> mArticles;
};

} // namespace corridor
