#include "raster_encoder.h"

#include "png_encoder.h"

#include <QDateTime>
#include <QImageWriter>

namespace corridor {

namespace {
QByteArray qtFormat(SnapshotFormat format)
{
    switch (format) {
    case SnapshotFormat::Png: return "png";
    case SnapshotFormat::Jpeg: return "jpeg";
    default: return {};
    }
}
} // namespace

bool encodeRaster(QImage image, SnapshotFormat format, int jpegQuality, const SnapshotMetadata &metadata,
                  QIODevice *device, QString *error)
{
    const bool png = format == SnapshotFormat::Png;
    QImageWriter writer(device, qtFormat(format));
    // Moved, not shared: setText() below would otherwise copy every pixel (QImage::detachMetadata).
    QImage encoded = png ? std::move(image) : image.convertToFormat(QImage::Format_RGB32); // JPEG has no alpha
    // Texts go on the image, not through QImageWriter::setText(), which packs them into one
    // "key: value" string that drops multi-word keys and joins lines. PNG keeps every key
    // as its own chunk (keywords from the PNG specification, section 11.3.4.2, so other tools
    // show them); Qt's JPEG writer still re-parses keys, so JPEG comments get one-word keys.
    encoded.setText(QStringLiteral("Title"), metadata.title);
    encoded.setText(QStringLiteral("Description"),
                    png ? metadata.description() : metadata.description().replace(QLatin1Char('\n'), QStringLiteral(" | ")));
    encoded.setText(QStringLiteral("Source"), metadata.sourcesLine());
    if (metadata.statusAsOf.isValid())
        encoded.setText(png ? QStringLiteral("Status as of") : QStringLiteral("StatusAsOf"),
                        metadata.statusAsOf.toString(Qt::ISODate));
    encoded.setText(QStringLiteral("Software"), metadata.software);
    encoded.setText(QStringLiteral("Copyright"), QStringLiteral("Basemap: ") + metadata.basemap);
    encoded.setText(png ? QStringLiteral("Creation Time") : QStringLiteral("Created"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (png) { // libpng at settings chosen for maps: Qt's writer was most of a 4K export (png_encoder.h)
        PngText text;
        for (const QString &key : encoded.textKeys()) text.append({key, encoded.text(key)});
        return encodePng(encoded, text, device, error);
    }
    if (format == SnapshotFormat::Jpeg) writer.setQuality(std::clamp(jpegQuality, 1, 100));
    if (!writer.write(encoded)) {
        *error = QStringLiteral("cannot encode: %1").arg(writer.errorString());
        return false;
    }
    return true;
}

} // namespace corridor
