#pragma once
// A PNG writer with settings chosen for maps, compressing on every core. Qt's PNG writer
// (libpng at zlib's default level 6 with adaptive filtering) spent about 190 ms of a 290 ms
// 4K export in deflate. A map is mostly flat colour: the SUB filter turns its runs into runs
// of zeros and zlib's RLE strategy at level 1 packs them about as small as level 6 does, in
// a fraction of the time. The image is cut into horizontal stripes compressed in parallel
// and joined into one zlib stream (as pigz does), so the file is one ordinary PNG.

#include <QImage>
#include <QIODevice>
#include <QList>
#include <QString>

#include <utility>

namespace corridor {

/// \brief Text chunks (keyword, value): written as iTXt, so any Unicode value survives.
using PngText = QList<std::pair<QString, QString>>;

/// \brief Writes `image` as PNG to `device`: RGB when it is opaque (a rendered map always
/// is), RGBA otherwise; its dots per metre as pHYs; `text` as text chunks. False with
/// `error` on failure. `stripes` compressed in parallel: 0 for one per core.
bool encodePng(const QImage &image, const PngText &text, QIODevice *device, QString *error, int stripes = 0);

} // namespace corridor
