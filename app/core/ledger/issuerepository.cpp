#include "issuerepository.h"

#include "common/textlimit.h"

#include "access/permissions.h"
#include "ledger/issuerow.h"
#include "ledger/ledgersettings.h"
#include "ledger/warnings.h"
#include "register/householdrepository.h"
#include "register/phone.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

namespace linli {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT i.*, d.name AS department_name FROM issue i LEFT JOIN department d ON d.id = i.department_id");

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<QString> IssueRepository::nextNumber(int year)
{
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO issue_counter (year, last_number) VALUES (:y, 1) ON CONFLICT (year) "
                                     "DO UPDATE SET last_number = issue_counter.last_number + 1 RETURNING last_number"),
                      {{QStringLiteral("y"), year}});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::Storage, tr("No issue number could be given."), {}};
    const int n = q.value().value(0).toInt();
    q.value().finish();
    return QStringLiteral("%1-%2").arg(year).arg(n, 6, 10, QLatin1Char('0'));
}

Status IssueRepository::checkNumber(const QString &number, int year)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-\\d{6}$"));
    const auto m = pattern.match(number);
    if (!m.hasMatch())
        return invalidIssueField(tr("'%1' is not an issue number: they are written YYYY-NNNNNN.").arg(number),
                                 "number");
    if (year > 0 && m.captured(1).toInt() != year)
        return invalidIssueField(
            tr("The number %1 is not of the year %2 in which the issue was registered.").arg(number).arg(year),
            "number");
    return {};
}

Result<QString> IssueRepository::keepNumber(const QString &number, int year)
{
    if (Status s = checkNumber(number, year); !s)
        return s.error();
    auto taken = queryValue(m_db, QStringLiteral("SELECT count(*) FROM issue WHERE number = :n"),
                            {{QStringLiteral("n"), number}});
    if (!taken)
        return taken.error();
    if (taken->toInt() > 0)
        return Error{ErrorCode::Conflict, tr("There is already an issue numbered %1.").arg(number),
                     QStringLiteral("number")};
    // Numbers given later in the year continue after the highest one kept.
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO issue_counter (year, last_number) VALUES (:y, :n) ON CONFLICT (year) "
                                     "DO UPDATE SET last_number = CASE WHEN excluded.last_number > "
                                     "issue_counter.last_number THEN excluded.last_number ELSE "
                                     "issue_counter.last_number END"),
                      {{QStringLiteral("y"), year}, {QStringLiteral("n"), number.mid(5).toInt()}});
    if (!q)
        return q.error();
    return number;
}

Result<qint64> IssueRepository::ensureUser(const Actor &actor)
{
    if (actor.userId > 0)
        return actor.userId;
    // The register's own tools (a system actor) are named in the events by a user row that
    // cannot log in.
    auto found = queryValue(m_db, QStringLiteral("SELECT id FROM \"user\" WHERE name = :n"),
                            {{QStringLiteral("n"), actor.login}});
    if (!found)
        return found.error();
    if (!found.value().isNull())
        return found.value().toLongLong();
    auto meta = Records::insert(
        m_db, actor, QStringLiteral("\"user\""),
        {{QStringLiteral("name"), actor.login}, {QStringLiteral("role"), actor.role}, {QStringLiteral("enabled"), 0}});
    if (!meta)
        return meta.error();
    return meta.value().id;
}

Result<qint64> IssueRepository::ensureDepartment(const QString &name, const Actor &actor)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return invalidIssueField(tr("Name the department that must handle the issue."), "department");
    auto found = runQuery(m_db, QStringLiteral("SELECT id, retired FROM department WHERE name = :n"),
                          {{QStringLiteral("n"), n}});
    if (!found)
        return found.error();
    if (found.value().next()) {
        if (found.value().value(1).toInt() != 0)
            return invalidIssueField(
                tr("%1 has been retired from the list of departments; reinstate it in the settings or choose "
                   "another.")
                    .arg(n),
                "department");
        return found.value().value(0).toLongLong();
    }
    // A department named for the first time joins the ledger's list with its checks.
    auto added = LedgerSettings(m_db).addDepartment(n, actor);
    if (!added)
        return added.error();
    return added->id;
}

