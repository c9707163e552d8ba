#include "verbatim_text.h"


namespace corridor {

QString normalizedForQuoting(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

VerbatimIndex::VerbatimIndex(const QString &text)
{
    // Collapse whitespace in the text while remembering where each kept character came
    // from, so a match can be reported in the original offsets (for highlighting).
    mCollapsed.reserve(text.size());
    mOrigin.reserve(text.size());
    bool pendingSpace = false;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i).isSpace()) {
            pendingSpace = !mCollapsed.isEmpty();
            continue;
        }
        if (pendingSpace) {
            mCollapsed.append(QLatin1Char(' '));
            mOrigin.append(i - 1);
            pendingSpace = false;
        }
        mCollapsed.append(text.at(i));
        mOrigin.append(i);
    }
}

std::optional<TextSpan> VerbatimIndex::find(const QString &quote) const
{
    const QString needle = normalizedForQuoting(quote);
    if (needle.isEmpty()) return std::nullopt;
    const qsizetype at = mCollapsed.indexOf(needle);
    if (at < 0) return std::nullopt;
    const int first = mOrigin.at(at);
    const int last = mOrigin.at(at + needle.size() - 1);
    return TextSpan{first, last - first + 1};
}

std::optional<TextSpan> findVerbatim(const QString &text, const QString &quote)
{
    return VerbatimIndex(text).find(quote);
}

} // namespace corridor
