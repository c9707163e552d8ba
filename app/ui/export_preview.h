#pragma once
// The export dialog's live preview: the snapshot request drawn by the same renderer, scaled
// to the widget. Everything in a snapshot is sized in points, so drawing the request at a
// lower DPI (same extent, same physical size) gives exactly its layout in fewer pixels;
// small outputs are drawn at their true size. Changes are debounced, so typing a width
// does not redraw on every key.

#include "map_renderer.h"
#include "snapshot_request.h"

#include <QImage>
#include <QTimer>
#include <QWidget>

namespace corridor {

class ExportPreview : public QWidget {
    Q_OBJECT
public:
    explicit ExportPreview(std::shared_ptr<const Atlas> atlas, QWidget *parent = nullptr);

    /// \brief Shows `request` after a short pause (kDebounceMs) without further changes.
    void setRequest(const SnapshotRequest &request);
    /// \brief The last preview drawn (its aspect is the output's).
    QImage image() const { return mImage; }
    /// \brief The view the last preview was drawn with.
    Viewport previewView() const { return mPreviewView; }

    static constexpr int kDebounceMs = 150;

    QSize sizeHint() const override { return {560, 400}; }
    QSize minimumSizeHint() const override { return {240, 180}; }

signals:
    void rendered();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void renderNow();

    MapRenderer mRenderer;
    SnapshotRequest mRequest;
    bool mHasRequest = false;
    QImage mImage;
    Viewport mPreviewView;
    QTimer mDebounce;
};

/// \brief The request's view drawn at most `box` pixels large: same extent and layout, DPI
/// lowered by the same factor as the pixels (the view itself when it already fits).
Viewport previewViewport(const Viewport &output, QSize box);

} // namespace corridor
