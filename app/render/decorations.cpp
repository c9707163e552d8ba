#include "decorations.h"

#include "cited_sources.h"
#include "map_style.h"
#include "web_mercator.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QSet>
#include <cmath>

namespace corridor {

double niceScaleLengthKm(double maxKm)
{
    if (maxKm <= 0) return 0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxKm)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * magnitude <= maxKm) return step * magnitude;
    return magnitude;
}

namespace {

QFont fontAt(double points, const Viewport &view, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    // Pixel size from points at the view's DPI: identical look on screen and at 300 DPI.
    font.setPixelSize(std::max(1, int(std::lround(view.px(points)))));
    font.setBold(bold);
    return font;
}

QString attributionText(const Atlas &atlas)
{
    QStringList sources;
    for (const Article &a : atlas.articles)
        sources.append(QStringLiteral("%1 %2").arg(a.outlet(), a.date().toString(Qt::ISODate)).trimmed());
    return QStringLiteral("Basemap: Natural Earth (public domain; de facto boundaries) · Routes: %1 · "
                          "lines are schematic unless stated")
        .arg(sources.isEmpty() ? QStringLiteral("no article") : sources.join(QStringLiteral(", ")));
}

} // namespace

Decorations::Decorations(const Atlas &atlas, const Viewport &view, const RenderOptions &options)
    : mAtlas(atlas), mView(view), mOptions(options), mFont(fontAt(style::kDecorationFontPt, view)),
      mTitleFont(fontAt(style::kTitleFontPt, view, true))
{
    const QFontMetricsF metrics(mFont);
    const double pad = view.px(6);
    const QSizeF frame = view.sizePx();

    if (options.decorations.title && !options.title.isEmpty()) {
        const QFontMetricsF titleMetrics(mTitleFont);
        double w = titleMetrics.horizontalAdvance(options.title);
        double h = titleMetrics.height();
        if (!options.subtitle.isEmpty()) {
            w = std::max(w, metrics.horizontalAdvance(options.subtitle));
            h += metrics.height();
        }
        mTitleRect = QRectF(pad, pad, w + 2 * pad, h + 1.4 * pad);
    }

    if (options.decorations.legend) {
        // Only what the atlas actually uses, in the palette's order.
        QSet<RouteKind> kinds;
        QSet<RouteStatus> statuses;
        for (const Route &r : atlas.routes) {
            if (!options.visibility.isVisible(r)) continue; // the legend explains what is drawn
            kinds.insert(r.kind);
            statuses.insert(r.status);
        }
        const double width = view.px(style::kRouteWidthPt);
        mLegend.append({QStringLiteral("Kind"), QPen(), false, true});
        for (RouteKind kind : kAllRouteKinds)
            if (kinds.contains(kind))
                mLegend.append({kindLabel(kind), QPen(style::kindColour(kind), width, Qt::SolidLine, Qt::FlatCap), false, false});
        mLegend.append({QStringLiteral("Status"), QPen(), false, true});
        for (RouteStatus status : kAllRouteStatuses) {
            if (!statuses.contains(status)) continue;
            Route sample;
            sample.kind = RouteKind::Corridor;
            sample.status = status;
            QPen pen = style::routePen(sample, width);
            pen.setColor(QColor(0x44, 0x44, 0x44));
            mLegend.append({statusLabel(status), pen, status == RouteStatus::Disrupted, false});
        }
        double textWidth = 0;
        for (const LegendEntry &e : std::as_const(mLegend)) textWidth = std::max(textWidth, metrics.horizontalAdvance(e.text));
        const double sample = view.px(26);
        const double w = pad * 3 + sample + textWidth;
        const double h = pad * 2 + mLegend.size() * metrics.height() * 1.25;
        if (!kinds.isEmpty()) mLegendRect = QRectF(frame.width() - w - pad, pad, w, h); // nothing drawn, nothing to explain
    }

    // The footer runs along the bottom edge; scale bar, north arrow and attribution sit above it.
    double bottom = frame.height();
    if (options.decorations.sourcesFooter || options.decorations.statusDate) {
        const QList<const Article *> articles = citedArticles(atlas, view, options);
        if (options.decorations.sourcesFooter) {
            for (const Article *article : articles) {
                if (mFooterLines.size() == kMaxFooterSources - 1 && articles.size() > kMaxFooterSources) {
                    mFooterLines.append(QStringLiteral("… and %1 more").arg(articles.size() - mFooterLines.size()));
                    break;
                }
                mFooterLines.append(articleCitation(*article, false));
            }
            if (!mFooterLines.isEmpty())
                mFooterLines.first().prepend(articles.size() == 1 ? QStringLiteral("Source: ") : QStringLiteral("Sources: "));
        }
        const QDate asOf = latestSourceDate(articles);
        if (options.decorations.statusDate && asOf.isValid())
            mFooterLines.append(QStringLiteral("Status as of %1 (date of the latest source)").arg(snapshotDate(asOf)));
        for (QString &line : mFooterLines) line = metrics.elidedText(line, Qt::ElideRight, frame.width() - 2 * pad);
        if (!mFooterLines.isEmpty()) {
            const double h = mFooterLines.size() * metrics.height() + pad;
            mFooterRect = QRectF(0, frame.height() - h, frame.width(), h);
            bottom -= h;
        }
    }

    if (options.decorations.scaleBar) {
        // Mercator stretches distances by 1/cos(latitude): measure at the view's centre.
        const double latitude = web_mercator::unproject(view.centre()).latitude();
        const double groundMetresPerPx = view.metresPerPixel() * std::cos(latitude * M_PI / 180.0);
        const double maxPx = std::min(view.px(110), frame.width() / 3);
        mScaleBarKm = niceScaleLengthKm(maxPx * groundMetresPerPx / 1000.0);
        mScaleBarPx = mScaleBarKm * 1000.0 / groundMetresPerPx;
        const double h = metrics.height() + view.px(8);
        mScaleRect = QRectF(pad, bottom - pad - h - pad, mScaleBarPx + 2 * pad + metrics.horizontalAdvance(QStringLiteral("0000 km")), h + pad);
    }

    if (options.decorations.northArrow) {
        // Web Mercator keeps north straight up everywhere, so the arrow is always vertical.
        const QSizeF size(view.px(16), view.px(22) + metrics.height());
        const double above = mScaleRect.isEmpty() ? bottom - pad : mScaleRect.top() - pad / 2;
        mNorthArrowRect = QRectF(QPointF(pad, above - size.height()), size);
    }

    if (options.decorations.attribution) {
        mAttribution = attributionText(atlas);
        // Beside the scale bar, never over it: on a narrow frame the text is elided instead.
        const double left = mScaleRect.isEmpty() ? 2 * pad : mScaleRect.right() + pad;
        const double w = std::max(0.0, std::min(metrics.horizontalAdvance(mAttribution) + pad, frame.width() - left));
        const double h = metrics.height() + pad * 0.6;
        mAttributionRect = QRectF(frame.width() - w, bottom - h, w, h);
    }
}

