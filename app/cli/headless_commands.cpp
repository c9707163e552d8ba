#include "headless_commands.h"

#include "atlas.h"
#include "atlas_locator.h"
#include "snapshot_writer.h"
#include "snapshot_framing.h"
#include "web_mercator.h"

namespace corridor {

QString resolveAtlasDir(const CommandLine &commandLine, const QString &applicationDir)
{
    return commandLine.atlasDir.isEmpty() ? locateBundledAtlas(applicationDir) : commandLine.atlasDir;
}

int runValidate(const QString &atlasDir, QTextStream &out, QTextStream &err)
{
    if (atlasDir.isEmpty()) {
        err << "corridor-atlas: no atlas folder found (give one: corridor-atlas validate DIR)\n";
        return 1;
    }
    const AtlasLoadResult result = loadAtlas(atlasDir);
    out << "Atlas folder: " << result.atlas->folder << "\n";
    out << result.atlas->routes.size() << " routes, " << result.atlas->places.size() << " places, "
        << result.atlas->articles.size() << " articles\n";
    for (const ValidationIssue &issue : result.issues) out << issue.toString() << "\n";
    if (result.issues.isEmpty()) out << "No problems found.\n";
    else out << result.issues.size() << (result.issues.size() == 1 ? " problem" : " problems") << " found.\n";
    return result.issues.isEmpty() ? 0 : 1;
}

int runExport(const CommandLine &commandLine, const QString &atlasDir, QTextStream &out, QTextStream &err)
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
    if (!commandLine.route.isEmpty() && !atlas->route(commandLine.route)) {
        err << "corridor-atlas: --route: no route with id \"" << commandLine.route << "\"\n";
        return 1;
    }
    for (const ValidationIssue &issue : result.issues) err << "warning: " << issue.toString() << "\n";

    Viewport view;
    if (commandLine.extent) {
        const QRectF e = *commandLine.extent;
        view = Viewport::fitting(web_mercator::projectBox(e.left(), e.top(), e.right(), e.bottom()), commandLine.size);
    } else {
        view = framingView(*atlas, commandLine.route, commandLine.size);
    }
    RenderOptions options = snapshotOptions(*atlas, commandLine.route, commandLine.title);
    const MapRenderer renderer(atlas);
    const SnapshotResult written = writeSnapshot(renderer, view, options, commandLine.exportPath);
    if (!written.ok) {
        err << "corridor-atlas: " << written.error << "\n";
        return 1;
    }
    out << "Wrote " << commandLine.exportPath << " (" << view.sizePx().width() << "x" << view.sizePx().height() << ")\n";
    return 0;
}

} // namespace corridor
