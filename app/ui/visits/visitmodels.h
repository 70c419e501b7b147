#pragma once

#include "common/pagedtablemodel.h"
#include "visits/visittypes.h"

#include <QAbstractTableModel>

#include <memory>

namespace linli {

class Database;

// The visit log, newest first, fetched a page at a time as the view scrolls.
class VisitTableModel final : public PagedRowsModel<Visit>
{
    Q_OBJECT
public:
    enum Column { DateColumn, AddressColumn, GridColumn, KindColumn, VisitorColumn, MetColumn, NotesColumn, Columns };

    explicit VisitTableModel(std::shared_ptr<Database> db, QObject *parent = nullptr);
    void setFilter(const VisitFilter &filter);
    VisitFilter filter() const { return m_filter; }
    int total() const { return totalCount(); }
    const Visit &visit(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Result<int> countRows() override;
    Result<QList<Visit>> fetchPage(const Visit *after, int limit) override;

private:
    std::shared_ptr<Database> m_db;
    VisitFilter m_filter;
};

// The 待走访 list in walking order, with how many days each household is overdue.
class DueTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AddressColumn,
        HeadColumn,
        LastVisitColumn,
        DueColumn,
        OverdueColumn,
        IntervalColumn,
        GridColumn,
        Columns
    };
    enum Role { HouseholdIdRole = Qt::UserRole };

    explicit DueTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) { }
    void setRows(const QList<VisitDue> &rows, const QDate &asOf);
    const QList<VisitDue> &rows() const { return m_rows; }
    QDate asOf() const { return m_asOf; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<VisitDue> m_rows;
    QDate m_asOf;
};

} // namespace linli
