#include "article_reader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace corridor {

ArticleReadResult parseArticle(const QString &id, const QByteArray &utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(utf8);
    if (decoder.hasError()) return {std::nullopt, QStringLiteral("not valid UTF-8")};
    if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));

    const qsizetype blank = text.indexOf(QStringLiteral("\n\n"));
    if (blank < 0)
        return {std::nullopt,
                QStringLiteral("no blank line between the header and the body")};

    Article article;
    article.id = id;
    static const QRegularExpression headerLine(QStringLiteral("^([A-Za-z][A-Za-z0-9_-]*):\\s*(.*)$"));
    const QStringList lines = text.left(blank).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const auto match = headerLine.match(lines.at(i));
        if (!match.hasMatch())
            return {std::nullopt, QStringLiteral("header line %1 is not `key: value`: \"%2\"")
                                      .arg(i + 1)
                                      .arg(lines.at(i).left(60))};
        article.header.insert(match.captured(1).toLower(), match.captured(2).trimmed());
    }
    if (article.title().isEmpty())
        return {std::nullopt, QStringLiteral("the header has no `title:`")};
    if (!article.header.value(QStringLiteral("date")).isEmpty() && !article.date().isValid())
        return {std::nullopt, QStringLiteral("the header date \"%1\" is not an ISO date (YYYY-MM-DD)")
                                  .arg(article.header.value(QStringLiteral("date")))};

    // Normalised once here so that quote matching and highlighting agree on offsets.
    article.body = text.mid(blank + 2).normalized(QString::NormalizationForm_C);
    return {std::move(article), {}};
}

ArticleReadResult readArticleFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, QStringLiteral("cannot open: %1").arg(file.errorString())};
    ArticleReadResult result = parseArticle(QFileInfo(path).completeBaseName(), file.readAll());
    if (result.article) result.article->filePath = path;
    return result;
}

} // namespace corridor
