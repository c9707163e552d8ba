#include "bench_options.h"

#include "command_line.h"
#include "web_mercator.h"

#include <QCommandLineParser>
#include <QDir>

namespace corridor::bench {

namespace {

QRectF wholeMercatorSquare()
{
    const double h = web_mercator::kHalfWorld;
    return QRectF(-h, -h, 2 * h, 2 * h);
}

/// The scenes of the performance issue, on the bundled data, so figures compare over time.
QList<Scene> standardScenes(const QString &atlasDir)
{
    const QDir dir(atlasDir);
    const QString basemap = dir.filePath(QStringLiteral("basemap.gpkg"));
    const QString routes = dir.filePath(QStringLiteral("routes.geojson"));
    const QRectF caucasus = web_mercator::projectBox(26, 34, 62, 50);
    return {
        {QStringLiteral("caucasus-caspian 1920x1080"), basemap, routes, caucasus, QSize(1920, 1080)},
        {QStringLiteral("caucasus-caspian 3840x2160"), basemap, routes, caucasus, QSize(3840, 2160)},
        {QStringLiteral("world 1920x1080"), basemap, routes, wholeMercatorSquare(), QSize(1920, 1080)},
    };
}

} // namespace

BenchOptions parseBenchOptions(const QStringList &arguments, const QString &bundledAtlasDir)
{
    BenchOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures Corridor Atlas: load, full redraw, redraw + PNG export, hover hit-test, peak memory.\n"
        "With no scene options it runs the standard scenes on the bundled atlas."));
    const QCommandLineOption basemapOption(QStringLiteral("basemap"), QStringLiteral("Basemap GeoPackage (default: the bundled one)."), QStringLiteral("FILE"));
    const QCommandLineOption routesOption(QStringLiteral("routes"), QStringLiteral("Routes GeoJSON (default: the bundled one)."), QStringLiteral("FILE"));
    const QCommandLineOption extentOption(QStringLiteral("extent"), QStringLiteral("Extent in degrees (default: the whole Mercator square)."), QStringLiteral("W,S,E,N"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Image size in pixels (default 1920x1080)."), QStringLiteral("WxH"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Measured repetitions after one warm-up (default 15)."), QStringLiteral("N"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("Threads (bands) per redraw (default: one per core)."), QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOptions({basemapOption, routesOption, extentOption, sizeOption, repeatOption, threadsOption, jsonOption, helpOption});
    options.help = parser.helpText();
    if (!parser.parse(arguments)) { options.error = parser.errorText(); return options; }
    if (parser.isSet(helpOption)) return options;
    options.json = parser.isSet(jsonOption);
    if (parser.isSet(repeatOption)) {
        bool ok = false;
        options.repeat = parser.value(repeatOption).toInt(&ok);
        if (!ok || options.repeat < 1 || options.repeat > 100000) {
            options.error = QStringLiteral("--repeat \"%1\" is not a count from 1 to 100000").arg(parser.value(repeatOption));
            return options;
        }
    }

    if (parser.isSet(threadsOption)) {
        bool ok = false;
        options.threads = parser.value(threadsOption).toInt(&ok);
        if (!ok || options.threads < 1 || options.threads > 64) {
            options.error = QStringLiteral("--threads \"%1\" is not a count from 1 to 64").arg(parser.value(threadsOption));
            return options;
        }
    }

    const bool custom = parser.isSet(basemapOption) || parser.isSet(routesOption) || parser.isSet(extentOption) || parser.isSet(sizeOption);
    if (!custom) {
        options.scenes = standardScenes(bundledAtlasDir);
        return options;
    }
    const QDir bundled(bundledAtlasDir);
    Scene scene;
    scene.basemapFile = parser.isSet(basemapOption) ? parser.value(basemapOption) : bundled.filePath(QStringLiteral("basemap.gpkg"));
    scene.routesFile = parser.isSet(routesOption) ? parser.value(routesOption) : bundled.filePath(QStringLiteral("routes.geojson"));
    scene.mercatorExtent = wholeMercatorSquare();
    QString extentText = QStringLiteral("world");
    if (parser.isSet(extentOption)) {
        QString why;
        const auto extent = parseExtent(parser.value(extentOption), &why);
        if (!extent) { options.error = QStringLiteral("--extent \"%1\": %2").arg(parser.value(extentOption), why); return options; }
        scene.mercatorExtent = web_mercator::projectBox(extent->left(), extent->top(), extent->right(), extent->bottom());
        extentText = parser.value(extentOption);
    }
    scene.size = QSize(1920, 1080);
    if (parser.isSet(sizeOption)) {
        const auto size = parseSize(parser.value(sizeOption));
        if (!size) { options.error = QStringLiteral("--size \"%1\" is not a size WxH between 16 and 20000 pixels").arg(parser.value(sizeOption)); return options; }
        scene.size = *size;
    }
    scene.name = QStringLiteral("%1 %2x%3").arg(extentText).arg(scene.size.width()).arg(scene.size.height());
    options.scenes.append(scene);
    return options;
}

} // namespace corridor::bench
