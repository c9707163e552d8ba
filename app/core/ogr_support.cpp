#include "ogr_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <mutex>
#include <vector>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace corridor::ogr {

void ensureRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

ErrorCollector::ErrorCollector()
{
    CPLPushErrorHandlerEx(
        [](CPLErr errorClass, CPLErrorNum number, const char *message) {
            auto *self = static_cast<ErrorCollector *>(CPLGetErrorHandlerUserData());
            if (self && errorClass >= CE_Failure) self->mFailures.append(QString::fromUtf8(message));
            (void)number;
        },
        this);
}

ErrorCollector::~ErrorCollector() { CPLPopErrorHandler(); }

void DatasetCloser::operator()(GDALDataset *dataset) const { GDALClose(dataset); }

DatasetPtr openVector(const QString &path, QString *error, const QStringList &allowedDrivers)
{
    ensureRegistered();
    ErrorCollector errors;
    const QByteArray native = path.toUtf8();
    QList<QByteArray> driverNames;
    std::vector<const char *> drivers; // null-terminated list for GDALOpenEx
    for (const QString &name : allowedDrivers) driverNames.append(name.toLatin1());
    for (const QByteArray &name : std::as_const(driverNames)) drivers.push_back(name.constData());
    drivers.push_back(nullptr);
    auto *dataset = static_cast<GDALDataset *>(
        GDALOpenEx(native.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                   allowedDrivers.isEmpty() ? nullptr : drivers.data(), nullptr, nullptr));
    if (!dataset && error) {
        *error = errors.failures().isEmpty()
                     ? (allowedDrivers.isEmpty() ? QStringLiteral("not a readable vector file")
                                                 : QStringLiteral("not a readable %1 file")
                                                       .arg(allowedDrivers.join(QStringLiteral(" or "))))
                     : errors.failures().constLast();
    }
    return DatasetPtr(dataset);
}

bool hasField(OGRFeature &feature, const char *name)
{
    const int index = feature.GetFieldIndex(name);
    return index >= 0 && feature.IsFieldSetAndNotNull(index);
}

QString stringField(OGRFeature &feature, const char *name)
{
    const int index = feature.GetFieldIndex(name);
    if (index < 0 || !feature.IsFieldSetAndNotNull(index)) return {};
    return QString::fromUtf8(feature.GetFieldAsString(index)).trimmed();
}

QByteArray jsonField(OGRFeature &feature, const char *name)
{
    const int index = feature.GetFieldIndex(name);
    if (index < 0 || !feature.IsFieldSetAndNotNull(index)) return {};
    return QByteArray(feature.GetFieldAsString(index));
}

QStringList stringListField(OGRFeature &feature, const char *name)
{
    const int index = feature.GetFieldIndex(name);
    if (index < 0 || !feature.IsFieldSetAndNotNull(index)) return {};
    QStringList out;
    if (feature.GetFieldDefnRef(index)->GetType() == OFTStringList) {
        char **values = feature.GetFieldAsStringList(index);
        for (int i = 0; values && values[i]; ++i) out.append(QString::fromUtf8(values[i]).trimmed());
        return out;
    }
    // Other drivers (KML, GPX, an array GDAL kept as JSON text) hand us a string.
    const QByteArray raw(feature.GetFieldAsString(index));
    const QJsonDocument doc = QJsonDocument::fromJson(raw);
    if (doc.isArray()) {
        for (const QJsonValue &v : doc.array())
            if (v.isString()) out.append(v.toString().trimmed());
        return out;
    }
    const QString single = QString::fromUtf8(raw).trimmed();
    if (!single.isEmpty()) out.append(single);
    return out;
}

} // namespace corridor::ogr
