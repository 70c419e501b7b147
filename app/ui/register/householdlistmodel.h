#pragma once

#include "register/types.h"

#include "common/pagedtablemodel.h"

#include <memory>

namespace linli {

class Database;

// The households of a place, or of a search, fetched a page at a time as the view scrolls.
class HouseholdListModel final : public PagedRowsModel<HouseholdRow>
{
    Q_OBJECT
public:
    enum Column {
        AddressColumn,
        HeadColumn,
        MembersColumn,
        HousingUseColumn,
        PhoneColumn,
        GridColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, UuidRole, StatusRole };
    explicit HouseholdListModel(std::shared_ptr<Database> db, QObject *parent = nullptr);

    void setFilter(const HouseholdFilter &filter);
    HouseholdFilter filter() const { return m_filter; }
    int rowOf(qint64 householdId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    Result<int> countRows() override;
    Result<QList<HouseholdRow>> fetchPage(const HouseholdRow *after, int limit) override;

private:
    std::shared_ptr<Database> m_db;
    HouseholdFilter m_filter;
};

} // namespace linli
