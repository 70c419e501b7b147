#include "warnings.h"

namespace linli {

namespace {

struct Finding {
    WarningLevel level;
    QString reason;
};

// Warnings concern issues still in the workflow: new, accepted, dispatched or in progress.
QList<Finding> findings(const Issue &issue, const QDate &asOf, int recent)
{
    QList<Finding> out;
    const bool active = issue.status == QLatin1String("new") || Workflow::isOpen(issue.status);
    if (!active)
        return out;
    const bool open = Workflow::isOpen(issue.status);
    const QDate deadline = QDate::fromString(issue.deadline, Qt::ISODate);
    if (open && deadline.isValid() && deadline < asOf)
        out << Finding{WarningLevel::Red, Warnings::tr("overdue since %1").arg(issue.deadline)};
    if (issue.returnCount >= 2)
        out << Finding{WarningLevel::Red, Warnings::tr("returned %n time(s)", nullptr, issue.returnCount)};
    if (issue.satisfaction == QLatin1String("dissatisfied") && issue.status == QLatin1String("in_progress"))
        out << Finding{WarningLevel::Red, Warnings::tr("dissatisfied at follow-up, not resolved again")};
    if (issue.escalated)
        out << Finding{WarningLevel::Red, Warnings::tr("escalated")};

    if (open && deadline.isValid() && deadline >= asOf && asOf.daysTo(deadline) <= Warnings::kDueSoonDays)
        out << Finding{WarningLevel::Amber, Warnings::tr("due on %1").arg(issue.deadline)};
    const QDate accepted = QDate::fromString(issue.acceptedDate, Qt::ISODate);
    if (issue.status == QLatin1String("accepted") && accepted.isValid()
        && accepted.daysTo(asOf) > Warnings::kUndispatchedDays)
        out << Finding{WarningLevel::Amber, Warnings::tr("accepted on %1 and not dispatched").arg(issue.acceptedDate)};
    if (recent >= Warnings::kRepeatCount)
        out << Finding{
            WarningLevel::Amber,
            Warnings::tr("%1 issues at the same place in %2 days").arg(recent).arg(Warnings::kRepeatWindowDays)};
    return out;
}

} // namespace

WarningLevel Warnings::level(const Issue &issue, const QDate &asOf, int recentAtSamePlace)
{
    WarningLevel level = WarningLevel::None;
    for (const Finding &f : findings(issue, asOf, recentAtSamePlace))
        level = std::max(level, f.level);
    return level;
}

QStringList Warnings::reasons(const Issue &issue, const QDate &asOf, int recentAtSamePlace)
{
    QStringList out;
    for (const Finding &f : findings(issue, asOf, recentAtSamePlace))
        out << f.reason;
    return out;
}

QString Warnings::label(WarningLevel level)
{
    switch (level) {
    case WarningLevel::Red: return tr("Red");
    case WarningLevel::Amber: return tr("Amber");
    case WarningLevel::None: break;
    }
    return {};
}

QString Warnings::code(WarningLevel level)
{
    switch (level) {
    case WarningLevel::Red: return QStringLiteral("red");
    case WarningLevel::Amber: return QStringLiteral("amber");
    case WarningLevel::None: break;
    }
    return QStringLiteral("none");
}

WarningLevel Warnings::parse(const QString &text, bool *ok)
{
    *ok = true;
    if (text == QLatin1String("red") || text == QStringLiteral("红色") || text == QStringLiteral("红"))
        return WarningLevel::Red;
    if (text == QLatin1String("amber") || text == QLatin1String("yellow") || text == QStringLiteral("黄色")
        || text == QStringLiteral("黄"))
        return WarningLevel::Amber;
    *ok = text.isEmpty() || text == QLatin1String("none");
    return WarningLevel::None;
}

} // namespace linli
