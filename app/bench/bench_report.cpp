#include "bench_report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>

namespace corridor::bench {

namespace {

QJsonObject timingsJson(const Timings &t) { return {{"median", t.median}, {"min", t.min}, {"max", t.max}}; }

QString ms(double value) { return QString::number(value, 'f', value < 10 ? 2 : 1); }

} // namespace

void printTable(const QList<SceneResult> &results, int repeat, QTextStream &out)
{
    out << "corridor-atlas-bench: " << repeat << " repetitions after one warm-up; times in ms (median [min-max])\n"
        << "machine: " << QSysInfo::prettyProductName() << ", " << QSysInfo::currentCpuArchitecture() << ", "
        << QThread::idealThreadCount() << " threads\n\n";
    for (const SceneResult &r : results) {
        out << r.name << "\n";
        if (!r.error.isEmpty()) { out << "  error: " << r.error << "\n\n"; continue; }
        out << "  load           " << ms(r.loadMs) << "  (" << r.routes << " routes, " << r.loadIssues << " load issues)\n"
            << "  render         " << ms(r.renderMs.median) << "  [" << ms(r.renderMs.min) << "-" << ms(r.renderMs.max) << "]"
            << "  (" << r.basemapVertices << " basemap vertices in the drawn level of detail)\n"
            << "  pan frame      " << ms(r.panMs.median) << "  [" << ms(r.panMs.min) << "-" << ms(r.panMs.max) << "]\n"
            << "  render + PNG   " << ms(r.renderPngMs.median) << "  [" << ms(r.renderPngMs.min) << "-" << ms(r.renderPngMs.max) << "]"
            << "  (" << QString::number(r.pngBytes / 1024.0, 'f', 0) << " KiB)\n"
            << "  hit-test       " << QString::number(r.hitTestUs, 'f', 2) << " us per query\n"
            << "  peak RSS       " << QString::number(r.peakRssMb, 'f', 1) << " MB (process so far)\n\n";
    }
}

void printJson(const QList<SceneResult> &results, int repeat, QTextStream &out)
{
    QJsonArray scenes;
    for (const SceneResult &r : results) {
        QJsonObject o{{"scene", r.name}};
        if (!r.error.isEmpty()) { o.insert("error", r.error); scenes.append(o); continue; }
        o.insert("routes", r.routes);
        o.insert("load_issues", r.loadIssues);
        o.insert("basemap_vertices_drawn", qint64(r.basemapVertices));
        o.insert("load_ms", r.loadMs);
        o.insert("render_ms", timingsJson(r.renderMs));
        o.insert("pan_frame_ms", timingsJson(r.panMs));
        o.insert("render_png_ms", timingsJson(r.renderPngMs));
        o.insert("png_bytes", r.pngBytes);
        o.insert("hit_test_us", r.hitTestUs);
        o.insert("peak_rss_mb", r.peakRssMb);
        scenes.append(o);
    }
    const QJsonObject report{{"repeat", repeat},
                             {"machine", QStringLiteral("%1, %2, %3 threads").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture()).arg(QThread::idealThreadCount())},
                             {"scenes", scenes}};
    out << QJsonDocument(report).toJson(QJsonDocument::Indented);
}

} // namespace corridor::bench
