#pragma once
// A PNG writer on libpng with settings chosen for maps. Qt's PNG writer (libpng at zlib's
// default level 6 with adaptive filtering) spent about 190 ms of a 290 ms 4K export in
// deflate; a map is mostly flat colour, so a fast zlib level with the RLE strategy keeps
// files about as small in a fraction of the time (figures in README, Performance).

#include <QByteArray>
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
/// `error` on failure.
bool encodePng(const QImage &image, const PngText &text, QIODevice *device, QString *error);

} // namespace corridor
