// linli-cli import households|residents|issues|visits FILE: a register from Excel or CSV, checked before
// anything is written.
#include "commands.h"

#include "registerimport.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#include <optional>

namespace linli::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linli::cli", text);
}

} // namespace

int runImport(const Arguments &args, QTextStream &out)
{
    auto kind = RegisterImport::parseKind(args.positional.value(0));
    const QString path = args.positional.value(1);
    if (!kind || path.isEmpty())
        return fail(tr("Say what to import: linli-cli import households|residents|issues|visits FILE.xlsx|FILE.csv "
                       "--db DB [--dry-run] [--skip-invalid]"),
                    kUsageError);
    const QString location = args.value(QStringLiteral("db"));
    if (location.isEmpty())
        return fail(tr("Name the register with --db FILE or --db postgresql://user@host:port/dbname."), kUsageError);
    const bool dryRun = args.has(QStringLiteral("dry-run"));
    const bool skipInvalid = args.has(QStringLiteral("skip-invalid"));

    auto file = RegisterImport::readFile(path, kind.value());
    if (!file)
        return fail(file.error().message);

    // A register that does not exist yet is created by the import, and appears only when the
    // import has written into it; a dry run checks against an empty one and creates nothing.
    const bool isNew = !location.startsWith(QLatin1String("postgres")) && !QFileInfo::exists(location);
    ImportOptions options;
    options.dryRun = dryRun;
    options.skipInvalid = skipInvalid;
    std::optional<ImportReport> report;
    int code = 0;
    // The user importing into a new register becomes its first administrator.
    auto importInto = [&](const std::shared_ptr<Database> &db, bool created) -> Status {
        if (created && !makeFirstAdministrator(*db, args, &code))
            return Error{ErrorCode::Cancelled, {}, {}};
        options.actor = actingUser();
        // An import into a register that holds work is preceded by a backup of it.
        if (!created && !dryRun && db->isSQLite())
            if (auto backup = Backups::create(*db, QStringLiteral("import")); !backup)
                return backup.error();
        auto done = RegisterImport::run(kind.value(), *db, file.value(), options);
        if (!done)
            return done.error();
        report = done.value();
        if (created && report->written == 0)
            return Error{ErrorCode::Cancelled, {}, {}}; // nothing to keep
        return {};
    };
    Status status;
    if (isNew && dryRun) {
        QTemporaryDir scratch;
        auto db
            = Database::open(scratch.filePath(QStringLiteral("dry-run.linli")), Database::OpenMode::CreateIfMissing);
        status = db ? importInto(db.value(), true) : Status(db.error());
    } else if (isNew) {
        status
            = Database::createFile(location, [&](const std::shared_ptr<Database> &db) { return importInto(db, true); });
    } else {
        auto db = openRegister(args, &code);
        if (!db)
            return code;
        status = importInto(db, false);
    }
    if (code != 0)
        return code;
    if (!status && status.error().code != ErrorCode::Cancelled)
        return fail(status.error().message);
    if (!report)
        return fail(tr("Nothing was imported."));
    for (const ImportProblem &p : report->problems)
        out << tr("Row %1, %2: %3").arg(p.row).arg(p.column, p.reason) << '\n';
    if (report->created.size() > 20) {
        // A whole street's places do not fit on a line: how many of each kind ("社区 幸福社区"
        // is of the kind 社区), in the order they first came.
        QStringList kinds;
        QHash<QString, int> counts;
        for (const QString &item : std::as_const(report->created)) {
            const QString itemKind = item.section(QLatin1Char(' '), 0, 0);
            if (!counts.contains(itemKind))
                kinds << itemKind;
            ++counts[itemKind];
        }
        QStringList parts;
        for (const QString &k : std::as_const(kinds))
            parts << QStringLiteral("%1 %2").arg(k).arg(counts.value(k));
        out << QCoreApplication::translate("linli::cli", "Created %n item(s): %1", nullptr, int(report->created.size()))
                   .arg(parts.join(QStringLiteral("、")))
            << '\n';
    } else if (!report->created.isEmpty()) {
        out << tr("Created: %1").arg(report->created.join(QStringLiteral("、"))) << '\n';
    }
    if (report->completed > 0)
        out << QCoreApplication::translate("linli::cli", "%n resident(s) registered by name only completed.", nullptr,
                                           report->completed)
            << '\n';
    out << tr("Sheet %1: %2 rows, %3 valid, %4 with problems, %5 written.")
               .arg(report->sheetName)
               .arg(report->rows)
               .arg(report->valid)
               .arg(report->rows - report->valid)
               .arg(report->written)
        << Qt::endl;
    return report->problems.isEmpty() || (skipInvalid && !dryRun) ? 0 : 1;
}

} // namespace linli::cli
