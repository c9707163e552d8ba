#pragma once
// The command-line modes that need no window: validate and export.

#include "command_line.h"

#include <QTextStream>

namespace corridor {

/// \brief The atlas folder a command line asks for: --atlas/validate DIR, else the bundled one.
QString resolveAtlasDir(const CommandLine &commandLine, const QString &applicationDir);

/// \brief Prints the folder read and every problem; returns 0 when there are none, else 1.
int runValidate(const QString &atlasDir, QTextStream &out, QTextStream &err);

/// \brief Writes the requested snapshot; returns 0 on success, else 1 with one line on `err`.
int runExport(const CommandLine &commandLine, const QString &atlasDir, QTextStream &out, QTextStream &err);

} // namespace corridor
