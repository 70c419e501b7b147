#include "chartpainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace linli {

namespace {

constexpr double kFontSize = 8.0; // points
constexpr double kBarHeight = 9.0;
constexpr double kRowGap = 5.0;
constexpr double kLegendHeight = 16.0;
constexpr double kAxisHeight = 14.0;

const QList<QColor> &seriesColours()
{
    static const QList<QColor> colours{QColor(0x2f, 0x6f, 0xb5), QColor(0xd9, 0x8c, 0x2b), QColor(0x4c, 0x9a, 0x5b),
                                       QColor(0xb5, 0x3b, 0x3b)};
    return colours;
}

// The axis' top and its step: 100% in quarters for rates, a round number for counts.
std::pair<double, double> axisOf(const ChartData &chart)
{
    if (chart.unit == ChartData::Unit::Percent)
        return {1.0, 0.25};
    const double most = std::max(1.0, chart.maximum());
    const double magnitude = std::pow(10.0, std::floor(std::log10(most)));
    for (double step : {0.2, 0.25, 0.5, 1.0, 2.0}) {
        const double s = std::max(1.0, step * magnitude);
        if (most / s <= 5.0)
            return {std::ceil(most / s) * s, s};
    }
    return {std::ceil(most / magnitude) * magnitude, magnitude};
}

double rowHeight(const ChartData &chart)
{
    return kBarHeight * double(chart.series.size()) + kRowGap;
}

} // namespace

double ChartPainter::heightFor(const ChartData &chart, double /*width*/) const
{
    const double legend = chart.series.size() > 1 ? kLegendHeight : 0.0;
    return legend + rowHeight(chart) * double(std::max<qsizetype>(1, chart.categories.size())) + kAxisHeight + 4.0;
}

void ChartPainter::paint(QPainter &painter, const QRectF &rect, const ChartData &chart) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // The rectangle is in points whatever the device; so is the font, at the device's resolution.
    QFont font(m_fontFamily);
    font.setPointSizeF(kFontSize * 72.0 / painter.device()->logicalDpiY());
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const QColor ink(0x33, 0x33, 0x33);

    double top = rect.top();
    if (chart.series.size() > 1) {
        double x = rect.left();
        for (qsizetype s = 0; s < chart.series.size(); ++s) {
            painter.fillRect(QRectF(x, top + 3, 10, 8), seriesColours().at(s % seriesColours().size()));
            x += 13;
            painter.setPen(ink);
            const QString name = chart.series.at(s).name;
            painter.drawText(QRectF(x, top, 200, 14), Qt::AlignLeft | Qt::AlignVCenter, name);
            x += metrics.horizontalAdvance(name) + 16;
        }
        top += kLegendHeight;
    }
    double labelWidth = 0;
    for (const QString &c : chart.categories)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(c));
    labelWidth = std::min(labelWidth + 6.0, rect.width() * 0.35);
    const double valueRoom = metrics.horizontalAdvance(QStringLiteral("100.0%")) + 6.0;
    const QRectF plot(rect.left() + labelWidth, top, rect.width() - labelWidth - valueRoom,
                      rowHeight(chart) * double(chart.categories.size()));
    const auto [axisTop, step] = axisOf(chart);

    // Grid lines and the axis' labels.
    painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.5));
    for (double v = 0; v <= axisTop + step / 2; v += step) {
        const double x = plot.left() + plot.width() * v / axisTop;
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    painter.setPen(ink);
    for (double v = 0; v <= axisTop + step / 2; v += step) {
        const double x = plot.left() + plot.width() * v / axisTop;
        painter.drawText(QRectF(x - 30, plot.bottom() + 2, 60, kAxisHeight), Qt::AlignHCenter | Qt::AlignTop,
                         chart.unit == ChartData::Unit::Percent ? QStringLiteral("%1%").arg(qRound(v * 100))
                                                                : chart.format(v));
    }
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.topLeft(), plot.bottomLeft());

    for (qsizetype row = 0; row < chart.categories.size(); ++row) {
        const double y = plot.top() + rowHeight(chart) * double(row) + kRowGap / 2;
        painter.setPen(ink);
        painter.drawText(QRectF(rect.left(), y, labelWidth - 4, kBarHeight * double(chart.series.size())),
                         Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(chart.categories.at(row), Qt::ElideMiddle, labelWidth - 4));
        for (qsizetype s = 0; s < chart.series.size(); ++s) {
            const std::optional<double> value = chart.series.at(s).values.value(row);
            const QRectF bar(plot.left(), y + kBarHeight * double(s), value ? plot.width() * *value / axisTop : 0.0,
                             kBarHeight - 1.5);
            painter.fillRect(bar, seriesColours().at(s % seriesColours().size()));
            painter.setPen(ink);
            painter.drawText(QRectF(bar.right() + 3, bar.top() - 1, valueRoom, kBarHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, chart.format(value));
        }
    }
    painter.restore();
}

} // namespace linli
