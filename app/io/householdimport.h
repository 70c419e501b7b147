#pragma once

#include "common/operator.h"
#include "common/result.h"
#include "headermatch.h"

#include <QCoreApplication>

namespace linli {

class Database;

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
    QList<ImportProblem> problems;
    QStringList newPlaces; // communities, grids, compounds and buildings the import creates
    QString sheetName;
};

// Imports households in DESIGN.md's 住户 columns (社区, 网格, 小区, 楼栋, 单元, 房号, 住房用途,
// 户主姓名, 联系电话, 备注). Every row is checked first (required fields, housing use, phone,
// the same dwelling twice in the file, a household already registered there); nothing is
// written unless all rows are valid, or invalid rows are to be skipped; then all valid rows
// are written in one transaction with the places they name, or none.
class HouseholdImport final
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdImport)
public:
    static QStringList columns();
    // Reads FILE.xlsx or FILE.csv and finds its header row.
    static Result<HeaderMatch> readFile(const QString &path, const QStringList &expected, const QStringList &required);
    static Result<ImportReport> run(Database &db, const HeaderMatch &file, bool dryRun, bool skipInvalid,
                                    const Actor &actor);
};

} // namespace linli
