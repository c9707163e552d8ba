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
        "  corridor-atlas --export FILE [--size WxH] [--route ID] [--extent W,S,E,N] [--title TEXT]\n"
        "                                                  write a PNG/JPEG snapshot headless"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help and exit."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Show the version and exit."));
    const QCommandLineOption atlasOption(QStringLiteral("atlas"), QStringLiteral("Atlas folder to open (default: the bundled atlas)."), QStringLiteral("DIR"));
    const QCommandLineOption exportOption(QStringLiteral("export"), QStringLiteral("Write a snapshot to FILE (.png, .jpg) without opening a window."), QStringLiteral("FILE"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Snapshot size in pixels (default 1920x1080)."), QStringLiteral("WxH"));
    const QCommandLineOption routeOption(QStringLiteral("route"), QStringLiteral("Frame and highlight this route in the snapshot."), QStringLiteral("ID"));
    const QCommandLineOption extentOption(QStringLiteral("extent"), QStringLiteral("Snapshot extent in degrees; grown around its centre to the size's aspect."), QStringLiteral("W,S,E,N"));
    const QCommandLineOption titleOption(QStringLiteral("title"), QStringLiteral("Title drawn on the snapshot."), QStringLiteral("TEXT"));
    const QCommandLineOption selectOption(QStringLiteral("select"), QStringLiteral("Open the map with this route selected and framed."), QStringLiteral("ID"));
    parser.addOptions({helpOption, versionOption, atlasOption, exportOption, sizeOption, routeOption, extentOption, titleOption, selectOption});
    parser.addPositionalArgument(QStringLiteral("validate"), QStringLiteral("Validate an atlas folder."), QStringLiteral("[validate [DIR]]"));
    cl.helpText = parser.helpText();

    auto fail = [&](const QString &why) { cl.mode = CommandLine::Mode::Error; cl.error = why; return cl; };
    if (!parser.parse(arguments)) return fail(parser.errorText());
    if (parser.isSet(helpOption)) { cl.mode = CommandLine::Mode::Help; return cl; }
    if (parser.isSet(versionOption)) { cl.mode = CommandLine::Mode::Version; return cl; }

    cl.atlasDir = parser.value(atlasOption);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.first() != QLatin1String("validate"))
            return fail(QStringLiteral("unknown command \"%1\" (try --help)").arg(positional.first()));
        if (positional.size() > 2) return fail(QStringLiteral("validate takes one folder"));
        cl.mode = CommandLine::Mode::Validate;
        if (positional.size() == 2) cl.atlasDir = positional.at(1);
        return cl;
    }

    const bool exporting = parser.isSet(exportOption);
    for (const auto *option : {&sizeOption, &routeOption, &extentOption, &titleOption})
        if (!exporting && parser.isSet(*option))
            return fail(QStringLiteral("--%1 needs --export FILE").arg(option->names().constFirst()));
    if (exporting) {
        cl.mode = CommandLine::Mode::Export;
        cl.exportPath = parser.value(exportOption);
        if (cl.exportPath.isEmpty()) return fail(QStringLiteral("--export needs a file name"));
        if (parser.isSet(sizeOption)) {
            const auto size = parseSize(parser.value(sizeOption));
            if (!size) return fail(QStringLiteral("--size \"%1\" is not a size WxH between 16 and 20000 pixels").arg(parser.value(sizeOption)));
            cl.size = *size;
        }
        if (parser.isSet(extentOption)) {
            QString why;
            cl.extent = parseExtent(parser.value(extentOption), &why);
            if (!cl.extent) return fail(QStringLiteral("--extent \"%1\": %2").arg(parser.value(extentOption), why));
        }
        cl.route = parser.value(routeOption);
        cl.title = parser.value(titleOption);
        return cl;
    }
    cl.route = parser.value(selectOption);
    return cl;
}

} // namespace corridor
