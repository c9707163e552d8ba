#pragma once
// The one object every view observes: which route is selected and which is hovered.
// Views change it and react to its signals; they never talk to each other directly.

#include <QObject>
#include <QString>

namespace corridor {

class Selection : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    QString selectedRoute() const { return mSelected; }
    QString hoveredRoute() const { return mHovered; }

public slots:
    void selectRoute(const QString &routeId);
    void clear() { selectRoute(QString()); }
    void hoverRoute(const QString &routeId);

signals:
    void selectionChanged(const QString &routeId);
    void hoverChanged(const QString &routeId);
    /// \brief Asks map views to frame the route (from a list or search, not from a map click).
    void frameRequested(const QString &routeId);

private:
    QString mSelected;
    QString mHovered;
};

} // namespace corridor
