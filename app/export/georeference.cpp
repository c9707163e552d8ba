#include "georeference.h"

#include "ogr_support.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QXmlStreamWriter>

#include <cpl_conv.h>
#include <ogr_spatialref.h>

namespace corridor {

std::array<double, 6> geoTransform(const Viewport &view)
{
    const QRectF m = view.mercatorRect(); // y up: bottom() is the north edge
    const double pixel = view.metresPerPixel();
    return {m.left(), pixel, 0.0, m.bottom(), 0.0, -pixel};
}

QByteArray worldFileText(const Viewport &view)
{
    const std::array<double, 6> t = geoTransform(view);
    const QLocale c = QLocale::c();
    auto line = [&c](double v) { return c.toString(v, 'f', 10).toLatin1() + '\n'; };
    // Order A, D, B, E, C, F; C and F name the centre of the top-left pixel, not its corner.
    return line(t[1]) + line(t[4]) + line(t[2]) + line(t[5]) + line(t[0] + t[1] / 2) + line(t[3] + t[5] / 2);
}

QString worldFileSuffix(SnapshotFormat format)
{
    switch (format) {
    case SnapshotFormat::Png: return QStringLiteral("pgw");
    case SnapshotFormat::Jpeg: return QStringLiteral("jgw");
    case SnapshotFormat::Tiff:
    case SnapshotFormat::GeoTiff: return QStringLiteral("tfw");
    default: return QStringLiteral("wld");
    }
}

QByteArray webMercatorWkt(bool esriFlavour)
{
    ogr::ensureRegistered();
    OGRSpatialReference srs;
    srs.importFromEPSG(3857);
    char *wkt = nullptr;
    const char *const options[] = {esriFlavour ? "FORMAT=WKT1_ESRI" : "FORMAT=WKT2_2018", nullptr};
    srs.exportToWkt(&wkt, options);
    const QByteArray text(wkt ? wkt : "");
    CPLFree(wkt);
    return text;
}

QByteArray pamSrsXml()
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartElement(QStringLiteral("PAMDataset"));
    writer.writeStartElement(QStringLiteral("SRS"));
    writer.writeAttribute(QStringLiteral("dataAxisToSRSAxisMapping"), QStringLiteral("1,2"));
    writer.writeCharacters(QString::fromUtf8(webMercatorWkt(false)));
    writer.writeEndElement();
    writer.writeEndElement();
    return xml + '\n';
}

QString sidecarPath(const QString &imagePath, const QString &suffix)
{
    const QFileInfo info(imagePath);
    const QString base = info.suffix().isEmpty() ? info.fileName() : info.completeBaseName();
    const QString name = base + QLatin1Char('.') + suffix;
    return info.path() == QLatin1String(".") && !imagePath.startsWith(QLatin1String("./")) ? name : info.dir().filePath(name);
}

} // namespace corridor
