#include "headless_commands.h"

#include "export_command.h"
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
    // `export OUT` and `--export FILE` share one path: export_command.cpp.
    return runSnapshotExport(commandLine.exportArguments, atlasDir, out, err);
}

} // namespace corridor
