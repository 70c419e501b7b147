#pragma once

#include "access/actor.h"
#include "arguments.h"
#include "common/result.h"

#include <memory>

namespace linli {
class Database;
} // namespace linli

namespace linli::cli {

// Every command that opens a register acts as a user of it: --user NAME (or LINLI_USER), with the
// password from LINLI_PASSWORD, --password-file FILE or the terminal (not echoed).

// Opens the register named by --db and logs in; on failure prints one line, sets *code to the
// exit code and returns null. A user who must change their password is refused here, except
// by `user passwd` (allowPasswordChange).
std::shared_ptr<Database> openRegister(const Arguments &args, int *code, bool allowPasswordChange = false);
// The user logged in by openRegister() (or made by makeFirstAdministrator()).
const Actor &actingUser();

// For a command that creates a register: the named user becomes its first administrator, with
// the password given (which must meet the password rules), and is logged in.
bool makeFirstAdministrator(Database &db, const Arguments &args, int *code);

// The user name of --user or LINLI_USER; empty when neither names one.
QString userName(const Arguments &args);
// A password: from the environment variable `variable`, else --password-file (for the login
// password only), else asked on the terminal without echo.
Result<QString> readPassword(const Arguments &args, const char *variable, const QString &prompt, bool fromPasswordFile);

} // namespace linli::cli
