#pragma once
// `corridor-atlas info [ID] [--json]`: what the Source panel shows for a route or place
// (card, figures, sources with quotes), for scripts; without an id, every route and place.

#include "atlas.h"

#include <QJsonObject>
#include <QTextStream>

namespace corridor {

QJsonObject routeInfo(const Atlas &atlas, const Route &route);
QJsonObject placeInfo(const Atlas &atlas, const Place &place);
QJsonObject atlasListing(const Atlas &atlas);

/// \brief Prints the description; returns 0, or 1 when the id is unknown (one line on `err`).
int runInfo(const QString &atlasDir, const QString &id, bool json, QTextStream &out, QTextStream &err);

} // namespace corridor
