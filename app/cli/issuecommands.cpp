// linli-cli issue add|ACTION|show|list: the issue ledger from the command line.
#include "commands.h"

#include "ledger/issuerepository.h"
#include "ledger/warnings.h"
#include "register/householdrepository.h"
#include "register/placerepository.h"
#include "register/residentrepository.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace linli::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linli::cli", text);
}

int add(Database &db, const Arguments &args, QTextStream &out)
{
    Issue d;
    d.title = args.value(QStringLiteral("title"));
    d.description = args.value(QStringLiteral("description"));
    d.category = args.value(QStringLiteral("category"));
    d.subcategory = args.value(QStringLiteral("subcategory"));
    d.source = args.value(QStringLiteral("source"), QStringLiteral("walk_in"));
    d.reporter = args.value(QStringLiteral("reporter"));
    d.reporterPhone = args.value(QStringLiteral("reporter-phone"));
    d.location = args.value(QStringLiteral("location"));
    d.registeredDate = args.value(QStringLiteral("date"));
    if (args.has(QStringLiteral("household-uuid"))) {
        auto household = HouseholdRepository(db).getByUuid(args.value(QStringLiteral("household-uuid")));
        if (!household)
            return fail(household.error().message);
        d.householdId = household->meta.id;
        if (d.reporter.isEmpty()) {
            // The head of the household reports, unless someone else is named.
            if (auto head = ResidentRepository(db).head(d.householdId))
                d.reporter = head->name;
        }
    }
    // An issue at a place of a street's register says where: --grid (社区名/网格名 where grid
    // names repeat) or --community.
    PlaceRepository places(db);
    if (args.has(QStringLiteral("grid"))) {
        auto grid = places.findByPath(PlaceKind::Grid, args.value(QStringLiteral("grid")));
        if (!grid)
            return fail(grid.error().message);
        d.gridId = grid.value();
    } else if (args.has(QStringLiteral("community"))) {
        auto community = places.findByPath(PlaceKind::Community, args.value(QStringLiteral("community")));
        if (!community)
            return fail(community.error().message);
        d.communityId = community.value();
    }
    auto issue = IssueRepository(db).add(d, actingUser());
    if (!issue)
        return fail(issue.error().message);
    out << issue->number << Qt::endl;
    return 0;
}

int act(Database &db, const QString &verb, const Arguments &args, QTextStream &out)
{
    auto action = Workflow::parseAction(verb);
    if (!action)
        return fail(action.error().message, kUsageError);
    if (args.positional.isEmpty())
        return fail(tr("Give the number of the issue: linli-cli issue %1 NUMBER --db DB").arg(verb), kUsageError);
    IssueActionRequest r;
    r.action = action.value();
    int code = 0;
    if (!readDate(args, QStringLiteral("date"), &r.date, &code)
        || !readDate(args, QStringLiteral("deadline"), &r.deadline, &code))
        return code;
    r.department = args.value(QStringLiteral("department"));
    r.assignee = args.value(QStringLiteral("assignee"));
    r.handlingType = args.value(QStringLiteral("handling"));
    r.result = args.value(QStringLiteral("result"));
    r.satisfaction = args.value(QStringLiteral("satisfaction"));
    r.reason = args.value(QStringLiteral("reason"));
    auto issue = IssueRepository(db).apply(args.positional.constFirst(), r, actingUser());
    if (!issue)
        return fail(issue.error().message);
    out << issue->number << '\t' << choiceLabel(choices::issueStatus(), issue->status);
    if (!issue->deadline.isEmpty() && Workflow::isOpen(issue->status))
        out << '\t' << tr("deadline %1").arg(issue->deadline);
    out << Qt::endl;
    return 0;
}

