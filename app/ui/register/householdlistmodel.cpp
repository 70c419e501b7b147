#include "householdlistmodel.h"

#include "common/choices.h"
#include "register/householdrepository.h"

#include <QBrush>
#include <QPalette>

namespace linli {

HouseholdListModel::HouseholdListModel(std::shared_ptr<Database> db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

void HouseholdListModel::setFilter(const HouseholdFilter &filter)
{
    m_filter = filter;
    refresh();
}

void HouseholdListModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    HouseholdRepository repo(*m_db);
    auto total = repo.count(m_filter);
    m_total = total ? total.value() : 0;
    if (!total)
        emit errorOccurred(total.error().message);
    endResetModel();
    if (m_total > 0)
        fetchMore({});
    emit totalCountChanged(m_total);
}

int HouseholdListModel::rowOf(qint64 householdId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == householdId)
            return int(i);
    }
    return -1;
}

int HouseholdListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HouseholdListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HouseholdRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AddressColumn: return row.address;
        case HeadColumn: return row.headName;
        case MembersColumn: return row.memberCount;
        case HousingUseColumn: return choiceLabel(choices::housingUse(), row.housingUse);
        case PhoneColumn: return row.phone;
        case GridColumn: return row.gridName;
        case StatusColumn: return choiceLabel(choices::householdStatus(), row.status);
        default: return {};
        }
    case Qt::ForegroundRole:
        if (row.status != QLatin1String("active"))
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole: return row.id;
    case UuidRole: return row.uuid;
    case StatusRole: return row.status;
    default: return {};
    }
}

QVariant HouseholdListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AddressColumn: return tr("Address");
    case HeadColumn: return tr("Head");
    case MembersColumn: return tr("Members");
    case HousingUseColumn: return tr("Housing use");
    case PhoneColumn: return tr("Phone");
    case GridColumn: return tr("Grid");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

bool HouseholdListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void HouseholdListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    auto page = HouseholdRepository(*m_db).list(m_filter, int(m_rows.size()), kPageSize);
    if (!page) {
        emit errorOccurred(page.error().message);
        m_total = int(m_rows.size());  // stop asking for more
        return;
    }
    if (page->isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size()) - 1);
    m_rows.append(page.value());
    endInsertRows();
}

} // namespace linli
