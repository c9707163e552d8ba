// libFuzzer target: bytes as the routes file and as the places file of an atlas, read
// through GDAL from an in-memory file (/vsimem/), exactly as loadAtlas() reads them from
// disk (same drivers, same validation). The articles and places the quotes and place ids
// refer to come from the mini test atlas, so inputs can get past the first checks.

#include "atlas.h"
#include "feature_file_loader.h"

#include <cpl_vsi.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

std::shared_ptr<const corridor::Atlas> gContext;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    gContext = corridor::loadAtlas(QStringLiteral(TEST_DATA_DIR "/mini-atlas")).atlas;
    if (gContext->articles.isEmpty() || gContext->places.isEmpty()) std::abort(); // wrong data folder
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const kPath = "/vsimem/fuzz/routes.geojson";
    // GDAL reads the buffer in place (bTakeOwnership = FALSE); it must outlive the file.
    VSILFILE *file = VSIFileFromMemBuffer(kPath, const_cast<GByte *>(data), vsi_l_offset(size), FALSE);
    if (!file) return 0;
    VSIFCloseL(file);

    const QString path = QString::fromLatin1(kPath);
    QList<corridor::ValidationIssue> issues;
    corridor::Atlas routes = *gContext;
    routes.routes.clear();
    corridor::loadRoutesFile(path, routes, issues);
    for (const corridor::Route &route : routes.routes)
        if (route.id.isEmpty() || route.parts.isEmpty() || route.projectedParts.size() != route.parts.size()) std::abort();

    corridor::Atlas places = *gContext;
    places.places.clear();
    corridor::loadPlacesFile(path, places, issues);
    for (const corridor::ValidationIssue &issue : std::as_const(issues))
        if (issue.file.isEmpty() || issue.reason.isEmpty()) std::abort(); // every problem names its file and reason

    VSIUnlink(kPath);
    return 0;
}