int show(Database &db, const Arguments &args, QTextStream &out)
{
    if (args.positional.isEmpty())
        return fail(tr("Give the number of the issue: linli-cli issue show NUMBER --db DB"), kUsageError);
    IssueRepository repo(db);
    auto issue = repo.getByNumber(args.positional.constFirst());
    if (!issue)
        return fail(issue.error().message);
    const Issue &i = issue.value();
    auto line = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out << label << "\t" << value << Qt::endl;
    };
    line(tr("Number"), i.number);
    line(tr("Title"), i.title);
    line(tr("Category"), i.subcategory.isEmpty() ? i.category : i.category + QStringLiteral(" / ") + i.subcategory);
    line(tr("Source"), choiceLabel(choices::issueSource(), i.source));
    line(tr("Reporter"), i.reporter);
    line(tr("Place"), i.location);
    line(tr("Registered"), i.registeredDate);
    line(tr("Status"), choiceLabel(choices::issueStatus(), i.status) + (i.escalated ? tr(" (escalated)") : QString()));
    line(tr("Department"), i.departmentName + (i.assignee.isEmpty() ? QString() : QStringLiteral(" ") + i.assignee));
    line(tr("Handling"), choiceLabel(choices::handlingType(), i.handlingType));
    line(tr("Deadline"), i.deadline);
    line(tr("Returned"), i.returnCount ? QString::number(i.returnCount) : QString());
    line(tr("Result"), i.result);
    line(tr("Follow-up"),
         i.satisfaction.isEmpty()
             ? QString()
             : i.followUpDate + QStringLiteral(" ") + choiceLabel(choices::satisfaction(), i.satisfaction));
    auto events = repo.events(i.meta.id);
    if (!events)
        return fail(events.error().message);
    out << tr("Timeline") << Qt::endl;
    for (const IssueEvent &e : events.value()) {
        const auto action = Workflow::parseAction(e.kind);
        const QString what = e.kind == QLatin1String("register") ? tr("registered")
            : action                                             ? Workflow::actionLabel(action.value())
                                                                 : e.kind;
        out << "  " << e.eventDate << '\t' << what << '\t' << choiceLabel(choices::issueStatus(), e.toStatus) << '\t'
            << e.describe() << '\t' << e.userName << Qt::endl;
    }
    return 0;
}

int list(Database &db, const Arguments &args, QTextStream &out)
{
    IssueFilter f;
    int code = 0;
    if (!readDate(args, QStringLiteral("as-of"), &f.asOf, &code))
        return code;
    if (args.has(QStringLiteral("status"))) {
        f.status = choiceCode(choices::issueStatus(), args.value(QStringLiteral("status")));
        if (f.status.isEmpty())
            return fail(tr("'%1' is not an issue status.").arg(args.value(QStringLiteral("status"))), kUsageError);
    }
    if (args.has(QStringLiteral("warning"))) {
        bool ok = false;
        f.warning = Warnings::parse(args.value(QStringLiteral("warning")), &ok);
        if (!ok || f.warning == WarningLevel::None)
            return fail(tr("--warning takes red or amber."), kUsageError);
    }
    auto issues = IssueRepository(db).list(f);
    if (!issues)
        return fail(issues.error().message);
    for (const auto &l : issues.value()) {
        const Issue &i = l.issue;
        out << i.number << '\t' << i.registeredDate << '\t' << choiceLabel(choices::issueStatus(), i.status) << '\t'
            << Warnings::label(l.warning) << '\t' << i.departmentName << '\t' << i.deadline << '\t' << i.title << '\t'
            << l.reasons.join(QStringLiteral("；")) << Qt::endl;
    }
    return 0;
}

} // namespace

int runIssue(const Arguments &args, QTextStream &out)
{
    if (args.positional.isEmpty())
        return fail(tr("Say what to do: linli-cli issue add|accept|dispatch|start|resolve|follow-up|return|escalate|"
                       "reject|close|change-deadline|show|list ..."),
                    kUsageError);
    int code = 0;
    auto db = openRegister(args, &code);
    if (!db)
        return code;
    Arguments rest = args;
    const QString verb = rest.positional.takeFirst();
    if (verb == QLatin1String("add"))
        return add(*db, rest, out);
    if (verb == QLatin1String("show"))
        return show(*db, rest, out);
    if (verb == QLatin1String("list"))
        return list(*db, rest, out);
    return act(*db, verb, rest, out);
}

} // namespace linli::cli
