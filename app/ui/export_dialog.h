#pragma once
// File ▸ Export Snapshot: where to write, at which size, with which title and decorations.
// Writes through writeSnapshot(), the same code path as `corridor-atlas --export`.

#include "map_renderer.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace corridor {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(std::shared_ptr<const Atlas> atlas, const Viewport &view, const QString &selectedRoute,
                 QWidget *parent = nullptr);

    /// \brief The view and options the dialog would write now.
    Viewport exportViewport() const;
    RenderOptions exportOptions() const;
    QString outputPath() const;
    void setOutputPath(const QString &path);

public slots:
    void accept() override;

private:
    void browse();
    void rememberSettings() const;

    std::shared_ptr<const Atlas> mAtlas;
    Viewport mView;
    QString mSelectedRoute;
    QLineEdit *mPath;
    QRadioButton *mCurrentSize;
    QRadioButton *mCustomSize;
    QSpinBox *mWidth;
    QSpinBox *mHeight;
    QLineEdit *mTitle;
    QLineEdit *mSubtitle;
    QCheckBox *mLegend;
    QCheckBox *mScaleBar;
    QCheckBox *mAttribution;
    QCheckBox *mTitleShown;
};

} // namespace corridor
