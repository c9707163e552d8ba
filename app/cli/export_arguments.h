#pragma once
// The snapshot options of the command line, shared by `corridor-atlas export OUT …` and its
// first-version shorthand `--export FILE …`. Parsed before any QApplication exists.

#include "data_exporter.h"
#include "render_options.h"
#include "snapshot_format.h"
#include "snapshot_size.h"

#include <QCommandLineOption>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <optional>

class QCommandLineParser;

namespace corridor {

struct ExportArguments {
    QString output;                      ///< the file to write (empty with --each-route)
    QString eachRouteDir;                ///< --each-route: one framed snapshot per route, here
    std::optional<SnapshotFormat> format; ///< --format; empty: from the suffix (PNG for --each-route)
    std::optional<DataFormat> dataFormat; ///< set instead of `format`: write the routes and places as data
    SnapshotSize size{QSizeF(1920, 1080), SnapshotSize::Unit::Pixels};
    std::optional<double> dpi;           ///< empty: 96 for pixel sizes, 300 for mm/in sizes
    std::optional<QRectF> extent;        ///< lon/lat: x = west, y = south, width, height
    QStringList routes;                  ///< frame (and highlight) these routes
    QString title;                       ///< empty: from the routes, or a general title
    std::optional<QString> subtitle;
    int jpegQuality = 92;
    bool worldFile = false;
    DecorationSet decorations = DecorationSet::forSnapshot(); ///< --no-legend etc. turn items off
    bool highlightRoutes = true;

    /// \brief The DPI in effect: --dpi, else the default for the size's unit.
    double effectiveDpi() const;
};

/// \brief Every option of the snapshot export, to add to the application's parser.
QList<QCommandLineOption> exportOptions();

/// \brief The names of exportOptions() that only make sense when exporting (for "needs export").
QStringList exportOnlyOptionNames();

/// \brief Reads the export options from a parser that has parsed exportOptions().
/// `output` is the positional OUT (or --export FILE). Returns nothing and sets `error`
/// (one line, naming the option) when a value is malformed or the options contradict.
std::optional<ExportArguments> readExportArguments(const QCommandLineParser &parser, const QString &output,
                                                   QString *error);

} // namespace corridor
