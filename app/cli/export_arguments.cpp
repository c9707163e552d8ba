#include "export_arguments.h"

#include "command_line.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>

namespace corridor {

namespace {
QCommandLineOption valueOption(const char *name, const QString &help, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(valueName));
}
QCommandLineOption flagOption(const char *name, const QString &help)
{
    return QCommandLineOption(QString::fromLatin1(name), help);
}
} // namespace

double ExportArguments::effectiveDpi() const
{
    if (dpi) return *dpi;
    return size.unit == SnapshotSize::Unit::Pixels ? 96.0 : 300.0;
}

QList<QCommandLineOption> exportOptions()
{
    return {
        valueOption("format", QStringLiteral("Snapshot format: %1 (default: from the file name; geotiff for a "
                                             "georeferenced .tif); or geojson, gpkg, kml to export the routes and "
                                             "places themselves (all, or those in --extent).")
                                  .arg(snapshotFormatNames().join(QStringLiteral(", "))),
                    "FORMAT"),
        valueOption("size", QStringLiteral("Snapshot size: WxH pixels (default 1920x1080), or WxHmm / WxHin at --dpi."),
                    "SIZE"),
        valueOption("dpi", QStringLiteral("Dots per inch (default 96 for pixel sizes, 300 for mm/in sizes); symbols "
                                          "and text are sized in points, so more DPI means more pixels, same look."),
                    "N"),
        valueOption("route", QStringLiteral("Frame and highlight this route; repeat for several."), "ID"),
        valueOption("extent", QStringLiteral("Snapshot extent in degrees; grown around its centre to the size's aspect."),
                    "W,S,E,N"),
        valueOption("title", QStringLiteral("Title drawn on the snapshot."), "TEXT"),
        valueOption("subtitle", QStringLiteral("Subtitle under the title."), "TEXT"),
        valueOption("quality", QStringLiteral("JPEG quality, 1-100 (default 92)."), "N"),
        flagOption("world-file", QStringLiteral("Also write a world file (.pgw/.jgw/.tfw) and an EPSG:3857 .prj.")),
        valueOption("each-route", QStringLiteral("Write one framed snapshot per route (or per --route) into DIR."), "DIR"),
        flagOption("no-title", QStringLiteral("Leave out the title and subtitle.")),
        flagOption("no-legend", QStringLiteral("Leave out the legend.")),
        flagOption("no-scale-bar", QStringLiteral("Leave out the scale bar.")),
        flagOption("no-north-arrow", QStringLiteral("Leave out the north arrow.")),
        flagOption("no-attribution", QStringLiteral("Leave out the attribution line.")),
        flagOption("no-sources", QStringLiteral("Leave out the Sources footer (the \"status as of\" date stays).")),
        flagOption("no-highlight", QStringLiteral("Frame --route without highlighting it.")),
    };
}

QStringList exportOnlyOptionNames()
{
    QStringList names;
    for (const QCommandLineOption &option : exportOptions()) names.append(option.names().constFirst());
    return names;
}

