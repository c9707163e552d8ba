// Every snapshot format: the file is what its name says, vector formats stay vectors with
// text as text, pages have the asked physical size, provenance travels in the metadata, and
// a failed write never damages what was there before.

#include "export_test_support.h"
#include "cited_sources.h"
#include "map_style.h"
#include "snapshot_framing.h"
#include "snapshot_size.h"
#include "snapshot_writer.h"

#include <QImageReader>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace corridor;
using corridor::test::bundledAtlas;

namespace {

SnapshotRequest requestFor(QSize size, double dpi = 96.0, const QString &route = {})
{
    SnapshotRequest request;
    request.view = framingView(*bundledAtlas(), route, size, dpi);
    request.options = snapshotOptions(*bundledAtlas(), route);
    return request;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Every FlateDecode stream of a PDF, inflated: Qt compresses page content.
QList<QByteArray> inflatedPdfStreams(const QByteArray &pdf)
{
    QList<QByteArray> streams;
    static const QRegularExpression start(QStringLiteral("stream\\r?\\n"));
    qsizetype from = 0;
    while (true) {
        const QRegularExpressionMatch m = start.match(QString::fromLatin1(pdf), from);
        if (!m.hasMatch()) break;
        const qsizetype begin = m.capturedEnd();
        const qsizetype end = pdf.indexOf("endstream", begin);
        if (end < 0) break;
        const QByteArray raw = pdf.mid(begin, end - begin);
        // qUncompress wants zlib data behind a big-endian size hint; it grows past a short hint.
        const quint32 hint = quint32(raw.size()) * 8;
        if (!raw.startsWith('\x78')) { // not a zlib stream (the XMP packet is stored plain)
            streams.append(raw);
            from = end + 9;
            continue;
        }
        QByteArray framed(4, 0);
        framed[0] = char(hint >> 24);
        framed[1] = char(hint >> 16);
        framed[2] = char(hint >> 8);
        framed[3] = char(hint);
        const QByteArray inflated = qUncompress(framed + raw);
        streams.append(inflated);
        from = end + 9;
    }
    return streams;
}

QStringList filesIn(const QString &dir) { return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden); }

} // namespace

