#pragma once
// Shared by the export tests: the bundled atlas, loaded once, and small image measurements.

#include "atlas.h"

#include <QColor>
#include <QImage>
#include <QRect>
#include <memory>

namespace corridor::test {

inline std::shared_ptr<const Atlas> bundledAtlas()
{
    static const AtlasLoadResult result = loadAtlas(QStringLiteral(BUNDLED_ATLAS_DIR));
    return result.atlas;
}

inline bool isNear(QRgb pixel, const QColor &colour, int tolerance)
{
    return qAbs(qRed(pixel) - colour.red()) <= tolerance && qAbs(qGreen(pixel) - colour.green()) <= tolerance &&
           qAbs(qBlue(pixel) - colour.blue()) <= tolerance;
}

/// Pixels within `tolerance` of `colour` (per channel) inside `region` (whole image if empty).
inline int pixelsNear(const QImage &image, const QColor &colour, int tolerance = 12, QRect region = {})
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    region = region.isEmpty() ? rgb.rect() : region.intersected(rgb.rect());
    int count = 0;
    for (int y = region.top(); y <= region.bottom(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = region.left(); x <= region.right(); ++x)
            if (isNear(line[x], colour, tolerance)) ++count;
    }
    return count;
}

} // namespace corridor::test
