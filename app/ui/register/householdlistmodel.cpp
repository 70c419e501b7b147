#include "householdlistmodel.h"

#include "access/permissions.h"
#include "register/phone.h"
#include "storage/database.h"

#include "common/choices.h"
#include "register/householdrepository.h"

#include <QBrush>
#include <QPalette>
#include <QScopedValueRollback>

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
    // The first page is loaded inside the reset, so views never see a half-changed model.
    m_resetting = true;
    beginResetModel();
    m_rows.clear();
    HouseholdRepository repo(*m_db);
    auto total = repo.count(m_filter);
    m_total = total ? total.value() : 0;
    QString problem = total ? QString() : total.error().message;
    if (m_total > 0) {
        auto page = repo.list(m_filter, 0, kPageSize);
        if (page)
            m_rows = page.value();
        else
            problem = page.error().message;
        if (!page || page->size() < kPageSize)
            m_total = int(m_rows.size());
    }
    endResetModel();
    m_resetting = false;
    if (!problem.isEmpty())
        emit errorOccurred(problem);
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
        case PhoneColumn:
            return Access::allows(m_db->actor(), Permission::FullPhone) ? row.phone : Phone::mask(row.phone);
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
    // Views that react to the reset must not insert rows while it is still being announced.
    // Nor while a page is being inserted: views that react to the insertion would fetch it twice.
    return !parent.isValid() && !m_resetting && !m_fetching && m_rows.size() < m_total;
}

void HouseholdListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QScopedValueRollback<bool> fetching(m_fetching, true);
    auto page = HouseholdRepository(*m_db).list(m_filter, int(m_rows.size()), kPageSize);
    if (!page) {
        emit errorOccurred(page.error().message);
        m_total = int(m_rows.size()); // stop asking for more
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
