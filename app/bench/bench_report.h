#pragma once
// Prints benchmark results: a table for people, JSON for scripts.

#include "scene_benchmark.h"

#include <QTextStream>

namespace corridor::bench {

void printTable(const QList<SceneResult> &results, int repeat, QTextStream &out);
void printJson(const QList<SceneResult> &results, int repeat, QTextStream &out);

} // namespace corridor::bench
