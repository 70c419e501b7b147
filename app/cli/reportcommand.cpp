// linli-cli report weekly|publish: the weekly figures of DESIGN.md's weekly cycle, and publishing
// the week's bulletin.
#include "commands.h"

#include "printdocument.h"
#include "storage/database.h"
#include "weekly/bulletins.h"
#include "weekly/weeklyfigures.h"
#include "weeklydocuments.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

namespace linli::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linli::cli", text);
}

} // namespace

namespace {

// linli-cli report publish: freezes the week's bulletin as its next edition.
int runPublish(const Arguments &args, QTextStream &out)
{
    if (!args.has(QStringLiteral("week")))
        return fail(tr("Name the week with --week, such as --week 2026-W47."), kUsageError);
    auto week = IsoWeek::parse(args.value(QStringLiteral("week")));
    if (!week)
        return fail(week.error().message, kUsageError);
    int code = 0;
    auto db = openRegister(args, &code);
    if (!db)
        return code;
    auto scope = WeeklyStatistics(*db).parseScope(args.value(QStringLiteral("scope")));
    if (!scope)
        return fail(scope.error().message, kUsageError);
    WeeklyBulletins bulletins(*db);
    auto edition
        = bulletins.publish(week.value(), scope.value(), args.value(QStringLiteral("reason")), Actor::localOperator());
    if (!edition)
        return fail(edition.error().message, edition.error().code == ErrorCode::Invalid ? kUsageError : 1);
    out << tr("Published %1 (%2), edition %3; figures hash %4")
               .arg(edition->week.chineseLabel(), edition->scope)
               .arg(edition->edition)
               .arg(edition->figuresHash)
        << Qt::endl;
    return 0;
}

// Writes a weekly document as PDF to --out.
int writeDocument(const Arguments &args, QTextStream &out, const Result<Printing::Document> &document,
                  const QElapsedTimer &timer)
{
    const QString target = args.value(QStringLiteral("out"));
    if (target.isEmpty())
        return fail(tr("Name the PDF file to write with --out FILE.pdf."), kUsageError);
    if (!document)
        return fail(document.error().message);
    if (Status s = document.value()->writePdf(target); !s)
        return fail(s.error().message);
    const int pages = document.value()->pageCount();
    out << QCoreApplication::translate("linli::cli", "%1: %n page(s) written to %2 (%3 s).", nullptr, pages)
               .arg(document.value()->title(), target)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

// Writes a weekly table as .xlsx to --out.
int writeTable(const Arguments &args, QTextStream &out, const ExportTable &table, const QElapsedTimer &timer)
{
    const QString target = args.value(QStringLiteral("out"));
    if (target.isEmpty())
        return fail(tr("Name the file to write with --out FILE.xlsx."), kUsageError);
    if (Status s = TableWriter::writeXlsx(target, table); !s)
        return fail(s.error().message);
    out << tr("%1 rows written to %2 (%3 s).")
               .arg(table.rows.size())
               .arg(target)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

// linli-cli report bulletin: a published week prints its frozen edition (the latest unless
// --edition says otherwise); an unpublished week prints its live figures as a draft.
int runBulletin(const Arguments &args, QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    if (!args.has(QStringLiteral("week")))
        return fail(tr("Name the week with --week, such as --week 2026-W47."), kUsageError);
    auto week = IsoWeek::parse(args.value(QStringLiteral("week")));
    if (!week)
        return fail(week.error().message, kUsageError);
    const QString format = args.value(QStringLiteral("format"), QStringLiteral("pdf"));
    if (format != QLatin1String("pdf") && format != QLatin1String("xlsx"))
        return fail(tr("--format takes pdf or xlsx, not '%1'.").arg(format), kUsageError);
    bool numberOk = true;
    const int number = args.has(QStringLiteral("edition")) ? args.value(QStringLiteral("edition")).toInt(&numberOk) : 0;
    if (!numberOk || number < 0)
        return fail(
            tr("--edition takes the number of an edition, not '%1'.").arg(args.value(QStringLiteral("edition"))),
            kUsageError);
    int code = 0;
    auto db = openRegister(args, &code);
    if (!db)
        return code;
    WeeklyStatistics statistics(*db);
    auto scope = statistics.parseScope(args.value(QStringLiteral("scope")));
    if (!scope)
        return fail(scope.error().message, kUsageError);
    PrintOptions options;
    if (!readDate(args, QStringLiteral("today"), &options.today, &code))
        return code;
    WeeklyBulletins bulletins(*db);
    auto published = bulletins.edition(week.value(), scope->text(), number);
    if (!published && (number > 0 || published.error().code != ErrorCode::NotFound))
        return fail(published.error().message, kUsageError);
    if (published) {
        auto report = WeeklyStatistics::fromJson(published->figures);
        if (!report)
            return fail(report.error().message);
        const WeeklyDocuments::Edition edition{published->edition, published->publishedAt, published->reason,
                                               published->figuresHash};
        if (format == QLatin1String("xlsx"))
            return writeTable(args, out, WeeklyDocuments::bulletinTable(report.value(), edition), timer);
        return writeDocument(args, out, WeeklyDocuments::bulletin(report.value(), edition, options), timer);
    }
    auto report = statistics.report(week.value(), scope.value());
    if (!report)
        return fail(report.error().message);
    if (format == QLatin1String("xlsx"))
        return writeTable(args, out, WeeklyDocuments::bulletinTable(report.value(), {}), timer);
    return writeDocument(args, out, WeeklyDocuments::bulletin(report.value(), {}, options), timer);
}

// linli-cli report dispatch: the 周调度 list for the Monday meeting after the week.
int runDispatch(const Arguments &args, QTextStream &out, const QElapsedTimer &timer)
{
    if (!args.has(QStringLiteral("week")))
        return fail(tr("Name the week with --week, such as --week 2026-W47."), kUsageError);
    auto week = IsoWeek::parse(args.value(QStringLiteral("week")));
    if (!week)
        return fail(week.error().message, kUsageError);
    const QString format = args.value(QStringLiteral("format"), QStringLiteral("pdf"));
    if (format != QLatin1String("pdf") && format != QLatin1String("xlsx"))
        return fail(tr("--format takes pdf or xlsx, not '%1'.").arg(format), kUsageError);
    int code = 0;
    auto db = openRegister(args, &code);
    if (!db)
        return code;
    WeeklyStatistics statistics(*db);
    auto scope = statistics.parseScope(args.value(QStringLiteral("scope")));
    if (!scope)
        return fail(scope.error().message, kUsageError);
    PrintOptions options;
    if (!readDate(args, QStringLiteral("today"), &options.today, &code))
        return code;
    auto list = statistics.dispatchList(week.value(), scope.value());
    if (!list)
        return fail(list.error().message);
    if (format == QLatin1String("xlsx"))
        return writeTable(args, out, WeeklyDocuments::dispatchTable(list.value()), timer);
    return writeDocument(args, out, WeeklyDocuments::dispatch(list.value(), options), timer);
}

} // namespace

int runReport(const Arguments &args, QTextStream &out)
{
    if (args.positional.value(0) == QLatin1String("publish"))
        return runPublish(args, out);
    if (args.positional.value(0) == QLatin1String("bulletin"))
        return runBulletin(args, out);
    QElapsedTimer timer;
    timer.start();
    if (args.positional.value(0) == QLatin1String("dispatch"))
        return runDispatch(args, out, timer);
    if (args.positional.value(0) != QLatin1String("weekly"))
        return fail(tr("Say which report: linli-cli report weekly --db DB --week 2026-W47 [--scope all|community:NAME|"
                       "grid:NAME|category:NAME|department:NAME] --format json [--out FILE], or linli-cli report "
                       "publish --db DB --week 2026-W47 [--scope SCOPE] [--reason TEXT]"),
                    kUsageError);
    const QString format = args.value(QStringLiteral("format"), QStringLiteral("json"));
    if (format != QLatin1String("json") && format != QLatin1String("pdf") && format != QLatin1String("xlsx"))
        return fail(tr("--format takes json, pdf or xlsx, not '%1'.").arg(format), kUsageError);
    if (!args.has(QStringLiteral("week")))
        return fail(tr("Name the week with --week, such as --week 2026-W47."), kUsageError);
    auto week = IsoWeek::parse(args.value(QStringLiteral("week")));
    if (!week)
        return fail(week.error().message, kUsageError);
    int code = 0;
    auto db = openRegister(args, &code);
    if (!db)
        return code;
    WeeklyStatistics statistics(*db);
    auto scope = statistics.parseScope(args.value(QStringLiteral("scope")));
    if (!scope)
        return fail(scope.error().message, kUsageError);
    auto report = statistics.report(week.value(), scope.value());
    if (!report)
        return fail(report.error().message);
    if (format == QLatin1String("xlsx"))
        return writeTable(args, out, WeeklyDocuments::summaryTable(report.value()), timer);
    if (format == QLatin1String("pdf")) {
        PrintOptions options;
        if (!readDate(args, QStringLiteral("today"), &options.today, &code))
            return code;
        return writeDocument(args, out, WeeklyDocuments::summary(report.value(), options), timer);
    }
    const QByteArray json = WeeklyStatistics::json(report.value());
    const QString target = args.value(QStringLiteral("out"));
    if (target.isEmpty()) {
        out << QString::fromUtf8(json);
        return 0;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return fail(tr("%1 cannot be written: %2").arg(target, file.errorString()));
    return 0;
}

} // namespace linli::cli
