#include "text_folding.h"

namespace corridor {

namespace {
/// Letters that NFD leaves whole but that people search for by their Latin look-alike.
QString latinLookAlike(QChar c)
{
    switch (c.unicode()) {
    case 0x0259: return QStringLiteral("e");  // ə (Azerbaijani schwa)
    case 0x0131: return QStringLiteral("i");  // ı dotless i
    case 0x0142: return QStringLiteral("l");  // ł
    case 0x00F8: return QStringLiteral("o");  // ø
    case 0x00DF: return QStringLiteral("ss"); // ß
    case 0x0111: return QStringLiteral("d");  // đ
    case 0x02BB: case 0x02BC: case 0x2018: case 0x2019: return QStringLiteral("'"); // ʻ ʼ ‘ ’
    case 0x2013: case 0x2014: return QStringLiteral("-"); // – —
    default: return QString(c);
    }
}
} // namespace

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) continue; // the diacritic itself
        folded += latinLookAlike(c);
    }
    return folded;
}

} // namespace corridor