Status IssueRepository::validateDraft(Issue &d)
{
    d.title = d.title.simplified();
    if (d.title.isEmpty())
        return invalidIssueField(tr("The issue has no title."), "title");
    d.description = d.description.trimmed();
    d.reporter = d.reporter.simplified();
    for (const Status &s :
         {TextLimit::check(d.title, TextLimit::kLine, tr("The title"), "title"),
          TextLimit::check(d.description, TextLimit::kText, tr("The description"), "description"),
          TextLimit::check(d.reporter, TextLimit::kName, tr("The reporter's name"), "reporter"),
          TextLimit::check(d.location.simplified(), TextLimit::kLine, tr("The location"), "location")})
        if (!s)
            return s.error();
    const QDate registered = d.registeredDate.isEmpty() ? m_today : QDate::fromString(d.registeredDate, Qt::ISODate);
    if (!registered.isValid())
        return invalidIssueField(tr("The date '%1' is not of the form YYYY-MM-DD.").arg(d.registeredDate),
                                 "registered_date");
    if (registered > m_today)
        return invalidIssueField(tr("The date %1 is in the future.").arg(registered.toString(Qt::ISODate)),
                                 "registered_date");
    d.registeredDate = registered.toString(Qt::ISODate);

    auto category = queryValue(
        m_db, QStringLiteral("SELECT id FROM issue_category WHERE name = :n AND parent_id IS NULL AND retired = 0"),
        {{QStringLiteral("n"), d.category.trimmed()}});
    if (!category)
        return category.error();
    if (category.value().isNull()) {
        auto known = LedgerSettings(m_db).categoryNames();
        if (!known)
            return known.error();
        return invalidIssueField(tr("'%1' is not an issue category; the categories are %2.")
                                     .arg(d.category, known->join(QStringLiteral("、"))),
                                 "category");
    }
    d.category = d.category.trimmed();
    d.subcategory = d.subcategory.trimmed();
    if (!d.subcategory.isEmpty()) {
        auto sub = queryValue(m_db,
                              QStringLiteral("SELECT id FROM issue_category WHERE name = :n AND parent_id = :p "
                                             "AND retired = 0"),
                              {{QStringLiteral("n"), d.subcategory}, {QStringLiteral("p"), category.value()}});
        if (!sub)
            return sub.error();
        if (sub.value().isNull())
            return invalidIssueField(tr("'%1' is not a subcategory of %2.").arg(d.subcategory, d.category),
                                     "subcategory");
    }
    const QString source = choiceCode(choices::issueSource(), d.source);
    if (source.isEmpty())
        return invalidIssueField(tr("'%1' is not a source of issues.").arg(d.source), "source");
    d.source = source;
    auto phone = Phone::parse(d.reporterPhone, QStringLiteral("reporter_phone"));
    if (!phone)
        return phone.error();
    d.reporterPhone = phone.value();

    if (d.visitId) {
        auto visit = queryValue(m_db, QStringLiteral("SELECT household_id FROM visit WHERE id = :v"),
                                {{QStringLiteral("v"), d.visitId}});
        if (!visit)
            return visit.error();
        if (visit->isNull())
            return invalidIssueField(tr("Visit %1 does not exist.").arg(d.visitId), "visit");
        if (d.householdId && d.householdId != visit->toLongLong())
            return invalidIssueField(tr("Visit %1 was to another household.").arg(d.visitId), "visit");
        d.householdId = visit->toLongLong();
    }
    if (d.householdId) {
        auto household = HouseholdRepository(m_db).get(d.householdId);
        if (!household && household.error().code == ErrorCode::Denied)
            return household.error();
        if (!household)
            return invalidIssueField(household.error().message, "household");
        d.gridId = household->gridId;
        if (d.location.trimmed().isEmpty())
            d.location = household->address;
    }
    d.location = d.location.simplified();
    if (!d.householdId && d.location.isEmpty())
        return invalidIssueField(tr("Give the household or the place the issue is about."), "location");
    if (d.gridId) {
        auto community = queryValue(m_db, QStringLiteral("SELECT community_id FROM grid WHERE id = :g"),
                                    {{QStringLiteral("g"), d.gridId}});
        if (!community)
            return community.error();
        if (community.value().isNull())
            return invalidIssueField(tr("Grid %1 does not exist.").arg(d.gridId), "grid");
        d.communityId = community.value().toLongLong();
    }
    if (!d.communityId) {
        auto only = runQuery(m_db, QStringLiteral("SELECT id FROM community ORDER BY id LIMIT 2"));
        if (!only)
            return only.error();
        QList<qint64> ids;
        while (only.value().next())
            ids << only.value().value(0).toLongLong();
        if (ids.size() != 1)
            return invalidIssueField(tr("Say which community the issue belongs to."), "community");
        d.communityId = ids.constFirst();
    }
    return {};
}

