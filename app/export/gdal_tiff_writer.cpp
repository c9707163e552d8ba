#include "gdal_tiff_writer.h"

#include "georeference.h"
#include "ogr_support.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

namespace corridor {

namespace {
void setMetadata(GDALDataset &dataset, const Viewport &view, const SnapshotMetadata &metadata)
{
    auto set = [&dataset](const char *key, const QString &value) {
        if (!value.isEmpty()) dataset.SetMetadataItem(key, value.toUtf8().constData());
    };
    // TIFF tags every TIFF reader shows...
    set("TIFFTAG_DOCUMENTNAME", metadata.title);
    set("TIFFTAG_IMAGEDESCRIPTION", metadata.description());
    set("TIFFTAG_SOFTWARE", metadata.software);
    set("TIFFTAG_COPYRIGHT", QStringLiteral("Basemap: ") + metadata.basemap);
    set("TIFFTAG_DATETIME", QDateTime::currentDateTime().toString(QStringLiteral("yyyy:MM:dd HH:mm:ss")));
    const QString dpi = QLocale::c().toString(view.dpi(), 'g', 6);
    set("TIFFTAG_XRESOLUTION", dpi);
    set("TIFFTAG_YRESOLUTION", dpi);
    set("TIFFTAG_RESOLUTIONUNIT", QStringLiteral("2")); // inches
    // ...and named items GDAL and QGIS list under the layer's metadata.
    set("TITLE", metadata.title);
    set("SOURCES", metadata.sourcesLine());
    if (metadata.statusAsOf.isValid()) set("STATUS_AS_OF", metadata.statusAsOf.toString(Qt::ISODate));
    set("BASEMAP", metadata.basemap);
}
} // namespace

bool writeGdalTiff(const QImage &image, const Viewport &view, bool georeference, const SnapshotMetadata &metadata,
                   const QString &path, QString *error)
{
    ogr::ensureRegistered();
    ogr::ErrorCollector errors;
    auto fail = [&](const QString &what) {
        *error = QStringLiteral("cannot write: %1").arg(errors.failures().isEmpty() ? what : errors.failures().constLast());
        return false;
    };
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    if (!driver) return fail(QStringLiteral("GDAL has no GTiff driver"));

    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    CPLStringList options;
    options.SetNameValue("COMPRESS", "DEFLATE");
    options.SetNameValue("PREDICTOR", "2");
    options.SetNameValue("PHOTOMETRIC", "RGB");
    options.SetNameValue("INTERLEAVE", "PIXEL");
    {
        ogr::DatasetPtr dataset(driver->Create(QFile::encodeName(path).constData(), rgb.width(), rgb.height(), 3,
                                               GDT_Byte, options.List()));
        if (!dataset) return fail(QStringLiteral("GDAL could not create the file"));
        if (georeference) {
            std::array<double, 6> transform = geoTransform(view);
            OGRSpatialReference srs;
            srs.importFromEPSG(3857);
            if (dataset->SetGeoTransform(transform.data()) != CE_None || dataset->SetSpatialRef(&srs) != CE_None)
                return fail(QStringLiteral("GDAL refused the georeference"));
        }
        setMetadata(*dataset, view, metadata);
        // QImage rows are padded to 4 bytes: pass the real line stride.
        const CPLErr written = dataset->RasterIO(GF_Write, 0, 0, rgb.width(), rgb.height(),
                                                 const_cast<uchar *>(rgb.constBits()), rgb.width(), rgb.height(),
                                                 GDT_Byte, 3, nullptr, 3, rgb.bytesPerLine(), 1, nullptr);
        if (written != CE_None) return fail(QStringLiteral("GDAL could not write the pixels"));
    } // closing the dataset writes the directory and tags
    if (!errors.failures().isEmpty()) return fail(QString());
    // Everything above lives inside the TIFF; a PAM side file would be left behind by the rename.
    QFile::remove(path + QStringLiteral(".aux.xml"));
    return true;
}

} // namespace corridor
