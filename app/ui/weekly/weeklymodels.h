#pragma once

#include "weekly/weeklyfigures.h"
#include "weeklydocuments.h"

#include <QAbstractTableModel>

namespace linli {

// 周调度: the dispatch list, the open issues (red first) and then those not yet dispatched,
// coloured by warning like the ledger.
class DispatchListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        RegisteredColumn,
        TitleColumn,
        DepartmentColumn,
        AssigneeColumn,
        DeadlineColumn,
        DaysOpenColumn,
        WeeksCarriedColumn,
        StatusColumn,
        WarningColumn,
        ReasonsColumn,
        DecisionsColumn,
        ColumnCount
    };
    // StatusRole and EscalatedRole: the issue as it is now, for the decisions still open to it.
    enum Role { NumberRole = Qt::UserRole + 1, WarningRole, StatusRole, EscalatedRole };

    using QAbstractTableModel::QAbstractTableModel;
    void setList(const DispatchList &list);
    const DispatchList &list() const { return m_list; }
    const DispatchItem &item(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    DispatchList m_list;
};

// 周汇总: each figure of the week, the week before and the change, written as on paper
// (WeeklyDocuments::keyFigures), under the UI's names.
class KeyFiguresModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FigureColumn, ThisWeekColumn, PreviousWeekColumn, ChangeColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setReport(const WeeklyReport &report);
    static QString label(WeeklyDocuments::Figure figure);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<WeeklyDocuments::KeyFigure> m_rows;
};

// The figures of a breakdown (by category, grid or department), one row per name.
class BreakdownModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        NewColumn,
        ResolvedColumn,
        AcceptedColumn,
        ResolvedToDateColumn,
        OpenColumn,
        OverdueColumn,
        ResolutionRateColumn,
        OnTimeRateColumn,
        SatisfactionRateColumn,
        AverageDaysColumn,
        CoverageColumn,
        ColumnCount
    };
    // The value to sort by: numbers as numbers, a missing rate as -1.
    enum Role { SortRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<std::pair<QString, WeeklyFigures>> &rows, const QString &nameHeader);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<std::pair<QString, WeeklyFigures>> m_rows;
    QString m_nameHeader;
};

} // namespace linli
