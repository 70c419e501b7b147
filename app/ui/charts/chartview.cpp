#include "chartview.h"

#include "chartmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace linli {

namespace {

constexpr int kRowHeight = 22; // pixels per category of a horizontal bar chart
constexpr int kWeekLabels = 13; // about one label a month on a year of weeks

// A horizontal bar chart draws its first category at the bottom; the sorted charts read from
// the top.
ChartData upsideDown(ChartData chart)
{
    std::reverse(chart.categories.begin(), chart.categories.end());
    for (ChartSeries &s : chart.series)
        std::reverse(s.values.begin(), s.values.end());
    return chart;
}

QValueAxis *valueAxis(const ChartData &chart)
{
    auto *axis = new QValueAxis;
    if (chart.unit == ChartData::Unit::Percent) {
        axis->setRange(0, 100);
        axis->setTickCount(6);
        axis->setLabelFormat(QStringLiteral("%.0f%%"));
    } else {
        axis->setRange(0, std::max(1.0, chart.maximum() * 1.1));
        axis->setLabelFormat(QStringLiteral("%.0f"));
        axis->applyNiceNumbers();
    }
    return axis;
}

} // namespace

ChartView::ChartView(QWidget *parent) : QWidget(parent), m_model(new ChartTableModel(this)), m_view(new QChartView)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
}

ChartView::~ChartView() = default;

const ChartData &ChartView::chartData() const
{
    return m_model->chart();
}

void ChartView::setChart(const ChartData &chartData)
{
    const bool horizontal = chartData.kind == ChartData::Kind::HorizontalBars;
    m_model->setChart(horizontal ? upsideDown(chartData) : chartData);
    const ChartData &shown = m_model->chart();
    auto *chart = new QChart;
    chart->setTitle(shown.title);
    chart->legend()->setVisible(shown.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QValueAxis *values = valueAxis(shown);

    if (shown.kind == ChartData::Kind::Lines) {
        // Lines are drawn point by point: a week without a rate has no point (a mapper would
        // draw it as 0).
        auto *weeks = new QCategoryAxis;
        weeks->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const int step = std::max(1, int(shown.categories.size() + kWeekLabels - 1) / kWeekLabels);
        for (int i = 0; i < shown.categories.size(); i += step)
            weeks->append(shown.categories.at(i), i);
        weeks->setRange(0, std::max<qsizetype>(1, shown.categories.size() - 1));
        chart->addAxis(weeks, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
        for (int s = 0; s < shown.series.size(); ++s) {
            auto *line = new QLineSeries;
            line->setName(shown.series.at(s).name);
            line->setPointsVisible(true);
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const QVariant v = m_model->index(row, s).data();
                if (v.isValid())
                    line->append(row, v.toDouble());
            }
            chart->addSeries(line);
            line->attachAxis(weeks);
            line->attachAxis(values);
            connect(line, &QLineSeries::hovered, this,
                    [this, s](const QPointF &point, bool state) { hovered(s, qRound(point.x()), state); });
        }
    } else {
        QAbstractBarSeries *bars = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                              : static_cast<QAbstractBarSeries *>(new QBarSeries);
        auto *mapper = new QVBarModelMapper(bars);
        mapper->setFirstBarSetColumn(0);
        mapper->setLastBarSetColumn(int(shown.series.size()) - 1);
        mapper->setFirstRow(0);
        mapper->setRowCount(m_model->rowCount());
        mapper->setSeries(bars);
        mapper->setModel(m_model);
        chart->addSeries(bars);
        auto *names = new QBarCategoryAxis;
        names->append(shown.categories);
        if (!horizontal && shown.categories.size() > kWeekLabels) {
            names->setLabelsAngle(-90); // a year of weeks: upright they would be cut to "…"
            names->setTruncateLabels(false);
        }
        chart->addAxis(names, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
        chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
        bars->attachAxis(names);
        bars->attachAxis(values);
        const QList<QBarSet *> sets = bars->barSets();
        for (int s = 0; s < sets.size(); ++s)
            connect(sets.at(s), &QBarSet::hovered, this,
                    [this, s](bool state, int index) { hovered(s, index, state); });
    }
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    setMinimumHeight(
        horizontal ? int(shown.categories.size()) * kRowHeight * int(std::max<qsizetype>(1, shown.series.size())) + 120
                   : 320);
}

QString ChartView::hoverText(int series, int index) const
{
    const ChartData &c = m_model->chart();
    if (series < 0 || series >= c.series.size() || index < 0 || index >= c.categories.size())
        return {};
    return QStringLiteral("%1 %2：%3")
        .arg(c.categories.at(index), c.series.at(series).name, c.format(c.series.at(series).values.value(index)));
}

void ChartView::hovered(int series, int index, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    m_lastHover = hoverText(series, index);
    QToolTip::showText(QCursor::pos(), m_lastHover, m_view);
}

bool ChartView::savePng(const QString &path, QString *error) const
{
    const QPixmap picture = m_view->grab();
    if (picture.save(path, "PNG"))
        return true;
    if (error)
        *error = tr("Cannot write the picture %1.").arg(path);
    return false;
}

QList<int> ChartView::drawnCounts() const
{
    QList<int> counts;
    for (QAbstractSeries *s : m_view->chart()->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(s))
            counts << xy->count();
        else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            for (QBarSet *set : bars->barSets())
                counts << set->count();
    }
    return counts;
}

} // namespace linli