class TestSnapshotFormats : public QObject {
    Q_OBJECT
private slots:
    void fileIsWhatItsNameSays_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << "map.png" << QByteArray("\x89PNG");
        QTest::newRow("jpg") << "map.jpg" << QByteArray("\xFF\xD8\xFF");
        QTest::newRow("jpeg") << "map.JPEG" << QByteArray("\xFF\xD8\xFF");
        QTest::newRow("tif") << "map.tif" << QByteArray("II*");
        QTest::newRow("svg") << "map.svg" << QByteArray("<?xml");
        QTest::newRow("pdf") << "map.pdf" << QByteArray("%PDF-");
    }
    void fileIsWhatItsNameSays()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, magic);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        const SnapshotResult result = writeSnapshot(MapRenderer(bundledAtlas()), requestFor(QSize(400, 300)), path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.files, QStringList{path});
        QVERIFY2(readAll(path).startsWith(magic), qPrintable(readAll(path).left(8).toHex()));
        QCOMPARE(filesIn(dir.path()), QStringList{name}); // no temporary file left behind
    }

    void explicitFormatWinsOverTheSuffix()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("snapshot.data"));
        SnapshotRequest request = requestFor(QSize(200, 150));
        request.format = SnapshotFormat::Png;
        QVERIFY(writeSnapshot(MapRenderer(bundledAtlas()), request, path).ok);
        QVERIFY(readAll(path).startsWith("\x89PNG"));
    }

    void rasterFormatsHaveTheAskedSizeAndDpi_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << "a.png";
        QTest::newRow("jpeg") << "a.jpg";
    }
    void rasterFormatsHaveTheAskedSizeAndDpi()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QVERIFY(writeSnapshot(MapRenderer(bundledAtlas()), requestFor(QSize(900, 500), 200), path).ok);
        QImageReader reader(path);
        QCOMPARE(reader.size(), QSize(900, 500));
        const QImage image = reader.read();
        QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 200);
        // The map is on it: water and a route colour.
        QVERIFY(test::pixelsNear(image, style::kWater, 3) > 10000);
        QVERIFY(test::pixelsNear(image, style::kindColour(RouteKind::Pipeline), 20) > 100);
    }

    void pngCarriesItsProvenance()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.png"));
        QVERIFY(writeSnapshot(MapRenderer(bundledAtlas()), requestFor(QSize(400, 300), 96, QStringLiteral("btc")), path).ok);
        const QImage image(path);
        const Route *btc = bundledAtlas()->route(QStringLiteral("btc"));
        QCOMPARE(image.text(QStringLiteral("Title")), btc->name);
        const Article *article = bundledAtlas()->article(btc->sources.first().articleId);
        QVERIFY2(image.text(QStringLiteral("Source")).contains(article->title()), qPrintable(image.text(QStringLiteral("Source"))));
        QCOMPARE(image.text(QStringLiteral("Status as of")), article->date().toString(Qt::ISODate));
        QVERIFY(image.text(QStringLiteral("Software")).startsWith(QLatin1String("Corridor Atlas")));
        QVERIFY(image.text(QStringLiteral("Description")).contains(QLatin1String("Natural Earth")));
    }

    void jpegQualityIsApplied()
    {
        QTemporaryDir dir;
        SnapshotRequest request = requestFor(QSize(800, 500));
        request.jpegQuality = 30;
        QVERIFY(writeSnapshot(MapRenderer(bundledAtlas()), request, dir.filePath(QStringLiteral("low.jpg"))).ok);
        request.jpegQuality = 98;
        QVERIFY(writeSnapshot(MapRenderer(bundledAtlas()), request, dir.filePath(QStringLiteral("high.jpg"))).ok);
        const qint64 low = QFileInfo(dir.filePath(QStringLiteral("low.jpg"))).size();
        const qint64 high = QFileInfo(dir.filePath(QStringLiteral("high.jpg"))).size();
        QVERIFY2(low * 2 < high, qPrintable(QStringLiteral("%1 vs %2 bytes").arg(low).arg(high)));
        // Provenance as JPEG comments.
        const QByteArray jpeg = readAll(dir.filePath(QStringLiteral("low.jpg")));
        QVERIFY(jpeg.contains("Source: Nargiz Mammadli"));
        QVERIFY(jpeg.contains("StatusAsOf: 2022-11-22"));
    }

    void svgIsVectorsWithTextAsText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("map.svg"));
        SnapshotRequest request = requestFor(QSize(1200, 800), 150);
        QVERIFY(writeSnapshot(MapRenderer(bundledAtlas()), request, path).ok);
        QVERIFY(QSvgRenderer(path).isValid());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList texts;
        QSet<QString> strokes;     // colours of stroked lines (QSvgGenerator styles a <g> per pen)
        QStringList groupStrokes;  // the stroke of each open <g>
        QString title, description;
        int images = 0;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("g")) groupStrokes.removeLast();
            if (token != QXmlStreamReader::StartElement) continue;
            const QStringView name = xml.name();
            if (name == QLatin1String("g")) {
                groupStrokes.append(xml.attributes().value(QLatin1String("stroke")).toString().toLower());
            } else if (name == QLatin1String("svg")) {
                // Physical size at the DPI, drawing units in pixels.
                QCOMPARE(xml.attributes().value(QLatin1String("viewBox")).toString(), QStringLiteral("0 0 1200 800"));
                QCOMPARE(xml.attributes().value(QLatin1String("width")).toString(), QStringLiteral("203.2mm"));
                QCOMPARE(xml.attributes().value(QLatin1String("height")).toString(), QStringLiteral("135.467mm"));
            } else if (name == QLatin1String("text")) {
                texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
            } else if (name == QLatin1String("title")) {
                title = xml.readElementText();
            } else if (name == QLatin1String("desc")) {
                description = xml.readElementText();
            } else if (name == QLatin1String("image")) {
                ++images;
            } else if (name == QLatin1String("polyline") || name == QLatin1String("path") || name == QLatin1String("polygon")) {
                const QString own = xml.attributes().value(QLatin1String("stroke")).toString().toLower();
                strokes.insert(own.isEmpty() && !groupStrokes.isEmpty() ? groupStrokes.last() : own);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(images, 0);
        // Every route kind is drawn as a stroked vector line in its colour.
        for (RouteKind kind : kAllRouteKinds)
            QVERIFY2(strokes.contains(style::kindColour(kind).name()), qPrintable(kindLabel(kind)));
        // Place names, title and legend are real text.
        for (const char *name : {"Baku", "Tbilisi", "Aktau", "Poti"})
            QVERIFY2(texts.contains(QLatin1String(name)), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(request.options.title));
        QVERIFY(texts.contains(QStringLiteral("Pipeline")));
        QCOMPARE(title, request.options.title);
        QVERIFY(description.contains(QLatin1String("Caspian News")));
        QVERIFY(description.contains(QLatin1String("Status as of")));
    }

    void pdfIsAVectorPageOfTheAskedSize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a4.pdf"));
        // A4 landscape at 150 dpi.
        const SnapshotSize a4{QSizeF(297, 210), SnapshotSize::Unit::Millimetres};
        SnapshotRequest request = requestFor(a4.pixels(150), 150);
        request.physicalSizeMm = a4.millimetres(150);
        QCOMPARE(request.view.sizePx(), QSize(1754, 1240));
        QVERIFY(writeSnapshot(MapRenderer(bundledAtlas()), request, path).ok);

        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pdf.size() < 1500 * 1024, qPrintable(QString::number(pdf.size())));
        QVERIFY(!pdf.contains("/Subtype /Image") && !pdf.contains("/Subtype/Image"));

        static const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[\\s*0 0 ([\\d.]+) ([\\d.]+)\\s*\\]"));
        const QRegularExpressionMatch box = mediaBox.match(QString::fromLatin1(pdf));
        QVERIFY(box.hasMatch());
        QVERIFY2(qAbs(box.captured(1).toDouble() - 297 / 25.4 * 72) < 1.0, qPrintable(box.captured(0)));
        QVERIFY2(qAbs(box.captured(2).toDouble() - 210 / 25.4 * 72) < 1.0, qPrintable(box.captured(0)));

        QByteArray content;
        for (const QByteArray &stream : inflatedPdfStreams(pdf)) content += stream;
        // Path construction (moveto/lineto/curveto/rectangle) and text objects.
        for (const char *op : {" m\n", " l\n", " c\n", " re\n"})
            QVERIFY2(content.contains(op), op);
        QVERIFY(content.contains("BT\n") || content.contains("BT "));
        QVERIFY(content.contains("Caspian News")); // sources in the XMP metadata
        QVERIFY(content.contains("Status as of"));
    }

    void failedSideFileKeepsEverythingAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("map.png"));
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("previous content");
        previous.close();
        // The world file's name is taken by a folder: the write fails after the image is encoded.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("map.pgw")));
        SnapshotRequest request = requestFor(QSize(300, 200));
        request.worldFile = true;
        const SnapshotResult result = writeSnapshot(MapRenderer(bundledAtlas()), request, path);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(dir.filePath(QStringLiteral("map.pgw")) + QStringLiteral(": cannot write")),
                 qPrintable(result.error));
        QCOMPARE(readAll(path), QByteArray("previous content"));
        QCOMPARE(filesIn(dir.path()), (QStringList{QStringLiteral("map.pgw"), QStringLiteral("map.png")}));
    }

    void folderInTheWayIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("taken.pdf"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.pdf")));
        const SnapshotResult result = writeSnapshot(MapRenderer(bundledAtlas()), requestFor(QSize(300, 200)), path);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(path + QStringLiteral(": cannot write")), qPrintable(result.error));
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("taken.pdf")});
    }

    void replacingKeepsThePermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.png"));
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("old");
        previous.close();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        const QFile::Permissions before = QFile::permissions(path);
        QVERIFY(writeSnapshot(MapRenderer(bundledAtlas()), requestFor(QSize(300, 200)), path).ok);
        QVERIFY(readAll(path).startsWith("\x89PNG"));
        QCOMPARE(QFile::permissions(path), before);
    }

    void newFilesAreReadableLikeAnyOther()
    {
        // Staged files are created 0666 & ~umask, not with QTemporaryFile's owner-only 0600.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.png"));
        QFile probe(dir.filePath(QStringLiteral("probe")));
        QVERIFY(probe.open(QIODevice::WriteOnly));
        probe.close();
        QVERIFY(writeSnapshot(MapRenderer(bundledAtlas()), requestFor(QSize(300, 200)), path).ok);
        QCOMPARE(QFile::permissions(path), QFile::permissions(probe.fileName()));
    }

    void worldFileNeedsARasterFormat()
    {
        QTemporaryDir dir;
        SnapshotRequest request = requestFor(QSize(300, 200));
        request.worldFile = true;
        const QString path = dir.filePath(QStringLiteral("a.svg"));
        const SnapshotResult result = writeSnapshot(MapRenderer(bundledAtlas()), request, path);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QLatin1String("world file")));
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void sizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("dpi");
        QTest::addColumn<QSize>("pixels");
        QTest::addColumn<QSizeF>("millimetres");
        QTest::newRow("pixels") << "1920x1080" << 96.0 << QSize(1920, 1080) << QSizeF(508, 285.75);
        QTest::newRow("pixels at 300") << "3000x1500" << 300.0 << QSize(3000, 1500) << QSizeF(254, 127);
        QTest::newRow("A4 portrait") << "210x297mm" << 300.0 << QSize(2480, 3508) << QSizeF(210, 297);
        QTest::newRow("Letter landscape") << "11x8.5in" << 200.0 << QSize(2200, 1700) << QSizeF(279.4, 215.9);
        QTest::newRow("spaces and ×") << " 800 × 600 " << 96.0 << QSize(800, 600) << QSizeF(800 / 96.0 * 25.4, 600 / 96.0 * 25.4);
    }
    void sizes()
    {
        QFETCH(QString, text);
        QFETCH(double, dpi);
        QFETCH(QSize, pixels);
        QFETCH(QSizeF, millimetres);
        const std::optional<SnapshotSize> size = parseSnapshotSize(text);
        QVERIFY(size);
        QCOMPARE(size->pixels(dpi), pixels);
        QVERIFY(qAbs(size->millimetres(dpi).width() - millimetres.width()) < 1e-6);
        QVERIFY(qAbs(size->millimetres(dpi).height() - millimetres.height()) < 1e-6);
        QVERIFY(size->isDrawable(dpi));
    }

    void impossibleSizes()
    {
        for (const char *text : {"0x100", "axb", "10x10cm", "1920.5x1080", "-5x10", ""})
            QVERIFY2(!parseSnapshotSize(QLatin1String(text)), text);
        QVERIFY(!parseSnapshotSize(QStringLiteral("8x8"))->isDrawable(96));          // too small
        QVERIFY(!parseSnapshotSize(QStringLiteral("2000x2000mm"))->isDrawable(300)); // too many pixels
        QVERIFY(!parseSnapshotSize(QStringLiteral("100x100"))->isDrawable(5000));    // absurd DPI
    }

    void formatNames()
    {
        for (SnapshotFormat format : kAllSnapshotFormats)
            QCOMPARE(snapshotFormatFromName(snapshotFormatName(format)), std::optional(format));
        QCOMPARE(snapshotFormatFromSuffix(QStringLiteral("TIF")), std::optional(SnapshotFormat::Tiff));
        QCOMPARE(snapshotFormatFromName(QStringLiteral("jpg")), std::optional(SnapshotFormat::Jpeg));
        QVERIFY(!snapshotFormatFromSuffix(QStringLiteral("bmp")));
        QVERIFY(!snapshotFormatFromName(QStringLiteral("gif")));
    }
};

QTEST_MAIN(TestSnapshotFormats)
#include "test_snapshot_formats.moc"
