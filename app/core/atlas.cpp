#include "atlas.h"

namespace corridor {

namespace {
template <typename T>
const T *findById(const QList<T> &items, const QString &id)
{
    for (const T &item : items)
        if (item.id == id) return &item;
    return nullptr;
}
} // namespace

const Route *Atlas::route(const QString &id) const { return findById(routes, id); }
const Place *Atlas::place(const QString &id) const { return findById(places, id); }
const Article *Atlas::article(const QString &id) const { return findById(articles, id); }

QRectF Atlas::routesBounds() const
{
    QRectF bounds;
    for (const Route &r : routes) bounds = bounds.isNull() ? r.projectedBounds : bounds.united(r.projectedBounds);
    return bounds;
}

QString Atlas::placeName(const QString &id) const
{
    const Place *p = place(id);
    return p ? p->name : id;
}

} // namespace corridor
