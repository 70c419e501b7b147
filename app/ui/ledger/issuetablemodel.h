#pragma once

#include "ledger/issuerepository.h"

#include <QAbstractTableModel>

#include <memory>

namespace linli {

class Database;

// The ledger's issues, a page at a time, coloured by their warning level.
class IssueTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        RegisteredColumn,
        TitleColumn,
        CategoryColumn,
        PlaceColumn,
        DepartmentColumn,
        DeadlineColumn,
        StatusColumn,
        WarningColumn,
        ColumnCount
    };
    enum Role { NumberRole = Qt::UserRole + 1, WarningRole, StatusRole };
    static constexpr int kPageSize = 200;

    explicit IssueTableModel(std::shared_ptr<Database> db, QObject *parent = nullptr);

    // How every list of issues shows a status (已交办（已上报）) and a warning (红色 on red).
    static QString statusLabel(const Issue &issue);
    static QString warningLabel(WarningLevel level);
    static QVariant warningBackground(WarningLevel level);

    void setFilter(const IssueFilter &filter);
    IssueFilter filter() const { return m_filter; }
    void refresh();
    const IssueRepository::Listed &listed(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void errorOccurred(const QString &message);

private:
    std::shared_ptr<Database> m_db;
    IssueFilter m_filter;
    QList<IssueRepository::Listed> m_rows;
    bool m_complete = true;
    bool m_resetting = false;
    bool m_fetching = false;
};

} // namespace linli