QStringList Decorations::legendLabels() const
{
    QStringList labels;
    for (const LegendEntry &entry : mLegend) labels.append(entry.text);
    return labels;
}

QList<QRectF> Decorations::occupiedAreas() const
{
    QList<QRectF> areas;
    for (const QRectF &r : {mTitleRect, mLegendRect, mScaleRect, mAttributionRect, mNorthArrowRect, mFooterRect})
        if (!r.isEmpty()) areas.append(r);
    return areas;
}

void Decorations::paint(QPainter &painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (!mTitleRect.isEmpty()) paintTitle(painter);
    if (!mLegendRect.isEmpty()) paintLegend(painter);
    if (!mScaleRect.isEmpty()) paintScaleBar(painter);
    if (!mAttributionRect.isEmpty()) paintAttribution(painter);
    if (!mNorthArrowRect.isEmpty()) paintNorthArrow(painter);
    if (!mFooterRect.isEmpty()) paintFooter(painter);
    painter.restore();
}

void Decorations::paintTitle(QPainter &painter) const
{
    const double pad = mView.px(6);
    painter.setPen(QPen(QColor(0, 0, 0, 60), mView.px(0.5)));
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRoundedRect(mTitleRect, pad / 2, pad / 2);
    painter.setPen(style::kTextColour);
    painter.setFont(mTitleFont);
    const QFontMetricsF titleMetrics(mTitleFont);
    QPointF baseline(mTitleRect.left() + pad, mTitleRect.top() + pad * 0.7 + titleMetrics.ascent());
    painter.drawText(baseline, mOptions.title);
    if (!mOptions.subtitle.isEmpty()) {
        painter.setFont(mFont);
        baseline.ry() += titleMetrics.descent() + QFontMetricsF(mFont).ascent();
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(baseline, mOptions.subtitle);
    }
}

void Decorations::paintLegend(QPainter &painter) const
{
    const double pad = mView.px(6);
    const QFontMetricsF metrics(mFont);
    painter.setPen(QPen(QColor(0, 0, 0, 60), mView.px(0.5)));
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRoundedRect(mLegendRect, pad / 2, pad / 2);
    const double sample = mView.px(26);
    const double rowHeight = metrics.height() * 1.25;
    double y = mLegendRect.top() + pad;
    for (const LegendEntry &entry : mLegend) {
        const double midY = y + rowHeight / 2;
        QFont font = mFont;
        font.setBold(entry.isHeading);
        painter.setFont(font);
        painter.setPen(style::kTextColour);
        const double textX = entry.isHeading ? mLegendRect.left() + pad : mLegendRect.left() + 2 * pad + sample;
        painter.drawText(QPointF(textX, midY + metrics.ascent() / 2 - metrics.descent() / 2), entry.text);
        if (!entry.isHeading) {
            const QPolygonF line({QPointF(mLegendRect.left() + pad, midY), QPointF(mLegendRect.left() + pad + sample, midY)});
            painter.setPen(entry.pen);
            painter.drawPolyline(line);
            if (entry.disruptedMarks)
                paintDisruptionMarks(painter, line, sample / 2, mView.px(3.2), style::kDisruptionMark, mView.px(1));
        }
        y += rowHeight;
    }
}