std::optional<ExportArguments> readExportArguments(const QCommandLineParser &parser, const QString &output,
                                                   QString *error)
{
    ExportArguments args;
    auto fail = [error](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    args.output = output;
    args.eachRouteDir = parser.value(QStringLiteral("each-route"));
    if (args.output.isEmpty() && args.eachRouteDir.isEmpty())
        return fail(QStringLiteral("export needs a file to write (export OUT) or --each-route DIR"));
    if (!args.output.isEmpty() && !args.eachRouteDir.isEmpty())
        return fail(QStringLiteral("give either a file to write or --each-route DIR, not both"));

    // A data format (GeoJSON, GeoPackage, KML) exports the routes and places themselves.
    const QString allFormats = (snapshotFormatNames() + QStringList{QStringLiteral("geojson"), QStringLiteral("gpkg"),
                                                                    QStringLiteral("kml")}).join(QStringLiteral(", "));
    if (parser.isSet(QStringLiteral("format"))) {
        const QString name = parser.value(QStringLiteral("format"));
        args.format = snapshotFormatFromName(name);
        if (!args.format) args.dataFormat = dataFormatFromSuffix(name);
        if (!args.format && !args.dataFormat) return fail(QStringLiteral("--format \"%1\" is not one of %2").arg(name, allFormats));
    } else if (!args.output.isEmpty() && !snapshotFormatFromSuffix(QFileInfo(args.output).suffix())) {
        args.dataFormat = dataFormatFromSuffix(QFileInfo(args.output).suffix());
        if (!args.dataFormat)
            return fail(QStringLiteral("%1: cannot tell the format from \"%2\" (use .png, .jpg, .tif, .svg, .pdf, "
                                       ".geojson, .gpkg or .kml, or --format)")
                            .arg(args.output, QFileInfo(args.output).suffix()));
    }
    if (args.dataFormat && !args.eachRouteDir.isEmpty())
        return fail(QStringLiteral("--each-route writes snapshots, not %1 data").arg(dataFormatLabel(*args.dataFormat)));

    if (parser.isSet(QStringLiteral("dpi"))) {
        bool ok = false;
        const double dpi = QLocale::c().toDouble(parser.value(QStringLiteral("dpi")), &ok);
        if (!ok || dpi < SnapshotSize::kMinDpi || dpi > SnapshotSize::kMaxDpi)
            return fail(QStringLiteral("--dpi \"%1\" is not a resolution between %2 and %3")
                            .arg(parser.value(QStringLiteral("dpi")))
                            .arg(SnapshotSize::kMinDpi)
                            .arg(SnapshotSize::kMaxDpi));
        args.dpi = dpi;
    }
    if (parser.isSet(QStringLiteral("size"))) {
        const QString text = parser.value(QStringLiteral("size"));
        const std::optional<SnapshotSize> size = parseSnapshotSize(text);
        if (!size)
            return fail(QStringLiteral("--size \"%1\" is not a size WxH (pixels), WxHmm or WxHin").arg(text));
        args.size = *size;
    }
    if (!args.size.isDrawable(args.effectiveDpi())) {
        const QSize px = args.size.pixels(args.effectiveDpi());
        return fail(QStringLiteral("--size \"%1\" is not a size WxH between %2 and %3 pixels (at %4 dpi it is %5x%6)")
                        .arg(args.size.toString())
                        .arg(SnapshotSize::kMinPixels)
                        .arg(SnapshotSize::kMaxPixels)
                        .arg(args.effectiveDpi())
                        .arg(px.width())
                        .arg(px.height()));
    }

    if (parser.isSet(QStringLiteral("extent"))) {
        QString why;
        args.extent = parseExtent(parser.value(QStringLiteral("extent")), &why);
        if (!args.extent) return fail(QStringLiteral("--extent \"%1\": %2").arg(parser.value(QStringLiteral("extent")), why));
        if (!args.eachRouteDir.isEmpty()) return fail(QStringLiteral("--extent and --each-route exclude each other: each route frames itself"));
    }
    if (parser.isSet(QStringLiteral("quality"))) {
        bool ok = false;
        args.jpegQuality = parser.value(QStringLiteral("quality")).toInt(&ok);
        if (!ok || args.jpegQuality < 1 || args.jpegQuality > 100)
            return fail(QStringLiteral("--quality \"%1\" is not a number from 1 to 100").arg(parser.value(QStringLiteral("quality"))));
    }
    args.routes = parser.values(QStringLiteral("route"));
    args.title = parser.value(QStringLiteral("title"));
    if (parser.isSet(QStringLiteral("subtitle"))) args.subtitle = parser.value(QStringLiteral("subtitle"));
    args.worldFile = parser.isSet(QStringLiteral("world-file"));
    args.decorations.title = !parser.isSet(QStringLiteral("no-title"));
    args.decorations.legend = !parser.isSet(QStringLiteral("no-legend"));
    args.decorations.scaleBar = !parser.isSet(QStringLiteral("no-scale-bar"));
    args.decorations.northArrow = !parser.isSet(QStringLiteral("no-north-arrow"));
    args.decorations.attribution = !parser.isSet(QStringLiteral("no-attribution"));
    args.decorations.sourcesFooter = !parser.isSet(QStringLiteral("no-sources"));
    args.highlightRoutes = !parser.isSet(QStringLiteral("no-highlight"));

    if (args.worldFile && args.dataFormat)
        return fail(QStringLiteral("--world-file goes with PNG, JPEG or TIFF, not %1").arg(dataFormatLabel(*args.dataFormat)));
    const SnapshotFormat format = args.format.value_or(
        snapshotFormatFromSuffix(QFileInfo(args.output).suffix()).value_or(SnapshotFormat::Png));
    if (args.worldFile && !args.dataFormat && !supportsWorldFile(format))
        return fail(QStringLiteral("--world-file goes with PNG, JPEG or TIFF, not %1").arg(snapshotFormatLabel(format)));
    return args;
}

} // namespace corridor
