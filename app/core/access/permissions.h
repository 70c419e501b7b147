#pragma once

#include "access/actor.h"
#include "common/choices.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace linli {

class Database;

namespace roles {
inline constexpr QLatin1String kGridWorker("grid_worker");
inline constexpr QLatin1String kCommunityAdmin("community_admin");
inline constexpr QLatin1String kStreetStaff("street_staff");
inline constexpr QLatin1String kAdmin("admin");
} // namespace roles

namespace choices {
// 网格员, 社区管理员, 街道工作人员, 系统管理员.
const QList<Choice> &role();
} // namespace choices

// What an account may do: DESIGN.md's table of roles and actions ("Security and privacy").
enum class Permission {
    ReadRecords, // households, residents, visits, issues: in scope
    EditRegister, // households and residents, and logging visits
    RegisterIssue, // registering an issue, and its follow-up call
    HandleIssue, // accept, dispatch, re-dispatch, start, return, resolve, reject, change deadline, close
    Escalate,
    Publish, // a weekly bulletin of the actor's scope
    RevealIdNumber, // one record at a time, audited
    FullPhone, // phones in full on screen
    ExportFull, // personal data in full in an export or print, audited
    LedgerSettings,
    ManagePlaces,
    ManageUsers,
    Backups,
    AuditLog,
};

// The role table and the scope that goes with each role, applied in the core: every repository
// asks here what the actor may do and which grids it may see.
class Access final
{
    Q_DECLARE_TR_FUNCTIONS(Access)
public:
    // How far an actor's records reach.
    enum class Reach { Nothing, Grids, Community, Everything };

    static bool allows(const QString &role, Permission permission);
    static bool allows(const Actor &actor, Permission permission) { return allows(actor.role, permission); }
    static Reach reach(const Actor &actor);

    // A condition for a WHERE clause keeping the rows whose `gridColumn` lies in the actor's
    // scope, with its values added to `binds`; "1 = 1" when the actor sees everything.
    static QString gridCondition(const Database &db, const Actor &actor, const QString &gridColumn, QVariantMap *binds);
    // The same for a table that names its community too (an issue may have no grid).
    static QString placeCondition(const Database &db, const Actor &actor, const QString &communityColumn,
                                  const QString &gridColumn, QVariantMap *binds);

    // Whether the actor's scope covers a grid, and a community (0 for no grid or community).
    static Result<bool> coversGrid(Database &db, const Actor &actor, qint64 gridId);
    static bool coversCommunity(const Actor &actor, qint64 communityId);

    // The permission, or a refusal in Chinese naming what was refused; the refusal is audited.
    static Status require(Database &db, const Actor &actor, Permission permission);
    // The permission for a record of a grid: refused, and audited, outside the actor's scope.
    static Status requireGrid(Database &db, const Actor &actor, Permission permission, qint64 gridId,
                              const QString &table, qint64 recordId);
    // Whether the connection's user (Database::actor) may see a record of that grid: refused and
    // audited if not. For the reads of a record by id or uuid.
    static Status checkVisible(Database &db, qint64 gridId, const QString &table, qint64 recordId);
    // A record found outside the actor's scope: refused and audited.
    static Error outOfScope(Database &db, const Actor &actor, const QString &table, qint64 recordId,
                            const QString &what);

    // Refuses with `message`, recording the refusal (`reason`) in the audit log.
    static Error refuse(Database &db, const Actor &actor, const QString &table, qint64 recordId, const QString &reason,
                        const QString &message);

    static QString permissionText(Permission permission);
    // The code an audit row of a refusal records.
    static const char *permissionCode(Permission permission);
};

} // namespace linli
