#include "auditlogmodel.h"

#include "storage/database.h"

namespace linli {

AuditLogModel::AuditLogModel(std::shared_ptr<Database> db, const Actor &actor, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_actor(actor)
{
}

Status AuditLogModel::setFilter(const AuditFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_atEnd = false;
    endResetModel();
    return fetchPage();
}

Status AuditLogModel::fetchPage()
{
    if (m_atEnd || m_fetching)
        return {};
    m_fetching = true;
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    auto page = AuditTrail::page(*m_db, m_actor, m_filter, before, kPageSize);
    m_fetching = false;
    if (!page) {
        m_atEnd = true;
        emit failed(page.error().message);
        return page.error();
    }
    m_atEnd = page->size() < kPageSize;
    if (!page->isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
        m_rows += page.value();
        endInsertRows();
    }
    return {};
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRow &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn: return QString(r.time).replace(QLatin1Char('T'), QLatin1Char(' '));
        case UserColumn: return r.actor;
        case ActionColumn: return r.action;
        case TableColumn: return r.table;
        case RecordColumn: return r.recordId ? QVariant(r.recordId) : QVariant();
        case ValuesColumn: {
            QString text = r.newValues;
            if (!r.oldValues.isEmpty() && r.oldValues != QLatin1String("{}"))
                text = r.oldValues + QStringLiteral(" → ") + r.newValues;
            return role == Qt::DisplayRole && text.size() > 200 ? text.left(200) + QStringLiteral("…") : text;
        }
        default: return {};
        }
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case UserColumn: return tr("User");
    case ActionColumn: return tr("Action");
    case TableColumn: return tr("Table");
    case RecordColumn: return tr("Record");
    case ValuesColumn: return tr("Values");
    default: return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        (void)fetchPage();
}

} // namespace linli
