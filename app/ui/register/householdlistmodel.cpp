#include "householdlistmodel.h"

#include "access/permissions.h"
#include "register/phone.h"
#include "storage/database.h"

#include "common/choices.h"
#include "register/householdrepository.h"

#include <QBrush>
#include <QPalette>

namespace linli {

HouseholdListModel::HouseholdListModel(std::shared_ptr<Database> db, QObject *parent)
    : PagedRowsModel(parent), m_db(std::move(db))
{
}

void HouseholdListModel::setFilter(const HouseholdFilter &filter)
{
    m_filter = filter;
    refresh();
}

Result<int> HouseholdListModel::countRows()
{
    return HouseholdRepository(*m_db).count(m_filter);
}

Result<QList<HouseholdRow>> HouseholdListModel::fetchPage(const HouseholdRow *after, int limit)
{
    return HouseholdRepository(*m_db).page(m_filter, after, limit);
}

int HouseholdListModel::rowOf(qint64 householdId) const
{
    for (qsizetype i = 0; i < rows().size(); ++i) {
        if (rows().at(i).id == householdId)
            return int(i);
    }
    return -1;
}

int HouseholdListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HouseholdRow &row = rows().at(index.row());
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

} // namespace linli
