#include "png_encoder.h"

#include <QByteArray>
#include <QFuture>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <zlib.h>

#include <algorithm>

namespace corridor {

namespace {

constexpr int kZlibLevel = 1;
constexpr int kZlibStrategy = Z_RLE;
constexpr char kFilterSub = 1; ///< PNG filter type 1: each byte minus the one a pixel to its left
/// Each stripe restarts zlib's history; below this many rows that costs more than it saves.
constexpr int kMinRowsPerStripe = 128;

void appendBigEndian(QByteArray &out, quint32 value)
{
    const char bytes[4] = {char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
    out.append(bytes, 4);
}

/// One chunk: length, type, data given in parts (so large IDAT data is never copied), CRC.
bool writeChunk(QIODevice *device, const char *type, const QList<QByteArrayView> &parts, QString *error)
{
    qsizetype length = 0;
    for (const QByteArrayView &part : parts) length += part.size();
    QByteArray head;
    appendBigEndian(head, quint32(length));
    head.append(type, 4);
    uLong crc = crc32(0, reinterpret_cast<const Bytef *>(type), 4);
    for (const QByteArrayView &part : parts) crc = crc32(crc, reinterpret_cast<const Bytef *>(part.data()), uInt(part.size()));
    QByteArray tail;
    appendBigEndian(tail, quint32(crc));
    bool ok = device->write(head) == head.size();
    for (const QByteArrayView &part : parts) ok = ok && device->write(part.data(), part.size()) == part.size();
    ok = ok && device->write(tail) == tail.size();
    if (!ok) *error = QStringLiteral("cannot write: %1").arg(device->errorString());
    return ok;
}

/// A stripe of rows, filtered and deflated as part of the one zlib stream of the image.
struct Stripe {
    QByteArray deflated;
    uLong adler = 1;      ///< Adler-32 of the filtered bytes, combined into the stream's below
    qsizetype length = 0; ///< filtered bytes
    bool ok = false;
};

/// Filters one row into `out` (filter byte, then R G B [A] with SUB applied).
void filterRow(const QRgb *pixels, int width, bool alpha, uchar *out)
{
    const int bpp = alpha ? 4 : 3;
    *out++ = kFilterSub;
    uchar previous[4] = {0, 0, 0, 0};
    for (int x = 0; x < width; ++x) {
        const QRgb p = pixels[x];
        const uchar current[4] = {uchar(qRed(p)), uchar(qGreen(p)), uchar(qBlue(p)), uchar(qAlpha(p))};
        for (int c = 0; c < bpp; ++c) *out++ = uchar(current[c] - previous[c]);
        std::copy(current, current + 4, previous);
    }
}

/// Moves whatever deflate produced for the current input into `out`.
bool drain(z_stream &z, QByteArray &out, int flush)
{
    char buffer[64 * 1024];
    int result = Z_OK;
    do {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        result = deflate(&z, flush);
        if (result == Z_STREAM_ERROR) return false;
        out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
    } while (z.avail_out == 0 || (flush == Z_FINISH && result != Z_STREAM_END));
    return z.avail_in == 0;
}

/// Rows [top, bottom) as PNG scanlines, deflated as raw deflate that ends byte-aligned without
/// a final block (except the last stripe), so the stripes concatenate into one valid stream.
/// Rows are filtered a few at a time: the memory used stays small whatever the image size.
Stripe compressStripe(const QImage &image, int top, int bottom, bool alpha, bool last)
{
    constexpr int kRowsPerStep = 32;
    Stripe stripe;
    const qsizetype rowBytes = 1 + qsizetype(image.width()) * (alpha ? 4 : 3);
    QByteArray filtered(rowBytes * kRowsPerStep, Qt::Uninitialized);
    z_stream z{};
    if (deflateInit2(&z, kZlibLevel, Z_DEFLATED, -MAX_WBITS, 8, kZlibStrategy) != Z_OK) return stripe;
    bool ok = true;
    for (int y = top; y < bottom && ok; y += kRowsPerStep) {
        const int rows = std::min(kRowsPerStep, bottom - y);
        for (int r = 0; r < rows; ++r)
            filterRow(reinterpret_cast<const QRgb *>(image.constScanLine(y + r)), image.width(), alpha,
                      reinterpret_cast<uchar *>(filtered.data()) + r * rowBytes);
        const uInt size = uInt(rows * rowBytes);
        stripe.adler = adler32(stripe.adler, reinterpret_cast<const Bytef *>(filtered.constData()), size);
        stripe.length += size;
        z.next_in = reinterpret_cast<Bytef *>(filtered.data());
        z.avail_in = size;
        ok = drain(z, stripe.deflated, Z_NO_FLUSH);
    }
    stripe.ok = ok && drain(z, stripe.deflated, last ? Z_FINISH : Z_SYNC_FLUSH);
    deflateEnd(&z); // Z_DATA_ERROR for an unfinished stripe is expected: its output is complete
    return stripe;
}

bool isOpaque(const QImage &image)
{
    if (!image.hasAlphaChannel()) return true;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(line[x]) != 255) return false;
    }
    return true;
}

QByteArray headerChunk(const QImage &image, bool alpha)
{
    QByteArray data;
    appendBigEndian(data, quint32(image.width()));
    appendBigEndian(data, quint32(image.height()));
    // 8 bits per channel, RGB (2) or RGBA (6), deflate, adaptive filtering, no interlace.
    const char rest[5] = {8, char(alpha ? 6 : 2), 0, 0, 0};
    data.append(rest, 5);
    return data;
}

QByteArray textChunk(const QString &key, const QString &value)
{
    QByteArray data = key.left(79).toLatin1(); // PNG keywords: Latin-1, 1-79 bytes
    // Uncompressed iTXt: no language tag, no translated keyword, UTF-8 text.
    data.append('\0').append('\0').append('\0').append('\0').append('\0');
    data.append(value.toUtf8());
    return data;
}

} // namespace

