#include "selection.h"

namespace corridor {

void Selection::selectRoute(const QString &routeId)
{
    if (!routeId.isEmpty() && !mSelectedPlace.isEmpty()) {
        mSelectedPlace.clear();
        emit placeSelectionChanged(mSelectedPlace);
    }
    if (routeId == mSelected) return;
    mSelected = routeId;
    emit selectionChanged(mSelected);
}

void Selection::selectPlace(const QString &placeId)
{
    if (!placeId.isEmpty() && !mSelected.isEmpty()) {
        mSelected.clear();
        emit selectionChanged(mSelected);
    }
    if (placeId == mSelectedPlace) return;
    mSelectedPlace = placeId;
    emit placeSelectionChanged(mSelectedPlace);
}

void Selection::clear()
{
    selectRoute(QString());
    selectPlace(QString());
}

void Selection::hoverRoute(const QString &routeId)
{
    if (routeId == mHovered) return;
    mHovered = routeId;
    emit hoverChanged(mHovered);
}

} // namespace corridor
