#pragma once
// Back and forward through the places the map has been, like a browser: an accidental
// pan or zoom is one Alt+Left away from undone.

#include "viewport.h"

#include <QList>
#include <optional>

namespace corridor {

class ViewHistory {
public:
    /// \brief Records a view the user settled on; drops any forward entries. A view with
    /// the same centre and scale as the current entry is not recorded again.
    void record(const Viewport &view);
    /// \brief The previous view, if any (the current one becomes a forward entry).
    std::optional<Viewport> back();
    std::optional<Viewport> forward();
    bool canGoBack() const { return mCurrent > 0; }
    bool canGoForward() const { return mCurrent + 1 < mViews.size(); }

    static constexpr int kMaxEntries = 100;

private:
    QList<Viewport> mViews;
    qsizetype mCurrent = -1;
};

} // namespace corridor
