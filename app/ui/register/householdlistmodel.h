#pragma once

#include "register/types.h"

#include <QAbstractTableModel>

#include <memory>

namespace linli {

class Database;

// The households of a place, or of a search, fetched a page at a time as the view scrolls.
class HouseholdListModel final : public QAbstractTableModel
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
    static constexpr int kPageSize = 200;

    explicit HouseholdListModel(std::shared_ptr<Database> db, QObject *parent = nullptr);

    void setFilter(const HouseholdFilter &filter);
    HouseholdFilter filter() const { return m_filter; }
    void refresh();
    int totalCount() const { return m_total; }
    int rowOf(qint64 householdId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalCountChanged(int total);
    void errorOccurred(const QString &message);

private:
    std::shared_ptr<Database> m_db;
    HouseholdFilter m_filter;
    QList<HouseholdRow> m_rows;
    int m_total = 0;
    bool m_resetting = false;
    bool m_fetching = false;
};

} // namespace linli