Result<Issue> IssueRepository::add(Issue d, const Actor &actor)
{
    if (Status s = validateDraft(d); !s)
        return s.error();
    if (Status s = Access::require(m_db, actor, Permission::RegisterIssue); !s)
        return s.error();
    if (!covers(actor, d))
        return Access::outOfScope(m_db, actor, QStringLiteral("issue"), 0, tr("The place of the issue"));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const int year = QDate::fromString(d.registeredDate, Qt::ISODate).year();
    auto number = d.number.trimmed().isEmpty() ? nextNumber(year) : keepNumber(d.number.trimmed(), year);
    if (!number)
        return number.error();
    auto user = ensureUser(actor);
    if (!user)
        return user.error();
    auto meta = Records::insert(m_db, actor, QStringLiteral("issue"),
                                {{QStringLiteral("number"), number.value()},
                                 {QStringLiteral("title"), d.title},
                                 {QStringLiteral("description"), nullIfEmpty(d.description.trimmed())},
                                 {QStringLiteral("category"), d.category},
                                 {QStringLiteral("subcategory"), nullIfEmpty(d.subcategory)},
                                 {QStringLiteral("source"), d.source},
                                 {QStringLiteral("reporter"), nullIfEmpty(d.reporter.simplified())},
                                 {QStringLiteral("reporter_phone"), nullIfEmpty(d.reporterPhone)},
                                 {QStringLiteral("community_id"), idOrNull(d.communityId)},
                                 {QStringLiteral("grid_id"), idOrNull(d.gridId)},
                                 {QStringLiteral("household_id"), idOrNull(d.householdId)},
                                 {QStringLiteral("visit_id"), idOrNull(d.visitId)},
                                 {QStringLiteral("location"), nullIfEmpty(d.location)},
                                 {QStringLiteral("registered_date"), d.registeredDate},
                                 {QStringLiteral("status"), QStringLiteral("new")}});
    if (!meta)
        return meta.error();
    auto event = Records::insert(m_db, actor, QStringLiteral("issue_event"),
                                 {{QStringLiteral("issue_id"), meta->id},
                                  {QStringLiteral("event_time"), nowText()},
                                  {QStringLiteral("event_date"), d.registeredDate},
                                  {QStringLiteral("user_id"), user.value()},
                                  {QStringLiteral("kind"), QStringLiteral("register")},
                                  {QStringLiteral("to_status"), QStringLiteral("new")},
                                  {QStringLiteral("text"), d.title}});
    if (!event)
        return event.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return get(meta->id);
}

