#pragma once
// Small helpers around GDAL/OGR: registering drivers once, opening a vector file with a
// readable error, and catching GDAL's own error messages so they can be reported.

#include <QString>
#include <QStringList>

#include <memory>

class GDALDataset;
class OGRFeature;

namespace corridor::ogr {

/// \brief Registers GDAL drivers (idempotent, thread-safe).
void ensureRegistered();

/// \brief Collects GDAL error messages while alive instead of printing them to stderr.
class ErrorCollector {
public:
    ErrorCollector();
    ~ErrorCollector();
    ErrorCollector(const ErrorCollector &) = delete;
    ErrorCollector &operator=(const ErrorCollector &) = delete;
    /// \brief Messages of CE_Failure and worse, in order.
    const QStringList &failures() const { return mFailures; }
private:
    QStringList mFailures;
};

struct DatasetCloser { void operator()(GDALDataset *dataset) const; };
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

/// \brief The drivers an atlas's feature files (routes, places) are read with. LIBKML is
/// left out on purpose: GDAL 3.6's LIBKML driver crashes on a gx:Track without <when>
/// (tests/data/geodata/gdal/kml/gx_track_without_when.kml), while the expat KML driver
/// reads the same files safely. Fewer drivers also means less code exposed to strangers' files.
inline const QStringList kFeatureDrivers{QStringLiteral("GeoJSON"), QStringLiteral("KML"), QStringLiteral("GPX")};
/// \brief The only driver a basemap is read with.
inline const QStringList kBasemapDrivers{QStringLiteral("GPKG")};

/// \brief Opens a vector dataset read-only with one of `allowedDrivers` (all drivers when
/// empty); on failure returns null and sets `error`.
DatasetPtr openVector(const QString &path, QString *error, const QStringList &allowedDrivers = {});

/// \brief A string field, or empty when absent or null.
QString stringField(OGRFeature &feature, const char *name);
/// \brief A list of strings from a StringList field, a JSON array string, or a single string.
QStringList stringListField(OGRFeature &feature, const char *name);
/// \brief The raw JSON text of a field that holds an array or object (GeoJSON nested values).
QByteArray jsonField(OGRFeature &feature, const char *name);
bool hasField(OGRFeature &feature, const char *name);

} // namespace corridor::ogr
