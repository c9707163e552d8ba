#pragma once
// `corridor-atlas export …` (and `--export FILE`): loads the atlas, builds the snapshot
// request from the arguments and writes it through writeSnapshot(), headless.

#include "export_arguments.h"

#include <QTextStream>

namespace corridor {

/// \brief Writes the snapshot(s) the arguments ask for. Returns 0 on success, else 1 with one
/// line per problem on `err`, each naming the file; nothing partial is left behind.
int runSnapshotExport(const ExportArguments &arguments, const QString &atlasDir, QTextStream &out, QTextStream &err);

} // namespace corridor
