#include "command_line.h"

#include "web_mercator.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace corridor {

std::optional<QSize> parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})[xX](\\d{1,6})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) return std::nullopt;
    const int w = match.captured(1).toInt();
    const int h = match.captured(2).toInt();
    if (w < 16 || h < 16 || w > 20000 || h > 20000) return std::nullopt;
    return QSize(w, h);
}

std::optional<QRectF> parseExtent(const QString &text, QString *why)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4) { *why = QStringLiteral("needs four numbers W,S,E,N"); return std::nullopt; }
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts.at(i).trimmed().toDouble(&ok);
        if (!ok) { *why = QStringLiteral("\"%1\" is not a number").arg(parts.at(i)); return std::nullopt; }
    }
    const double west = v[0], south = v[1], east = v[2], north = v[3];
    if (west < -180 || east > 180 || south < -web_mercator::kMaxLatitude || north > web_mercator::kMaxLatitude) {
        *why = QStringLiteral("longitudes must lie in [-180, 180] and latitudes in [-85.05, 85.05]");
        return std::nullopt;
    }
    if (west >= east || south >= north) { *why = QStringLiteral("west must be less than east and south less than north"); return std::nullopt; }
    return QRectF(west, south, east - west, north - south);
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine cl;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Corridor Atlas: the energy and trade corridors an article names, on an offline map, each linked to its source.\n\n"
        "Modes:\n"
        "  corridor-atlas [--atlas DIR] [--select ID]      open the map\n"
        "  corridor-atlas validate [DIR]                   check an atlas folder; exit 1 if any problem\n"
        "  corridor-atlas info [ID] [--json]               what the Source panel shows for a route or place;\n"
        "                                                  without ID, list every route and place\n"
        "  corridor-atlas export OUT [--format FORMAT] [--size WxH|WxHmm|WxHin] [--dpi N] [--extent W,S,E,N]\n"
        "                 [--route ID ...] [--title TEXT] [--no-legend] [--world-file] [--each-route DIR]\n"
        "                                                  write a snapshot headless (PNG, JPEG, TIFF, SVG, PDF, GeoTIFF)\n"
        "  corridor-atlas --export FILE [export options]   the same, first-version spelling"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help and exit."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Show the version and exit."));
    const QCommandLineOption atlasOption(QStringLiteral("atlas"), QStringLiteral("Atlas folder to open (default: the bundled atlas)."), QStringLiteral("DIR"));
    const QCommandLineOption exportOption(QStringLiteral("export"), QStringLiteral("Write a snapshot to FILE without opening a window (same as: export FILE)."), QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("info: print JSON."));
    const QCommandLineOption selectOption(QStringLiteral("select"), QStringLiteral("Open the map with this route selected and framed."), QStringLiteral("ID"));
    parser.addOptions({helpOption, versionOption, atlasOption, exportOption, selectOption, jsonOption});
    parser.addOptions(exportOptions()); // --format, --size, --dpi, --route, … (export_arguments.h)
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("validate [DIR], info [ID] or export OUT (see Modes)."),
                                 QStringLiteral("[validate [DIR] | info [ID] | export OUT]"));
    // No QCoreApplication exists yet, so Qt cannot name the program itself.
    cl.helpText = parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("corridor-atlas"));

    auto fail = [&](const QString &why) { cl.mode = CommandLine::Mode::Error; cl.error = why; return cl; };
    if (!parser.parse(arguments)) return fail(parser.errorText());
    if (parser.isSet(helpOption)) { cl.mode = CommandLine::Mode::Help; return cl; }
    if (parser.isSet(versionOption)) { cl.mode = CommandLine::Mode::Version; return cl; }

    cl.atlasDir = parser.value(atlasOption);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == QLatin1String("info")) {
        if (positional.size() > 2) return fail(QStringLiteral("info takes at most one route or place id"));
        cl.mode = CommandLine::Mode::Info;
        cl.infoId = positional.value(1);
        cl.json = parser.isSet(jsonOption);
        return cl;
    }
    if (parser.isSet(jsonOption)) return fail(QStringLiteral("--json goes with info"));
    const bool exportCommand = !positional.isEmpty() && positional.first() == QLatin1String("export");
    if (!positional.isEmpty() && !exportCommand) {
        if (positional.first() != QLatin1String("validate"))
            return fail(QStringLiteral("unknown command \"%1\" (try --help)").arg(positional.first()));
        if (positional.size() > 2) return fail(QStringLiteral("validate takes one folder"));
        cl.mode = CommandLine::Mode::Validate;
        if (positional.size() == 2) cl.atlasDir = positional.at(1);
        return cl;
    }

    const bool exporting = exportCommand || parser.isSet(exportOption);
    for (const QString &name : exportOnlyOptionNames())
        if (!exporting && parser.isSet(name))
            return fail(QStringLiteral("--%1 needs --export FILE (or: corridor-atlas export OUT)").arg(name));
    if (exporting) {
        if (exportCommand && parser.isSet(exportOption)) return fail(QStringLiteral("give the file once: export OUT or --export FILE"));
        if (positional.size() > 2) return fail(QStringLiteral("export takes one file to write, not %1").arg(positional.size() - 1));
        const QString output = exportCommand ? positional.value(1) : parser.value(exportOption);
        if (!exportCommand && output.isEmpty()) return fail(QStringLiteral("--export needs a file name"));
        QString why;
        const std::optional<ExportArguments> arguments = readExportArguments(parser, output, &why);
        if (!arguments) return fail(why);
        cl.mode = CommandLine::Mode::Export;
        cl.exportArguments = *arguments;
        cl.exportPath = arguments->output;
        cl.size = arguments->size.pixels(arguments->effectiveDpi());
        cl.route = arguments->routes.value(0);
        cl.extent = arguments->extent;
        cl.title = arguments->title;
        return cl;
    }
    cl.route = parser.value(selectOption);
    return cl;
}

} // namespace corridor
