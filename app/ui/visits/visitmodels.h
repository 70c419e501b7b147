#pragma once

#include "visits/visittypes.h"

#include <QAbstractTableModel>

#include <memory>

namespace linli {

class Database;

// The visit log, newest first, fetched 200 rows at a time as the view scrolls.
class VisitTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, AddressColumn, GridColumn, KindColumn, VisitorColumn, MetColumn, NotesColumn, Columns };
    static constexpr int kPage = 200;

    explicit VisitTableModel(std::shared_ptr<Database> db, QObject *parent = nullptr);
    void setFilter(const VisitFilter &filter);
    void refresh() { setFilter(m_filter); }
    VisitFilter filter() const { return m_filter; }
    int total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void errorOccurred(const QString &message);

private:
    std::shared_ptr<Database> m_db;
    VisitFilter m_filter;
    QList<Visit> m_rows;
    int m_total = 0;
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
