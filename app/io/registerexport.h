#pragma once

#include "common/result.h"
#include "registerimport.h"
#include "tablewriter.h"
#include "transfer/transferrows.h"

#include <QCoreApplication>
#include <QDate>

namespace linli {

class Database;

// The register as DESIGN.md's interchange tables (the same columns as the import templates):
// 住户 (the households in the register) and 居民 (their residents, with status and the care
// tags in force today), in walking order; 问题台账 (the issue ledger, by number) and 走访 (the
// visits to the households in the register, by date). Labels are always the Chinese ones of
// the interchange format, whatever the UI language.
// The columns are declared once, in Interchange; 走访 has one beyond DESIGN.md's, 发现问题.
class RegisterExport final
{
    Q_DECLARE_TR_FUNCTIONS(RegisterExport)
public:
    // The rows are those of the user the connection acts for (Database::actor), with ID numbers
    // and phones in full only for a user who may have them (TransferRows::Numbers).
    using Numbers = TransferRows::Numbers;
    static Result<ExportTable> households(Database &db, Numbers numbers, const QDate &today = QDate::currentDate());
    static Result<ExportTable> residents(Database &db, Numbers numbers, const QDate &today = QDate::currentDate());
    // Registered (visited) between from and to when they are valid; in one grid unless 0.
    static Result<ExportTable> issues(Database &db, Numbers numbers, const QDate &from = {}, const QDate &to = {});
    static Result<ExportTable> visits(Database &db, const QDate &from = {}, const QDate &to = {}, qint64 gridId = 0);
    // One of the four tables; the dates bound issues and visits, the grid visits.
    static Result<ExportTable> table(Database &db, ImportKind kind, Numbers numbers, const QDate &from = {},
                                     const QDate &to = {}, qint64 gridId = 0);

private:
    static QStringList textsOf(const QVariantList &row);
};

} // namespace linli
