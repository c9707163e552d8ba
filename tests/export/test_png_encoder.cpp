// The PNG encoder: what goes in comes back out through an independent reader (Qt's):
// every pixel, the resolution, text chunks with non-ASCII values, and transparency when
// the image has any. A failing device is reported, not ignored.

#include "png_encoder.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QtTest>

using namespace corridor;

namespace {

/// A small picture with flat areas, a diagonal line and antialiased edges, like a map.
QImage sampleImage(QImage::Format format, bool transparentCorner)
{
    QImage image(97, 61, format); // odd sizes: no row-alignment luck
    image.fill(QColor(0xc9, 0xdf, 0xec));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0xf3, 0xf0, 0xe8));
    painter.setPen(QPen(QColor(0xd5, 0x5e, 0x00), 3));
    painter.drawEllipse(QRectF(10, 8, 60, 40));
    painter.drawLine(QPointF(0, 60), QPointF(96, 0));
    if (transparentCorner) {
        painter.setCompositionMode(QPainter::CompositionMode_Source);
        painter.fillRect(QRect(80, 45, 17, 16), QColor(255, 0, 0, 100));
    }
    painter.end();
    return image;
}

QImage decode(const QByteArray &bytes, QImageReader *reader)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    reader->setDevice(&buffer);
    QImage image = reader->read();
    reader->setDevice(nullptr);
    return image;
}

/// A device that refuses every write, as a full disk does.
class FullDevice : public QIODevice {
public:
    FullDevice() { open(QIODevice::WriteOnly); }
protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override { setErrorString(QStringLiteral("no space left")); return -1; }
};

} // namespace

class TestPngEncoder : public QObject {
    Q_OBJECT
private slots:
    void opaqueImageRoundTrips()
    {
        QImage image = sampleImage(QImage::Format_ARGB32_Premultiplied, false);
        image.setDotsPerMeterX(11811); // 300 DPI
        image.setDotsPerMeterY(11811);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        const PngText text{{QStringLiteral("Title"), QStringLiteral("Aktau–Siyazan cable")},
                           {QStringLiteral("Source"), QStringLiteral("Caspian News, «Bakı», 22 Nov 2022")}};
        QVERIFY2(encodePng(image, text, &out, &error), qPrintable(error));

        QImageReader reader;
        const QImage read = decode(out.data(), &reader);
        QVERIFY(!read.isNull());
        QVERIFY(!read.hasAlphaChannel()); // opaque maps are written as RGB
        QCOMPARE(read.size(), image.size());
        QCOMPARE(read.convertToFormat(QImage::Format_RGB32), image.convertToFormat(QImage::Format_RGB32));
        QCOMPARE(read.dotsPerMeterX(), 11811);
        QCOMPARE(read.text(QStringLiteral("Title")), QStringLiteral("Aktau–Siyazan cable"));
        QCOMPARE(read.text(QStringLiteral("Source")), QStringLiteral("Caspian News, «Bakı», 22 Nov 2022"));
    }

    /// Stripes compressed on several threads join into one stream every reader accepts.
    void stripesJoinIntoOneImage_data()
    {
        QTest::addColumn<int>("stripes");
        QTest::addColumn<bool>("transparent");
        QTest::newRow("1 stripe") << 1 << false;
        QTest::newRow("3 stripes") << 3 << false;
        QTest::newRow("7 stripes, RGBA") << 7 << true;
        QTest::newRow("a stripe per row") << 61 << false;
    }
    void stripesJoinIntoOneImage()
    {
        QFETCH(int, stripes);
        QFETCH(bool, transparent);
        const QImage image = sampleImage(QImage::Format_ARGB32_Premultiplied, transparent);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(encodePng(image, {}, &out, &error, stripes), qPrintable(error));
        QImageReader reader;
        const QImage read = decode(out.data(), &reader);
        QVERIFY2(!read.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(read.convertToFormat(QImage::Format_ARGB32_Premultiplied), image);
    }

    void transparencyIsKept()
    {
        const QImage image = sampleImage(QImage::Format_ARGB32_Premultiplied, true);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(encodePng(image, {}, &out, &error), qPrintable(error));
        QImageReader reader;
        const QImage read = decode(out.data(), &reader);
        QVERIFY(read.hasAlphaChannel());
        QCOMPARE(qAlpha(read.pixel(90, 50)), 100);
        // Colours match after un-premultiplying (within rounding of the 100/255 alpha).
        const QImage expected = image.convertToFormat(QImage::Format_ARGB32);
        const QImage actual = read.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb a = expected.pixel(x, y), b = actual.pixel(x, y);
                QVERIFY2(qAbs(qRed(a) - qRed(b)) <= 1 && qAbs(qGreen(a) - qGreen(b)) <= 1 && qAbs(qBlue(a) - qBlue(b)) <= 1 &&
                             qAlpha(a) == qAlpha(b),
                         qPrintable(QStringLiteral("pixel %1,%2").arg(x).arg(y)));
            }
    }

    void otherFormatsAreConverted()
    {
        const QImage image = sampleImage(QImage::Format_RGB888, false);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(encodePng(image, {}, &out, &error), qPrintable(error));
        QImageReader reader;
        QCOMPARE(decode(out.data(), &reader).convertToFormat(QImage::Format_RGB32), image.convertToFormat(QImage::Format_RGB32));
    }

    void writeFailureIsReported()
    {
        FullDevice device;
        QString error;
        QVERIFY(!encodePng(sampleImage(QImage::Format_RGB32, false), {}, &device, &error));
        QVERIFY2(error.contains(QLatin1String("no space left")), qPrintable(error));
    }
};

QTEST_MAIN(TestPngEncoder)
#include "test_png_encoder.moc"
