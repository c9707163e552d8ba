// libFuzzer target: article text as it comes from a file (bytes, any encoding, any
// structure) through parseArticle(), then quote matching on what it produced. A match must
// lie inside the body: the Source panel highlights exactly that span.

#include "article_reader.h"
#include "verbatim_text.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const corridor::ArticleReadResult read = corridor::parseArticle(QStringLiteral("fuzz"), bytes);
    if (!read.article) return 0;
    const QString &body = read.article->body;
    // Quotes taken from the input itself: the title, and a slice of the body.
    for (const QString &quote : {read.article->title(), body.mid(body.size() / 3, 60)}) {
        const auto span = corridor::findVerbatim(body, quote);
        if (span && (span->start < 0 || span->length <= 0 || span->start + span->length > body.size())) std::abort();
    }
    return 0;
}
