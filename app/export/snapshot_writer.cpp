#include "snapshot_writer.h"

#include "band_renderer.h"

#include "gdal_tiff_writer.h"
#include "georeference.h"
#include "raster_encoder.h"
#include "snapshot_metadata.h"
#include "staged_file.h"
#include "vector_painters.h"

#include <QFileInfo>
#include <memory>
#include <vector>

namespace corridor {

namespace {
SnapshotResult failure(const QString &path, const QString &why) { return {false, QStringLiteral("%1: %2").arg(path, why), {}}; }

/// Paints the snapshot into the staged file in its format; false with `error` on failure.
bool writeContent(const MapRenderer &renderer, const SnapshotRequest &request, SnapshotFormat format,
                  const SnapshotMetadata &metadata, StagedFile &file, QString *error)
{
    switch (format) {
    case SnapshotFormat::Svg: return paintSvg(renderer, request, metadata, &file.device(), error);
    case SnapshotFormat::Pdf: return paintPdf(renderer, request, metadata, &file.device(), error);
    case SnapshotFormat::GeoTiff:
    case SnapshotFormat::Tiff: {
        // GDAL writes by path: it creates the staged file itself. Plain TIFF
        // goes this way too, as Qt's TIFF plugin (optional) writes no description tags.
        const QImage image = renderSnapshot(renderer, request.view, request.options);
        return writeGdalTiff(image, request.view, format == SnapshotFormat::GeoTiff, metadata, file.releaseForWriter(), error);
    }
    case SnapshotFormat::Png:
    case SnapshotFormat::Jpeg:
        return encodeRaster(renderSnapshot(renderer, request.view, request.options), format, request.jpegQuality, metadata,
                            &file.device(), error);
    }
    return false;
}

bool writeBytes(StagedFile &file, const QByteArray &bytes, QString *error)
{
    if (!file.open()) { *error = file.error(); return false; }
    if (file.device().write(bytes) != bytes.size()) {
        *error = QStringLiteral("cannot write: %1").arg(file.device().errorString());
        return false;
    }
    return true;
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
    renderInBands(renderer, image, view, options); // on every core: a 4K frame is mostly rasterising
    return image;
}

bool isSupportedSnapshotSuffix(const QString &suffix) { return snapshotFormatFromSuffix(suffix).has_value(); }

SnapshotResult writeSnapshot(const MapRenderer &renderer, const SnapshotRequest &request, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    const std::optional<SnapshotFormat> format = request.format ? request.format : snapshotFormatFromSuffix(suffix);
    if (!format)
        return failure(path, QStringLiteral("unsupported format \"%1\" (use .png, .jpg, .tif, .svg or .pdf; "
                                            "GeoTIFF is --format geotiff)").arg(suffix));
    if (!request.view.isValid()) return failure(path, QStringLiteral("the view has no size"));
    if (request.worldFile && !supportsWorldFile(*format))
        return failure(path, QStringLiteral("a world file goes with PNG, JPEG or TIFF, not %1").arg(snapshotFormatLabel(*format)));

    const SnapshotMetadata metadata = snapshotMetadata(renderer.atlas(), request.view, request.options);
    StagedFile snapshot(path);
    if (!snapshot.open()) return failure(path, snapshot.error());
    QString error;
    if (!writeContent(renderer, request, *format, metadata, snapshot, &error)) return failure(path, error);

    QList<StagedFile *> files{&snapshot};
    SnapshotResult result{true, {}, {path}};
    std::vector<std::unique_ptr<StagedFile>> sideFiles;
    auto addSideFile = [&](const QString &sidePath, const QByteArray &content) {
        sideFiles.push_back(std::make_unique<StagedFile>(sidePath));
        files << sideFiles.back().get();
        result.files << sidePath;
        return writeBytes(*sideFiles.back(), content, &error);
    };
    if (request.worldFile) {
        const QString worldPath = sidecarPath(path, worldFileSuffix(*format));
        const QString projectionPath = sidecarPath(path, QStringLiteral("prj"));
        if (!addSideFile(worldPath, worldFileText(request.view))) return failure(worldPath, error);
        if (!addSideFile(projectionPath, webMercatorWkt(true))) return failure(projectionPath, error);
        // GDAL, and so QGIS, take a world file's CRS from the PAM side file, not from .prj.
        const QString pamPath = path + QStringLiteral(".aux.xml");
        if (*format != SnapshotFormat::GeoTiff && !addSideFile(pamPath, pamSrsXml())) return failure(pamPath, error);
    }
    QString failedPath;
    if (!StagedFile::commitAll(files, &failedPath, &error))
        return failure(failedPath == snapshot.targetPath() ? path : failedPath, error);
    return result;
}

} // namespace corridor
