#pragma once
// What corridor-atlas-bench is asked to measure: one scene from the command line, or the
// standard scenes on the bundled atlas when no scene is given.

#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

namespace corridor::bench {

/// \brief One measured situation: which data, which part of the world, how many pixels.
struct Scene {
    QString name;
    QString basemapFile; ///< a basemap GeoPackage (layers land_110m, countries_110m, land_50m, countries_50m)
    QString routesFile;  ///< a routes GeoJSON in the atlas schema
    QRectF mercatorExtent; ///< grown around its centre to the size's aspect
    QSize size;
};

struct BenchOptions {
    QList<Scene> scenes;
    int repeat = 15;
    int threads = 0; ///< bands of a redraw (0: one per core); exports always use every core
    bool json = false;
    QString error; ///< set when the arguments are wrong: one line for stderr
    QString help;
};

/// \brief Parses the arguments; with no scene options, the standard scenes on `bundledAtlasDir`.
BenchOptions parseBenchOptions(const QStringList &arguments, const QString &bundledAtlasDir);

} // namespace corridor::bench
