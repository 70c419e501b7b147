// linli-cli export households|residents|issues|visits: the register as .xlsx or .csv.
#include "commands.h"

#include "interchange.h"
#include "registerexport.h"
#include "transfer/transferrows.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace linli::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linli::cli", text);
}

} // namespace

int runExport(const Arguments &args, QTextStream &out)
{
    auto kind = RegisterImport::parseKind(args.positional.value(0));
    if (!kind)
        return fail(tr("Say what to export: linli-cli export households|residents|issues|visits --db DB --out "
                       "FILE.xlsx|FILE.csv [--from DATE] [--to DATE] [--grid NAME]"),
                    kUsageError);
    const QString location = args.value(QStringLiteral("db"));
    const QString target = args.value(QStringLiteral("out"));
    if (location.isEmpty() || target.isEmpty())
        return fail(tr("Name the register with --db and the file to write with --out."), kUsageError);
    int code = 0;
    auto db = openRegister(args, &code);
    if (!db)
        return code;
    QDate from;
    QDate to;
    if (!readDate(args, QStringLiteral("from"), &from, &code) || !readDate(args, QStringLiteral("to"), &to, &code))
        return code;
    qint64 gridId = 0;
    if (args.has(QStringLiteral("grid"))) {
        auto grid = findGrid(*db, args.value(QStringLiteral("grid")));
        if (!grid)
            return fail(grid.error().message);
        gridId = grid.value();
    }
    QElapsedTimer timer;
    timer.start();
    // In full for a user who may have the numbers (audited), masked for the others or with --masked.
    const auto numbers = TransferRows::numbersFor(*db, args.has(QStringLiteral("masked")));
    auto table = RegisterExport::table(*db, kind.value(), numbers, from, to, gridId);
    if (!table)
        return fail(table.error().message);
    if (Status s = TableWriter::write(target, table.value()); !s)
        return fail(s.error().message, s.error().code == ErrorCode::Invalid ? kUsageError : 1);
    if (Status s = TransferRows::recordExport(*db, table->sheetName, int(table->rows.size()), target, numbers); !s)
        return fail(s.error().message);
    if (numbers == TransferRows::Numbers::Masked && kind.value() != ImportKind::Visits)
        out << tr("ID numbers and phones are masked.") << Qt::endl;
    out << tr("%1 rows written to %2 (%3 s).")
               .arg(table->rows.size())
               .arg(target)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

int runTemplate(const Arguments &args, QTextStream &out)
{
    const QString target = args.value(QStringLiteral("out"));
    if (target.isEmpty() || !target.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return fail(tr("Name the workbook to write: linli-cli template --out 导入模板.xlsx"), kUsageError);
    if (Status s = TableWriter::writeXlsx(target, Interchange::templateTables()); !s)
        return fail(s.error().message);
    out << tr("The import template was written to %1.").arg(target) << Qt::endl;
    return 0;
}

int runColumns(const Arguments &args, QTextStream &out)
{
    if (args.has(QStringLiteral("format")) && args.value(QStringLiteral("format")) != QLatin1String("markdown"))
        return fail(tr("--format is markdown."), kUsageError);
    out << Interchange::markdown();
    out.flush();
    return 0;
}

} // namespace linli::cli