bool encodePng(const QImage &source, const PngText &text, QIODevice *device, QString *error, int stripes)
{
    if (source.isNull()) { *error = QStringLiteral("cannot encode PNG: empty image"); return false; }
    const bool alpha = !isOpaque(source);
    // 32-bit pixels read as QRgb; PNG alpha is not premultiplied.
    const QImage::Format wanted = alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32;
    const bool readable = source.format() == wanted ||
                          (!alpha && (source.format() == QImage::Format_ARGB32 || source.format() == QImage::Format_ARGB32_Premultiplied));
    const QImage image = readable ? source : source.convertToFormat(wanted);

    if (stripes <= 0) stripes = std::clamp(QThread::idealThreadCount(), 1, std::max(1, image.height() / kMinRowsPerStripe));
    stripes = std::clamp(stripes, 1, image.height());
    QList<QFuture<Stripe>> futures;
    for (int s = 0; s < stripes; ++s) {
        const int top = image.height() * s / stripes;
        const int bottom = image.height() * (s + 1) / stripes;
        futures.append(QtConcurrent::run(compressStripe, image, top, bottom, alpha, s == stripes - 1));
    }

    static const char signature[8] = {char(0x89), 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (device->write(signature, 8) != 8) { *error = QStringLiteral("cannot write: %1").arg(device->errorString()); return false; }
    if (!writeChunk(device, "IHDR", {headerChunk(image, alpha)}, error)) return false;
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        QByteArray physical;
        appendBigEndian(physical, quint32(image.dotsPerMeterX()));
        appendBigEndian(physical, quint32(image.dotsPerMeterY()));
        physical.append(char(1)); // unit: metre
        if (!writeChunk(device, "pHYs", {physical}, error)) return false;
    }
    for (const auto &[key, value] : text)
        if (!key.isEmpty() && !value.isEmpty() && !writeChunk(device, "iTXt", {textChunk(key, value)}, error)) return false;

    // One zlib stream: header (deflate, 32K window, fastest level), the stripes, Adler-32.
    static const char zlibHeader[2] = {0x78, 0x01};
    uLong adler = 1;
    for (int s = 0; s < stripes; ++s) {
        const Stripe stripe = futures[s].result();
        if (!stripe.ok) {
            for (int rest = s + 1; rest < stripes; ++rest) futures[rest].waitForFinished();
            *error = QStringLiteral("cannot encode PNG: compression failed");
            return false;
        }
        adler = s == 0 ? stripe.adler : adler32_combine(adler, stripe.adler, z_off_t(stripe.length));
        QList<QByteArrayView> parts;
        if (s == 0) parts.append(QByteArrayView(zlibHeader, 2));
        parts.append(stripe.deflated);
        QByteArray trailer;
        if (s == stripes - 1) {
            appendBigEndian(trailer, quint32(adler));
            parts.append(trailer);
        }
        if (!writeChunk(device, "IDAT", parts, error)) {
            for (int rest = s + 1; rest < stripes; ++rest) futures[rest].waitForFinished();
            return false;
        }
    }
    return writeChunk(device, "IEND", {}, error);
}

} // namespace corridor
