#pragma once

#include "common/pagedtablemodel.h"
#include "ledger/issuerepository.h"

#include <memory>

namespace linli {

class Database;

// The ledger's issues, a page at a time, coloured by their warning level; newest first, or in
// the order of the header clicked.
class IssueTableModel final : public PagedRowsModel<IssueRepository::Listed>
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
    explicit IssueTableModel(std::shared_ptr<Database> db, QObject *parent = nullptr);

    // How every list of issues shows a status (已交办（已上报）) and a warning (红色 on red).
    static QString statusLabel(const Issue &issue);
    static QString warningLabel(WarningLevel level);
    static QVariant warningBackground(WarningLevel level);

    void setFilter(const IssueFilter &filter);
    IssueFilter filter() const { return m_filter; }
    IssuePage order() const { return m_order; }
    const IssueRepository::Listed &listed(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // A click on a header: that column's order (the warning column keeps number order).
    void sort(int column, Qt::SortOrder order) override;

protected:
    Result<int> countRows() override;
    Result<QList<IssueRepository::Listed>> fetchPage(const IssueRepository::Listed *after, int limit) override;

private:
    std::shared_ptr<Database> m_db;
    IssueFilter m_filter;
    IssuePage m_order;
};

} // namespace linli
