// File ▸ Export Data: routes and places read back through OGR from GeoJSON, GeoPackage and
// KML with their properties (sources and figures as JSON text), "in view" selects what the
// view shows, and a failed export leaves the previous file alone.

#include "export_test_support.h"
#include "cited_sources.h"
#include "data_export_dialog.h"
#include "data_exporter.h"
#include "ogr_support.h"
#include "snapshot_framing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace corridor;
using corridor::test::bundledAtlas;

namespace {

struct ReadFeature {
    QString type; ///< feature_type
    QMap<QString, QString> fields;
    QString geometryType;
    OGREnvelope envelope;
};

/// Every feature of every layer, keyed by id.
QMap<QString, ReadFeature> readBack(const QString &path, QStringList *layerNames)
{
    QString error;
    ogr::DatasetPtr dataset = ogr::openVector(path, &error);
    if (!dataset) qFatal("%s: %s", qPrintable(path), qPrintable(error));
    QMap<QString, ReadFeature> features;
    for (OGRLayer *layer : dataset->GetLayers()) {
        layerNames->append(QString::fromUtf8(layer->GetName()));
        for (const auto &feature : *layer) {
            ReadFeature read;
            for (int i = 0; i < feature->GetFieldCount(); ++i)
                if (feature->IsFieldSetAndNotNull(i))
                    read.fields.insert(QString::fromUtf8(feature->GetFieldDefnRef(i)->GetNameRef()),
                                       QString::fromUtf8(feature->GetFieldAsString(i)));
            read.type = read.fields.value(QStringLiteral("feature_type"));
            if (const OGRGeometry *geometry = feature->GetGeometryRef()) {
                read.geometryType = QString::fromLatin1(OGRGeometryTypeToName(wkbFlatten(geometry->getGeometryType())));
                geometry->getEnvelope(&read.envelope);
            }
            // KML keeps the name as the placemark's <name>, read back as "Name".
            if (!read.fields.contains(QStringLiteral("name")) && read.fields.contains(QStringLiteral("Name")))
                read.fields.insert(QStringLiteral("name"), read.fields.value(QStringLiteral("Name")));
            features.insert(read.fields.value(QStringLiteral("id")), read);
        }
    }
    return features;
}

} // namespace

class TestDataExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Corridor Atlas Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_data_export"));
        QSettings().clear();
    }

    void everythingReadsBackWithItsProperties_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QStringList>("layers");
        QTest::newRow("geojson") << "atlas.geojson" << "GeoJSON" << QStringList{QStringLiteral("corridor_atlas")};
        QTest::newRow("gpkg") << "atlas.gpkg" << "GPKG" << QStringList{QStringLiteral("routes"), QStringLiteral("places")};
        QTest::newRow("kml") << "atlas.kml" << "KML" << QStringList{QStringLiteral("routes"), QStringLiteral("places")};
    }
    void everythingReadsBackWithItsProperties()
    {
        QFETCH(QString, name);
        QFETCH(QString, driver);
        QFETCH(QStringList, layers);
        const Atlas &atlas = *bundledAtlas();
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        const DataExportResult result = exportData(atlas, DataExportRequest(), path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.routes, int(atlas.routes.size()));
        QCOMPARE(result.places, int(atlas.places.size()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{name}); // nothing left beside it

        QString error;
        // Read by whichever driver GDAL picks (KML may come back through LIBKML).
        QVERIFY(QString::fromLatin1(ogr::openVector(path, &error)->GetDriver()->GetDescription()).contains(driver));
        QStringList layerNames;
        const QMap<QString, ReadFeature> features = readBack(path, &layerNames);
        QCOMPARE(layerNames, layers);
        QCOMPARE(features.size(), atlas.routes.size() + atlas.places.size());

        for (const Route &route : atlas.routes) {
            QVERIFY2(features.contains(route.id), qPrintable(route.id));
            const ReadFeature &f = features.value(route.id);
            QCOMPARE(f.type, QStringLiteral("route"));
            QCOMPARE(f.fields.value(QStringLiteral("name")), route.name);
            QCOMPARE(f.fields.value(QStringLiteral("kind")), kindSlug(route.kind));
            QCOMPARE(f.fields.value(QStringLiteral("status")), statusSlug(route.status));
            QVERIFY(f.geometryType.contains(QLatin1String("Line String")));
            // Longitude/latitude as read, not Mercator metres.
            QVERIFY(f.envelope.MinX >= -180 && f.envelope.MaxX <= 180 && f.envelope.MinY >= -90 && f.envelope.MaxY <= 90);
            QCOMPARE(f.envelope.MinX, std::min_element(route.parts.first().begin(), route.parts.first().end(),
                                                       [](auto &a, auto &b) { return a.longitude() < b.longitude(); })->longitude());
            // Sources and figures survive as JSON, quotes verbatim.
            const QJsonArray sources = QJsonDocument::fromJson(f.fields.value(QStringLiteral("sources")).toUtf8()).array();
            QCOMPARE(sources.size(), route.sources.size());
            QCOMPARE(sources.first().toObject().value(QLatin1String("quote")).toString(), route.sources.first().quote);
            QCOMPARE(sources.first().toObject().value(QLatin1String("article")).toString(), route.sources.first().articleId);
            const QJsonArray figures = QJsonDocument::fromJson(f.fields.value(QStringLiteral("figures")).toUtf8()).array();
            QCOMPARE(figures.size(), route.figures.size());
            if (!route.figures.isEmpty()) {
                QCOMPARE(figures.first().toObject().value(QLatin1String("label")).toString(), route.figures.first().label);
                QCOMPARE(figures.first().toObject().value(QLatin1String("value")).toDouble(), route.figures.first().value);
            }
        }
        for (const Place &place : atlas.places) {
            const ReadFeature &f = features.value(place.id);
            QCOMPARE(f.type, QStringLiteral("place"));
            QCOMPARE(f.fields.value(QStringLiteral("name")), place.name);
            QCOMPARE(f.geometryType, QStringLiteral("Point"));
            QVERIFY(qAbs(f.envelope.MinX - place.coordinate.longitude()) < 1e-9);
            QVERIFY(qAbs(f.envelope.MinY - place.coordinate.latitude()) < 1e-9);
        }
    }

    void inViewIsWhatTheViewShows()
    {
        const Atlas &atlas = *bundledAtlas();
        DataExportRequest request;
        request.view = framingView(atlas, QStringLiteral("kuryk-buzovna"), QSize(800, 600));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("view.gpkg"));
        const DataExportResult result = exportData(atlas, request, path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QStringList layers;
        const QMap<QString, ReadFeature> features = readBack(path, &layers);
        const QList<const Route *> expected = routesInView(atlas, *request.view, RenderOptions());
        QVERIFY(expected.size() < atlas.routes.size()); // the view really leaves some out
        QCOMPARE(result.routes, int(expected.size()));
        for (const Route *route : expected) QVERIFY(features.contains(route->id));
        QVERIFY(!features.contains(QStringLiteral("poti-constanta")));
        QVERIFY(features.contains(QStringLiteral("kuryk")) && features.contains(QStringLiteral("buzovna")));
        QVERIFY(!features.contains(QStringLiteral("constanta")));
        // Hidden layers stay out too.
        request.options.visibility.hiddenKinds.insert(RouteKind::SubseaCable);
        QVERIFY(exportData(atlas, request, path).ok);
        layers.clear();
        QVERIFY(!readBack(path, &layers).contains(QStringLiteral("kuryk-buzovna")));
    }

    void failedExportKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.geojson"));
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("previous");
        previous.close();
        DataExportRequest request;
        request.format = DataFormat::Kml;
        // A folder with the temporary file's future name cannot happen; make GDAL fail instead:
        // an unsupported suffix without a format is refused before anything is touched...
        QVERIFY(!exportData(*bundledAtlas(), DataExportRequest(), dir.filePath(QStringLiteral("x.shpx"))).ok);
        // ...and a folder in the way fails the rename, not the previous file.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.kml")));
        const DataExportResult result = exportData(*bundledAtlas(), request, dir.filePath(QStringLiteral("taken.kml")));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(dir.filePath(QStringLiteral("taken.kml")) + QStringLiteral(": cannot write")), qPrintable(result.error));
        QVERIFY(!exportData(*bundledAtlas(), DataExportRequest(), QStringLiteral("/nonexistent-dir/a.geojson")).ok);
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("previous"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("keep.geojson"), QStringLiteral("taken.kml")}));
    }

    void dialogWritesWhatItShows()
    {
        QTemporaryDir dir;
        RenderOptions shown;
        DataExportDialog dialog(bundledAtlas(), framingView(*bundledAtlas(), QStringLiteral("btc"), QSize(800, 600)), shown);
        QVERIFY(dialog.exportRequest().view); // in view by default
        dialog.setOutputPath(dir.filePath(QStringLiteral("d.kml")));
        QCOMPARE(dialog.exportRequest().format, std::optional(DataFormat::Kml));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.lastResult().routes > 0);
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("d.kml"))).size() > 1000);
        // Remembered: the next dialog proposes KML in the same folder.
        DataExportDialog next(bundledAtlas(), Viewport(), shown);
        QCOMPARE(QFileInfo(next.outputPath()).suffix(), QStringLiteral("kml"));
        QCOMPARE(QFileInfo(next.outputPath()).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
    }
};

QTEST_MAIN(TestDataExport)
#include "test_data_export.moc"
