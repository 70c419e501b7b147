#include "weeklymodels.h"

#include "ledger/issuetablemodel.h"
#include "weeklydocuments.h"

namespace linli {

namespace {

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
        case StatusColumn: return IssueTableModel::statusLabel(i);
        case WarningColumn: return IssueTableModel::warningLabel(d.warning);
        case ReasonsColumn: return d.reasons.join(QStringLiteral("；"));
        case DecisionsColumn: return d.decisions.join(QStringLiteral("；"));
        default: return {};
        }
    case Qt::ToolTipRole: {
        if (index.column() == DecisionsColumn)
            return d.decisions.join(QLatin1Char('\n'));
        // A text cut short in its column is read whole here, above the warning's reasons.
        QStringList lines;
        if (index.column() == TitleColumn || index.column() == DepartmentColumn || index.column() == AssigneeColumn
            || index.column() == StatusColumn)
            lines << data(index, Qt::DisplayRole).toString();
        lines << d.reasons;
        lines.removeAll(QString());
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::BackgroundRole: return IssueTableModel::warningBackground(d.warning);
    case Qt::TextAlignmentRole:
        if (index.column() == DaysOpenColumn || index.column() == WeeksCarriedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NumberRole: return i.number;
    case WarningRole: return int(d.warning);
    case StatusRole: return d.statusNow;
    case EscalatedRole: return d.escalatedNow;
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
    case DecisionsColumn: return tr("Decided since");
    default: return {};
    }
}

// --- KeyFiguresModel ---

QString KeyFiguresModel::label(WeeklyDocuments::Figure figure)
{
    using F = WeeklyDocuments::Figure;
    switch (figure) {
    case F::New: return tr("New this week");
    case F::Resolved: return tr("Resolved this week");
    case F::Accepted: return tr("Accepted to date");
    case F::ResolvedToDate: return tr("Resolved to date");
    case F::Open: return tr("Open");
    case F::OverdueOpen: return tr("Overdue open");
    case F::ResolutionRate: return tr("Resolution rate");
    case F::OnTimeRate: return tr("On-time rate");
    case F::SatisfactionRate: return tr("Satisfaction rate");
    case F::AverageDays: return tr("Average days to resolve");
    case F::VisitedThisWeek: return tr("Households visited this week");
    case F::Coverage: return tr("Visit coverage this year");
    }
    return QString();
}

void KeyFiguresModel::setReport(const WeeklyReport &report)
{
    beginResetModel();
    m_rows = WeeklyDocuments::keyFigures(report.totals, report.previous);
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
    const WeeklyDocuments::KeyFigure &k = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case FigureColumn: return label(k.figure);
        case ThisWeekColumn: return k.now;
        case PreviousWeekColumn: return k.before;
        case ChangeColumn: return k.change;
        default: return {};
        }
    }
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
        case AverageDaysColumn: return WeeklyDocuments::days(f.averageDays());
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
