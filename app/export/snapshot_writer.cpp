#include "snapshot_writer.h"

#include <QFileInfo>
#include <QImageWriter>
#include <QSaveFile>

namespace corridor {

namespace {
QByteArray formatForSuffix(const QString &suffix)
{
    const QString s = suffix.toLower();
    if (s == QLatin1String("png")) return "png";
    if (s == QLatin1String("jpg") || s == QLatin1String("jpeg")) return "jpeg";
    return {};
}

/// Provenance travels inside the file (PNG text chunks), not only on the image.
void annotate(QImage &image, const Atlas &atlas)
{
    image.setText(QStringLiteral("Software"), QStringLiteral("Corridor Atlas"));
    QStringList sources;
    for (const Article &a : atlas.articles)
        sources.append(QStringLiteral("%1, %2, \"%3\", %4, %5")
                           .arg(a.outlet(), a.author(), a.title(), a.date().toString(Qt::ISODate), a.url()));
    image.setText(QStringLiteral("Source"), sources.join(QStringLiteral("; ")));
    image.setText(QStringLiteral("Copyright"), QStringLiteral("Basemap: Natural Earth (public domain)"));
}
} // namespace

QImage renderSnapshot(const MapRenderer &renderer, const Viewport &view, const RenderOptions &options)
{
    QImage image(view.sizePx(), QImage::Format_ARGB32_Premultiplied);
    // Dots per metre, so the file states the DPI it was drawn for.
    const int dotsPerMetre = int(std::lround(view.dpi() / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(painter, view, options);
    painter.end();
    annotate(image, renderer.atlas());
    return image;
}

bool isSupportedSnapshotSuffix(const QString &suffix) { return !formatForSuffix(suffix).isEmpty(); }

SnapshotResult writeSnapshot(const MapRenderer &renderer, const Viewport &view, const RenderOptions &options,
                             const QString &path)
{
    const QByteArray format = formatForSuffix(QFileInfo(path).suffix());
    if (format.isEmpty())
        return {false, QStringLiteral("%1: unsupported format \"%2\" (use .png or .jpg)").arg(path, QFileInfo(path).suffix())};
    if (!view.isValid()) return {false, QStringLiteral("%1: the view has no size").arg(path)};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {false, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString())};
    QImage image = renderSnapshot(renderer, view, options);
    if (format == "jpeg") image = image.convertToFormat(QImage::Format_RGB32);
    QImageWriter writer(&file, format);
    if (format == "jpeg") writer.setQuality(92);
    if (!writer.write(image)) {
        file.cancelWriting();
        return {false, QStringLiteral("%1: cannot encode: %2").arg(path, writer.errorString())};
    }
    if (!file.commit()) return {false, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString())};
    return {true, {}};
}

} // namespace corridor
