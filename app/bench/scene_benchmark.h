#pragma once
// Measures one scene the way the app meets it: load the data, redraw every pixel from the
// (once-projected) geometry, export a PNG through the real snapshot writer, answer hover
// hit-tests. Nothing rendered is reused between repetitions.

#include "bench_options.h"

#include <QList>
#include <QString>

namespace corridor::bench {

/// \brief Median, fastest and slowest of some repeated timings, in milliseconds.
struct Timings {
    double median = 0;
    double min = 0;
    double max = 0;
    static Timings of(QList<double> samples);
};

struct SceneResult {
    QString name;
    int routes = 0;
    qsizetype basemapVertices = 0; ///< of the layers this scene draws
    int loadIssues = 0;
    double loadMs = 0;
    Timings renderMs;       ///< full redraw: water, basemap, routes, labels, legend, scale bar, attribution
    Timings panMs;          ///< the same after a pan of a few pixels (what a drag costs per frame)
    Timings renderPngMs;    ///< redraw + PNG file through writeSnapshot()
    qint64 pngBytes = 0;
    double hitTestUs = 0;   ///< mean per query over many pointer positions
    double peakRssMb = 0;   ///< of the whole process so far (getrusage)
    QString error;          ///< set when the scene could not be measured
};

/// \brief Runs `scene`: one warm-up, then `repeat` measured repetitions of each step;
/// redraws in `threads` bands (0: one per core).
SceneResult runScene(const Scene &scene, int repeat, int threads, const QString &bundledAtlasDir);

} // namespace corridor::bench
