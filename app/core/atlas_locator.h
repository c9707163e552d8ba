#pragma once

#include <QString>

namespace corridor {

/// \brief The bundled atlas folder. Looked for relative to the executable first
/// (`../share/corridor-atlas` when installed), so a path compiled into a build can never
/// mask a broken install; then the source tree's `maps/` for runs from a build tree.
/// Returns an empty string when neither holds a routes.geojson.
QString locateBundledAtlas(const QString &applicationDir);

} // namespace corridor
