#include "issuetablemodel.h"

#include "ledger/warnings.h"

#include <QBrush>
#include <QColor>
#include <QScopedValueRollback>

namespace linli {

IssueTableModel::IssueTableModel(std::shared_ptr<Database> db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

void IssueTableModel::setFilter(const IssueFilter &filter)
{
    m_filter = filter;
    refresh();
}

void IssueTableModel::refresh()
{
    QScopedValueRollback<bool> resetting(m_resetting, true);
    beginResetModel();
    auto page = IssueRepository(*m_db).list(m_filter, 0, kPageSize);
    m_rows = page ? page.value() : QList<IssueRepository::Listed>();
    m_complete = !page || m_rows.size() < kPageSize;
    endResetModel();
    if (!page)
        emit errorOccurred(page.error().message);
}

int IssueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    const IssueRepository::Listed &l = m_rows.at(index.row());
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
    case Qt::ToolTipRole: return l.reasons.join(QLatin1Char('\n'));
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

bool IssueTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Nothing is fetched while a reset or a page is being announced: views would fetch twice.
    return !parent.isValid() && !m_complete && !m_resetting && !m_fetching;
}

void IssueTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QScopedValueRollback<bool> fetching(m_fetching, true);
    auto page = IssueRepository(*m_db).list(m_filter, int(m_rows.size()), kPageSize);
    if (!page) {
        m_complete = true;
        emit errorOccurred(page.error().message);
        return;
    }
    m_complete = page->size() < kPageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size()) - 1);
    m_rows.append(page.value());
    endInsertRows();
}

} // namespace linli
