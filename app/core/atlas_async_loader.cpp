#include "atlas_async_loader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace corridor {

QFuture<AtlasLoadResult> loadAtlasAsync(const QString &folder)
{
    // GDAL is safe here: every dataset is opened, read and closed on the worker, and GDAL's
    // error handlers (ogr::ErrorCollector) are per thread.
    return QtConcurrent::run([folder] { return loadAtlas(folder); });
}

} // namespace corridor
