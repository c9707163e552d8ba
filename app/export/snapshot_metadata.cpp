#include "snapshot_metadata.h"

#include "cited_sources.h"
#include "web_mercator.h"

#include <QCoreApplication>
#include <QLocale>

namespace corridor {

namespace {
QString softwareName()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral("Corridor Atlas") : QStringLiteral("Corridor Atlas %1").arg(version);
}

QRectF extentInDegrees(const Viewport &view)
{
    const QRectF m = view.mercatorRect();
    const QGeoCoordinate sw = web_mercator::unproject(QPointF(m.left(), m.top()));
    const QGeoCoordinate ne = web_mercator::unproject(QPointF(m.right(), m.bottom()));
    return QRectF(QPointF(sw.longitude(), sw.latitude()), QPointF(ne.longitude(), ne.latitude()));
}
} // namespace

QString SnapshotMetadata::statusLine() const
{
    return statusAsOf.isValid() ? QStringLiteral("Status as of %1").arg(snapshotDate(statusAsOf)) : QString();
}

QString SnapshotMetadata::sourcesLine() const { return sources.join(QStringLiteral("; ")); }

QString SnapshotMetadata::description() const
{
    const QLocale c = QLocale::c();
    QStringList lines;
    if (!subtitle.isEmpty()) lines.append(subtitle);
    if (extentDegrees.isValid())
        lines.append(QStringLiteral("Extent (W,S,E,N, degrees): %1,%2,%3,%4")
                         .arg(c.toString(extentDegrees.left(), 'f', 4), c.toString(extentDegrees.top(), 'f', 4),
                              c.toString(extentDegrees.right(), 'f', 4), c.toString(extentDegrees.bottom(), 'f', 4)));
    if (statusAsOf.isValid()) lines.append(statusLine() + QLatin1Char('.'));
    for (const QString &source : sources) lines.append(QStringLiteral("Source: ") + source);
    if (!basemap.isEmpty()) lines.append(QStringLiteral("Basemap: ") + basemap);
    return lines.join(QLatin1Char('\n'));
}

SnapshotMetadata snapshotMetadata(const Atlas &atlas, const Viewport &view, const RenderOptions &options)
{
    SnapshotMetadata metadata;
    metadata.title = options.title.isEmpty() ? QStringLiteral("Corridor Atlas snapshot") : options.title;
    metadata.subtitle = options.subtitle;
    const QList<const Article *> articles = citedArticles(atlas, view, options);
    for (const Article *article : articles) metadata.sources.append(articleCitation(*article));
    metadata.statusAsOf = latestSourceDate(articles);
    metadata.basemap = QStringLiteral("Natural Earth (public domain; de facto boundaries)");
    metadata.software = softwareName();
    if (view.isValid()) metadata.extentDegrees = extentInDegrees(view);
    return metadata;
}

} // namespace corridor