void Decorations::paintScaleBar(QPainter &painter) const
{
    const double pad = mView.px(6);
    const QFontMetricsF metrics(mFont);
    const QString label = QLocale::c().toString(mScaleBarKm, 'g', 6) + QStringLiteral(" km");
    const double textWidth = metrics.horizontalAdvance(label);
    const QRectF box(mScaleRect.left(), mScaleRect.top(), mScaleBarPx + 2 * pad + textWidth + pad, mScaleRect.height());
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRoundedRect(box, pad / 2, pad / 2);
    const double x0 = box.left() + pad;
    const double y = box.bottom() - pad;
    const double tick = mView.px(4);
    painter.setPen(QPen(style::kTextColour, mView.px(1.2), Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(x0, y), QPointF(x0 + mScaleBarPx, y));
    painter.drawLine(QPointF(x0, y), QPointF(x0, y - tick));
    painter.drawLine(QPointF(x0 + mScaleBarPx, y), QPointF(x0 + mScaleBarPx, y - tick));
    painter.setFont(mFont);
    painter.drawText(QPointF(x0 + mScaleBarPx + pad / 2, y), label);
}

void Decorations::paintAttribution(QPainter &painter) const
{
    const QFontMetricsF metrics(mFont);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRect(mAttributionRect);
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.setFont(mFont);
    const QString text = metrics.elidedText(mAttribution, Qt::ElideRight, mAttributionRect.width() - mView.px(3));
    painter.drawText(mAttributionRect, Qt::AlignCenter, text);
}

void Decorations::paintNorthArrow(QPainter &painter) const
{
    const QFontMetricsF metrics(mFont);
    const QRectF &r = mNorthArrowRect;
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRoundedRect(r, mView.px(3), mView.px(3));
    painter.setPen(style::kTextColour);
    QFont bold = mFont;
    bold.setBold(true);
    painter.setFont(bold);
    const double cx = r.center().x();
    painter.drawText(QPointF(cx - QFontMetricsF(bold).horizontalAdvance(QStringLiteral("N")) / 2,
                             r.top() + mView.px(1) + metrics.ascent()),
                     QStringLiteral("N"));
    // A split arrowhead: dark west half, light east half, one outline.
    const double top = r.top() + metrics.height() + mView.px(1.5);
    const double base = r.bottom() - mView.px(3);
    const double half = r.width() / 2 - mView.px(3);
    const QPointF tip(cx, top), left(cx - half, base), right(cx + half, base), notch(cx, base - (base - top) * 0.28);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style::kTextColour);
    painter.drawPolygon(QPolygonF({tip, left, notch}));
    painter.setBrush(Qt::white);
    painter.drawPolygon(QPolygonF({tip, notch, right}));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(style::kTextColour, mView.px(0.8), Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.drawPolygon(QPolygonF({tip, left, notch, right}));
}

void Decorations::paintFooter(QPainter &painter) const
{
    const QFontMetricsF metrics(mFont);
    const double pad = mView.px(6);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRect(mFooterRect);
    painter.setPen(QPen(QColor(0, 0, 0, 60), mView.px(0.5)));
    painter.drawLine(mFooterRect.topLeft(), mFooterRect.topRight());
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.setFont(mFont);
    double baseline = mFooterRect.top() + pad / 2 + metrics.ascent();
    for (const QString &line : mFooterLines) {
        painter.drawText(QPointF(pad, baseline), line);
        baseline += metrics.height();
    }
}

void paintDisruptionMarks(QPainter &painter, const QPolygonF &line, double spacingPx, double sizePx,
                          const QColor &colour, double widthPx)
{
    painter.save();
    painter.setPen(QPen(colour, widthPx, Qt::SolidLine, Qt::RoundCap));
    double carried = spacingPx / 2; // first mark half a spacing in
    for (int i = 1; i < line.size(); ++i) {
        const QPointF a = line.at(i - 1);
        const QPointF d = line.at(i) - a;
        const double length = std::hypot(d.x(), d.y());
        if (length <= 0) continue;
        const QPointF along = d / length;
        const QPointF across(-along.y(), along.x());
        double t = carried;
        while (t <= length) {
            const QPointF c = a + along * t;
            const QPointF u = (along + across) * (sizePx / 2 / M_SQRT2 * 1.4);
            const QPointF v = (along - across) * (sizePx / 2 / M_SQRT2 * 1.4);
            painter.drawLine(c - u, c + u);
            painter.drawLine(c - v, c + v);
            t += spacingPx;
        }
        carried = t - length;
    }
    painter.restore();
}

} // namespace corridor
