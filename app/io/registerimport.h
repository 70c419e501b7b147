#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "headermatch.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace linli {

class Database;

// What an import brings in: one of DESIGN.md's interchange tables.
enum class ImportKind { Households, Residents, Issues, Visits };

// One problem of an import: where (the file's row, the column's header) and why.
struct ImportProblem {
    int row = 0;
    QString column;
    QString reason;
};

struct ImportReport {
    int rows = 0; // data rows in the file
    int valid = 0;
    int written = 0;
    int completed = 0; // residents already registered by name only, completed by their row
    QList<ImportProblem> problems;
    QStringList created; // places and departments the import creates, for the preview
    QString sheetName;
};

struct ImportOptions {
    bool dryRun = false;
    bool skipInvalid = false; // write the valid rows even if some are not
    Actor actor; // who imports: the audit rows and created_by of every record written
    QDate today = QDate::currentDate();
    // Called as rows are checked and then written (done of total); returning false cancels,
    // and nothing is written.
    std::function<bool(int done, int total)> progress;
};

// Imports one interchange table from .xlsx or .csv. Every row is checked first against the
// file and the register; nothing is written unless all rows are valid (or invalid rows are to
// be skipped); then all valid rows are written in one transaction, with the places,
// departments and audit rows they need, or none.
class RegisterImport final
{
    Q_DECLARE_TR_FUNCTIONS(RegisterImport)
public:
    static const QList<ImportKind> &kinds();
    static QString code(ImportKind kind); // households, residents, issues, visits
    static Result<ImportKind> parseKind(const QString &code);
    static QString label(ImportKind kind); // 住户, 居民, 问题台账, 走访
    // The interchange columns in DESIGN.md's order, and those the file must have (declared in
    // Interchange).
    static QStringList columns(ImportKind kind);
    static QStringList requiredColumns(ImportKind kind);

    // Reads FILE.xlsx or FILE.csv and finds the sheet and header row of `kind`.
    static Result<HeaderMatch> readFile(const QString &path, ImportKind kind);
    static Result<ImportReport> run(ImportKind kind, Database &db, const HeaderMatch &file,
                                    const ImportOptions &options);
};

} // namespace linli
