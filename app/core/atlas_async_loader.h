#pragma once
// Loading an atlas off the GUI thread. Reading an article, normalising it and checking
// every quote against it is quick for a news story but not for a 10 MB text, and the window
// must not freeze meanwhile: the app starts the load here, keeps its event loop running
// (saying that it is loading) and builds its views when the future is ready. The Atlas is
// immutable once loaded, so handing it from the worker to the GUI thread is safe.

#include "atlas.h"

#include <QFuture>

namespace corridor {

/// \brief Runs loadAtlas(folder) on a thread of QThreadPool::globalInstance().
QFuture<AtlasLoadResult> loadAtlasAsync(const QString &folder);

} // namespace corridor
