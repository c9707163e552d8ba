#pragma once
// A private, writable copy of tests/data/mini-atlas in a temporary folder, so a test can
// swap in a broken routes file or a different article and load it as the app does.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace corridor::test {

class MiniAtlasCopy {
public:
    static constexpr const char *kArticle = "articles/mini-article.txt";

    MiniAtlasCopy()
    {
        const QDir source(QStringLiteral(TEST_DATA_DIR "/mini-atlas"));
        dir().mkdir(QStringLiteral("articles"));
        for (const QString &name : {QStringLiteral("places.geojson"), QStringLiteral("routes.geojson"),
                                    QStringLiteral("basemap.gpkg"), QString::fromLatin1(kArticle)})
            QFile::copy(source.filePath(name), dir().filePath(name));
    }

    QString path() const { return mDir.path(); }
    QDir dir() const { return QDir(mDir.path()); }

    /// \brief Replaces a file of the copy (e.g. "routes.geojson") with `bytes`.
    bool write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(dir().filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
    /// \brief Replaces the routes file with a copy of `sourcePath` (or removes it when empty).
    bool replaceRoutes(const QString &sourcePath) const
    {
        const QString target = dir().filePath(QStringLiteral("routes.geojson"));
        QFile::remove(target);
        return sourcePath.isEmpty() || QFile::copy(sourcePath, target);
    }
    /// \brief The mini atlas's article as shipped.
    static QByteArray originalArticle()
    {
        QFile file(QStringLiteral(TEST_DATA_DIR "/mini-atlas/") + QString::fromLatin1(kArticle));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    QTemporaryDir mDir;
};

} // namespace corridor::test
