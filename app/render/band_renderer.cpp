#include "band_renderer.h"

#include <QFuture>
#include <QPainter>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace corridor {

namespace {

/// Below this many rows per band, starting a thread costs more than it saves.
constexpr int kMinRowsPerBand = 64;

} // namespace

void renderInBands(const MapRenderer &renderer, QImage &image, const Viewport &view, const RenderOptions &options,
                   int bands)
{
    if (image.isNull()) return;
    if (bands <= 0) bands = QThread::idealThreadCount();
    bands = std::clamp(bands, 1, std::max(1, image.height() / kMinRowsPerBand));
    uchar *const bits = image.bits(); // detaches once, here, before any thread writes
    const qsizetype bytesPerLine = image.bytesPerLine();

    auto paintBand = [&, bits, bytesPerLine](int top, int bottom) {
        // A QImage over the band's rows of the shared buffer: the threads never touch the same row.
        QImage band(bits + top * bytesPerLine, image.width(), bottom - top, bytesPerLine, image.format());
        band.setDevicePixelRatio(image.devicePixelRatio());
        QPainter painter(&band);
        painter.translate(0, -top / image.devicePixelRatio()); // the painter works in logical pixels
        renderer.render(painter, view, options);
    };
    QList<QFuture<void>> others;
    for (int b = 1; b < bands; ++b) {
        const int top = image.height() * b / bands;
        const int bottom = image.height() * (b + 1) / bands;
        others.append(QtConcurrent::run(paintBand, top, bottom));
    }
    paintBand(0, image.height() / bands); // this thread draws the first band meanwhile
    for (QFuture<void> &future : others) future.waitForFinished();
}

} // namespace corridor
