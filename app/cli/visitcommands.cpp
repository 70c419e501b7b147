// linli-cli visit add, visits due, coverage: the visit log from the command line.
#include "commands.h"

#include "register/householdrepository.h"
#include "storage/database.h"
#include "visits/visitrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace linli::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linli::cli", text);
}

QJsonObject figuresJson(const CoverageFigures &f)
{
    const auto rate = f.rate();
    return {{QStringLiteral("active_households"), f.activeHouseholds},
            {QStringLiteral("visited_households"), f.visitedHouseholds},
            {QStringLiteral("coverage_rate"), rate ? QJsonValue(*rate) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("unvisited"), f.unvisited()}};
}

} // namespace

int runVisit(const Arguments &args, QTextStream &out)
{
    if (args.positional.value(0) != QLatin1String("add"))
        return fail(tr("Say what to do: linli-cli visit add --db DB --household-uuid U --date D --kind KIND "
                       "--visitor NAME [--notes TEXT]"),
                    kUsageError);
    int code = 0;
    auto db = openRegister(args, &code);
    if (!db)
        return code;
    if (!args.has(QStringLiteral("household-uuid")))
        return fail(tr("Say which household was visited with --household-uuid U."), kUsageError);
    auto household = HouseholdRepository(*db).getByUuid(args.value(QStringLiteral("household-uuid")));
    if (!household)
        return fail(household.error().message);
    Visit v;
    v.householdId = household->meta.id;
    v.visitDate = args.value(QStringLiteral("date"));
    v.kind = args.value(QStringLiteral("kind"), QStringLiteral("routine"));
    v.visitor = args.value(QStringLiteral("visitor"));
    v.notes = args.value(QStringLiteral("notes"));
    v.findings = args.value(QStringLiteral("findings"));
    const QString met = args.value(QStringLiteral("persons-met"));
    if (!met.isEmpty())
        v.personsMet = met.split(QRegularExpression(QStringLiteral("[、,，]")));
    auto visit = VisitRepository(*db).add(v, actingUser());
    if (!visit)
        return fail(visit.error().message);
    out << visit->meta.uuid << Qt::endl;
    return 0;
}

int runVisits(const Arguments &args, QTextStream &out)
{
    if (args.positional.value(0) != QLatin1String("due"))
        return fail(tr("Say what to do: linli-cli visits due --db DB [--grid NAME] [--worker NAME] [--as-of DATE]"),
                    kUsageError);
    int code = 0;
    auto db = openRegister(args, &code);
    if (!db)
        return code;
    DueFilter filter;
    if (!readDate(args, QStringLiteral("as-of"), &filter.asOf, &code))
        return code;
    if (args.has(QStringLiteral("grid"))) {
        auto grid = findGrid(*db, args.value(QStringLiteral("grid")));
        if (!grid)
            return fail(grid.error().message);
        filter.gridId = grid.value();
    }
    filter.worker = args.value(QStringLiteral("worker"));
    auto due = VisitRepository(*db).due(filter);
    if (!due)
        return fail(due.error().message);
    // uuid, address, last visit (- if never), due date (the day asked about if never visited).
    for (const VisitDue &d : due.value())
        out << d.householdUuid << '\t' << d.address << '\t'
            << (d.lastVisit.isValid() ? d.lastVisit.toString(Qt::ISODate) : QStringLiteral("-")) << '\t'
            << (d.dueDate.isValid() ? d.dueDate : filter.asOf).toString(Qt::ISODate) << '\n';
    out.flush();
    return 0;
}

int runCoverage(const Arguments &args, QTextStream &out)
{
    int code = 0;
    auto db = openRegister(args, &code);
    if (!db)
        return code;
    VisitRepository visits(*db);
    bool ok = true;
    const int year = args.has(QStringLiteral("year")) ? args.value(QStringLiteral("year")).toInt(&ok)
                                                      : QDate::currentDate().year();
    if (!ok)
        return fail(tr("--year takes a year such as 2026, not '%1'.").arg(args.value(QStringLiteral("year"))),
                    kUsageError);
    const QString format = args.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("json") && format != QLatin1String("text"))
        return fail(tr("--format takes json or text, not '%1'.").arg(format), kUsageError);
    auto report = visits.coverage(year);
    if (!report)
        return fail(report.error().message);
    if (format == QLatin1String("json")) {
        QJsonObject grids;
        for (const CoverageRow &row : report->byGrid)
            grids.insert(row.name, figuresJson(row.figures));
        const QJsonObject json{{QStringLiteral("year"), report->year},
                               {QStringLiteral("as_of"), report->asOf.toString(Qt::ISODate)},
                               {QStringLiteral("total"), figuresJson(report->total)},
                               {QStringLiteral("by_grid"), grids}};
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << tr("Visit coverage %1 (as of %2)").arg(year).arg(report->asOf.toString(Qt::ISODate)) << '\n';
    auto line = [&](const QString &name, const CoverageFigures &f) {
        out << name << '\t' << f.visitedHouseholds << " / " << f.activeHouseholds << '\t'
            << f.percentText(QStringLiteral("-")) << '\n';
    };
    for (const CoverageRow &row : report->byGrid)
        line(row.name, row.figures);
    line(tr("Total"), report->total);
    out.flush();
    return 0;
}

} // namespace linli::cli
