#include "raster_encoder.h"

#include <QDateTime>
#include <QImageWriter>

namespace corridor {

namespace {
QByteArray qtFormat(SnapshotFormat format)
{
    switch (format) {
    case SnapshotFormat::Png: return "png";
    case SnapshotFormat::Jpeg: return "jpeg";
    case SnapshotFormat::Tiff: return "tiff";
    default: return {};
    }
}
} // namespace

bool canEncodeWithQt(SnapshotFormat format)
{
    const QByteArray name = qtFormat(format);
    return !name.isEmpty() && QImageWriter::supportedImageFormats().contains(name);
}

bool encodeRaster(const QImage &image, SnapshotFormat format, int jpegQuality, const SnapshotMetadata &metadata,
                  QIODevice *device, QString *error)
{
    QImageWriter writer(device, qtFormat(format));
    // PNG keywords from the PNG specification (section 11.3.4.2), so other tools show them.
    writer.setText(QStringLiteral("Title"), metadata.title);
    writer.setText(QStringLiteral("Description"), metadata.description());
    writer.setText(QStringLiteral("Source"), metadata.sourcesLine());
    if (metadata.statusAsOf.isValid())
        writer.setText(QStringLiteral("Status as of"), metadata.statusAsOf.toString(Qt::ISODate));
    writer.setText(QStringLiteral("Software"), metadata.software);
    writer.setText(QStringLiteral("Copyright"), QStringLiteral("Basemap: ") + metadata.basemap);
    writer.setText(QStringLiteral("Creation Time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QImage encoded = image;
    if (format == SnapshotFormat::Jpeg) {
        writer.setQuality(std::clamp(jpegQuality, 1, 100));
        encoded = image.convertToFormat(QImage::Format_RGB32); // JPEG has no alpha
    } else if (format == SnapshotFormat::Tiff) {
        writer.setCompression(1); // LZW: lossless and far smaller than raw strips
        encoded = image.convertToFormat(QImage::Format_RGB32);
    }
    if (!writer.write(encoded)) {
        *error = QStringLiteral("cannot encode: %1").arg(writer.errorString());
        return false;
    }
    return true;
}

} // namespace corridor
