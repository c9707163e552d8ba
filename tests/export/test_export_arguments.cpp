// `corridor-atlas export OUT …` and `--export FILE …`: every option parsed into the same
// arguments, before any QApplication exists; every mistake is one line naming the option.

#include "command_line.h"

#include <QtTest>

using namespace corridor;

namespace {
CommandLine parse(const QStringList &arguments) { return parseCommandLine(QStringList{QStringLiteral("corridor-atlas")} + arguments); }
} // namespace

class TestExportArguments : public QObject {
    Q_OBJECT
private slots:
    void exportCommandWithEveryOption()
    {
        const CommandLine cl = parse({"export", "out.tif", "--format", "geotiff", "--size", "210x297mm", "--dpi", "150",
                                      "--extent", "40,38,50,46", "--route", "btc", "--route", "cpc", "--title", "T",
                                      "--subtitle", "S", "--no-legend", "--no-scale-bar", "--no-north-arrow",
                                      "--no-attribution", "--no-sources", "--no-highlight", "--no-title", "--world-file"});
        QCOMPARE(cl.mode, CommandLine::Mode::Export);
        const ExportArguments &a = cl.exportArguments;
        QCOMPARE(a.output, QStringLiteral("out.tif"));
        QCOMPARE(a.format, std::optional(SnapshotFormat::GeoTiff));
        QCOMPARE(a.size.unit, SnapshotSize::Unit::Millimetres);
        QCOMPARE(a.effectiveDpi(), 150.0);
        QCOMPARE(a.size.pixels(a.effectiveDpi()), QSize(1240, 1754));
        QCOMPARE(*a.extent, QRectF(40, 38, 10, 8));
        QCOMPARE(a.routes, (QStringList{"btc", "cpc"}));
        QCOMPARE(a.title, QStringLiteral("T"));
        QCOMPARE(a.subtitle, std::optional(QStringLiteral("S")));
        QVERIFY(!a.decorations.legend && !a.decorations.scaleBar && !a.decorations.northArrow && !a.decorations.attribution && !a.decorations.sourcesFooter &&
                !a.highlightRoutes && !a.decorations.title);
        QVERIFY(a.worldFile);
    }

    void defaults()
    {
        const ExportArguments a = parse({"export", "map.png"}).exportArguments;
        QVERIFY(!a.format); // from the suffix when writing
        QCOMPARE(a.size.pixels(a.effectiveDpi()), QSize(1920, 1080));
        QCOMPARE(a.effectiveDpi(), 96.0);
        QVERIFY(a.decorations.legend && a.decorations.title && a.decorations.scaleBar && a.decorations.northArrow && a.decorations.sourcesFooter);
        QCOMPARE(a.jpegQuality, 92);
        // Paper sizes default to print resolution.
        QCOMPARE(parse({"export", "map.pdf", "--size", "11x8.5in"}).exportArguments.effectiveDpi(), 300.0);
    }

    void firstVersionShorthandTakesTheSamePath()
    {
        const CommandLine cl = parse({"--export", "old.jpg", "--size", "800x600", "--route", "btc", "--quality", "70"});
        QCOMPARE(cl.mode, CommandLine::Mode::Export);
        QCOMPARE(cl.exportArguments.output, QStringLiteral("old.jpg"));
        QCOMPARE(cl.exportArguments.jpegQuality, 70);
        QCOMPARE(cl.exportArguments.routes, QStringList{"btc"});
        QCOMPARE(cl.size, QSize(800, 600)); // the first version's fields still filled
        QCOMPARE(cl.exportPath, QStringLiteral("old.jpg"));
    }

    void eachRoute()
    {
        const CommandLine cl = parse({"export", "--each-route", "out", "--format", "svg"});
        QCOMPARE(cl.mode, CommandLine::Mode::Export);
        QCOMPARE(cl.exportArguments.eachRouteDir, QStringLiteral("out"));
        QVERIFY(cl.exportArguments.output.isEmpty());
    }

    void dataFormats()
    {
        const ExportArguments gpkg = parse({"export", "atlas.gpkg", "--extent", "40,38,50,46"}).exportArguments;
        QCOMPARE(gpkg.dataFormat, std::optional(DataFormat::GeoPackage));
        QVERIFY(!gpkg.format);
        QCOMPARE(parse({"export", "out.json", "--format", "kml"}).exportArguments.dataFormat, std::optional(DataFormat::Kml));
        QCOMPARE(parse({"export", "--each-route", "d", "--format", "kml"}).mode, CommandLine::Mode::Error);
        QCOMPARE(parse({"export", "a.geojson", "--world-file"}).mode, CommandLine::Mode::Error);
    }

    void mistakes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{"export", "a.png", "--frobnicate"} << "frobnicate";
        QTest::newRow("no file") << QStringList{"export"} << "needs a file";
        QTest::newRow("two files") << QStringList{"export", "a.png", "b.png"} << "one file";
        QTest::newRow("file twice") << QStringList{"export", "a.png", "--export", "b.png"} << "give the file once";
        QTest::newRow("file and each-route") << QStringList{"export", "a.png", "--each-route", "d"} << "not both";
        QTest::newRow("unknown suffix") << QStringList{"export", "a.xyz"} << "cannot tell the format";
        QTest::newRow("unknown format") << QStringList{"export", "a.png", "--format", "gif"} << "--format \"gif\"";
        QTest::newRow("impossible size") << QStringList{"export", "a.png", "--size", "30000x100"} << "--size";
        QTest::newRow("size in furlongs") << QStringList{"export", "a.png", "--size", "3x4furlong"} << "--size";
        QTest::newRow("too many pixels at that dpi") << QStringList{"export", "a.pdf", "--size", "2000x1000mm"} << "at 300 dpi";
        QTest::newRow("zero dpi") << QStringList{"export", "a.png", "--dpi", "0"} << "--dpi";
        QTest::newRow("quality") << QStringList{"export", "a.jpg", "--quality", "101"} << "--quality";
        QTest::newRow("world file with pdf") << QStringList{"export", "a.pdf", "--world-file"} << "--world-file";
        QTest::newRow("extent with each-route") << QStringList{"export", "--each-route", "d", "--extent", "1,1,2,2"} << "exclude";
        QTest::newRow("export option without export") << QStringList{"--no-legend"} << "needs --export";
    }
    void mistakes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CommandLine cl = parse(arguments);
        QCOMPARE(cl.mode, CommandLine::Mode::Error);
        QVERIFY2(cl.error.contains(message), qPrintable(cl.error));
        QVERIFY(!cl.error.contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestExportArguments)
#include "test_export_arguments.moc"
