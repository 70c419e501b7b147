// linli-cli print household-card|booklet|ledger|visits|route: the printed ledgers as PDF.
#include "commands.h"

#include "ledger/workflow.h"
#include "printing.h"
#include "register/householdrepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace linli::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linli::cli", text);
}

QString usageText()
{
    return tr("Say what to print: linli-cli print household-card --household-uuid U | booklet --building "
              "NAME|--compound NAME|--grid NAME | ledger [--from DATE] [--to DATE] [--status CODE] [--category C] "
              "[--grid NAME] | visits --from DATE --to DATE [--grid NAME] | route [--grid NAME] [--worker NAME] "
              "[--as-of DATE] --db DB --out FILE.pdf [--full-ids] [--today DATE]");
}

// The grid of --grid, 0 when it is not given; false (with *code set) when it names none.
bool readGrid(Database &db, const Arguments &args, qint64 *gridId, int *code)
{
    if (!args.has(QStringLiteral("grid")))
        return true;
    auto grid = findGrid(db, args.value(QStringLiteral("grid")));
    if (!grid) {
        *code = fail(grid.error().message, kUsageError);
        return false;
    }
    *gridId = grid.value();
    return true;
}

Result<Printing::Document> householdCard(Database &db, const Arguments &args, const PrintOptions &options, int *code)
{
    const QString uuid = args.value(QStringLiteral("household-uuid"));
    if (uuid.isEmpty()) {
        *code = kUsageError;
        return Error{ErrorCode::Invalid, tr("Name the household with --household-uuid U."),
                     QStringLiteral("household-uuid")};
    }
    auto household = HouseholdRepository(db).getByUuid(uuid);
    if (!household)
        return household.error();
    return Printing::householdCard(db, household->meta.id, options);
}

Result<Printing::Document> booklet(Database &db, const Arguments &args, const PrintOptions &options, int *code)
{
    const QList<std::pair<QString, Printing::Scope>> scopes{{QStringLiteral("building"), Printing::Scope::Building},
                                                            {QStringLiteral("compound"), Printing::Scope::Compound},
                                                            {QStringLiteral("grid"), Printing::Scope::Grid}};
    QList<std::pair<QString, Printing::Scope>> given;
    for (const auto &scope : scopes)
        if (args.has(scope.first))
            given << scope;
    if (given.size() != 1) {
        *code = kUsageError;
        return Error{ErrorCode::Invalid,
                     tr("Say which households the booklet holds with one of --building NAME, --compound NAME or "
                        "--grid NAME."),
                     QStringLiteral("scope")};
    }
    const auto [option, scope] = given.constFirst();
    const PlaceKind kind = scope == Printing::Scope::Building ? PlaceKind::Building
        : scope == Printing::Scope::Compound                  ? PlaceKind::Compound
                                                              : PlaceKind::Grid;
    auto place = findPlace(db, kind, args.value(option));
    if (!place) {
        *code = kUsageError;
        return place.error();
    }
    return Printing::booklet(db, scope, place.value(), options);
}

Result<Printing::Document> ledger(Database &db, const Arguments &args, const PrintOptions &options, int *code)
{
    IssueFilter filter;
    filter.asOf = options.today;
    if (!readDate(args, QStringLiteral("from"), &filter.from, code)
        || !readDate(args, QStringLiteral("to"), &filter.to, code) || !readGrid(db, args, &filter.gridId, code))
        return Error{ErrorCode::Invalid, {}, {}};
    if (args.has(QStringLiteral("status"))) {
        filter.status = choiceCode(choices::issueStatus(), args.value(QStringLiteral("status")));
        if (filter.status.isEmpty()) {
            *code = kUsageError;
            return Error{ErrorCode::Invalid,
                         tr("--status takes one of %1, not '%2'.")
                             .arg(choiceCodes(choices::issueStatus()).join(QStringLiteral(", ")),
                                  args.value(QStringLiteral("status"))),
                         QStringLiteral("status")};
        }
    }
    filter.category = args.value(QStringLiteral("category")).trimmed();
    return Printing::ledger(db, filter, options);
}

Result<Printing::Document> visits(Database &db, const Arguments &args, const PrintOptions &options, int *code)
{
    VisitFilter filter;
    if (!args.has(QStringLiteral("from")) || !args.has(QStringLiteral("to"))) {
        *code = kUsageError;
        return Error{ErrorCode::Invalid, tr("The visit register covers a period: give --from DATE and --to DATE."),
                     QStringLiteral("from")};
    }
    if (!readDate(args, QStringLiteral("from"), &filter.from, code)
        || !readDate(args, QStringLiteral("to"), &filter.to, code) || !readGrid(db, args, &filter.gridId, code))
        return Error{ErrorCode::Invalid, {}, {}};
    if (filter.from > filter.to) {
        *code = kUsageError;
        return Error{
            ErrorCode::Invalid,
            tr("--from %1 is after --to %2.").arg(args.value(QStringLiteral("from")), args.value(QStringLiteral("to"))),
            QStringLiteral("from")};
    }
    return Printing::visits(db, filter, options);
}

Result<Printing::Document> route(Database &db, const Arguments &args, const PrintOptions &options, int *code)
{
    DueFilter filter;
    filter.asOf = options.today;
    if (!readDate(args, QStringLiteral("as-of"), &filter.asOf, code) || !readGrid(db, args, &filter.gridId, code))
        return Error{ErrorCode::Invalid, {}, {}};
    filter.worker = args.value(QStringLiteral("worker")).trimmed();
    return Printing::routeList(db, filter, options);
}

} // namespace

int writePdf(QTextStream &out, const PrintDocument &document, const QString &target, const QElapsedTimer &timer)
{
    if (Status s = document.writePdf(target); !s)
        return fail(s.error().message);
    const int pages = document.pageCount();
    out << QCoreApplication::translate("linli::cli", "%1: %n page(s) written to %2 (%3 s).", nullptr, pages)
               .arg(document.title(), target)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

int runPrint(const Arguments &args, QTextStream &out)
{
    using Build = Result<Printing::Document> (*)(Database &, const Arguments &, const PrintOptions &, int *);
    const QHash<QString, Build> documents{{QStringLiteral("household-card"), householdCard},
                                          {QStringLiteral("booklet"), booklet},
                                          {QStringLiteral("ledger"), ledger},
                                          {QStringLiteral("visits"), visits},
                                          {QStringLiteral("route"), route}};
    const Build build = documents.value(args.positional.value(0));
    if (!build)
        return fail(usageText(), kUsageError);
    const QString target = args.value(QStringLiteral("out"));
    if (target.isEmpty())
        return fail(tr("Name the PDF file to write with --out FILE.pdf."), kUsageError);
    int code = 0;
    PrintOptions options;
    options.fullNumbers = args.has(QStringLiteral("full-ids"));
    if (!readDate(args, QStringLiteral("today"), &options.today, &code))
        return code;
    auto db = openRegister(args, &code);
    if (!db)
        return code;
    options.actor = actingUser();

    QElapsedTimer timer;
    timer.start();
    auto document = build(*db, args, options, &code);
    if (!document) {
        if (document.error().message.isEmpty()) // already printed
            return code;
        return fail(document.error().message, code ? code : 1);
    }
    if (const int written = writePdf(out, *document.value(), target, timer))
        return written;
    if (options.fullNumbers)
        out << tr("ID numbers and phones are printed in full; this was recorded in the audit log.") << Qt::endl;
    return 0;
}

} // namespace linli::cli
