#include "weeklycharts.h"

#include <algorithm>

namespace linli {

namespace {

using Rows = QList<std::pair<QString, WeeklyFigures>>;

// One value per row, the highest first; rows without a value and the rows that are not a place
// or a department are left out.
template<typename Value> ChartData sorted(const Rows &rows, const QString &title, const QString &series, Value value)
{
    QList<std::pair<QString, double>> kept;
    for (const auto &[name, f] : rows) {
        if (name == WeeklyReport::noGrid() || name == WeeklyReport::notDispatched())
            continue;
        if (const std::optional<double> v = value(f))
            kept.append({name, *v});
    }
    std::stable_sort(kept.begin(), kept.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    ChartData c;
    c.title = title;
    c.kind = ChartData::Kind::HorizontalBars;
    c.unit = ChartData::Unit::Percent;
    ChartSeries s{series, {}};
    for (const auto &[name, v] : kept) {
        c.categories << name;
        s.values << v;
    }
    c.series << s;
    return c;
}

QStringList weekLabels(const QList<WeeklyPoint> &points)
{
    QStringList labels;
    for (const WeeklyPoint &p : points)
        labels << QStringLiteral("W%1").arg(p.week.week(), 2, 10, QLatin1Char('0'));
    return labels;
}

} // namespace

QString ChartData::format(const std::optional<double> &value) const
{
    if (!value)
        return QStringLiteral("—");
    if (unit == Unit::Percent)
        return QStringLiteral("%1%").arg(*value * 100.0, 0, 'f', 1);
    return QString::number(*value, 'f', 0);
}

double ChartData::maximum() const
{
    double most = 0;
    for (const ChartSeries &s : series)
        for (const std::optional<double> &v : s.values)
            if (v)
                most = std::max(most, *v);
    return most;
}

ChartData WeeklyCharts::rates(const QList<WeeklyPoint> &points)
{
    ChartData c;
    c.title = tr("Resolution rate and on-time rate by week");
    c.kind = ChartData::Kind::Lines;
    c.unit = ChartData::Unit::Percent;
    c.categories = weekLabels(points);
    ChartSeries resolution{tr("Resolution rate"), {}};
    ChartSeries onTime{tr("On-time rate"), {}};
    for (const WeeklyPoint &p : points) {
        resolution.values << p.figures.resolutionRate();
        onTime.values << p.figures.onTimeRate();
    }
    c.series << resolution << onTime;
    return c;
}

ChartData WeeklyCharts::openAndOverdue(const QList<WeeklyPoint> &points)
{
    ChartData c;
    c.title = tr("Open and overdue issues by week");
    c.kind = ChartData::Kind::Bars;
    c.categories = weekLabels(points);
    ChartSeries open{tr("Open"), {}};
    ChartSeries overdue{tr("Overdue"), {}};
    for (const WeeklyPoint &p : points) {
        open.values << double(p.figures.open);
        overdue.values << double(p.figures.overdueOpen);
    }
    c.series << open << overdue;
    return c;
}

ChartData WeeklyCharts::byCategory(const WeeklyReport &report)
{
    ChartData c;
    c.title = tr("Issues by category");
    c.kind = ChartData::Kind::HorizontalBars;
    ChartSeries resolved{tr("Resolved to date"), {}};
    ChartSeries open{tr("Open"), {}};
    Rows rows = report.byCategory;
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto &a, const auto &b) { return a.second.accepted > b.second.accepted; });
    for (const auto &[name, f] : rows) {
        if (!f.accepted)
            continue;
        c.categories << name;
        resolved.values << double(f.resolvedToDate);
        open.values << double(f.open);
    }
    c.series << resolved << open;
    return c;
}

ChartData WeeklyCharts::departmentRates(const WeeklyReport &report)
{
    return sorted(report.byDepartment, tr("Resolution rate by department"), tr("Resolution rate"),
                  [](const WeeklyFigures &f) { return f.resolutionRate(); });
}

ChartData WeeklyCharts::gridRates(const WeeklyReport &report)
{
    return sorted(report.byGrid, tr("Resolution rate by grid"), tr("Resolution rate"),
                  [](const WeeklyFigures &f) { return f.resolutionRate(); });
}

ChartData WeeklyCharts::gridCoverage(const WeeklyReport &report)
{
    return sorted(report.byGrid, tr("Visit coverage by grid"), tr("Coverage"),
                  [](const WeeklyFigures &f) { return f.coverage(); });
}

} // namespace linli
