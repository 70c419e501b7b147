#include "weeklyhistory.h"

#include "common/choices.h"
#include "ledger/workflow.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>

#include <algorithm>

namespace linli::weekly {

namespace {

Status8 statusOf(QByteArrayView code)
{
    if (code.isEmpty())
        return Status8::None;
    if (code == "new")
        return Status8::New;
    if (code == "rejected")
        return Status8::Rejected;
    if (code == "resolved" || code == "followed_up" || code == "closed")
        return Status8::Resolved;
    return Status8::Open; // accepted, dispatched, in_progress
}

Result8 resultOf(QByteArrayView code)
{
    if (code.isEmpty())
        return Result8::None;
    return code == "satisfied" || code == "fairly_satisfied" ? Result8::Satisfied : Result8::Dissatisfied;
}

// The workflow's action of an event's kind; none for the registration.
std::optional<IssueAction> actionOf(QByteArrayView kind)
{
    static const QList<std::pair<QByteArray, IssueAction>> actions = [] {
        QList<std::pair<QByteArray, IssueAction>> out;
        for (IssueAction action : Workflow::allActions())
            out.append({Workflow::actionCode(action).toLatin1(), action});
        return out;
    }();
    for (const auto &[code, action] : actions)
        if (kind == code)
            return action;
    return std::nullopt;
}

// The status code as the workflow's choices hold it; null for none.
const char *statusCodeOf(QByteArrayView code)
{
    if (code.isEmpty())
        return nullptr;
    for (const Choice &c : choices::issueStatus())
        if (code == c.code)
            return c.code;
    return nullptr;
}

} // namespace

State stateAt(const IssueHistory &issue, const QDate &day)
{
    State s;
    for (const Event &e : issue.events) {
        if (e.date > day)
            break;
        if (e.toStatus != Status8::None) {
            s.status = e.toStatus;
            s.statusCode = e.toCode;
        }
        if (e.departmentId)
            s.departmentId = e.departmentId;
        if (e.deadline.isValid())
            s.deadline = e.deadline;
        if (e.action == IssueAction::Resolve)
            s.resolved = e.date;
        if (e.action == IssueAction::Accept || e.action == IssueAction::Return)
            s.accepted = e.date;
        if (e.action == IssueAction::Return)
            ++s.returns;
        if (e.action == IssueAction::Dispatch || e.action == IssueAction::Redispatch)
            s.dispatched = e.date;
        if (e.action == IssueAction::Escalate)
            s.escalated = true;
        if (e.satisfaction != Result8::None)
            s.satisfaction = e.satisfaction;
    }
    return s;
}

bool resolvedWithin(const IssueHistory &issue, const QDate &from, const QDate &to)
{
    for (const Event &e : issue.events)
        if (e.action == IssueAction::Resolve && e.date >= from && e.date <= to)
            return true;
    return false;
}

QDate isoDate(QByteArrayView text)
{
    if (text.size() != 10 || text.at(4) != '-' || text.at(7) != '-')
        return QDate();
    auto digits = [&text](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            if (text.at(i) < '0' || text.at(i) > '9')
                return -1;
            n = n * 10 + (text.at(i) - '0');
        }
        return n;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

Status loadEvents(Database &db, QList<IssueHistory> &issues, const QString &which, QVariantMap binds, const QDate &to)
{
    QHash<qint64, qsizetype> index;
    index.reserve(issues.size());
    for (qsizetype i = 0; i < issues.size(); ++i)
        index.insert(issues.at(i).id, i);
    binds.insert(QStringLiteral("to"), to.toString(Qt::ISODate));
    Status s = readEach(db,
                        QStringLiteral("SELECT e.issue_id, e.event_date, e.kind, e.to_status, e.department_id, "
                                       "e.deadline, e.satisfaction FROM issue_event e WHERE %1 AND e.event_date <= "
                                       ":to ORDER BY e.issue_id, e.event_time, e.id")
                            .arg(which),
                        binds, [&](const Row &r) {
                            const auto found = index.constFind(r.integer(0));
                            if (found == index.constEnd())
                                return;
                            Event e;
                            e.date = isoDate(r.utf8(1));
                            e.action = actionOf(r.utf8(2));
                            e.toCode = statusCodeOf(r.utf8(3));
                            e.toStatus = statusOf(r.utf8(3));
                            e.departmentId = r.integer(4);
                            e.deadline = isoDate(r.utf8(5));
                            e.satisfaction = resultOf(r.utf8(6));
                            issues[found.value()].events << e;
                        });
    if (!s)
        return s;
    for (IssueHistory &h : issues)
        std::stable_sort(h.events.begin(), h.events.end(),
                         [](const Event &a, const Event &b) { return a.date < b.date; });
    return Status();
}

// Both sets are read from indexes: those registered in the period from the registration index,
// those registered before it through the resolutions' index.
Result<QList<IssueHistory>> loadHistory(Database &db, const QDate &from, const QDate &to)
{
    const QVariantMap binds{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                            {QStringLiteral("to"), to.toString(Qt::ISODate)}};
    const QString resolved = QStringLiteral("SELECT r.issue_id FROM issue_event r WHERE r.kind = 'resolve' AND "
                                            "r.event_date >= :from AND r.event_date <= :to");
    const QString columns = QStringLiteral("SELECT i.id, i.registered_date, i.category, i.community_id, i.grid_id "
                                           "FROM issue i WHERE ");
    QList<IssueHistory> issues;
    Status s = readEach(db,
                        columns + QStringLiteral("i.registered_date >= :from AND i.registered_date <= :to UNION ALL ")
                            + columns + QStringLiteral("i.registered_date < :from AND i.id IN (%1)").arg(resolved),
                        binds, [&](const Row &r) {
                            IssueHistory h;
                            h.id = r.integer(0);
                            h.registered = isoDate(r.utf8(1));
                            h.category = r.text(2);
                            h.communityId = r.integer(3);
                            h.gridId = r.integer(4);
                            issues << h;
                        });
    if (!s)
        return s.error();
    const QString which = QStringLiteral("e.issue_id IN (SELECT i.id FROM issue i WHERE i.registered_date >= :from AND "
                                         "i.registered_date <= :to UNION %1)")
                              .arg(resolved);
    if (Status loaded = loadEvents(db, issues, which, binds, to); !loaded)
        return loaded.error();
    return issues;
}

Result<Places> loadPlaces(Database &db)
{
    Places p;
    Status s = readRows(db, QStringLiteral("SELECT id, name FROM community"), {}, [&](const QSqlQuery &q) {
        p.communityName.insert(q.value(0).toLongLong(), q.value(1).toString());
    });
    if (!s)
        return s.error();
    const bool several = p.communityName.size() > 1;
    s = readRows(db, QStringLiteral("SELECT id, name, community_id FROM grid"), {}, [&](const QSqlQuery &q) {
        const qint64 grid = q.value(0).toLongLong();
        const qint64 community = q.value(2).toLongLong();
        p.communityOfGrid.insert(grid, community);
        p.gridLabel.insert(grid,
                           several ? p.communityName.value(community) + QLatin1Char('/') + q.value(1).toString()
                                   : q.value(1).toString());
    });
    if (!s)
        return s.error();
    s = readRows(db, QStringLiteral("SELECT id, name FROM department"), {},
                 [&](const QSqlQuery &q) { p.departmentName.insert(q.value(0).toLongLong(), q.value(1).toString()); });
    if (!s)
        return s.error();
    return p;
}

} // namespace linli::weekly
