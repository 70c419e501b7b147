// linli-cli report weekly|dispatch|bulletin|publish: the weekly figures of DESIGN.md's weekly
// cycle, their documents, and publishing the week's bulletin.
#include "commands.h"

#include "printdocument.h"
#include "storage/database.h"
#include "storage/privatefile.h"
#include "weekly/bulletins.h"
#include "weekly/weeklyfigures.h"
#include "weeklydocuments.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace linli::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linli::cli", text);
}

// What every report command reads: --week, --format (one of `formats`, the first by default;
// none for publish), the register, --scope and --today.
struct Request {
    IsoWeek week;
    QString format;
    std::shared_ptr<Database> db;
    WeeklyScope scope;
    PrintOptions options;
    QElapsedTimer timer;
};

// False, with *code set to the exit code of the message printed, when a value is wrong.
bool readRequest(const Arguments &args, const QStringList &formats, Request *r, int *code)
{
    r->timer.start();
    if (!args.has(QStringLiteral("week"))) {
        *code = fail(tr("Name the week with --week, such as --week 2026-W47."), kUsageError);
        return false;
    }
    auto week = IsoWeek::parse(args.value(QStringLiteral("week")));
    if (!week) {
        *code = fail(week.error().message, kUsageError);
        return false;
    }
    r->week = week.value();
    r->format = formats.isEmpty() ? QString() : args.value(QStringLiteral("format"), formats.constFirst());
    if (!formats.isEmpty() && !formats.contains(r->format)) {
        *code = fail(formats.size() == 2 ? tr("--format takes pdf or xlsx, not '%1'.").arg(r->format)
                                         : tr("--format takes json, pdf or xlsx, not '%1'.").arg(r->format),
                     kUsageError);
        return false;
    }
    if (!readDate(args, QStringLiteral("today"), &r->options.today, code))
        return false;
    r->db = openRegister(args, code);
    if (!r->db)
        return false;
    r->options.actor = actingUser();
    auto scope = WeeklyStatistics(*r->db).parseScope(args.value(QStringLiteral("scope")));
    if (!scope) {
        *code = fail(scope.error().message, kUsageError);
        return false;
    }
    r->scope = scope.value();
    return true;
}

// Writes the document as PDF, or the table as .xlsx, to --out, as the request's format says.
int writeOut(const Arguments &args, QTextStream &out, const Request &r, const Result<Printing::Document> &document,
             const QList<ExportTable> &tables)
{
    const QString target = args.value(QStringLiteral("out"));
    if (r.format == QLatin1String("xlsx")) {
        if (target.isEmpty())
            return fail(tr("Name the file to write with --out FILE.xlsx."), kUsageError);
        if (Status s = TableWriter::writeXlsx(target, tables); !s)
            return fail(s.error().message);
        qsizetype rows = 0;
        for (const ExportTable &table : tables)
            rows += table.rows.size();
        out << tr("%1 rows written to %2 (%3 s).")
                   .arg(rows)
                   .arg(target)
                   .arg(double(r.timer.elapsed()) / 1000.0, 0, 'f', 1)
            << Qt::endl;
        return 0;
    }
    if (target.isEmpty())
        return fail(tr("Name the PDF file to write with --out FILE.pdf."), kUsageError);
    if (!document)
        return fail(document.error().message);
    return writePdf(out, *document.value(), target, r.timer);
}

// linli-cli report publish: freezes the week's bulletin as its next edition.
int runPublish(const Arguments &args, QTextStream &out)
{
    Request r;
    int code = 0;
    if (!readRequest(args, {}, &r, &code))
        return code;
    auto edition = WeeklyBulletins(*r.db).publish(r.week, r.scope, args.value(QStringLiteral("reason")), actingUser());
    if (!edition)
        return fail(edition.error().message, edition.error().code == ErrorCode::Invalid ? kUsageError : 1);
    out << tr("Published %1 (%2), edition %3; figures hash %4")
               .arg(edition->week.chineseLabel(), edition->scope)
               .arg(edition->edition)
               .arg(edition->figuresHash)
        << Qt::endl;
    out << tr("Audit digest: %1").arg(edition->auditDigest) << Qt::endl;
    return 0;
}

