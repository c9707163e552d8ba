#include "export_preview.h"

#include "snapshot_writer.h"

#include <QPainter>
#include <cmath>

namespace corridor {

Viewport previewViewport(const Viewport &output, QSize box)
{
    const QSize px = output.sizePx();
    if (!output.isValid() || box.isEmpty()) return output;
    const double scale = std::min({double(box.width()) / px.width(), double(box.height()) / px.height(), 1.0});
    if (scale >= 1.0) return output;
    const QSize small(std::max(1, int(std::lround(px.width() * scale))), std::max(1, int(std::lround(px.height() * scale))));
    // Same centre and extent: metres per pixel grow as pixels shrink; points shrink alike.
    return Viewport(output.centre(), output.metresPerPixel() / scale, small, output.dpi() * scale);
}

ExportPreview::ExportPreview(std::shared_ptr<const Atlas> atlas, QWidget *parent)
    : QWidget(parent), mRenderer(std::move(atlas))
{
    setAccessibleName(tr("Snapshot preview"));
    mDebounce.setSingleShot(true);
    mDebounce.setInterval(kDebounceMs);
    connect(&mDebounce, &QTimer::timeout, this, &ExportPreview::renderNow);
}

void ExportPreview::setRequest(const SnapshotRequest &request)
{
    mRequest = request;
    mHasRequest = true;
    mDebounce.start();
}

void ExportPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (mHasRequest) mDebounce.start();
}

void ExportPreview::renderNow()
{
    if (!mRequest.view.isValid()) {
        mImage = QImage();
        update();
        emit rendered();
        return;
    }
    const qreal ratio = devicePixelRatioF();
    const QSize box = (QSizeF(contentsRect().size() - QSize(8, 8)) * ratio).toSize();
    mPreviewView = previewViewport(mRequest.view, box);
    mImage = renderSnapshot(mRenderer, mPreviewView, mRequest.options);
    mImage.setDevicePixelRatio(ratio);
    update();
    emit rendered();
}

void ExportPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().mid());
    if (mImage.isNull()) {
        painter.setPen(palette().text().color());
        painter.drawText(rect(), Qt::AlignCenter, tr("Rendering preview…"));
        return;
    }
    // Drawn at its own pixels when they fit, else scaled down smoothly; centred, with an edge.
    QSizeF shown = QSizeF(mImage.size()) / mImage.devicePixelRatio();
    const QSizeF room = QSizeF(contentsRect().size() - QSize(8, 8));
    if (shown.width() > room.width() || shown.height() > room.height()) shown.scale(room, Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, mImage);
    painter.setPen(QPen(palette().shadow().color(), 1));
    painter.drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5));
}

} // namespace corridor
