#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <future>

namespace linli {

class Database;

// Checks of a register, for `linli-cli check`: empty lists when all is well.
class RegisterCheck final
{
    Q_DECLARE_TR_FUNCTIONS(RegisterCheck)
public:
    // Every table, column, index and trigger of the register's version is there as that version
    // makes it, and nothing else is: compared with a register made afresh in memory. On
    // PostgreSQL, the tables and their columns, and the indexes by name.
    static Result<QStringList> schema(Database &db);
    // PRAGMA integrity_check: what it found wrong.
    static Result<QStringList> integrity(Database &db);
    // The same on a connection of its own in another thread, so that the rest of a check runs
    // meanwhile (SQLite's check of a street register takes seconds).
    static std::future<Result<QStringList>> integrityInBackground(const Database &db);
    // PRAGMA foreign_key_check: each row that names a missing row, as "table, row, missing table".
    static Result<QList<QStringList>> foreignKeys(Database &db);
};

} // namespace linli