// linli-cli report bulletin: a published week prints its frozen edition (the latest unless
// --edition says otherwise); an unpublished week prints its live figures as a draft.
int runBulletin(const Arguments &args, QTextStream &out)
{
    bool numberOk = true;
    const int number = args.has(QStringLiteral("edition")) ? args.value(QStringLiteral("edition")).toInt(&numberOk) : 0;
    if (!numberOk || number < 0)
        return fail(
            tr("--edition takes the number of an edition, not '%1'.").arg(args.value(QStringLiteral("edition"))),
            kUsageError);
    Request r;
    int code = 0;
    if (!readRequest(args, {QStringLiteral("pdf"), QStringLiteral("xlsx")}, &r, &code))
        return code;
    auto bulletin = WeeklyBulletins(*r.db).bulletin(r.week, r.scope, number);
    if (!bulletin)
        return fail(bulletin.error().message, bulletin.error().code == ErrorCode::NotFound ? kUsageError : 1);
    const WeeklyReport &report = bulletin->report;
    const WeeklyDocuments::Edition edition = WeeklyDocuments::editionOf(bulletin->edition);
    if (r.format == QLatin1String("xlsx"))
        return writeOut(args, out, r, Error{}, WeeklyDocuments::bulletinWorkbook(report, edition));
    return writeOut(args, out, r, WeeklyDocuments::bulletin(report, edition, r.options), {});
}

// linli-cli report dispatch: the 周调度 list for the Monday meeting after the week.
int runDispatch(const Arguments &args, QTextStream &out)
{
    Request r;
    int code = 0;
    if (!readRequest(args, {QStringLiteral("pdf"), QStringLiteral("xlsx")}, &r, &code))
        return code;
    auto list = WeeklyStatistics(*r.db).dispatchList(r.week, r.scope);
    if (!list)
        return fail(list.error().message);
    if (r.format == QLatin1String("xlsx"))
        return writeOut(args, out, r, Error{}, {WeeklyDocuments::dispatchTable(list.value())});
    return writeOut(args, out, r, WeeklyDocuments::dispatch(list.value(), r.options), {});
}

// linli-cli report weekly: the figures as DESIGN.md's JSON, or the 周汇总 as PDF or .xlsx.
int runWeekly(const Arguments &args, QTextStream &out)
{
    Request r;
    int code = 0;
    if (!readRequest(args, {QStringLiteral("json"), QStringLiteral("pdf"), QStringLiteral("xlsx")}, &r, &code))
        return code;
    auto report = WeeklyStatistics(*r.db).report(r.week, r.scope);
    if (!report)
        return fail(report.error().message);
    if (r.format == QLatin1String("xlsx"))
        return writeOut(args, out, r, Error{}, {WeeklyDocuments::summaryTable(report.value())});
    if (r.format == QLatin1String("pdf"))
        return writeOut(args, out, r, WeeklyDocuments::summary(report.value(), r.options), {});
    const QByteArray json = WeeklyStatistics::json(report.value());
    const QString target = args.value(QStringLiteral("out"));
    if (target.isEmpty()) {
        out << QString::fromUtf8(json);
        return 0;
    }
    PrivateFile file(target);
    Status written = file.open();
    if (written && file.device().write(json) != json.size())
        written = Error{ErrorCode::Output, tr("%1 cannot be written: %2").arg(target, file.device().errorString()), {}};
    if (written)
        written = file.commit();
    if (!written)
        return fail(written.error().message);
    return 0;
}

} // namespace

int runReport(const Arguments &args, QTextStream &out)
{
    const QString which = args.positional.value(0);
    if (which == QLatin1String("weekly"))
        return runWeekly(args, out);
    if (which == QLatin1String("dispatch"))
        return runDispatch(args, out);
    if (which == QLatin1String("bulletin"))
        return runBulletin(args, out);
    if (which == QLatin1String("publish"))
        return runPublish(args, out);
    return fail(tr("Say which report: linli-cli report weekly --db DB --week 2026-W47 [--scope all|community:NAME|"
                   "grid:NAME|category:NAME|department:NAME] --format json [--out FILE], or linli-cli report "
                   "publish --db DB --week 2026-W47 [--scope SCOPE] [--reason TEXT]"),
                kUsageError);
}

} // namespace linli::cli
