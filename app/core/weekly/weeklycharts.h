#pragma once

#include "weekly/weeklyfigures.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace linli {

// What a chart shows, apart from how it is drawn: the screen's charts (Qt Charts, in linli_ui)
// and the bulletin's printed ones (painted in linli_io) are both made from it.
struct ChartSeries {
    QString name;
    QList<std::optional<double>> values; // one per category; absent where there is nothing to show
};

struct ChartData {
    enum class Kind { Lines, Bars, HorizontalBars };
    enum class Unit { Count, Percent }; // Percent: the values are fractions, shown as 85.7%
    QString title;
    Kind kind = Kind::Bars;
    Unit unit = Unit::Count;
    QStringList categories; // weeks, categories, grids or departments
    QList<ChartSeries> series;

    bool isEmpty() const { return categories.isEmpty() || series.isEmpty(); }
    // 85.7% or 12, as the screen's tooltips and the printed labels write a value.
    QString format(const std::optional<double> &value) const;
    // The largest value of all series, for the axis.
    double maximum() const;
};

// The charts of the 图表 page, from the weekly series and a week's report of one scope. The
// sorted charts leave out the rows that are not a grid or a department (（无网格）, （未交办）)
// and those with nothing to rate.
class WeeklyCharts final
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyCharts)
public:
    static ChartData rates(const QList<WeeklyPoint> &points); // 办结率 and 按期办结率 by week, lines
    static ChartData openAndOverdue(const QList<WeeklyPoint> &points); // 在办 and 超期未办结 by week, bars
    static ChartData byCategory(const WeeklyReport &report); // 累计办结 and 在办 by category
    static ChartData departmentRates(const WeeklyReport &report); // 办结率, the highest first
    static ChartData gridRates(const WeeklyReport &report); // 办结率, the highest first
    static ChartData gridCoverage(const WeeklyReport &report); // 走访覆盖率, the highest first
};

} // namespace linli
