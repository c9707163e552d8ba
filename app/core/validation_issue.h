#pragma once

#include <QString>

namespace corridor {

/// \brief One problem found while loading an atlas: which file, which feature, what is wrong.
struct ValidationIssue {
    QString file;      ///< path as given to the loader
    QString featureId; ///< empty when the problem concerns the whole file
    QString reason;

    /// \brief "routes.geojson: btc: unknown kind \"pipe\"" — one line for the terminal.
    QString toString() const
    {
        return featureId.isEmpty() ? QStringLiteral("%1: %2").arg(file, reason)
                                   : QStringLiteral("%1: %2: %3").arg(file, featureId, reason);
    }
};

} // namespace corridor
