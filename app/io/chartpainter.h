#pragma once

#include "weekly/weeklycharts.h"

#include <QSizeF>

class QPainter;

namespace linli {

// Charts for printed reports, painted with QPainter so that they can be made on a document's
// worker thread and in linli-cli (Qt Charts needs the widgets of the GUI thread). It draws
// horizontal bar charts: one row per category, a bar per series with its value at the end,
// and the legend above when there is more than one series.
class ChartPainter final
{
public:
    explicit ChartPainter(const QString &fontFamily) : m_fontFamily(fontFamily) { }

    // The height in points the chart needs at `width` points.
    double heightFor(const ChartData &chart, double width) const;
    // Paints the chart into `rect` (in points; the painter may be scaled).
    void paint(QPainter &painter, const QRectF &rect, const ChartData &chart) const;

private:
    QString m_fontFamily;
};

} // namespace linli
