#include "atlas_locator.h"

#include <QDir>
#include <QFileInfo>

namespace corridor {

QString locateBundledAtlas(const QString &applicationDir)
{
    const QStringList candidates = {
        QDir(applicationDir).filePath(QStringLiteral("../share/corridor-atlas")),
        QStringLiteral(CORRIDOR_ATLAS_SOURCE_MAPS),
    };
    for (const QString &candidate : candidates)
        if (QFileInfo::exists(QDir(candidate).filePath(QStringLiteral("routes.geojson"))))
            return QDir::cleanPath(QDir(candidate).absolutePath());
    return {};
}

} // namespace corridor
