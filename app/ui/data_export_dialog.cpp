#include "data_export_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace corridor {

DataExportDialog::DataExportDialog(std::shared_ptr<const Atlas> atlas, const Viewport &view, const RenderOptions &mapOptions,
                                   QWidget *parent)
    : QDialog(parent), mAtlas(std::move(atlas)), mView(view), mMapOptions(mapOptions), mPath(new QLineEdit(this)),
      mFormat(new QComboBox(this)), mInView(new QRadioButton(tr("Routes and places in the current view"), this)),
      mEverything(new QRadioButton(tr("Everything in the atlas (%n route(s)", nullptr, int(mAtlas->routes.size())) +
                                       tr(", %n place(s))", nullptr, int(mAtlas->places.size())),
                                   this))
{
    setWindowTitle(tr("Export Data"));
    mPath->setObjectName(QStringLiteral("path"));
    mFormat->setObjectName(QStringLiteral("format"));
    for (DataFormat f : kAllDataFormats) mFormat->addItem(dataFormatLabel(f), dataFormatName(f));
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &DataExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(mPath, 1);
    pathRow->addWidget(browseButton);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(mPath);
    auto *note = new QLabel(tr("Sources (article and verbatim quote) and figures are stored as JSON text in the "
                               "\"sources\" and \"figures\" fields. Coordinates are longitude/latitude (EPSG:4326)."),
                            this);
    note->setWordWrap(true);

    const QSettings settings;
    const DataFormat remembered =
        dataFormatFromSuffix(settings.value(QStringLiteral("dataExport/format"), QStringLiteral("geojson")).toString())
            .value_or(DataFormat::GeoJson);
    mFormat->setCurrentIndex(mFormat->findData(dataFormatName(remembered)));
    const bool everything = settings.value(QStringLiteral("dataExport/everything"), false).toBool();
    (everything ? mEverything : mInView)->setChecked(true);
    const QString folder = settings.value(QStringLiteral("dataExport/folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    mPath->setText(QDir(QDir(folder).exists() ? folder : QDir::homePath())
                       .filePath(QStringLiteral("corridor-atlas.") + dataFormatSuffix(remembered)));
    connect(mFormat, &QComboBox::currentIndexChanged, this, &DataExportDialog::formatChanged);

    auto *form = new QFormLayout;
    form->addRow(fileLabel, pathRow);
    form->addRow(tr("F&ormat:"), mFormat);
    form->addRow(tr("Write:"), mInView);
    form->addRow(QString(), mEverything);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DataExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DataExportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

DataFormat DataExportDialog::format() const
{
    return dataFormatFromSuffix(mFormat->currentData().toString()).value_or(DataFormat::GeoJson);
}

DataExportRequest DataExportDialog::exportRequest() const
{
    DataExportRequest request;
    if (mInView->isChecked()) request.view = mView;
    request.options = mMapOptions;
    request.format = format();
    return request;
}

QString DataExportDialog::outputPath() const { return mPath->text().trimmed(); }

void DataExportDialog::setOutputPath(const QString &path)
{
    mPath->setText(path);
    if (const std::optional<DataFormat> named = dataFormatFromSuffix(QFileInfo(path).suffix())) {
        const QSignalBlocker block(mFormat);
        mFormat->setCurrentIndex(mFormat->findData(dataFormatName(*named)));
    }
}

void DataExportDialog::formatChanged()
{
    const QFileInfo info(outputPath());
    if (outputPath().isEmpty() || dataFormatFromSuffix(info.suffix()) == format()) return;
    const QString base = dataFormatFromSuffix(info.suffix()) || info.suffix().isEmpty() ? info.completeBaseName() : info.fileName();
    mPath->setText(QDir(info.path()).filePath(base + QLatin1Char('.') + dataFormatSuffix(format())));
}

void DataExportDialog::browse()
{
    QStringList filters;
    for (DataFormat f : kAllDataFormats) filters.append(QStringLiteral("%1 (*.%2)").arg(dataFormatLabel(f), dataFormatSuffix(f)));
    QString chosen = filters.at(int(std::distance(std::begin(kAllDataFormats), std::find(std::begin(kAllDataFormats), std::end(kAllDataFormats), format()))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Data"), outputPath(), filters.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty()) return;
    const qsizetype index = filters.indexOf(chosen);
    if (index >= 0) {
        const QSignalBlocker block(mFormat);
        mFormat->setCurrentIndex(int(index));
    }
    setOutputPath(QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + dataFormatSuffix(format()) : path);
}

void DataExportDialog::accept()
{
    QString path = outputPath();
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Export Data"), tr("Choose a file to write."));
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) path += QLatin1Char('.') + dataFormatSuffix(format());
    if (QFileInfo::exists(path) &&
        QMessageBox::question(this, tr("Export Data"), tr("%1 exists. Replace it?").arg(path)) != QMessageBox::Yes)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const DataExportResult result = exportData(*mAtlas, exportRequest(), path);
    QApplication::restoreOverrideCursor();
    if (!result.ok) {
        QMessageBox::critical(this, tr("Export Data"), result.error);
        return;
    }
    mResult = result;
    mPath->setText(path);
    QSettings settings;
    settings.setValue(QStringLiteral("dataExport/format"), dataFormatName(format()));
    settings.setValue(QStringLiteral("dataExport/everything"), mEverything->isChecked());
    settings.setValue(QStringLiteral("dataExport/folder"), QFileInfo(path).absolutePath());
    QDialog::accept();
}

} // namespace corridor
