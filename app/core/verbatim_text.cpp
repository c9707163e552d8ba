#include "verbatim_text.h"

#include <QList>

namespace corridor {

QString normalizedForQuoting(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

std::optional<TextSpan> findVerbatim(const QString &text, const QString &quote)
{
    const QString needle = normalizedForQuoting(quote);
    if (needle.isEmpty()) return std::nullopt;

    // Collapse whitespace in the text while remembering where each kept character came
    // from, so the match can be reported in the original offsets (for highlighting).
    QString collapsed;
    QList<int> origin;
    collapsed.reserve(text.size());
    origin.reserve(text.size());
    bool pendingSpace = false;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i).isSpace()) {
            pendingSpace = !collapsed.isEmpty();
            continue;
        }
        if (pendingSpace) {
            collapsed.append(QLatin1Char(' '));
            origin.append(i - 1);
            pendingSpace = false;
        }
        collapsed.append(text.at(i));
        origin.append(i);
    }

    const qsizetype at = collapsed.indexOf(needle);
    if (at < 0) return std::nullopt;
    const int first = origin.at(at);
    const int last = origin.at(at + needle.size() - 1);
    return TextSpan{first, last - first + 1};
}

} // namespace corridor
