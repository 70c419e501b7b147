// WeeklyStatistics::dispatchList: the 周调度 list of a week, from the issues' history.
#include "weekly/weeklyfigures.h"
#include "weekly/weeklyhistory.h"

#include "ledger/issuerepository.h"
#include "ledger/warnings.h"
#include "ledger/workflow.h"
#include "storage/database.h"

#include <algorithm>

namespace linli {

using namespace weekly;

namespace {

// `issue` as its history stood at the end of `day`: the workflow's own fields, from the events.
Issue issueAt(Issue issue, const State &s, const Places &places)
{
    issue.status = QString::fromLatin1(s.statusCode);
    issue.departmentId = s.departmentId;
    issue.departmentName = places.departmentName.value(s.departmentId);
    issue.deadline = s.deadline.toString(Qt::ISODate);
    issue.acceptedDate = s.accepted.toString(Qt::ISODate);
    issue.dispatchedDate = s.dispatched.toString(Qt::ISODate);
    issue.returnCount = s.returns;
    issue.escalated = s.escalated;
    issue.satisfaction = s.satisfaction == Result8::Dissatisfied ? QStringLiteral("dissatisfied")
        : s.satisfaction == Result8::Satisfied                   ? QStringLiteral("satisfied")
                                                                 : QString();
    return issue;
}

// The events after `day`, each as "MM-dd 改期 2026-12-05" (with the year when it is another).
QStringList decisionsAfter(const IssueHistory &h, const QDate &day, const Places &places)
{
    QStringList out;
    for (const Event &e : h.events) {
        if (e.date <= day || !e.action)
            continue;
        QString text
            = e.date.toString(e.date.year() == day.year() ? QStringLiteral("MM-dd") : QStringLiteral("yyyy-MM-dd"))
            + QLatin1Char(' ') + Workflow::actionLabel(*e.action);
        if (e.action == IssueAction::Dispatch || e.action == IssueAction::Redispatch)
            text += QLatin1Char(' ') + places.departmentName.value(e.departmentId);
        else if (e.action == IssueAction::ChangeDeadline && e.deadline.isValid())
            text += QLatin1Char(' ') + e.deadline.toString(Qt::ISODate);
        out << text;
    }
    return out;
}

} // namespace

Result<DispatchList> WeeklyStatistics::dispatchList(const IsoWeek &week, const WeeklyScope &scope)
{
    if (Status s = checkScope(scope); !s)
        return s.error();
    if (!week.isValid())
        return Error{ErrorCode::Invalid, tr("'%1' is not a week.").arg(week.label()), QStringLiteral("week")};
    const QDate sunday = week.sunday();
    // The issues that may have been open at the end of Sunday; their history decides.
    IssueRepository issues(m_db);
    IssueFilter filter;
    filter.asOf = sunday;
    filter.to = sunday;
    filter.openOn = sunday;
    if (scope.kind == WeeklyScope::Kind::Grid)
        filter.gridId = scope.id;
    if (scope.kind == WeeklyScope::Kind::Category)
        filter.category = scope.name;
    auto listed = issues.list(filter);
    if (!listed)
        return listed.error();
    QList<const IssueRepository::Listed *> candidates;
    QList<IssueHistory> histories;
    QList<qint64> ids;
    for (const auto &l : std::as_const(listed.value())) {
        if (scope.kind == WeeklyScope::Kind::Community && l.issue.communityId != scope.id)
            continue;
        candidates << &l;
        IssueHistory h;
        h.id = l.issue.meta.id;
        h.registered = QDate::fromString(l.issue.registeredDate, Qt::ISODate);
        histories << h;
        ids << h.id;
    }
    if (Status s
        = loadEvents(m_db, histories, m_db.idListCondition(QStringLiteral("e.issue_id"), QStringLiteral("ids")),
                     {{QStringLiteral("ids"), m_db.idListValue(ids)}}, QDate(9999, 12, 31));
        !s)
        return s.error();
    auto places = loadPlaces(m_db);
    if (!places)
        return places.error();

    DispatchList list;
    list.week = week;
    list.scope = scope;
    for (qsizetype c = 0; c < candidates.size(); ++c) {
        const IssueRepository::Listed &l = *candidates.at(c);
        const IssueHistory &h = histories.at(c);
        const State s = stateAt(h, sunday);
        if (s.status != Status8::Open)
            continue;
        if (scope.kind == WeeklyScope::Kind::Department && s.departmentId != scope.id)
            continue;
        DispatchItem item;
        item.issue = issueAt(l.issue, s, places.value());
        item.warning = Warnings::level(item.issue, sunday, l.recentAtSamePlace);
        item.reasons = Warnings::reasons(item.issue, sunday, l.recentAtSamePlace);
        item.daysOpen = int(h.registered.daysTo(sunday));
        for (IsoWeek w = IsoWeek::containing(h.registered); !(week < w); w = w.next())
            if (stateAt(h, w.sunday()).status == Status8::Open)
                ++item.weeksCarried;
        item.decisions = decisionsAfter(h, sunday, places.value());
        item.statusNow = l.issue.status;
        item.escalatedNow = l.issue.escalated;
        (item.issue.status == QLatin1String("accepted") ? list.undispatched : list.open) << item;
    }
    std::stable_sort(list.open.begin(), list.open.end(), [](const DispatchItem &a, const DispatchItem &b) {
        if (a.warning != b.warning)
            return int(a.warning) > int(b.warning);
        return a.issue.deadline < b.issue.deadline;
    });
    std::stable_sort(
        list.undispatched.begin(), list.undispatched.end(),
        [](const DispatchItem &a, const DispatchItem &b) { return a.issue.acceptedDate < b.issue.acceptedDate; });
    return list;
}

} // namespace linli
