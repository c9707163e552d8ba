#include "png_encoder.h"

#include <png.h>
#include <zlib.h>

#include <csetjmp>
#include <vector>

namespace corridor {

namespace {

/// zlib level 1 with Z_RLE: on rendered maps (water, land, a few lines) this is several
/// times faster than Qt's level 6 for files within a few per cent of its size.
constexpr int kZlibLevel = 1;
constexpr int kZlibStrategy = Z_RLE;
/// The SUB filter alone: it turns horizontal runs of one colour into runs of zeros for RLE,
/// and costs one subtraction per byte where adaptive filtering tries all five filters.
constexpr int kPngFilters = PNG_FILTER_SUB;

struct WriteContext {
    QIODevice *device;
    QString error;
};

void writeBytes(png_structp png, png_bytep data, png_size_t length)
{
    auto *context = static_cast<WriteContext *>(png_get_io_ptr(png));
    if (context->device->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length)) {
        context->error = QStringLiteral("cannot write: %1").arg(context->device->errorString());
        png_error(png, "write failed");
    }
}

void flushBytes(png_structp) {}

void reportError(png_structp png, png_const_charp message)
{
    auto *context = static_cast<WriteContext *>(png_get_error_ptr(png));
    if (context->error.isEmpty()) context->error = QStringLiteral("cannot encode PNG: %1").arg(QString::fromUtf8(message));
    png_longjmp(png, 1);
}

void ignoreWarning(png_structp, png_const_charp) {}

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

} // namespace

bool encodePng(const QImage &source, const PngText &text, QIODevice *device, QString *error)
{
    if (source.isNull()) { *error = QStringLiteral("cannot encode PNG: empty image"); return false; }
    // 32-bit pixels in memory order B, G, R, A (little-endian QRgb): written with BGR order and
    // the fourth byte dropped when opaque, so rows go to libpng without a copy.
    const bool opaque = isOpaque(source);
    QImage image = source;
    if (opaque && image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32 &&
        image.format() != QImage::Format_ARGB32_Premultiplied)
        image = image.convertToFormat(QImage::Format_RGB32);
    else if (!opaque && image.format() != QImage::Format_ARGB32)
        image = image.convertToFormat(QImage::Format_ARGB32); // PNG alpha is not premultiplied

    WriteContext context{device, {}};
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &context, reportError, ignoreWarning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        *error = QStringLiteral("cannot encode PNG: out of memory");
        return false;
    }
    // Everything libpng allocates outlives a longjmp; only these locals must be volatile-safe.
    std::vector<QByteArray> keys;
    std::vector<QByteArray> values;
    std::vector<png_text> chunks;
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        *error = context.error;
        return false;
    }
    png_set_write_fn(png, &context, writeBytes, flushBytes);
    png_set_compression_level(png, kZlibLevel);
    png_set_compression_strategy(png, kZlibStrategy);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, kPngFilters);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
                 opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0)
        png_set_pHYs(png, info, png_uint_32(image.dotsPerMeterX()), png_uint_32(image.dotsPerMeterY()), PNG_RESOLUTION_METER);

    keys.reserve(text.size());
    values.reserve(text.size());
    for (const auto &[key, value] : text) {
        if (key.isEmpty() || value.isEmpty()) continue;
        keys.push_back(key.left(79).toLatin1()); // PNG keywords: Latin-1, 1-79 bytes
        values.push_back(value.toUtf8());
        png_text chunk{};
        chunk.compression = PNG_ITXT_COMPRESSION_NONE;
        chunk.key = keys.back().data();
        chunk.text = values.back().data();
        chunk.itxt_length = size_t(values.back().size());
        chunks.push_back(chunk);
    }
    if (!chunks.empty()) png_set_text(png, info, chunks.data(), int(chunks.size()));

    png_write_info(png, info);
    png_set_bgr(png);
    if (opaque) png_set_filler(png, 0, PNG_FILLER_AFTER); // drops the unused fourth byte on write
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, const_cast<png_bytep>(image.constScanLine(y)));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return true;
}

} // namespace corridor
