#include "export_dialog.h"

#include "export_preview.h"
#include "snapshot_framing.h"
#include "snapshot_presets.h"
#include "snapshot_writer.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

namespace corridor {

namespace {
QString fileFilter(SnapshotFormat format)
{
    const QString suffix = snapshotFormatSuffix(format);
    QString patterns = QStringLiteral("*.") + suffix;
    if (format == SnapshotFormat::Jpeg) patterns += QStringLiteral(" *.jpeg");
    if (format == SnapshotFormat::Tiff || format == SnapshotFormat::GeoTiff) patterns += QStringLiteral(" *.tiff");
    return QStringLiteral("%1 (%2)").arg(snapshotFormatLabel(format), patterns);
}

QString number(double value, int decimals = 1) { return QLocale().toString(value, 'f', decimals).remove(QRegularExpression(QStringLiteral("[.,]0+$"))); }
} // namespace

ExportDialog::~ExportDialog()
{
    // ~QDialog hides the window, which takes the focus from the path field and so emits
    // editingFinished; by then this object is only a QDialog and pathEdited() must not run
    // (UndefinedBehaviorSanitizer reported the call).
    disconnect(mPath, nullptr, this, nullptr);
}

ExportDialog::ExportDialog(std::shared_ptr<const Atlas> atlas, const Viewport &view, const RenderOptions &mapOptions,
                           QWidget *parent)
    : QDialog(parent), mAtlas(std::move(atlas)), mView(view), mMapOptions(mapOptions), mPath(new QLineEdit(this)),
      mSizePreset(new QComboBox(this)), mWidth(new QDoubleSpinBox(this)), mHeight(new QDoubleSpinBox(this)),
      mUnit(new QComboBox(this)), mDpi(new QSpinBox(this)), mSizeInfo(new QLabel(this)), mFormat(new QComboBox(this)),
      mQuality(new QSpinBox(this)), mWorldFile(new QCheckBox(tr("World file + .prj (georeference for GIS)"), this)),
      mTitleShown(new QCheckBox(tr("Title"), this)), mTitle(new QLineEdit(this)), mSubtitle(new QLineEdit(this)),
      mLegend(new QCheckBox(tr("Legend"), this)), mScaleBar(new QCheckBox(tr("Scale bar"), this)),
      mNorthArrow(new QCheckBox(tr("North arrow"), this)), mAttribution(new QCheckBox(tr("Attribution"), this)),
      mSourcesFooter(new QCheckBox(tr("Sources footer"), this)), mHighlight(new QCheckBox(tr("Selection highlight"), this)),
      mSave(nullptr), mCopy(nullptr), mPreview(new ExportPreview(mAtlas, this))
{
    setWindowTitle(tr("Export Snapshot"));
    setObjectName(QStringLiteral("ExportDialog"));

    // --- File ---
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(mPath, 1);
    pathRow->addWidget(browseButton);
    for (SnapshotFormat format : kAllSnapshotFormats) mFormat->addItem(snapshotFormatLabel(format), snapshotFormatName(format));
    mQuality->setRange(1, 100);
    mQuality->setPrefix(tr("quality "));
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(mFormat, 1);
    formatRow->addWidget(mQuality);

    // --- Size ---
    mSizePreset->addItem(tr("Current view (%1 × %2 px at %3 dpi)").arg(view.sizePx().width()).arg(view.sizePx().height()).arg(view.dpi()),
                         QStringLiteral("current"));
    for (const SizePreset &preset : standardSizePresets()) mSizePreset->addItem(preset.label, preset.id);
    mSizePreset->addItem(tr("Custom"), QStringLiteral("custom"));
    for (QDoubleSpinBox *spin : {mWidth, mHeight}) {
        spin->setRange(1, 20000);
        spin->setDecimals(1);
    }
    mUnit->addItem(tr("px"), int(SnapshotSize::Unit::Pixels));
    mUnit->addItem(tr("mm"), int(SnapshotSize::Unit::Millimetres));
    mUnit->addItem(tr("in"), int(SnapshotSize::Unit::Inches));
    mDpi->setRange(int(SnapshotSize::kMinDpi), int(SnapshotSize::kMaxDpi));
    mDpi->setSuffix(tr(" dpi"));
    mDpi->setToolTip(tr("Symbols and text are sized in points: more DPI gives the same picture with more pixels."));
    auto *customRow = new QHBoxLayout;
    customRow->addWidget(mWidth);
    customRow->addWidget(new QLabel(QStringLiteral("×"), this));
    customRow->addWidget(mHeight);
    customRow->addWidget(mUnit);
    customRow->addWidget(mDpi);
    mSizeInfo->setWordWrap(true);

    // --- Contents ---
    mTitle->setPlaceholderText(tr("Title"));
    mSubtitle->setPlaceholderText(tr("Subtitle"));
    const QString route = mapOptions.selectedRoute;
    const RenderOptions defaults = snapshotOptions(*mAtlas, route);
    mTitle->setText(defaults.title);
    mSubtitle->setText(defaults.subtitle);
    if (const Place *place = mAtlas->place(mapOptions.selectedPlace); place && !mAtlas->route(route))
        mTitle->setText(place->name);
    auto *contents = new QGridLayout;
    contents->addWidget(mTitleShown, 0, 0);
    contents->addWidget(mTitle, 0, 1, 1, 2);
    contents->addWidget(mSubtitle, 1, 1, 1, 2);
    const QList<QCheckBox *> toggles{mLegend, mScaleBar, mNorthArrow, mAttribution, mSourcesFooter, mHighlight};
    for (int i = 0; i < toggles.size(); ++i) contents->addWidget(toggles.at(i), 2 + i / 3, i % 3);
    mSourcesFooter->setToolTip(tr("The articles cited by the routes in view; every snapshot also says the date of the latest one."));
    mHighlight->setEnabled(!route.isEmpty() || !mapOptions.selectedPlace.isEmpty());

    auto *form = new QFormLayout;
    // Rows holding a layout need their label's buddy set by hand for the mnemonic to work.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(mPath);
    auto *formatLabel = new QLabel(tr("F&ormat:"), this);
    formatLabel->setBuddy(mFormat);
    form->addRow(fileLabel, pathRow);
    form->addRow(formatLabel, formatRow);
    form->addRow(QString(), mWorldFile);
    form->addRow(tr("&Size:"), mSizePreset);
    form->addRow(QString(), customRow);
    form->addRow(QString(), mSizeInfo);
    auto *contentsBox = new QGroupBox(tr("Contents"), this);
    contentsBox->setLayout(contents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    mSave = buttons->button(QDialogButtonBox::Save);
    mCopy = buttons->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(mCopy, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);

    auto *settingsColumn = new QVBoxLayout;
    settingsColumn->addLayout(form);
    settingsColumn->addWidget(contentsBox);
    settingsColumn->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(settingsColumn);
    columns->addWidget(mPreview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    // Names for tests and accessibility tools.
    mPath->setObjectName(QStringLiteral("path"));
    mSizePreset->setObjectName(QStringLiteral("sizePreset"));
    mWidth->setObjectName(QStringLiteral("customWidth"));
    mHeight->setObjectName(QStringLiteral("customHeight"));
    mUnit->setObjectName(QStringLiteral("customUnit"));
    mDpi->setObjectName(QStringLiteral("dpi"));
    mFormat->setObjectName(QStringLiteral("format"));
    mQuality->setObjectName(QStringLiteral("jpegQuality"));
    mWorldFile->setObjectName(QStringLiteral("worldFile"));
    mSizeInfo->setObjectName(QStringLiteral("sizeInfo"));

    const QSettings stored;
    applySettings(ExportSettings::load(stored));
    const QString baseName = route.isEmpty() ? QStringLiteral("corridor-atlas") : QStringLiteral("corridor-atlas-") + route;
    // A remembered folder may have gone; never propose a path that cannot be written.
    const QString folder = !mFolder.isEmpty() && QDir(mFolder).exists()
                               ? mFolder
                               : QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    mPath->setText(QDir(QDir(folder).exists() ? folder : QDir::homePath())
                       .filePath(baseName + QLatin1Char('.') + snapshotFormatSuffix(settings().format)));

    connect(mSizePreset, &QComboBox::currentIndexChanged, this, &ExportDialog::sizePresetChanged);
    connect(mFormat, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(mPath, &QLineEdit::editingFinished, this, &ExportDialog::pathEdited);
    for (QDoubleSpinBox *spin : {mWidth, mHeight}) connect(spin, &QDoubleSpinBox::valueChanged, this, &ExportDialog::refresh);
    connect(mUnit, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    connect(mDpi, &QSpinBox::valueChanged, this, &ExportDialog::refresh);
    connect(mQuality, &QSpinBox::valueChanged, this, &ExportDialog::refresh);
    connect(mTitle, &QLineEdit::textChanged, this, &ExportDialog::refresh);
    connect(mSubtitle, &QLineEdit::textChanged, this, &ExportDialog::refresh);
    for (QCheckBox *box : {mWorldFile, mTitleShown, mLegend, mScaleBar, mNorthArrow, mAttribution, mSourcesFooter, mHighlight})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::refresh);
    refresh();
    resize(1100, 640);
}

void ExportDialog::applySettings(const ExportSettings &s)
{
    mSizePreset->setCurrentIndex(std::max(0, mSizePreset->findData(s.sizePreset)));
    mWidth->setValue(s.customSize.value.width());
    mHeight->setValue(s.customSize.value.height());
    mUnit->setCurrentIndex(std::max(0, mUnit->findData(int(s.customSize.unit))));
    mDpi->setValue(int(std::lround(s.dpi)));
    mFormat->setCurrentIndex(std::max(0, mFormat->findData(snapshotFormatName(s.format))));
    mQuality->setValue(s.jpegQuality);
    mWorldFile->setChecked(s.worldFile);
    mTitleShown->setChecked(s.decorations.title);
    mLegend->setChecked(s.decorations.legend);
    mScaleBar->setChecked(s.decorations.scaleBar);
    mNorthArrow->setChecked(s.decorations.northArrow);
    mAttribution->setChecked(s.decorations.attribution);
    mSourcesFooter->setChecked(s.decorations.sourcesFooter);
    mHighlight->setChecked(s.highlightSelection);
    mFolder = s.folder;
    sizePresetChanged();
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings s;
    s.sizePreset = mSizePreset->currentData().toString();
    s.customSize = {QSizeF(mWidth->value(), mHeight->value()), SnapshotSize::Unit(mUnit->currentData().toInt())};
    s.dpi = mDpi->value();
    s.format = snapshotFormatFromName(mFormat->currentData().toString()).value_or(SnapshotFormat::Png);
    s.jpegQuality = mQuality->value();
    s.worldFile = mWorldFile->isChecked();
    s.decorations.title = mTitleShown->isChecked();
    s.decorations.legend = mLegend->isChecked();
    s.decorations.scaleBar = mScaleBar->isChecked();
    s.decorations.northArrow = mNorthArrow->isChecked();
    s.decorations.attribution = mAttribution->isChecked();
    s.decorations.sourcesFooter = mSourcesFooter->isChecked();
    s.highlightSelection = mHighlight->isChecked();
    s.folder = mFolder;
    return s;
}

SnapshotRequest ExportDialog::exportRequest() const
{
    const ExportSettings s = settings();
    const SnapshotSize size = s.size(mView.sizePx(), mView.dpi());
    SnapshotRequest request;
    // The map's extent at the asked size: grown around its centre when the aspect differs.
    request.view = mView.resampled(size.pixels(s.dpi), s.dpi);
    request.physicalSizeMm = size.millimetres(s.dpi);
    request.format = s.format;
    request.jpegQuality = s.jpegQuality;
    request.worldFile = s.worldFile && supportsWorldFile(s.format);

    RenderOptions &options = request.options;
    options.visibility = mMapOptions.visibility;
    if (s.highlightSelection) {
        options.selectedRoute = mMapOptions.selectedRoute;
        options.selectedPlace = mMapOptions.selectedPlace;
    }
    options.title = mTitle->text().trimmed();
    options.subtitle = mSubtitle->text().trimmed();
    options.decorations = s.decorations;
    options.decorations.statusDate = true; // every snapshot says when its information is from
    return request;
}

QString ExportDialog::outputPath() const { return mPath->text().trimmed(); }
void ExportDialog::setOutputPath(const QString &path)
{
    mPath->setText(path);
    pathEdited();
}

void ExportDialog::sizePresetChanged()
{
    const QString id = mSizePreset->currentData().toString();
    const bool custom = id == QLatin1String("custom");
    // A preset fills the custom fields, so "Custom" starts from the last size shown.
    if (!custom) {
        const SnapshotSize size = id == QLatin1String("current")
                                      ? SnapshotSize::fromPixels(mView.sizePx())
                                      : sizePreset(id).value_or(SizePreset{}).size;
        const QSignalBlocker blockWidth(mWidth), blockHeight(mHeight), blockUnit(mUnit);
        mWidth->setValue(size.value.width());
        mHeight->setValue(size.value.height());
        mUnit->setCurrentIndex(std::max(0, mUnit->findData(int(size.unit))));
        // Paper at screen DPI prints coarse: suggest print resolution.
        if (const std::optional<SizePreset> preset = sizePreset(id); preset && mDpi->value() < preset->suggestedDpi / 2) {
            const QSignalBlocker blockDpi(mDpi);
            mDpi->setValue(int(preset->suggestedDpi));
        }
    }
    for (QWidget *w : std::initializer_list<QWidget *>{mWidth, mHeight, mUnit}) w->setEnabled(custom);
    refresh();
}

void ExportDialog::formatChanged()
{
    const SnapshotFormat format = settings().format;
    // The file name follows the format (a GeoTIFF and a TIFF share ".tif").
    const QFileInfo info(outputPath());
    const std::optional<SnapshotFormat> named = snapshotFormatFromSuffix(info.suffix());
    const bool sameSuffix = named && snapshotFormatSuffix(*named) == snapshotFormatSuffix(format);
    if (!outputPath().isEmpty() && !sameSuffix) {
        const QString base = named || info.suffix().isEmpty() ? info.completeBaseName() : info.fileName();
        mPath->setText(QDir(info.path()).filePath(base + QLatin1Char('.') + snapshotFormatSuffix(format)));
    }
    refresh();
}

void ExportDialog::pathEdited()
{
    // A typed suffix picks the format, unless it already fits (".tif" stays GeoTIFF).
    const std::optional<SnapshotFormat> named = snapshotFormatFromSuffix(QFileInfo(outputPath()).suffix());
    const SnapshotFormat current = settings().format;
    if (named && snapshotFormatSuffix(*named) != snapshotFormatSuffix(current)) {
        const QSignalBlocker block(mFormat);
        mFormat->setCurrentIndex(mFormat->findData(snapshotFormatName(*named)));
    }
    refresh();
}

void ExportDialog::refresh()
{
    const ExportSettings s = settings();
    const SnapshotSize size = s.size(mView.sizePx(), mView.dpi());
    const QSize px = size.pixels(s.dpi);
    const QSizeF mm = size.millimetres(s.dpi);
    const bool drawable = size.isDrawable(s.dpi);
    mSizeInfo->setText(drawable ? tr("%1 × %2 px at %3 dpi · %4 × %5 mm").arg(px.width()).arg(px.height()).arg(s.dpi)
                                      .arg(number(mm.width()), number(mm.height()))
                                : tr("%1 × %2 px: each side must be %3 to %4 px.")
                                      .arg(px.width()).arg(px.height()).arg(SnapshotSize::kMinPixels).arg(SnapshotSize::kMaxPixels));
    mQuality->setEnabled(s.format == SnapshotFormat::Jpeg);
    mWorldFile->setEnabled(supportsWorldFile(s.format));
    mTitle->setEnabled(s.decorations.title);
    mSubtitle->setEnabled(s.decorations.title);
    mSave->setEnabled(drawable);
    mCopy->setEnabled(drawable);
    if (drawable) mPreview->setRequest(exportRequest());
}

QString ExportDialog::pathWithSuffix() const
{
    const QString path = outputPath();
    if (path.isEmpty() || !QFileInfo(path).suffix().isEmpty()) return path;
    return path + QLatin1Char('.') + snapshotFormatSuffix(settings().format);
}

void ExportDialog::browse()
{
    QStringList filters;
    for (SnapshotFormat format : kAllSnapshotFormats) filters.append(fileFilter(format));
    QString chosenFilter = fileFilter(settings().format);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Snapshot"), outputPath(),
                                                      filters.join(QStringLiteral(";;")), &chosenFilter);
    if (path.isEmpty()) return;
    const qsizetype index = filters.indexOf(chosenFilter);
    if (index >= 0) {
        const QSignalBlocker block(mFormat);
        mFormat->setCurrentIndex(int(index));
    }
    setOutputPath(path);
}

void ExportDialog::remember() const
{
    ExportSettings s = settings();
    if (!outputPath().isEmpty()) s.folder = QFileInfo(pathWithSuffix()).absolutePath();
    QSettings stored;
    s.save(stored);
}

void ExportDialog::copyToClipboard()
{
    const SnapshotRequest request = exportRequest();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QApplication::clipboard()->setImage(renderSnapshot(MapRenderer(mAtlas), request.view, request.options));
    QApplication::restoreOverrideCursor();
    remember();
}

void ExportDialog::accept()
{
    const QString path = pathWithSuffix();
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Export Snapshot"), tr("Choose a file to write."));
        return;
    }
    if (QFileInfo::exists(path) &&
        QMessageBox::question(this, tr("Export Snapshot"), tr("%1 exists. Replace it?").arg(path)) != QMessageBox::Yes)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const SnapshotResult result = writeSnapshot(MapRenderer(mAtlas), exportRequest(), path);
    QApplication::restoreOverrideCursor();
    if (!result.ok) {
        QMessageBox::critical(this, tr("Export Snapshot"), result.error);
        return;
    }
    mPath->setText(path);
    remember();
    QDialog::accept();
}

} // namespace corridor
