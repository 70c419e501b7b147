#pragma once

#include "weekly/weeklycharts.h"

#include <QAbstractTableModel>

namespace linli {

// A chart's data as a table for Qt Charts' model mappers: a row per category (week, grid,
// department …), a column per series, each value as drawn (a rate in percent). A missing value
// is an empty QVariant.
class ChartTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setChart(const ChartData &chart);
    const ChartData &chart() const { return m_chart; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ChartData m_chart;
};

} // namespace linli
