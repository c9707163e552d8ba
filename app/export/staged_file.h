#pragma once
// Atomic file replacement for writers that need a path or a QIODevice: everything is
// written to a hidden temporary file beside the target, and only a complete file is renamed
// over it (rename(2) within one folder is atomic). A failed or abandoned write leaves the
// previous file untouched and removes its temporary file.
//
// QSaveFile does the same for a single QIODevice; this class also serves GDAL (which writes
// by path) and lets an image and its world file + .prj appear together or not at all.

#include <QFile>
#include <QList>
#include <QString>

namespace corridor {

class StagedFile {
public:
    /// \brief Prepares a write to `targetPath` (a symbolic link is followed, like QSaveFile).
    explicit StagedFile(const QString &targetPath);
    ~StagedFile();
    StagedFile(const StagedFile &) = delete;
    StagedFile &operator=(const StagedFile &) = delete;

    /// \brief Creates the temporary file, opened for writing; false with error() set on failure.
    bool open();
    /// \brief The open temporary file, for Qt writers (QImageWriter, QSvgGenerator, QPdfWriter).
    QFile &device() { return mFile; }
    /// \brief The temporary file's path.
    QString temporaryPath() const { return mFile.fileName(); }
    /// \brief For writers that create the file themselves by path (GDAL drivers, some of which
    /// refuse an existing file): closes and removes the placeholder, returns the path to create.
    QString releaseForWriter();
    QString targetPath() const { return mTarget; }
    /// \brief Flushes and closes the temporary file; false with error() set if data was lost.
    bool close();
    /// \brief Renames the temporary file over the target, keeping the target's permissions.
    bool commit();
    /// \brief Removes the temporary file (also done by the destructor unless committed).
    void discard();

    /// \brief "cannot write: <reason>", for "PATH: cannot write: …" messages.
    QString error() const { return mError; }

    /// \brief Commits every file, in order; stops at the first failure.
    static bool commitAll(const QList<StagedFile *> &files, QString *failedPath, QString *error);

private:
    QString mTarget;
    QFile mFile;
    QString mError;
    bool mCommitted = false;
};

} // namespace corridor
