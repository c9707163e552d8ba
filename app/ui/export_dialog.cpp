#include "export_dialog.h"

#include "snapshot_framing.h"
#include "snapshot_writer.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

namespace corridor {

ExportDialog::ExportDialog(std::shared_ptr<const Atlas> atlas, const Viewport &view, const QString &selectedRoute,
                           QWidget *parent)
    : QDialog(parent), mAtlas(std::move(atlas)), mView(view), mSelectedRoute(selectedRoute),
      mPath(new QLineEdit(this)), mCurrentSize(new QRadioButton(this)), mCustomSize(new QRadioButton(tr("Custom:"), this)),
      mWidth(new QSpinBox(this)), mHeight(new QSpinBox(this)), mTitle(new QLineEdit(this)), mSubtitle(new QLineEdit(this)),
      mLegend(new QCheckBox(tr("Legend"), this)), mScaleBar(new QCheckBox(tr("Scale bar"), this)),
      mAttribution(new QCheckBox(tr("Attribution"), this)), mTitleShown(new QCheckBox(tr("Title"), this))
{
    setWindowTitle(tr("Export Snapshot"));
    const QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).toString();
    const QString baseName = selectedRoute.isEmpty() ? QStringLiteral("corridor-atlas") : QStringLiteral("corridor-atlas-") + selectedRoute;
    // A remembered folder may have gone; never propose a path that cannot be written.
    const QString existingFolder = !folder.isEmpty() && QDir(folder).exists() ? folder : QDir::homePath();
    mPath->setText(QDir(existingFolder).filePath(baseName + QStringLiteral(".png")));
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(mPath, 1);
    pathRow->addWidget(browseButton);

    mCurrentSize->setText(tr("Current view (%1 × %2 px)").arg(view.sizePx().width()).arg(view.sizePx().height()));
    for (QSpinBox *spin : {mWidth, mHeight}) {
        spin->setRange(16, 20000);
        spin->setSuffix(tr(" px"));
    }
    mWidth->setValue(settings.value(QStringLiteral("export/width"), 1920).toInt());
    mHeight->setValue(settings.value(QStringLiteral("export/height"), 1080).toInt());
    const bool custom = settings.value(QStringLiteral("export/custom"), false).toBool();
    mCurrentSize->setChecked(!custom);
    mCustomSize->setChecked(custom);
    auto *customRow = new QHBoxLayout;
    customRow->addWidget(mCustomSize);
    customRow->addWidget(mWidth);
    customRow->addWidget(new QLabel(QStringLiteral("×"), this));
    customRow->addWidget(mHeight);
    customRow->addStretch();
    auto enableCustom = [this] { mWidth->setEnabled(mCustomSize->isChecked()); mHeight->setEnabled(mCustomSize->isChecked()); };
    connect(mCustomSize, &QRadioButton::toggled, this, enableCustom);
    enableCustom();

    const RenderOptions defaults = snapshotOptions(*mAtlas, selectedRoute);
    mTitle->setText(defaults.title);
    mSubtitle->setText(defaults.subtitle);
    mTitleShown->setChecked(settings.value(QStringLiteral("export/title"), true).toBool());
    mLegend->setChecked(settings.value(QStringLiteral("export/legend"), true).toBool());
    mScaleBar->setChecked(settings.value(QStringLiteral("export/scaleBar"), true).toBool());
    mAttribution->setChecked(settings.value(QStringLiteral("export/attribution"), true).toBool());
    auto *contents = new QHBoxLayout;
    for (QCheckBox *box : {mTitleShown, mLegend, mScaleBar, mAttribution}) contents->addWidget(box);
    contents->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Size:"), mCurrentSize);
    form->addRow(QString(), customRow);
    form->addRow(tr("&Title:"), mTitle);
    form->addRow(tr("&Subtitle:"), mSubtitle);
    form->addRow(tr("Show:"), contents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

Viewport ExportDialog::exportViewport() const
{
    if (mCurrentSize->isChecked()) return mView;
    // Same extent at the chosen size, grown around its centre if the aspect differs.
    return mView.resampled(QSize(mWidth->value(), mHeight->value()), mView.dpi());
}

RenderOptions ExportDialog::exportOptions() const
{
    RenderOptions options;
    options.selectedRoute = mSelectedRoute;
    options.title = mTitle->text();
    options.subtitle = mSubtitle->text();
    options.showTitle = mTitleShown->isChecked();
    options.showLegend = mLegend->isChecked();
    options.showScaleBar = mScaleBar->isChecked();
    options.showAttribution = mAttribution->isChecked();
    return options;
}

QString ExportDialog::outputPath() const { return mPath->text().trimmed(); }
void ExportDialog::setOutputPath(const QString &path) { mPath->setText(path); }

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Snapshot"), outputPath(),
                                                      tr("PNG image (*.png);;JPEG image (*.jpg *.jpeg)"));
    if (!path.isEmpty()) mPath->setText(path);
}

void ExportDialog::rememberSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(outputPath()).absolutePath());
    settings.setValue(QStringLiteral("export/custom"), mCustomSize->isChecked());
    settings.setValue(QStringLiteral("export/width"), mWidth->value());
    settings.setValue(QStringLiteral("export/height"), mHeight->value());
    settings.setValue(QStringLiteral("export/title"), mTitleShown->isChecked());
    settings.setValue(QStringLiteral("export/legend"), mLegend->isChecked());
    settings.setValue(QStringLiteral("export/scaleBar"), mScaleBar->isChecked());
    settings.setValue(QStringLiteral("export/attribution"), mAttribution->isChecked());
}

void ExportDialog::accept()
{
    QString path = outputPath();
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Export Snapshot"), tr("Choose a file to write."));
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".png");
    if (!isSupportedSnapshotSuffix(QFileInfo(path).suffix())) {
        QMessageBox::warning(this, tr("Export Snapshot"), tr("%1: use a .png or .jpg file name.").arg(path));
        return;
    }
    if (QFileInfo::exists(path) &&
        QMessageBox::question(this, tr("Export Snapshot"), tr("%1 exists. Replace it?").arg(path)) != QMessageBox::Yes)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const MapRenderer renderer(mAtlas);
    const SnapshotResult result = writeSnapshot(renderer, exportViewport(), exportOptions(), path);
    QApplication::restoreOverrideCursor();
    if (!result.ok) {
        QMessageBox::critical(this, tr("Export Snapshot"), result.error);
        return;
    }
    mPath->setText(path);
    rememberSettings();
    QDialog::accept();
}

} // namespace corridor
