#include "issuetablemodel.h"

#include "ledger/warnings.h"

#include <QBrush>
#include <QColor>

namespace linli {

IssueTableModel::IssueTableModel(std::shared_ptr<Database> db, QObject *parent)
    : PagedRowsModel(parent), m_db(std::move(db))
{
}

void IssueTableModel::setFilter(const IssueFilter &filter)
{
    m_filter = filter;
    refresh();
}

void IssueTableModel::sort(int column, Qt::SortOrder order)
{
    static const IssueSort sorts[ColumnCount] = {IssueSort::Number,     IssueSort::Registered, IssueSort::Title,
                                                 IssueSort::Category,   IssueSort::Place,      IssueSort::Department,
                                                 IssueSort::Deadline,   IssueSort::Status,     IssueSort::Number};
    if (column < 0 || column >= ColumnCount)
        return;
    m_order.sort = sorts[column];
    m_order.descending = order == Qt::DescendingOrder;
    refresh();
}

Result<int> IssueTableModel::countRows()
{
    return IssueRepository(*m_db).count(m_filter);
}

Result<QList<IssueRepository::Listed>> IssueTableModel::fetchPage(const IssueRepository::Listed *after, int limit)
{
    IssuePage next = m_order;
    next.after = after != nullptr;
    if (after) {
        next.afterKey = after->sortKey;
        next.afterId = after->issue.meta.id;
    }
    return IssueRepository(*m_db).page(m_filter, next, limit);
}

int IssueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IssueTableModel::statusLabel(const Issue &issue)
{
    return choiceLabel(choices::issueStatus(), issue.status) + (issue.escalated ? tr(" (escalated)") : QString());
}

QString IssueTableModel::warningLabel(WarningLevel level)
{
    return level == WarningLevel::Red ? tr("Red") : level == WarningLevel::Amber ? tr("Amber") : QString();
}

QVariant IssueTableModel::warningBackground(WarningLevel level)
{
    if (level == WarningLevel::Red)
        return QBrush(QColor(0xFF, 0xDD, 0xDD));
    if (level == WarningLevel::Amber)
        return QBrush(QColor(0xFF, 0xF2, 0xCC));
    return {};
}

QVariant IssueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IssueRepository::Listed &l = rowAt(index.row());
    const Issue &i = l.issue;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return i.number;
        case RegisteredColumn: return i.registeredDate;
        case TitleColumn: return i.title;
        case CategoryColumn:
            return i.subcategory.isEmpty() ? i.category : i.category + QStringLiteral("/") + i.subcategory;
        case PlaceColumn: return i.location;
        case DepartmentColumn: return i.departmentName;
        case DeadlineColumn: return i.deadline;
        case StatusColumn: return statusLabel(i);
        case WarningColumn: return warningLabel(l.warning);
        default: return {};
        }
    case Qt::ToolTipRole: {
        // A text cut short in its column is read whole here, above the warning's reasons.
        QStringList lines;
        if (index.column() == TitleColumn || index.column() == CategoryColumn || index.column() == PlaceColumn
            || index.column() == DepartmentColumn || index.column() == StatusColumn)
            lines << data(index, Qt::DisplayRole).toString();
        lines << l.reasons;
        lines.removeAll(QString());
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::BackgroundRole: return warningBackground(l.warning);
    case NumberRole: return i.number;
    case WarningRole: return int(l.warning);
    case StatusRole: return i.status;
    default: return {};
    }
}

QVariant IssueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("Number");
    case RegisteredColumn: return tr("Registered");
    case TitleColumn: return tr("Issue");
    case CategoryColumn: return tr("Category");
    case PlaceColumn: return tr("Place");
    case DepartmentColumn: return tr("Department");
    case DeadlineColumn: return tr("Deadline");
    case StatusColumn: return tr("Status");
    case WarningColumn: return tr("Warning");
    default: return {};
    }
}

} // namespace linli
