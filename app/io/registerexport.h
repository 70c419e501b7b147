#pragma once

#include "common/result.h"
#include "tablewriter.h"

#include <QCoreApplication>
#include <QDate>

namespace linli {

class Database;

// The register as DESIGN.md's interchange tables (the same columns as the import templates):
// 住户 (the households in the register) and 居民 (their residents, with status and the care
// tags in force today), in walking order. Labels are always the Chinese ones of the
// interchange format, whatever the UI language.
class RegisterExport final
{
    Q_DECLARE_TR_FUNCTIONS(RegisterExport)
public:
    static Result<ExportTable> households(Database &db);
    static Result<ExportTable> residents(Database &db, const QDate &today = QDate::currentDate());
};

} // namespace linli
