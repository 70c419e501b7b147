#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace linli {

class Database;

// Schema changes as ordered steps, one function per version; an upgrade runs every step it
// needs inside one transaction and rolls back on failure.
class Migrations final
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    static int latestVersion();
    // Brings the register to `target` (default: the latest).
    static Status migrate(Database &db, int target = -1);
};

} // namespace linli
