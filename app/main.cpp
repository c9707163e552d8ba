// Entry point. Arguments are read before any QApplication exists, so the headless modes
// (validate, --export, --version, --help) run on the offscreen platform with no display.

#include "atlas.h"
#include "atlas_async_loader.h"
#include "command_line.h"
#include "headless_commands.h"
#include "info_command.h"
#include "main_window.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <unistd.h>
#include <memory>

using namespace corridor;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Corridor Atlas"));
    QCoreApplication::setApplicationName(QStringLiteral("corridor-atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORRIDOR_ATLAS_VERSION));
}

/// The executable's folder, known before QCoreApplication::applicationDirPath() can be asked.
QString executableDir(const char *argv0)
{
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    const QString resolved = self.exists() ? self.canonicalFilePath() : QString::fromLocal8Bit(argv0);
    return QFileInfo(resolved).absolutePath();
}

int runHeadless(const CommandLine &commandLine, int argc, char **argv)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (commandLine.mode) {
    case CommandLine::Mode::Help:
        out << commandLine.helpText;
        return 0;
    case CommandLine::Mode::Version:
        out << "corridor-atlas " << CORRIDOR_ATLAS_VERSION << "\n";
        return 0;
    case CommandLine::Mode::Error:
        err << "corridor-atlas: " << commandLine.error << "\n";
        return 2;
    case CommandLine::Mode::Validate: {
        QCoreApplication app(argc, argv);
        describeApplication();
        return runValidate(resolveAtlasDir(commandLine, executableDir(argv[0])), out, err);
    }
    case CommandLine::Mode::Info: {
        QCoreApplication app(argc, argv);
        describeApplication();
        return runInfo(resolveAtlasDir(commandLine, executableDir(argv[0])), commandLine.infoId, commandLine.json, out, err);
    }
    case CommandLine::Mode::Export: {
        // Text and images need a GUI application, on the offscreen platform.
        QGuiApplication app(argc, argv);
        describeApplication();
        return runExport(commandLine, resolveAtlasDir(commandLine, executableDir(argv[0])), out, err);
    }
    case CommandLine::Mode::Gui:
        break;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine commandLine = parseCommandLine(arguments);
    if (commandLine.isHeadless()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Scripts and CI often run without a session; give Qt a private runtime folder so it
        // need not warn about the missing XDG_RUNTIME_DIR on every run.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime = QDir::tempPath() + QStringLiteral("/corridor-atlas-runtime-") + QString::number(getuid());
            if (QDir().mkpath(runtime)) {
                QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
                qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
            }
        }
        return runHeadless(commandLine, argc, argv);
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/corridor-atlas.svg")));
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Corridor Atlas"));
    QGuiApplication::setDesktopFileName(QStringLiteral("corridor-atlas"));

    const QString atlasDir = resolveAtlasDir(commandLine, QCoreApplication::applicationDirPath());
    if (atlasDir.isEmpty()) {
        QTextStream(stderr) << "corridor-atlas: no bundled atlas found; give one with --atlas DIR\n";
        return 1;
    }
    // The atlas loads on a worker thread (a long article takes a while to read and check) while
    // the event loop runs; a small "Loading…" window appears only if that takes a moment, so the
    // usual fast launch shows no flash. The main window is built once the atlas is ready.
    std::unique_ptr<MainWindow> window;
    QLabel loading(QObject::tr("Loading the atlas from %1…").arg(QDir::toNativeSeparators(atlasDir)));
    loading.setMargin(24);
    QFutureWatcher<AtlasLoadResult> watcher;
    QObject::connect(&watcher, &QFutureWatcher<AtlasLoadResult>::finished, [&] {
        const AtlasLoadResult loaded = watcher.result();
        for (const ValidationIssue &issue : loaded.issues)
            QTextStream(stderr) << "warning: " << issue.toString() << "\n";
        window = std::make_unique<MainWindow>(loaded.atlas, loaded.issues);
        window->show();
        loading.close(); // after show(): the app must never be without a window
        // The last view, layers and selection come back; a first launch frames every route.
        window->restoreSession();
        if (!commandLine.route.isEmpty()) {
            if (loaded.atlas->route(commandLine.route)) {
                window->selection()->selectRoute(commandLine.route);
                emit window->selection()->frameRequested(commandLine.route);
            } else {
                QTextStream(stderr) << "corridor-atlas: --select: no route with id \"" << commandLine.route << "\"\n";
            }
        }
    });
    watcher.setFuture(loadAtlasAsync(atlasDir));
    QTimer::singleShot(150, &loading, [&] { if (!window) loading.show(); });
    return app.exec();
}
