#pragma once
// Reads a source article: `key: value` header lines, a blank line, then the plain-text body.

#include "model.h"

#include <QByteArray>
#include <QString>

namespace corridor {

struct ArticleReadResult {
    std::optional<Article> article;
    QString error; ///< set when article is empty: names the problem (the caller names the file)
};

/// \brief Parses article text. `id` is the file name without extension.
ArticleReadResult parseArticle(const QString &id, const QByteArray &utf8);

/// \brief Reads and parses one article file.
ArticleReadResult readArticleFile(const QString &path);

} // namespace corridor