Result<Issue> IssueRepository::apply(const QString &number, const IssueActionRequest &r, const Actor &actor)
{
    auto current = getByNumber(number);
    if (!current)
        return current.error();
    const Issue issue = current.value();
    IssueAction action = r.action;
    // 交办 of an issue already with a department is a re-dispatch.
    if (action == IssueAction::Dispatch
        && (issue.status == QLatin1String("dispatched") || issue.status == QLatin1String("in_progress")))
        action = IssueAction::Redispatch;
    if (Status s = checkAction(issue, action, actor); !s)
        return s.error();

    QString satisfaction;
    if (action == IssueAction::FollowUp) {
        satisfaction = choiceCode(choices::satisfaction(), r.satisfaction);
        if (satisfaction.isEmpty())
            return invalidIssueField(tr("Record the result of the follow-up: 满意, 基本满意 or 不满意."),
                                     "satisfaction");
    }
    auto target = Workflow::target(action, issue.status, satisfaction, issue.escalated);
    if (!target)
        return Error{ErrorCode::Invalid, tr("Issue %1: %2").arg(number, target.error().message), target.error().field};

    if (!r.date.isValid())
        return invalidIssueField(tr("The date of the action is missing."), "date");
    if (r.date > m_today)
        return invalidIssueField(tr("The date %1 is in the future.").arg(r.date.toString(Qt::ISODate)), "date");
    if (r.date < QDate::fromString(issue.registeredDate, Qt::ISODate))
        return invalidIssueField(tr("The date %1 is before the issue was registered on %2.")
                                     .arg(r.date.toString(Qt::ISODate), issue.registeredDate),
                                 "date");
    const QString day = r.date.toString(Qt::ISODate);
    const QString reason = r.reason.trimmed();
    for (const Status &s :
         {TextLimit::check(reason, TextLimit::kNotes, tr("The reason"), "reason"),
          TextLimit::check(r.result.trimmed(), TextLimit::kNotes, tr("The result"), "result"),
          TextLimit::check(r.assignee.simplified(), TextLimit::kName, tr("The assignee's name"), "assignee")})
        if (!s)
            return s.error();

    QVariantMap columns{{QStringLiteral("status"), target.value()}};
    QString text = reason;
    qint64 eventDepartment = 0;
    QString eventAssignee;
    QString eventHandling;
    QString previousDeadline;

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    switch (action) {
    case IssueAction::Accept: columns.insert(QStringLiteral("accepted_date"), day); break;
    case IssueAction::Reject:
    case IssueAction::Return:
        if (reason.isEmpty())
            return invalidIssueField(tr("%1 needs a reason.").arg(Workflow::actionLabel(action)), "reason");
        if (action == IssueAction::Return) {
            columns.insert(QStringLiteral("return_count"), issue.returnCount + 1);
            columns.insert(QStringLiteral("accepted_date"), day);
            eventDepartment = issue.departmentId;
        }
        break;
    case IssueAction::Dispatch:
    case IssueAction::Redispatch: {
        auto department = ensureDepartment(r.department, actor);
        if (!department)
            return department.error();
        if (action == IssueAction::Redispatch && department.value() == issue.departmentId)
            return invalidIssueField(tr("Issue %1 is already with %2; re-dispatch names another department.")
                                         .arg(number, issue.departmentName),
                                     "department");
        QString handling
            = r.handlingType.isEmpty() ? issue.handlingType : choiceCode(choices::handlingType(), r.handlingType);
        if (handling.isEmpty() && r.handlingType.isEmpty())
            handling = QStringLiteral("time_limited");
        if (handling.isEmpty())
            return invalidIssueField(
                tr("'%1' is not a handling type: use 立行立改, 限期办理 or 分阶段整改.").arg(r.handlingType),
                "handling_type");
        QDate deadline = r.deadline;
        if (!deadline.isValid()) {
            auto days = LedgerSettings(m_db).deadlineDays(handling);
            if (!days)
                return days.error();
            deadline = r.date.addDays(days.value());
        }
        if (deadline < r.date)
            return invalidIssueField(
                tr("The deadline %1 is before the dispatch date %2.").arg(deadline.toString(Qt::ISODate), day),
                "deadline");
        columns.insert(QStringLiteral("department_id"), department.value());
        columns.insert(QStringLiteral("assignee"), nullIfEmpty(r.assignee.simplified()));
        columns.insert(QStringLiteral("handling_type"), handling);
        columns.insert(QStringLiteral("deadline"), deadline.toString(Qt::ISODate));
        columns.insert(QStringLiteral("dispatched_date"), day);
        eventDepartment = department.value();
        eventAssignee = r.assignee.simplified();
        eventHandling = handling;
        text = reason;
        break;
    }
    case IssueAction::Start: eventDepartment = issue.departmentId; break;
    case IssueAction::Resolve:
        if (r.result.trimmed().isEmpty())
            return invalidIssueField(tr("办结 needs the result of the handling."), "result");
        columns.insert(QStringLiteral("result"), r.result.trimmed());
        columns.insert(QStringLiteral("resolved_date"), day);
        eventDepartment = issue.departmentId;
        text = r.result.trimmed();
        break;
    case IssueAction::FollowUp:
        columns.insert(QStringLiteral("satisfaction"), satisfaction);
        columns.insert(QStringLiteral("follow_up_date"), day);
        text = reason;
        break;
    case IssueAction::Close: columns.insert(QStringLiteral("closed_date"), day); break;
    case IssueAction::Escalate: columns.insert(QStringLiteral("escalated"), 1); break;
    case IssueAction::ChangeDeadline: {
        if (reason.isEmpty())
            return invalidIssueField(tr("改期 needs a reason."), "reason");
        if (!r.deadline.isValid())
            return invalidIssueField(tr("Give the new deadline."), "deadline");
        if (r.deadline < QDate::fromString(issue.dispatchedDate, Qt::ISODate))
            return invalidIssueField(tr("The deadline %1 is before the dispatch date %2.")
                                         .arg(r.deadline.toString(Qt::ISODate), issue.dispatchedDate),
                                     "deadline");
        columns.insert(QStringLiteral("deadline"), r.deadline.toString(Qt::ISODate));
        previousDeadline = issue.deadline;
        text = reason;
        break;
    }
    }

    auto user = ensureUser(actor);
    if (!user)
        return user.error();
    const int version = r.expectedVersion >= 0 ? r.expectedVersion : issue.meta.version;
    auto updated = Records::update(m_db, actor, QStringLiteral("issue"), issue.meta.id, version, columns,
                                   tr("Issue %1").arg(number), Workflow::actionCode(action));
    if (!updated)
        return updated.error();
    auto event = Records::insert(
        m_db, actor, QStringLiteral("issue_event"),
        {{QStringLiteral("issue_id"), issue.meta.id},
         {QStringLiteral("event_time"), nowText()},
         {QStringLiteral("event_date"), day},
         {QStringLiteral("user_id"), user.value()},
         {QStringLiteral("kind"), Workflow::actionCode(action)},
         {QStringLiteral("from_status"), issue.status},
         {QStringLiteral("to_status"), target.value()},
         {QStringLiteral("department_id"), idOrNull(eventDepartment)},
         {QStringLiteral("deadline"), nullIfEmpty(columns.value(QStringLiteral("deadline")).toString())},
         {QStringLiteral("satisfaction"), nullIfEmpty(columns.value(QStringLiteral("satisfaction")).toString())},
         {QStringLiteral("assignee"), nullIfEmpty(eventAssignee)},
         {QStringLiteral("handling_type"), nullIfEmpty(eventHandling)},
         {QStringLiteral("previous_deadline"), nullIfEmpty(previousDeadline)},
         {QStringLiteral("text"), nullIfEmpty(text)}});
    if (!event)
        return event.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return get(issue.meta.id);
}

