#pragma once
// Title, legend, scale bar and attribution: drawn by the renderer (not child widgets) so
// every export carries them exactly as the screen shows them.

#include "atlas.h"
#include "render_options.h"
#include "viewport.h"

#include <QFont>
#include <QList>
#include <QPainter>
#include <QRectF>

namespace corridor {

/// \brief The longest "nice" distance (1, 2 or 5 × 10^n km) not longer than `maxKm`.
double niceScaleLengthKm(double maxKm);

class Decorations {
public:
    Decorations(const Atlas &atlas, const Viewport &view, const RenderOptions &options);

    /// \brief Areas the decorations cover, for the label layout to avoid.
    QList<QRectF> occupiedAreas() const;
    void paint(QPainter &painter) const;

    /// \brief The scale bar's length in pixels and in km (exposed for tests).
    double scaleBarLengthPx() const { return mScaleBarPx; }
    double scaleBarLengthKm() const { return mScaleBarKm; }
    /// \brief Where each decoration sits in the frame (empty when not drawn; for tests and previews).
    QRectF titleRect() const { return mTitleRect; }
    QRectF legendRect() const { return mLegendRect; }
    QRectF scaleBarRect() const { return mScaleRect; }
    QRectF northArrowRect() const { return mNorthArrowRect; }
    QRectF footerRect() const { return mFooterRect; }
    /// \brief The footer's lines as drawn: "Sources: …" and "Status as of …".
    QStringList footerLines() const { return mFooterLines; }
    /// \brief The legend's entries (headings included), top to bottom.
    QStringList legendLabels() const;

private:
    struct LegendEntry {
        QString text;
        QPen pen;
        bool disruptedMarks = false;
        bool isHeading = false;
    };
    void paintTitle(QPainter &painter) const;
    void paintLegend(QPainter &painter) const;
    void paintScaleBar(QPainter &painter) const;
    void paintAttribution(QPainter &painter) const;
    void paintNorthArrow(QPainter &painter) const;
    void paintFooter(QPainter &painter) const;

    /// More cited articles than this are summed up as "… and N more" in the footer.
    static constexpr int kMaxFooterSources = 4;

    const Atlas &mAtlas;
    Viewport mView;
    RenderOptions mOptions;
    QFont mFont;
    QFont mTitleFont;
    QList<LegendEntry> mLegend;
    QRectF mTitleRect;
    QRectF mLegendRect;
    QRectF mScaleRect;
    QRectF mAttributionRect;
    QRectF mNorthArrowRect;
    QRectF mFooterRect;
    QStringList mFooterLines; ///< "Sources: …" lines, then "Status as of …"
    QString mAttribution;
    double mScaleBarPx = 0;
    double mScaleBarKm = 0;
};

/// \brief Draws the × marks that tell a disrupted line apart, along a screen polyline.
void paintDisruptionMarks(QPainter &painter, const QPolygonF &line, double spacingPx, double sizePx,
                          const QColor &colour, double widthPx);

} // namespace corridor
