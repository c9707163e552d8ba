// corridor-atlas-bench: the numbers behind the README's Performance section. Built with the
// project, run by no test (timings belong in a report, not in a pass/fail check).
//
//   corridor-atlas-bench                          the standard scenes on the bundled atlas
//   corridor-atlas-bench --basemap F --routes F --extent W,S,E,N --size WxH --repeat N [--json]

#include "atlas_locator.h"
#include "bench_options.h"
#include "bench_report.h"
#include "scene_benchmark.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

using namespace corridor;

int main(int argc, char **argv)
{
    // Rendering text needs a GUI application; the offscreen platform needs no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QString atlasDir = locateBundledAtlas(QCoreApplication::applicationDirPath());
    const bench::BenchOptions options = bench::parseBenchOptions(QCoreApplication::arguments(), atlasDir);
    if (!options.error.isEmpty()) {
        err << "corridor-atlas-bench: " << options.error << "\n";
        return 2;
    }
    if (options.scenes.isEmpty()) {
        out << options.help;
        return 0;
    }
    QList<bench::SceneResult> results;
    bool failed = false;
    for (const bench::Scene &scene : options.scenes) {
        if (!options.json) err << "measuring " << scene.name << "…\n" << Qt::flush;
        results.append(bench::runScene(scene, options.repeat, options.threads, atlasDir));
        failed |= !results.constLast().error.isEmpty();
    }
    if (options.json) bench::printJson(results, options.repeat, out);
    else bench::printTable(results, options.repeat, out);
    return failed ? 1 : 0;
}