Result<Issue> IssueRepository::load(const QString &where, const QVariantMap &binds)
{
    auto q = runQuery(m_db, kSelect + QStringLiteral(" WHERE ") + where, binds);
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::NotFound, {}, {}};
    const Issue issue = issueFromQuery(q.value());
    q.value().finish();
    if (!covers(m_db.actor(), issue))
        return Access::outOfScope(m_db, m_db.actor(), QStringLiteral("issue"), issue.meta.id,
                                  tr("Issue %1").arg(issue.number));
    return issue;
}

bool IssueRepository::covers(const Actor &actor, const Issue &issue)
{
    switch (Access::reach(actor)) {
    case Access::Reach::Everything: return true;
    case Access::Reach::Community: return issue.communityId == actor.communityId;
    case Access::Reach::Grids: return issue.gridId != 0 && actor.gridIds.contains(issue.gridId);
    case Access::Reach::Nothing: break;
    }
    return false;
}

Permission IssueRepository::permissionFor(IssueAction action)
{
    switch (action) {
    case IssueAction::FollowUp: return Permission::RegisterIssue;
    case IssueAction::Escalate: return Permission::Escalate;
    default: return Permission::HandleIssue;
    }
}

Status IssueRepository::checkAction(const Issue &issue, IssueAction action, const Actor &actor)
{
    if (Status s = Access::require(m_db, actor, permissionFor(action)); !s)
        return s;
    if (covers(actor, issue))
        return {};
    return Access::outOfScope(m_db, actor, QStringLiteral("issue"), issue.meta.id, tr("Issue %1").arg(issue.number));
}

