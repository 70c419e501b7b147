#pragma once

#include "common/result.h"

#include <QStringList>

namespace linli {

class Database;

// SQLite's own checks of a register file, for `linli-cli check`: empty lists when all is well.
class RegisterCheck final
{
public:
    // PRAGMA integrity_check: what it found wrong.
    static Result<QStringList> integrity(Database &db);
    // PRAGMA foreign_key_check: each row that names a missing row, as "table, row, missing table".
    static Result<QList<QStringList>> foreignKeys(Database &db);
};

} // namespace linli
