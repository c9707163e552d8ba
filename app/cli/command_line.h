#pragma once
// The command line, parsed before any QApplication exists: headless modes must decide
// on the offscreen platform before Qt looks for a display.

#include "export_arguments.h"

#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

namespace corridor {

struct CommandLine {
    enum class Mode { Gui, Validate, Export, Info, Version, Help, Error };
    Mode mode = Mode::Gui;
    QString atlasDir;       ///< empty: the bundled atlas
    QString exportPath;
    QSize size{1920, 1080};
    QString route;          ///< --route for export, --select for the GUI
    std::optional<QRectF> extent; ///< lon/lat: x=west, y=south, width, height
    QString title;
    ExportArguments exportArguments; ///< export: every snapshot option (the fields above mirror a few)
    QString infoId;         ///< info: the route or place to describe; empty lists everything
    bool json = false;      ///< info: machine-readable output
    QString error;          ///< for Mode::Error: one line
    QString helpText;

    bool isHeadless() const { return mode != Mode::Gui; }
};

CommandLine parseCommandLine(const QStringList &arguments);

/// \brief "1920x1080" → size; nothing when malformed or outside 16..20000 px.
std::optional<QSize> parseSize(const QString &text);
/// \brief "W,S,E,N" in degrees → rectangle; nothing when malformed or impossible.
std::optional<QRectF> parseExtent(const QString &text, QString *why);

} // namespace corridor
