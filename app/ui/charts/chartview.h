#pragma once

#include "weekly/weeklycharts.h"

#include <QWidget>

class QChart;
class QChartView;

namespace linli {

class ChartTableModel;

// The one place that knows Qt Charts (deprecated from Qt 6.10 for Qt Graphs): a chart of
// ChartData drawn through a model and Qt Charts' model mappers, with the exact value under the
// mouse as a tooltip and the picture saved as PNG.
class ChartView final : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);
    ~ChartView() override;

    void setChart(const ChartData &chart);
    const ChartData &chartData() const;
    ChartTableModel *model() const { return m_model; }

    // What hovering over value `index` of series `series` shows: "W47 办结率：95.8%".
    QString hoverText(int series, int index) const;
    // The last tooltip shown.
    QString lastHover() const { return m_lastHover; }

    // The whole chart as a picture; false with the reason when it cannot be written.
    bool savePng(const QString &path, QString *error = nullptr) const;

    // The series Qt Charts draws, for tests: how many and how many points or bars each holds.
    QList<int> drawnCounts() const;

private:
    void hovered(int series, int index, bool state);

    ChartTableModel *m_model = nullptr;
    QChartView *m_view = nullptr;
    QString m_lastHover;
};

} // namespace linli
