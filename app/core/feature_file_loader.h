#pragma once
// One feature file loaded on its own, against an atlas that already holds the articles and
// places its quotes and place ids refer to. loadAtlas() reads a folder with these; the fuzz
// targets (tests/fuzz) feed them in-memory files, since `path` is any GDAL path, /vsimem/
// included.

#include "atlas.h"

namespace corridor {

/// \brief Reads the places of `path` into `atlas.places`, validating each; problems go to `issues`.
void loadPlacesFile(const QString &path, Atlas &atlas, QList<ValidationIssue> &issues);

/// \brief Reads the routes of `path` into `atlas.routes`, validating each against `atlas`.
void loadRoutesFile(const QString &path, Atlas &atlas, QList<ValidationIssue> &issues);

} // namespace corridor
