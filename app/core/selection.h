#pragma once
// The one object every view observes: which route or place is selected and which route is
// hovered. Views change it and react to its signals; they never talk to each other directly.
// At most one thing is selected: selecting a place clears the route and vice versa.

#include <QObject>
#include <QString>

namespace corridor {

class Selection : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    QString selectedRoute() const { return mSelected; }
    QString selectedPlace() const { return mSelectedPlace; }
    QString hoveredRoute() const { return mHovered; }

public slots:
    void selectRoute(const QString &routeId);
    void selectPlace(const QString &placeId);
    void clear();
    void hoverRoute(const QString &routeId);

signals:
    void selectionChanged(const QString &routeId);
    void placeSelectionChanged(const QString &placeId);
    void hoverChanged(const QString &routeId);
    /// \brief Asks map views to frame a route or place (from a list, search or quote; a
    /// click on the map selects without moving it).
    void frameRequested(const QString &routeOrPlaceId);

private:
    QString mSelected;
    QString mSelectedPlace;
    QString mHovered;
};

} // namespace corridor
