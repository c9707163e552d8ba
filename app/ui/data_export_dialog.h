#pragma once
// File ▸ Export Data: the routes and places in view (or all of them) as GeoJSON, GeoPackage
// or KML, through exportData(). Remembers format, scope and folder.

#include "atlas.h"
#include "data_exporter.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QRadioButton;

namespace corridor {

class DataExportDialog : public QDialog {
    Q_OBJECT
public:
    /// \brief `view` and `mapOptions`: what the map shows, for "in view".
    DataExportDialog(std::shared_ptr<const Atlas> atlas, const Viewport &view, const RenderOptions &mapOptions,
                     QWidget *parent = nullptr);

    /// \brief What Save would write now.
    DataExportRequest exportRequest() const;
    QString outputPath() const;
    void setOutputPath(const QString &path);
    /// \brief The counts of the last successful export.
    DataExportResult lastResult() const { return mResult; }

public slots:
    void accept() override;

private:
    void formatChanged();
    void browse();
    DataFormat format() const;

    std::shared_ptr<const Atlas> mAtlas;
    Viewport mView;
    RenderOptions mMapOptions;
    QLineEdit *mPath;
    QComboBox *mFormat;
    QRadioButton *mInView;
    QRadioButton *mEverything;
    DataExportResult mResult;
};

} // namespace corridor
