#include "weeklymodels.h"

#include "ledger/workflow.h"
#include "weeklydocuments.h"

#include <QBrush>
#include <QColor>

namespace linli {

namespace {

QString days(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 1) : QStringLiteral("—");
}

QVariant rateOrder(const std::optional<double> &value)
{
    return value ? *value : -1.0;
}

} // namespace

// --- DispatchListModel ---

void DispatchListModel::setList(const DispatchList &list)
{
    beginResetModel();
    m_list = list;
    endResetModel();
}

const DispatchItem &DispatchListModel::item(int row) const
{
    return row < m_list.open.size() ? m_list.open.at(row) : m_list.undispatched.at(row - m_list.open.size());
}

int DispatchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.open.size() + m_list.undispatched.size());
}

int DispatchListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DispatchListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DispatchItem &d = item(index.row());
    const Issue &i = d.issue;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return i.number;
        case RegisteredColumn: return i.registeredDate;
        case TitleColumn: return i.title;
        case DepartmentColumn: return i.departmentName;
        case AssigneeColumn: return i.assignee;
        case DeadlineColumn: return i.deadline;
        case DaysOpenColumn: return d.daysOpen;
        case WeeksCarriedColumn: return d.weeksCarried;
        case StatusColumn:
            return choiceLabel(choices::issueStatus(), i.status) + (i.escalated ? tr(" (escalated)") : QString());
        case WarningColumn:
            return d.warning == WarningLevel::Red  ? tr("Red")
                : d.warning == WarningLevel::Amber ? tr("Amber")
                                                   : QString();
        case ReasonsColumn: return d.reasons.join(QStringLiteral("；"));
        default: return {};
        }
    case Qt::ToolTipRole: return d.reasons.join(QLatin1Char('\n'));
    case Qt::BackgroundRole:
        if (d.warning == WarningLevel::Red)
            return QBrush(QColor(0xFF, 0xDD, 0xDD));
        if (d.warning == WarningLevel::Amber)
            return QBrush(QColor(0xFF, 0xF2, 0xCC));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DaysOpenColumn || index.column() == WeeksCarriedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NumberRole: return i.number;
    case WarningRole: return int(d.warning);
    case StatusRole: return i.status;
    case EscalatedRole: return i.escalated;
    default: return {};
    }
}

QVariant DispatchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("Number");
    case RegisteredColumn: return tr("Registered");
    case TitleColumn: return tr("Issue");
    case DepartmentColumn: return tr("Department");
    case AssigneeColumn: return tr("Assignee");
    case DeadlineColumn: return tr("Deadline");
    case DaysOpenColumn: return tr("Days open");
    case WeeksCarriedColumn: return tr("Weeks listed");
    case StatusColumn: return tr("Status");
    case WarningColumn: return tr("Warning");
    case ReasonsColumn: return tr("Why");
    default: return {};
    }
}

// --- KeyFiguresModel ---

void KeyFiguresModel::setReport(const WeeklyReport &report)
{
    beginResetModel();
    m_rows.clear();
    const WeeklyFigures &now = report.totals;
    const WeeklyFigures &before = report.previous;
    auto counted = [this](const QString &label, int a, int b) {
        m_rows << QStringList{label, QString::number(a), QString::number(b), WeeklyDocuments::change(a, b)};
    };
    auto rated = [this](const QString &label, const std::optional<double> &a, const std::optional<double> &b) {
        m_rows << QStringList{label, WeeklyDocuments::percent(a), WeeklyDocuments::percent(b),
                              WeeklyDocuments::rateChange(a, b)};
    };
    counted(tr("New this week"), now.newIssues, before.newIssues);
    counted(tr("Resolved this week"), now.resolvedThisWeek, before.resolvedThisWeek);
    counted(tr("Accepted to date"), now.accepted, before.accepted);
    counted(tr("Resolved to date"), now.resolvedToDate, before.resolvedToDate);
    counted(tr("Open"), now.open, before.open);
    counted(tr("Overdue open"), now.overdueOpen, before.overdueOpen);
    rated(tr("Resolution rate"), now.resolutionRate(), before.resolutionRate());
    rated(tr("On-time rate"), now.onTimeRate(), before.onTimeRate());
    rated(tr("Satisfaction rate"), now.satisfactionRate(), before.satisfactionRate());
    m_rows << QStringList{tr("Average days to resolve"), days(now.averageDays()), days(before.averageDays()),
                          now.averageDays() && before.averageDays()
                              ? QString::asprintf("%+.1f", *now.averageDays() - *before.averageDays())
                              : QStringLiteral("—")};
    if (now.visitedThisWeek && before.visitedThisWeek) {
        counted(tr("Households visited this week"), *now.visitedThisWeek, *before.visitedThisWeek);
        rated(tr("Visit coverage this year"), now.coverage(), before.coverage());
    }
    endResetModel();
}

int KeyFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeyFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole)
        return m_rows.at(index.row()).value(index.column());
    if (role == Qt::TextAlignmentRole && index.column() != FigureColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant KeyFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FigureColumn: return tr("Figure");
    case ThisWeekColumn: return tr("This week");
    case PreviousWeekColumn: return tr("Week before");
    case ChangeColumn: return tr("Change");
    default: return {};
    }
}

// --- BreakdownModel ---

void BreakdownModel::setRows(const QList<std::pair<QString, WeeklyFigures>> &rows, const QString &nameHeader)
{
    beginResetModel();
    m_rows = rows;
    m_nameHeader = nameHeader;
    endResetModel();
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &[name, f] = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return name;
        case NewColumn: return f.newIssues;
        case ResolvedColumn: return f.resolvedThisWeek;
        case AcceptedColumn: return f.accepted;
        case ResolvedToDateColumn: return f.resolvedToDate;
        case OpenColumn: return f.open;
        case OverdueColumn: return f.overdueOpen;
        case ResolutionRateColumn: return WeeklyDocuments::percent(f.resolutionRate());
        case OnTimeRateColumn: return WeeklyDocuments::percent(f.onTimeRate());
        case SatisfactionRateColumn: return WeeklyDocuments::percent(f.satisfactionRate());
        case AverageDaysColumn: return days(f.averageDays());
        case CoverageColumn: return WeeklyDocuments::percent(f.coverage());
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case NameColumn: return name;
        case ResolutionRateColumn: return rateOrder(f.resolutionRate());
        case OnTimeRateColumn: return rateOrder(f.onTimeRate());
        case SatisfactionRateColumn: return rateOrder(f.satisfactionRate());
        case AverageDaysColumn: return rateOrder(f.averageDays());
        case CoverageColumn: return rateOrder(f.coverage());
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return m_nameHeader;
    case NewColumn: return tr("New");
    case ResolvedColumn: return tr("Resolved");
    case AcceptedColumn: return tr("Accepted to date");
    case ResolvedToDateColumn: return tr("Resolved to date");
    case OpenColumn: return tr("Open");
    case OverdueColumn: return tr("Overdue");
    case ResolutionRateColumn: return tr("Resolution rate");
    case OnTimeRateColumn: return tr("On-time rate");
    case SatisfactionRateColumn: return tr("Satisfaction");
    case AverageDaysColumn: return tr("Average days");
    case CoverageColumn: return tr("Coverage");
    default: return {};
    }
}

} // namespace linli
