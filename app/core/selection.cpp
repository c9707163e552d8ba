#include "selection.h"

namespace corridor {

void Selection::selectRoute(const QString &routeId)
{
    if (routeId == mSelected) return;
    mSelected = routeId;
    emit selectionChanged(mSelected);
}

void Selection::hoverRoute(const QString &routeId)
{
    if (routeId == mHovered) return;
    mHovered = routeId;
    emit hoverChanged(mHovered);
}

} // namespace corridor
