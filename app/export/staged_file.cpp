#include "staged_file.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace corridor {

namespace {
QString resolvedTarget(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink()) return info.symLinkTarget();
    return info.absoluteFilePath();
}
} // namespace

StagedFile::StagedFile(const QString &targetPath) : mTarget(resolvedTarget(targetPath)) {}

StagedFile::~StagedFile()
{
    if (!mCommitted) discard();
}

bool StagedFile::open()
{
    const QFileInfo target(mTarget);
    if (target.isDir()) {
        mError = QStringLiteral("cannot write: it is a folder");
        return false;
    }
    // Created with O_EXCL and the usual 0666 & ~umask, unlike QTemporaryFile's 0600: a
    // snapshot must be as readable as any file the user writes.
    for (int attempt = 0; attempt < 16; ++attempt) {
        // Hidden, unique, and ending in the target's suffix: some GDAL drivers (GeoPackage)
        // check the extension of the file they create.
        const QString suffix = target.suffix().isEmpty() ? QString() : QLatin1Char('.') + target.suffix();
        const QString name = QStringLiteral(".%1.%2.part%3")
                                 .arg(target.fileName())
                                 .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))
                                 .arg(suffix);
        mFile.setFileName(target.dir().filePath(name));
        if (mFile.open(QIODevice::WriteOnly | QIODevice::NewOnly)) return true;
        if (mFile.error() != QFileDevice::OpenError || !QFile::exists(mFile.fileName())) break;
    }
    mError = QStringLiteral("cannot write: %1").arg(mFile.errorString());
    mFile.setFileName(QString());
    return false;
}

bool StagedFile::close()
{
    if (!mFile.isOpen()) return mError.isEmpty();
    const bool flushed = mFile.flush();
    const QString reason = mFile.errorString();
    mFile.close();
    if (!flushed || mFile.error() != QFileDevice::NoError) {
        mError = QStringLiteral("cannot write: %1").arg(flushed ? mFile.errorString() : reason);
        return false;
    }
    return true;
}

QString StagedFile::releaseForWriter()
{
    // The name stays ours in practice: it is random and hidden, and only just removed.
    mFile.close();
    QFile::remove(mFile.fileName());
    return mFile.fileName();
}

bool StagedFile::commit()
{
    if (mFile.fileName().isEmpty()) return false;
    if (!close()) return false;
    if (QFile::exists(mTarget)) QFile::setPermissions(mFile.fileName(), QFile::permissions(mTarget));
    // rename(2), not QFile::rename: it replaces an existing target in one step.
    if (std::rename(QFile::encodeName(mFile.fileName()).constData(), QFile::encodeName(mTarget).constData()) != 0) {
        mError = QStringLiteral("cannot write: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    mCommitted = true;
    return true;
}

void StagedFile::discard()
{
    if (mFile.isOpen()) mFile.close();
    if (mFile.fileName().isEmpty() || mCommitted) return;
    QFile::remove(mFile.fileName());
    // What a GDAL writer may leave beside a file it did not finish (SQLite journals, PAM).
    for (const char *extra : {"-journal", "-wal", "-shm", ".aux.xml"}) QFile::remove(mFile.fileName() + QLatin1String(extra));
}

bool StagedFile::commitAll(const QList<StagedFile *> &files, QString *failedPath, QString *error)
{
    // Close everything first: a flush failure then stops the set before anything is replaced.
    for (StagedFile *file : files) {
        if (!file->close()) {
            *failedPath = file->targetPath();
            *error = file->error();
            return false;
        }
    }
    for (StagedFile *file : files) {
        if (!file->commit()) {
            *failedPath = file->targetPath();
            *error = file->error();
            return false;
        }
    }
    return true;
}

} // namespace corridor
