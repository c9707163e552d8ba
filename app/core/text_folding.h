#pragma once
// Folding text for search: case and diacritics ignored, so "constanta" finds "Constanța"
// and "siyezen" finds "Siyəzən".

#include <QString>

namespace corridor {

/// \brief Lower case without diacritics; letters without a decomposition that readers
/// type as Latin ones (ə, ı, ł, ø, ß…) are mapped to them.
QString foldForSearch(const QString &text);

} // namespace corridor
