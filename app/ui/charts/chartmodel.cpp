#include "chartmodel.h"

namespace linli {

void ChartTableModel::setChart(const ChartData &chart)
{
    beginResetModel();
    m_chart = chart;
    endResetModel();
}

int ChartTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chart.categories.size());
}

int ChartTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chart.series.size());
}

QVariant ChartTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::optional<double> value = m_chart.series.at(index.column()).values.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (!value)
            return {};
        return m_chart.unit == ChartData::Unit::Percent ? *value * 100.0 : *value;
    case Qt::ToolTipRole: return m_chart.format(value);
    default: return {};
    }
}

QVariant ChartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return m_chart.series.value(section).name;
    return m_chart.categories.value(section);
}

} // namespace linli
