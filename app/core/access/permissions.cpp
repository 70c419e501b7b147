#include "permissions.h"

#include "storage/audit.h"
#include "storage/database.h"
#include "storage/sql.h"

namespace linli {

namespace choices {

const QList<Choice> &role()
{
    static const QList<Choice> list = {
        {"grid_worker", "网格员", "Grid worker"},
        {"community_admin", "社区管理员", "Community administrator"},
        {"street_staff", "街道工作人员", "Street office staff"},
        {"admin", "系统管理员", "System administrator"},
    };
    return list;
}

} // namespace choices

namespace {

enum RoleBit : unsigned { GW = 1, CA = 2, SS = 4, AD = 8 };

unsigned roleBit(const QString &role)
{
    if (role == roles::kGridWorker)
        return GW;
    if (role == roles::kCommunityAdmin)
        return CA;
    if (role == roles::kStreetStaff)
        return SS;
    if (role == roles::kAdmin)
        return AD;
    return 0;
}

// DESIGN.md's table, a column per role.
unsigned rolesAllowed(Permission permission)
{
    switch (permission) {
    case Permission::ReadRecords: return GW | CA | SS | AD;
    case Permission::EditRegister: return GW | CA | AD;
    case Permission::RegisterIssue: return GW | CA | AD;
    case Permission::HandleIssue: return CA | AD;
    case Permission::Escalate: return CA | SS | AD;
    case Permission::Publish: return CA | SS | AD;
    case Permission::RevealIdNumber: return GW | CA | AD;
    case Permission::FullPhone: return GW | CA | AD;
    case Permission::ExportFull: return CA | AD;
    case Permission::LedgerSettings: return AD;
    case Permission::ManagePlaces: return CA | AD;
    case Permission::ManageUsers: return CA | AD;
    case Permission::Backups: return AD;
    case Permission::AuditLog: return AD;
    }
    return 0;
}

} // namespace

const char *Access::permissionCode(Permission permission)
{
    switch (permission) {
    case Permission::ReadRecords: return "read_records";
    case Permission::EditRegister: return "edit_register";
    case Permission::RegisterIssue: return "register_issue";
    case Permission::HandleIssue: return "handle_issue";
    case Permission::Escalate: return "escalate";
    case Permission::Publish: return "publish";
    case Permission::RevealIdNumber: return "reveal_id_number";
    case Permission::FullPhone: return "full_phone";
    case Permission::ExportFull: return "export_full";
    case Permission::LedgerSettings: return "ledger_settings";
    case Permission::ManagePlaces: return "manage_places";
    case Permission::ManageUsers: return "manage_users";
    case Permission::Backups: return "backups";
    case Permission::AuditLog: return "audit_log";
    }
    return "";
}

bool Access::allows(const QString &role, Permission permission)
{
    return (rolesAllowed(permission) & roleBit(role)) != 0;
}

Access::Reach Access::reach(const Actor &actor)
{
    switch (roleBit(actor.role)) {
    case GW: return Reach::Grids;
    case CA: return actor.communityId > 0 ? Reach::Community : Reach::Nothing;
    case SS:
    case AD: return Reach::Everything;
    default: return Reach::Nothing;
    }
}

QString Access::gridCondition(const Database &db, const Actor &actor, const QString &gridColumn, QVariantMap *binds)
{
    switch (reach(actor)) {
    case Reach::Everything: return QStringLiteral("1 = 1");
    case Reach::Nothing: return QStringLiteral("1 = 0");
    case Reach::Community:
        binds->insert(QStringLiteral("scope_community"), actor.communityId);
        return QStringLiteral("%1 IN (SELECT id FROM grid WHERE community_id = :scope_community)").arg(gridColumn);
    case Reach::Grids:
        if (actor.gridIds.isEmpty())
            return QStringLiteral("1 = 0");
        binds->insert(QStringLiteral("scope_grids"), db.idListValue(actor.gridIds));
        return db.idListCondition(gridColumn, QStringLiteral("scope_grids"));
    }
    return QStringLiteral("1 = 0");
}

QString Access::placeCondition(const Database &db, const Actor &actor, const QString &communityColumn,
                               const QString &gridColumn, QVariantMap *binds)
{
    if (reach(actor) == Reach::Community) {
        binds->insert(QStringLiteral("scope_community"), actor.communityId);
        return QStringLiteral("%1 = :scope_community").arg(communityColumn);
    }
    return gridCondition(db, actor, gridColumn, binds);
}

bool Access::coversCommunity(const Actor &actor, qint64 communityId)
{
    switch (reach(actor)) {
    case Reach::Everything: return true;
    case Reach::Community: return communityId == actor.communityId;
    case Reach::Grids:
    case Reach::Nothing: return false;
    }
    return false;
}

Result<bool> Access::coversGrid(Database &db, const Actor &actor, qint64 gridId)
{
    switch (reach(actor)) {
    case Reach::Everything: return true;
    case Reach::Nothing: return false;
    case Reach::Grids: return actor.gridIds.contains(gridId);
    case Reach::Community: break;
    }
    auto community = queryValue(db, QStringLiteral("SELECT community_id FROM grid WHERE id = :g"),
                                {{QStringLiteral("g"), gridId}});
    if (!community)
        return community.error();
    return !community->isNull() && community->toLongLong() == actor.communityId;
}

QString Access::permissionText(Permission permission)
{
    switch (permission) {
    case Permission::ReadRecords: return tr("read the register");
    case Permission::EditRegister: return tr("change households, residents and visits");
    case Permission::RegisterIssue: return tr("register issues and record follow-up calls");
    case Permission::HandleIssue: return tr("accept, dispatch, resolve, return, reject and close issues");
    case Permission::Escalate: return tr("escalate issues");
    case Permission::Publish: return tr("publish weekly bulletins");
    case Permission::RevealIdNumber: return tr("see ID numbers in full");
    case Permission::FullPhone: return tr("see phone numbers in full");
    case Permission::ExportFull: return tr("export or print personal data in full");
    case Permission::LedgerSettings: return tr("change the ledger settings");
    case Permission::ManagePlaces: return tr("manage places");
    case Permission::ManageUsers: return tr("manage user accounts");
    case Permission::Backups: return tr("make and restore backups");
    case Permission::AuditLog: return tr("read the audit log");
    }
    return {};
}

Error Access::refuse(Database &db, const Actor &actor, const QString &table, qint64 recordId, const QString &reason,
                     const QString &message)
{
    // The refusal is recorded in a transaction of its own where the caller has none open; inside
    // a caller's transaction it stands or falls with it.
    Transaction tx(db);
    if (tx.status()) {
        // An empty table name (a refusal of an action, not of a record) is stored as such, not as NULL.
        AuditLog::Entry entry{
            QStringLiteral("refused"),           table.isEmpty() ? QStringLiteral("") : table, recordId, {}, {},
            {{QStringLiteral("reason"), reason}}};
        if (AuditLog::append(db, actor, entry))
            (void)tx.commit();
    }
    return Error{ErrorCode::Denied, message, {}};
}

Status Access::require(Database &db, const Actor &actor, Permission permission)
{
    if (allows(actor, permission))
        return {};
    const QString role = actor.role.isEmpty() ? tr("no role") : choiceLabel(choices::role(), actor.role);
    return refuse(db, actor, {}, 0, QString::fromLatin1(permissionCode(permission)),
                  tr("%1 (%2) may not %3.").arg(actor.shownName(), role, permissionText(permission)));
}

Status Access::requireGrid(Database &db, const Actor &actor, Permission permission, qint64 gridId, const QString &table,
                           qint64 recordId)
{
    if (Status s = require(db, actor, permission); !s)
        return s;
    auto covered = coversGrid(db, actor, gridId);
    if (!covered)
        return covered.error();
    if (covered.value())
        return {};
    return outOfScope(db, actor, table, recordId, QString());
}

Status Access::checkVisible(Database &db, qint64 gridId, const QString &table, qint64 recordId)
{
    const Actor &actor = db.actor();
    if (reach(actor) == Reach::Everything)
        return {};
    auto covered = coversGrid(db, actor, gridId);
    if (!covered)
        return covered.error();
    if (covered.value())
        return {};
    return outOfScope(db, actor, table, recordId, QString());
}

Error Access::outOfScope(Database &db, const Actor &actor, const QString &table, qint64 recordId, const QString &what)
{
    const QString message
        = what.isEmpty() ? tr("This record is outside your area.") : tr("%1 is outside your area.").arg(what);
    return refuse(db, actor, table, recordId, QStringLiteral("scope"), message);
}

} // namespace linli
