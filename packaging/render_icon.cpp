// Build-time helper: renders the SVG application icon to the PNG sizes of the hicolor theme,
// so the source tree holds the SVG only.
//
//   render_icon ICON.svg OUTPUT_DIR NAME SIZE...
//
// writes OUTPUT_DIR/<SIZE>x<SIZE>/apps/NAME.png for every SIZE; exits 1 on any failure.

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QTextStream err(stderr);
    if (argc < 5) {
        err << "usage: render_icon ICON.svg OUTPUT_DIR NAME SIZE...\n";
        return 2;
    }
    const QString svgPath = QString::fromLocal8Bit(argv[1]);
    const QDir outputDir(QString::fromLocal8Bit(argv[2]));
    const QString name = QString::fromLocal8Bit(argv[3]);

    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid()) {
        err << "render_icon: " << svgPath << ": not a valid SVG\n";
        return 1;
    }
    for (int i = 4; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            err << "render_icon: \"" << argv[i] << "\" is not an icon size\n";
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString subdir = QStringLiteral("%1x%1/apps").arg(size);
        if (!outputDir.mkpath(subdir)) {
            err << "render_icon: cannot create " << outputDir.filePath(subdir) << "\n";
            return 1;
        }
        const QString pngPath = outputDir.filePath(subdir + QLatin1Char('/') + name + QStringLiteral(".png"));
        if (!image.convertToFormat(QImage::Format_ARGB32).save(pngPath, "PNG")) {
            err << "render_icon: cannot write " << pngPath << "\n";
            return 1;
        }
    }
    return 0;
}
