#include "visitmodels.h"

#include "storage/database.h"
#include "visits/visitrepository.h"

#include <QBrush>
#include <QColor>

namespace linli {

VisitTableModel::VisitTableModel(std::shared_ptr<Database> db, QObject *parent)
    : PagedRowsModel(parent), m_db(std::move(db))
{
}

void VisitTableModel::setFilter(const VisitFilter &filter)
{
    m_filter = filter;
    refresh();
}

Result<int> VisitTableModel::countRows()
{
    return VisitRepository(*m_db).count(m_filter);
}

Result<QList<Visit>> VisitTableModel::fetchPage(const Visit *after, int limit)
{
    return VisitRepository(*m_db).page(m_filter, after, limit);
}

int VisitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Columns;
}

QVariant VisitTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size() || role != Qt::DisplayRole)
        return {};
    const Visit &v = rows().at(index.row());
    switch (index.column()) {
    case DateColumn: return v.visitDate;
    case AddressColumn: return v.address;
    case GridColumn: return v.gridName;
    case KindColumn: return choiceLabel(choices::visitKind(), v.kind);
    case VisitorColumn: return v.visitor;
    case MetColumn: return v.personsMet.join(QStringLiteral("、"));
    case NotesColumn: return v.findings.isEmpty() ? v.notes : v.notes + QStringLiteral(" / ") + v.findings;
    }
    return {};
}

QVariant VisitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case AddressColumn: return tr("Address");
    case GridColumn: return tr("Grid");
    case KindColumn: return tr("Kind");
    case VisitorColumn: return tr("Visitor");
    case MetColumn: return tr("Met");
    case NotesColumn: return tr("Notes");
    }
    return {};
}

void DueTableModel::setRows(const QList<VisitDue> &rows, const QDate &asOf)
{
    beginResetModel();
    m_rows = rows;
    m_asOf = asOf;
    endResetModel();
}

int DueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Columns;
}

QVariant DueTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const VisitDue &d = m_rows.at(index.row());
    if (role == HouseholdIdRole)
        return d.householdId;
    const qint64 overdue = d.dueDate.isValid() ? d.dueDate.daysTo(m_asOf) : -1;
    if (role == Qt::ForegroundRole && index.column() == OverdueColumn && overdue > 30)
        return QBrush(QColor(0xB0, 0x00, 0x20));
    if (role == Qt::TextAlignmentRole && (index.column() == OverdueColumn || index.column() == IntervalColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AddressColumn: return d.address;
    case HeadColumn: return d.head;
    case LastVisitColumn: return d.lastVisit.isValid() ? d.lastVisit.toString(Qt::ISODate) : tr("never");
    case DueColumn: return d.dueDate.isValid() ? d.dueDate.toString(Qt::ISODate) : tr("now");
    case OverdueColumn: return overdue > 0 ? QVariant(overdue) : QVariant();
    case IntervalColumn: return d.intervalDays;
    case GridColumn: return d.gridName;
    }
    return {};
}

QVariant DueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AddressColumn: return tr("Address");
    case HeadColumn: return tr("Head");
    case LastVisitColumn: return tr("Last visit");
    case DueColumn: return tr("Due");
    case OverdueColumn: return tr("Days overdue");
    case IntervalColumn: return tr("Interval (days)");
    case GridColumn: return tr("Grid");
    }
    return {};
}

} // namespace linli
