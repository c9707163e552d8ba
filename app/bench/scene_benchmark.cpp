#include "scene_benchmark.h"

#include "atlas.h"
#include "band_renderer.h"
#include "hit_tester.h"
#include "map_renderer.h"
#include "snapshot_framing.h"
#include "snapshot_writer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <algorithm>

namespace corridor::bench {

namespace {

double elapsedMs(const QElapsedTimer &timer) { return timer.nsecsElapsed() / 1e6; }

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // Linux reports kilobytes
}

/// An atlas folder made of the scene's files (linked, not copied) and the bundled places
/// and articles, so loading goes through loadAtlas() exactly as the app's does.
bool assembleAtlas(const Scene &scene, const QString &bundledAtlasDir, const QString &folder, QString *error)
{
    const QDir bundled(bundledAtlasDir);
    const QDir target(folder);
    const QList<std::pair<QString, QString>> links{
        {QFileInfo(scene.basemapFile).absoluteFilePath(), QStringLiteral("basemap.gpkg")},
        {QFileInfo(scene.routesFile).absoluteFilePath(), QStringLiteral("routes.geojson")},
        {bundled.absoluteFilePath(QStringLiteral("places.geojson")), QStringLiteral("places.geojson")},
        {bundled.absoluteFilePath(QStringLiteral("articles")), QStringLiteral("articles")},
    };
    for (const auto &[source, name] : links) {
        if (!QFileInfo::exists(source)) { *error = QStringLiteral("%1: no such file").arg(source); return false; }
        if (!QFile::link(source, target.filePath(name))) { *error = QStringLiteral("cannot link %1").arg(source); return false; }
    }
    return true;
}

qsizetype drawnVertices(const Basemap &basemap, const Viewport &view)
{
    // Mirrors the renderer's choice of level of detail (coarse above 4000 m/px).
    const bool coarse = view.metresPerPixel() > 4000.0;
    const BasemapLayer &land = coarse || basemap.landFine.isEmpty() ? basemap.landCoarse : basemap.landFine;
    const BasemapLayer &countries = coarse || basemap.countriesFine.isEmpty() ? basemap.countriesCoarse : basemap.countriesFine;
    return land.vertexCount + countries.vertexCount;
}

} // namespace

Timings Timings::of(QList<double> samples)
{
    Timings t;
    if (samples.isEmpty()) return t;
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    t.median = n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2;
    t.min = samples.first();
    t.max = samples.last();
    return t;
}

SceneResult runScene(const Scene &scene, int repeat, int threads, const QString &bundledAtlasDir)
{
    SceneResult result;
    result.name = scene.name;
    QTemporaryDir folder;
    if (!assembleAtlas(scene, bundledAtlasDir, folder.path(), &result.error)) return result;

    QElapsedTimer timer;
    timer.start();
    const AtlasLoadResult loaded = loadAtlas(folder.path());
    result.loadMs = elapsedMs(timer);
    result.loadIssues = int(loaded.issues.size());
    const std::shared_ptr<const Atlas> atlas = loaded.atlas;
    result.routes = int(atlas->routes.size());

    const Viewport view = Viewport::fitting(scene.mercatorExtent, scene.size);
    result.basemapVertices = drawnVertices(atlas->basemap, view);
    const RenderOptions options = snapshotOptions(*atlas, QString()); // title, legend, scale bar, attribution
    const MapRenderer renderer(atlas);

    // One image, as a window keeps one backing store; every repetition repaints all of it,
    // in bands on every core, as the map view and the snapshot writer do.
    QImage image(view.sizePx(), QImage::Format_ARGB32_Premultiplied);
    auto redraw = [&](const Viewport &v) { renderInBands(renderer, image, v, options, threads); };
    redraw(view); // warm-up: fonts, glyph caches, first allocations
    QList<double> render, pan, renderPng;
    for (int i = 0; i < repeat; ++i) {
        timer.restart();
        redraw(view);
        render.append(elapsedMs(timer));
    }
    Viewport panned = view;
    for (int i = 0; i < repeat; ++i) {
        panned.panByPixels(QPointF(i % 2 ? -7 : 9, 5)); // a drag: each frame a few pixels on
        timer.restart();
        redraw(panned);
        pan.append(elapsedMs(timer));
    }
    result.renderMs = Timings::of(render);
    result.panMs = Timings::of(pan);

    QTemporaryDir output;
    const QString pngPath = QDir(output.path()).filePath(QStringLiteral("bench.png"));
    for (int i = 0; i <= repeat; ++i) { // the first is a warm-up
        timer.restart();
        const SnapshotResult written = writeSnapshot(renderer, view, options, pngPath);
        const double ms = elapsedMs(timer);
        if (!written.ok) { result.error = written.error; return result; }
        if (i > 0) renderPng.append(ms);
    }
    result.renderPngMs = Timings::of(renderPng);
    result.pngBytes = QFileInfo(pngPath).size();

    // Hover: pointer positions spread over the view, the same ones every run.
    const HitTester tester(atlas);
    QRandomGenerator random(20240601);
    constexpr int kQueries = 20000;
    QList<QPointF> positions;
    positions.reserve(kQueries);
    for (int i = 0; i < kQueries; ++i)
        positions.append(QPointF(random.bounded(double(scene.size.width())), random.bounded(double(scene.size.height()))));
    int hits = 0;
    timer.restart();
    for (const QPointF &p : std::as_const(positions)) hits += tester.routeAt(view, p, 6.0).isEmpty() ? 0 : 1;
    result.hitTestUs = timer.nsecsElapsed() / 1e3 / kQueries;
    Q_UNUSED(hits);

    result.peakRssMb = peakRssMb();
    return result;
}

} // namespace corridor::bench
