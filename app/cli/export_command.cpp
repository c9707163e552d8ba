#include "export_command.h"

#include "atlas.h"
#include "data_exporter.h"
#include "snapshot_framing.h"
#include "snapshot_writer.h"
#include "web_mercator.h"

#include <QDir>
#include <QLocale>

namespace corridor {

namespace {
QString degrees(double value) { return QLocale::c().toString(value, 'f', 4); }

/// "W,S,E,N" of what the view shows, in degrees: what --extent would take to reproduce it.
QString extentText(const Viewport &view)
{
    const QRectF m = view.mercatorRect();
    const QGeoCoordinate sw = web_mercator::unproject(QPointF(m.left(), m.top()));
    const QGeoCoordinate ne = web_mercator::unproject(QPointF(m.right(), m.bottom()));
    return QStringLiteral("%1,%2,%3,%4").arg(degrees(sw.longitude()), degrees(sw.latitude()), degrees(ne.longitude()),
                                             degrees(ne.latitude()));
}

SnapshotRequest requestFor(const Atlas &atlas, const ExportArguments &args, const QStringList &routes, const Viewport &view)
{
    SnapshotRequest request;
    request.view = view;
    request.options = snapshotOptions(atlas, routes, args.title);
    if (args.subtitle) request.options.subtitle = *args.subtitle;
    if (!args.highlightRoutes) {
        request.options.selectedRoute.clear();
        request.options.highlightedRoutes.clear();
    }
    request.options.decorations = args.decorations;
    request.options.decorations.statusDate = true; // every snapshot says when its information is from
    request.format = args.format;
    request.jpegQuality = args.jpegQuality;
    request.worldFile = args.worldFile;
    request.physicalSizeMm = args.size.millimetres(args.effectiveDpi());
    return request;
}

int writeOne(const MapRenderer &renderer, const SnapshotRequest &request, const QString &path, QTextStream &out,
             QTextStream &err)
{
    const SnapshotResult written = writeSnapshot(renderer, request, path);
    if (!written.ok) {
        err << "corridor-atlas: " << written.error << "\n";
        return 1;
    }
    const QSize px = request.view.sizePx();
    out << "Wrote " << written.files.join(QStringLiteral(", ")) << " (" << px.width() << "x" << px.height() << " px at "
        << request.view.dpi() << " dpi; extent " << extentText(request.view) << ")\n";
    return 0;
}
} // namespace

int runSnapshotExport(const ExportArguments &args, const QString &atlasDir, QTextStream &out, QTextStream &err)
{
    if (atlasDir.isEmpty()) {
        err << "corridor-atlas: no atlas folder found (give one with --atlas DIR)\n";
        return 1;
    }
    const AtlasLoadResult result = loadAtlas(atlasDir);
    const std::shared_ptr<const Atlas> atlas = result.atlas;
    if (atlas->routes.isEmpty() && atlas->basemap.isEmpty()) {
        err << "corridor-atlas: " << atlasDir << ": nothing to draw"
            << (result.issues.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(result.issues.constFirst().toString()))
            << "\n";
        return 1;
    }
    for (const QString &id : args.routes) {
        if (!atlas->route(id)) {
            err << "corridor-atlas: --route: no route with id \"" << id << "\"\n";
            return 1;
        }
    }
    for (const ValidationIssue &issue : result.issues) err << "warning: " << issue.toString() << "\n";

    if (args.dataFormat) {
        DataExportRequest request;
        request.format = args.dataFormat;
        if (args.extent) {
            // A view showing exactly the extent: a size of its own aspect.
            const QRectF e = *args.extent;
            const QRectF asked = web_mercator::projectBox(e.left(), e.top(), e.right(), e.bottom());
            request.view = Viewport::fitting(asked, QSize(4096, std::max(1, int(std::lround(4096 * asked.height() / asked.width())))));
        }
        const DataExportResult written = exportData(*atlas, request, args.output);
        if (!written.ok) {
            err << "corridor-atlas: " << written.error << "\n";
            return 1;
        }
        out << "Wrote " << args.output << " (" << written.routes << " routes, " << written.places << " places)\n";
        return 0;
    }

    const MapRenderer renderer(atlas);
    const double dpi = args.effectiveDpi();
    const QSize px = args.size.pixels(dpi);

    if (!args.eachRouteDir.isEmpty()) {
        const QDir dir(args.eachRouteDir);
        if (!QDir().mkpath(args.eachRouteDir)) {
            err << "corridor-atlas: " << args.eachRouteDir << ": cannot create the folder\n";
            return 1;
        }
        const SnapshotFormat format = args.format.value_or(SnapshotFormat::Png);
        QStringList ids = args.routes;
        if (ids.isEmpty())
            for (const Route &route : atlas->routes) ids.append(route.id);
        int status = 0;
        for (const QString &id : std::as_const(ids)) {
            SnapshotRequest request = requestFor(*atlas, args, {id}, framingView(*atlas, id, px, dpi));
            request.format = format;
            const QString path = dir.filePath(id + QLatin1Char('.') + snapshotFormatSuffix(format));
            status = std::max(status, writeOne(renderer, request, path, out, err));
        }
        return status;
    }

    Viewport view;
    if (args.extent) {
        const QRectF e = *args.extent;
        const QRectF asked = web_mercator::projectBox(e.left(), e.top(), e.right(), e.bottom());
        view = Viewport::fitting(asked, px, dpi);
        // Tell scripts where the frame really is when the size's aspect made it grow.
        const QRectF shown = view.mercatorRect();
        if (shown.width() > asked.width() * (1 + 1e-9) || shown.height() > asked.height() * (1 + 1e-9))
            out << "Extent grown to " << extentText(view) << " to match the " << px.width() << "x" << px.height()
                << " aspect\n";
    } else {
        view = framingView(*atlas, args.routes, px, dpi);
    }
    return writeOne(renderer, requestFor(*atlas, args, args.routes, view), args.output, out, err);
}

} // namespace corridor