Result<Issue> IssueRepository::get(qint64 id)
{
    auto issue = load(QStringLiteral("i.id = :id"), {{QStringLiteral("id"), id}});
    if (!issue && issue.error().code == ErrorCode::NotFound)
        return Error{ErrorCode::NotFound, tr("Issue %1 does not exist.").arg(id), QStringLiteral("number")};
    return issue;
}

Result<Issue> IssueRepository::getByNumber(const QString &number)
{
    auto issue = load(QStringLiteral("i.number = :n"), {{QStringLiteral("n"), number.trimmed()}});
    if (!issue && issue.error().code == ErrorCode::NotFound)
        return Error{ErrorCode::NotFound, tr("There is no issue numbered %1.").arg(number), QStringLiteral("number")};
    return issue;
}

Result<QList<IssueEvent>> IssueRepository::events(qint64 issueId)
{
    auto q = runQuery(
        m_db,
        QStringLiteral(
            "SELECT e.*, COALESCE(u.display_name, u.name) AS user_name, d.name AS department_name FROM issue_event e "
            "LEFT JOIN \"user\" u ON u.id = e.user_id LEFT JOIN department d ON d.id = "
            "e.department_id WHERE e.issue_id = :i ORDER BY e.event_date, e.id"),
        {{QStringLiteral("i"), issueId}});
    if (!q)
        return q.error();
    QList<IssueEvent> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        IssueEvent e;
        e.meta = RecordMeta::fromQuery(r);
        e.issueId = issueId;
        e.eventTime = r.value(QStringLiteral("event_time")).toString();
        e.eventDate = r.value(QStringLiteral("event_date")).toString();
        e.userName = r.value(QStringLiteral("user_name")).toString();
        e.kind = r.value(QStringLiteral("kind")).toString();
        e.fromStatus = r.value(QStringLiteral("from_status")).toString();
        e.toStatus = r.value(QStringLiteral("to_status")).toString();
        e.departmentName = r.value(QStringLiteral("department_name")).toString();
        e.text = r.value(QStringLiteral("text")).toString();
        e.assignee = r.value(QStringLiteral("assignee")).toString();
        e.handlingType = r.value(QStringLiteral("handling_type")).toString();
        e.deadline = r.value(QStringLiteral("deadline")).toString();
        e.previousDeadline = r.value(QStringLiteral("previous_deadline")).toString();
        e.satisfaction = r.value(QStringLiteral("satisfaction")).toString();
        out << e;
    }
    return out;
}

} // namespace linli
