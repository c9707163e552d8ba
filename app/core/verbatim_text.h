#pragma once
// Finding a quote verbatim in an article: exact after Unicode NFC and collapsing
// whitespace runs, so a quote copied across a line break still matches, but a changed
// word, apostrophe or digit does not.

#include <QList>
#include <QString>
#include <optional>

namespace corridor {

/// \brief NFC-normalise and collapse every whitespace run to one space; trims the ends.
QString normalizedForQuoting(const QString &text);

/// \brief Where a quote occurs in a text, in the text's own character offsets.
struct TextSpan {
    int start = 0;
    int length = 0;
};

/// \brief A text prepared for many quote look-ups: its whitespace is collapsed once, so a
/// multi-megabyte article is not rescanned for every quote that cites it.
class VerbatimIndex {
public:
    explicit VerbatimIndex(const QString &text);
    /// \brief As findVerbatim() below.
    std::optional<TextSpan> find(const QString &quote) const;

private:
    QString mCollapsed;
    QList<int> mOrigin; ///< offset in the original text of each collapsed character
};

/// \brief Finds `quote` in `text` (both compared after normalizedForQuoting()).
/// \return the span of the match in `text`'s own offsets, or nothing.
/// `text` is expected to be NFC already (Article bodies are normalised on load).
std::optional<TextSpan> findVerbatim(const QString &text, const QString &quote);

} // namespace corridor
