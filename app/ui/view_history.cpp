#include "view_history.h"

#include <QLineF>

namespace corridor {

namespace {
bool sameView(const Viewport &a, const Viewport &b)
{
    // Within a pixel and a tenth of a percent of scale: the same place to a reader.
    return QLineF(a.centre(), b.centre()).length() < a.metresPerPixel() &&
           std::abs(a.metresPerPixel() - b.metresPerPixel()) < a.metresPerPixel() * 1e-3;
}
} // namespace

void ViewHistory::record(const Viewport &view)
{
    if (mCurrent >= 0 && sameView(mViews.at(mCurrent), view)) return;
    mViews.resize(mCurrent + 1);
    mViews.append(view);
    if (mViews.size() > kMaxEntries) mViews.removeFirst();
    mCurrent = mViews.size() - 1;
}

std::optional<Viewport> ViewHistory::back()
{
    if (!canGoBack()) return std::nullopt;
    return mViews.at(--mCurrent);
}

std::optional<Viewport> ViewHistory::forward()
{
    if (!canGoForward()) return std::nullopt;
    return mViews.at(++mCurrent);
}

} // namespace corridor
