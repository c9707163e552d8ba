// The export dialog: sizes and DPI give the pixels and pages asked for, the preview shows
// that very request (debounced), toggles reach the renderer, the format follows the file
// name, Save writes and the settings come back next time, Copy puts the pixels on the
// clipboard.

#include "export_test_support.h"
#include "decorations.h"
#include "export_dialog.h"
#include "export_preview.h"
#include "map_style.h"
#include "snapshot_framing.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace corridor;
using corridor::test::bundledAtlas;

namespace {

RenderOptions mapWithRoute(const QString &route)
{
    RenderOptions options;
    options.selectedRoute = route;
    return options;
}

Viewport screenView() { return framingView(*bundledAtlas(), QString(), QSize(1000, 600)); }

template <typename T> T *child(const ExportDialog &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QLatin1String(name));
    if (!widget) qFatal("no child %s", name);
    return widget;
}

void choose(QComboBox *box, const QString &data) { box->setCurrentIndex(box->findData(data)); }

} // namespace

class TestExportDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a throw-away location
        QCoreApplication::setOrganizationName(QStringLiteral("Corridor Atlas Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_export_dialog"));
    }
    void init() { QSettings().clear(); }

    void paperPresetGivesItsPageAtPrintDpi()
    {
        ExportDialog dialog(bundledAtlas(), screenView(), RenderOptions());
        choose(child<QComboBox>(dialog, "sizePreset"), QStringLiteral("a4-landscape"));
        QCOMPARE(child<QSpinBox>(dialog, "dpi")->value(), 300); // screen DPI is too coarse for paper
        const SnapshotRequest request = dialog.exportRequest();
        QCOMPARE(request.view.sizePx(), QSize(3508, 2480));
        QCOMPARE(request.view.dpi(), 300.0);
        QVERIFY(qAbs(request.pageSizeMm().width() - 297) < 1e-9 && qAbs(request.pageSizeMm().height() - 210) < 1e-9);
        // The map's extent, grown to the page's aspect, never cut.
        const QRectF shown = screenView().mercatorRect();
        const QRectF page = request.view.mercatorRect();
        QVERIFY(page.adjusted(-1, -1, 1, 1).contains(shown));
        QVERIFY(child<QLabel>(dialog, "sizeInfo")->text().contains(QLatin1String("3508")));
    }

    void currentViewAtMoreDpiIsTheSameMapWithMorePixels()
    {
        ExportDialog dialog(bundledAtlas(), screenView(), RenderOptions());
        choose(child<QComboBox>(dialog, "sizePreset"), QStringLiteral("current"));
        child<QSpinBox>(dialog, "dpi")->setValue(300);
        const SnapshotRequest request = dialog.exportRequest();
        QCOMPARE(request.view.sizePx(), QSize(3125, 1875));
        const QRectF a = screenView().mercatorRect(), b = request.view.mercatorRect();
        QVERIFY(qAbs(a.width() - b.width()) < screenView().metresPerPixel());
        QVERIFY(qAbs(a.height() - b.height()) < screenView().metresPerPixel());
    }

    void customSizesInEveryUnit()
    {
        ExportDialog dialog(bundledAtlas(), screenView(), RenderOptions());
        choose(child<QComboBox>(dialog, "sizePreset"), QStringLiteral("custom"));
        child<QDoubleSpinBox>(dialog, "customWidth")->setValue(100);
        child<QDoubleSpinBox>(dialog, "customHeight")->setValue(50);
        child<QComboBox>(dialog, "customUnit")->setCurrentIndex(1); // mm
        child<QSpinBox>(dialog, "dpi")->setValue(254);
        QCOMPARE(dialog.exportRequest().view.sizePx(), QSize(1000, 500));
        child<QComboBox>(dialog, "customUnit")->setCurrentIndex(2); // in
        child<QDoubleSpinBox>(dialog, "customWidth")->setValue(4);
        child<QDoubleSpinBox>(dialog, "customHeight")->setValue(3);
        child<QSpinBox>(dialog, "dpi")->setValue(150);
        QCOMPARE(dialog.exportRequest().view.sizePx(), QSize(600, 450));
        // Too many pixels: nothing can be saved, and the dialog says why.
        child<QSpinBox>(dialog, "dpi")->setValue(2400);
        child<QDoubleSpinBox>(dialog, "customWidth")->setValue(10);
        const auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Save)->isEnabled());
        QVERIFY(child<QLabel>(dialog, "sizeInfo")->text().contains(QLatin1String("20000")));
    }

    void previewShowsTheRequestDebounced()
    {
        ExportDialog dialog(bundledAtlas(), screenView(), mapWithRoute(QStringLiteral("btc")));
        dialog.resize(1100, 640);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        int renders = 0;
        connect(dialog.preview(), &ExportPreview::rendered, this, [&renders] { ++renders; });
        QTRY_VERIFY(!dialog.preview()->image().isNull());
        QTest::qWait(ExportPreview::kDebounceMs * 2);
        renders = 0;
        // A burst of edits: one redraw, after the pause.
        choose(child<QComboBox>(dialog, "sizePreset"), QStringLiteral("a4-portrait"));
        for (int dpi : {200, 210, 220, 230}) child<QSpinBox>(dialog, "dpi")->setValue(dpi);
        QCOMPARE(renders, 0);
        QTRY_COMPARE(renders, 1);
        QTest::qWait(ExportPreview::kDebounceMs * 2);
        QCOMPARE(renders, 1);

        // The preview is the request: same extent, its aspect, and a DPI lowered with the pixels.
        const SnapshotRequest request = dialog.exportRequest();
        const Viewport preview = dialog.preview()->previewView();
        const double scale = double(preview.sizePx().width()) / request.view.sizePx().width();
        QVERIFY(scale < 1);
        QVERIFY(qAbs(preview.dpi() / request.view.dpi() - scale) < 1.0 / preview.sizePx().width()); // up to rounding
        QVERIFY(qAbs(preview.mercatorRect().width() - request.view.mercatorRect().width()) < preview.metresPerPixel());
        QVERIFY(qAbs(preview.mercatorRect().height() - request.view.mercatorRect().height()) < preview.metresPerPixel());
        QVERIFY(qAbs(double(preview.sizePx().height()) / preview.sizePx().width() - 297.0 / 210.0) < 0.01);

        // The legend is in the preview, in the place the output has it; off, it is gone.
        const QImage withLegend = dialog.preview()->image().convertToFormat(QImage::Format_RGB32);
        const QRect legend = Decorations(*bundledAtlas(), preview, request.options).legendRect().toAlignedRect();
        QVERIFY(test::pixelsNear(withLegend, style::kindColour(RouteKind::SubseaCable), 16, legend) > 5);
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) // the toggles are found by their text
            if (box->text() == QLatin1String("Legend")) box->setChecked(false);
        QTRY_COMPARE(renders, 2);
        QVERIFY(!dialog.exportRequest().options.decorations.legend);
        const QImage without = dialog.preview()->image().convertToFormat(QImage::Format_RGB32);
        QVERIFY(test::pixelsNear(without, Qt::white, 2, legend) < test::pixelsNear(withLegend, Qt::white, 2, legend) / 2);
    }

    void togglesAndSelectionReachTheRequest()
    {
        ExportDialog dialog(bundledAtlas(), screenView(), mapWithRoute(QStringLiteral("cpc")));
        const SnapshotRequest request = dialog.exportRequest();
        QCOMPARE(request.options.selectedRoute, QStringLiteral("cpc"));
        QCOMPARE(request.options.title, bundledAtlas()->route(QStringLiteral("cpc"))->name); // title from the selection
        QVERIFY(request.options.decorations.northArrow && request.options.decorations.sourcesFooter && request.options.decorations.statusDate);
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (box->text() == QLatin1String("Selection highlight")) box->setChecked(false);
            if (box->text() == QLatin1String("North arrow")) box->setChecked(false);
        }
        QVERIFY(dialog.exportRequest().options.selectedRoute.isEmpty());
        QVERIFY(!dialog.exportRequest().options.decorations.northArrow);
    }

    void formatFollowsTheFileNameAndBack()
    {
        QTemporaryDir dir;
        ExportDialog dialog(bundledAtlas(), screenView(), RenderOptions());
        auto *format = child<QComboBox>(dialog, "format");
        dialog.setOutputPath(dir.filePath(QStringLiteral("map.pdf")));
        QCOMPARE(format->currentData().toString(), QStringLiteral("pdf"));
        choose(format, QStringLiteral("svg"));
        QCOMPARE(dialog.outputPath(), dir.filePath(QStringLiteral("map.svg")));
        choose(format, QStringLiteral("geotiff"));
        QCOMPARE(dialog.outputPath(), dir.filePath(QStringLiteral("map.tif")));
        dialog.setOutputPath(dir.filePath(QStringLiteral("other.tif"))); // still a .tif: stays GeoTIFF
        QCOMPARE(format->currentData().toString(), QStringLiteral("geotiff"));
        QVERIFY(child<QCheckBox>(dialog, "worldFile")->isEnabled());
        choose(format, QStringLiteral("pdf"));
        QVERIFY(!child<QCheckBox>(dialog, "worldFile")->isEnabled());
        QVERIFY(!child<QSpinBox>(dialog, "jpegQuality")->isEnabled());
        choose(format, QStringLiteral("jpeg"));
        QVERIFY(child<QSpinBox>(dialog, "jpegQuality")->isEnabled());
    }

    void saveWritesTheFileAndSettingsComeBack()
    {
        QTemporaryDir dir;
        {
            ExportDialog dialog(bundledAtlas(), screenView(), RenderOptions());
            choose(child<QComboBox>(dialog, "sizePreset"), QStringLiteral("letter-portrait"));
            child<QSpinBox>(dialog, "dpi")->setValue(150);
            dialog.setOutputPath(dir.filePath(QStringLiteral("report.pdf")));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QFile pdf(dir.filePath(QStringLiteral("report.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF-"));

        ExportDialog next(bundledAtlas(), screenView(), RenderOptions());
        QCOMPARE(child<QComboBox>(next, "sizePreset")->currentData().toString(), QStringLiteral("letter-portrait"));
        QCOMPARE(child<QSpinBox>(next, "dpi")->value(), 150);
        QCOMPARE(child<QComboBox>(next, "format")->currentData().toString(), QStringLiteral("pdf"));
        QCOMPARE(QFileInfo(next.outputPath()).absolutePath(), QFileInfo(dir.path()).absoluteFilePath()); // same folder
        QCOMPARE(QFileInfo(next.outputPath()).suffix(), QStringLiteral("pdf"));
    }

    void copyPutsTheOutputPixelsOnTheClipboard()
    {
        ExportDialog dialog(bundledAtlas(), screenView(), RenderOptions());
        choose(child<QComboBox>(dialog, "sizePreset"), QStringLiteral("full-hd"));
        dialog.copyToClipboard();
        const QImage copied = QApplication::clipboard()->image();
        QCOMPARE(copied.size(), QSize(1920, 1080));
        QVERIFY(test::pixelsNear(copied, style::kWater, 3) > 10000);
    }
};

QTEST_MAIN(TestExportDialog)
#include "test_export_dialog.moc"
