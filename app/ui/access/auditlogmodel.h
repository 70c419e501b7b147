#pragma once

#include "access/audittrail.h"

#include <QAbstractTableModel>

#include <memory>

namespace linli {

class Database;

// The audit log, newest first, fetched a page at a time as the view scrolls (keyset paging by
// id), so that a district register's millions of rows are never read at once.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, UserColumn, ActionColumn, TableColumn, RecordColumn, ValuesColumn, ColumnCount };
    static constexpr int kPageSize = 200;

    AuditLogModel(std::shared_ptr<Database> db, const Actor &actor, QObject *parent = nullptr);

    // Starts again from the newest row of the filter; the error, if the read failed.
    Status setFilter(const AuditFilter &filter);
    const AuditRow &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void failed(const QString &message);

private:
    Status fetchPage();
    std::shared_ptr<Database> m_db;
    Actor m_actor;
    AuditFilter m_filter;
    QList<AuditRow> m_rows;
    bool m_atEnd = true;
    bool m_fetching = false;
};

} // namespace linli
