#pragma once
// File ▸ Export Snapshot: size (current view, presets, or custom pixels / mm / inches at a
// DPI), contents (title, legend, scale bar, north arrow, attribution, sources footer,
// selection highlight), format (PNG, JPEG, TIFF, SVG, PDF, GeoTIFF, world file), with a
// live preview of exactly that request. Writes through writeSnapshot(), the same code path
// as `corridor-atlas export`, and remembers its settings.

#include "export_settings.h"
#include "map_renderer.h"
#include "snapshot_request.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace corridor {

class ExportPreview;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    /// \brief `view` is the map as shown; `mapOptions` carries its layers and selection.
    ExportDialog(std::shared_ptr<const Atlas> atlas, const Viewport &view, const RenderOptions &mapOptions,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// \brief What Save would write now.
    SnapshotRequest exportRequest() const;
    /// \brief The controls' state, as remembered for next time.
    ExportSettings settings() const;
    QString outputPath() const;
    void setOutputPath(const QString &path);
    ExportPreview *preview() const { return mPreview; }

public slots:
    void accept() override;
    /// \brief Puts the snapshot (as an image of the output's pixels) on the clipboard.
    void copyToClipboard();

private:
    void applySettings(const ExportSettings &settings);
    void sizePresetChanged();
    void formatChanged();
    void pathEdited();
    void browse();
    void refresh();
    void remember() const;
    /// The path with the suffix the chosen format expects, if it has none.
    QString pathWithSuffix() const;

    std::shared_ptr<const Atlas> mAtlas;
    Viewport mView;
    RenderOptions mMapOptions;
    QString mFolder;

    QLineEdit *mPath;
    QComboBox *mSizePreset;
    QDoubleSpinBox *mWidth;
    QDoubleSpinBox *mHeight;
    QComboBox *mUnit;
    QSpinBox *mDpi;
    QLabel *mSizeInfo;
    QComboBox *mFormat;
    QSpinBox *mQuality;
    QCheckBox *mWorldFile;
    QCheckBox *mTitleShown;
    QLineEdit *mTitle;
    QLineEdit *mSubtitle;
    QCheckBox *mLegend;
    QCheckBox *mScaleBar;
    QCheckBox *mNorthArrow;
    QCheckBox *mAttribution;
    QCheckBox *mSourcesFooter;
    QCheckBox *mHighlight;
    QPushButton *mSave;
    QPushButton *mCopy;
    ExportPreview *mPreview;
};

} // namespace corridor
