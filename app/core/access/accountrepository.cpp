#include "accountrepository.h"

#include "access/logins.h"
#include "access/passwords.h"
#include "access/permissions.h"
#include "demo/demogenerator.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QRegularExpression>

namespace linli {

namespace {

const QString kUserTable = QStringLiteral("\"user\"");
const QString kUserAudit = QStringLiteral("user");

const QString kAccountColumns = QStringLiteral(
    "u.id, u.uuid, u.created_at, u.created_by, u.updated_at, u.updated_by, u.version, u.name, u.display_name, "
    "u.role, u.community_id, c.name, u.enabled, u.password_hash IS NOT NULL, u.failed_logins, u.locked_until, "
    "u.must_change_password, u.last_login_at FROM \"user\" u LEFT JOIN community c ON c.id = u.community_id");

Account accountOf(const QSqlQuery &q)
{
    Account a;
    a.meta.id = q.value(0).toLongLong();
    a.meta.uuid = q.value(1).toString();
    a.meta.createdAt = q.value(2).toString();
    a.meta.createdBy = q.value(3).toString();
    a.meta.updatedAt = q.value(4).toString();
    a.meta.updatedBy = q.value(5).toString();
    a.meta.version = q.value(6).toInt();
    a.login = q.value(7).toString();
    a.displayName = q.value(8).toString();
    a.role = q.value(9).toString();
    a.communityId = q.value(10).toLongLong();
    a.communityName = q.value(11).toString();
    a.enabled = q.value(12).toInt() != 0;
    a.hasPassword = q.value(13).toInt() != 0;
    a.failedLogins = q.value(14).toInt();
    a.lockedUntil = q.value(15).toString();
    a.mustChangePassword = q.value(16).toInt() != 0;
    a.lastLoginAt = q.value(17).toString();
    return a;
}

} // namespace

Status AccountRepository::checkLogin(const QString &login)
{
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{N}._-]+$"));
    if (login.isEmpty())
        return Error{ErrorCode::Invalid, tr("Give a user name."), QStringLiteral("login")};
    if (login.size() > kMaxLoginLength)
        return Error{ErrorCode::Invalid,
                     tr("A user name may have at most %1 characters; %2 has %3.")
                         .arg(kMaxLoginLength)
                         .arg(login.left(kMaxLoginLength) + QStringLiteral("…"))
                         .arg(login.size()),
                     QStringLiteral("login")};
    if (!allowed.match(login).hasMatch())
        return Error{ErrorCode::Invalid,
                     tr("The user name '%1' may contain only letters, digits, '.', '_' and '-'.").arg(login),
                     QStringLiteral("login")};
    return {};
}

Status AccountRepository::checkDraft(AccountDraft &draft)
{
    draft.login = draft.login.trimmed();
    draft.displayName = draft.displayName.simplified();
    if (Status s = checkLogin(draft.login); !s)
        return s;
    if (draft.displayName.isEmpty())
        draft.displayName = draft.login;
    if (draft.displayName.size() > kMaxDisplayNameLength)
        return Error{ErrorCode::Invalid,
                     tr("A display name may have at most %1 characters.").arg(kMaxDisplayNameLength),
                     QStringLiteral("display_name")};
    const QString role = choiceCode(choices::role(), draft.role);
    if (role.isEmpty())
        return Error{ErrorCode::Invalid,
                     tr("'%1' is not a role: use 网格员 (grid_worker), 社区管理员 (community_admin), 街道工作人员 "
                        "(street_staff) or 系统管理员 (admin).")
                         .arg(draft.role),
                     QStringLiteral("role")};
    draft.role = role;
    if (role == roles::kGridWorker) {
        draft.communityId = 0;
        if (draft.gridIds.isEmpty())
            return Error{ErrorCode::Invalid, tr("A grid worker needs at least one grid."), QStringLiteral("grid")};
        for (qint64 grid : std::as_const(draft.gridIds)) {
            auto found = queryValue(m_db, QStringLiteral("SELECT count(*) FROM grid WHERE id = :g"),
                                    {{QStringLiteral("g"), grid}});
            if (!found)
                return found.error();
            if (found->toInt() == 0)
                return Error{ErrorCode::NotFound, tr("Grid %1 does not exist.").arg(grid), QStringLiteral("grid")};
        }
    } else if (role == roles::kCommunityAdmin) {
        draft.gridIds.clear();
        if (draft.communityId <= 0)
            return Error{ErrorCode::Invalid, tr("A community administrator needs a community."),
                         QStringLiteral("community")};
        auto found = queryValue(m_db, QStringLiteral("SELECT count(*) FROM community WHERE id = :c"),
                                {{QStringLiteral("c"), draft.communityId}});
        if (!found)
            return found.error();
        if (found->toInt() == 0)
            return Error{ErrorCode::NotFound, tr("Community %1 does not exist.").arg(draft.communityId),
                         QStringLiteral("community")};
    } else {
        draft.communityId = 0;
        draft.gridIds.clear();
    }
    return {};
}

Result<bool> AccountRepository::hasAdministrator()
{
    auto n = queryValue(m_db,
                        QStringLiteral("SELECT count(*) FROM \"user\" WHERE role = 'admin' AND enabled = 1 AND "
                                       "password_hash IS NOT NULL"));
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

Result<Account> AccountRepository::get(const QString &login)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT %1 WHERE u.name = :n").arg(kAccountColumns),
                      {{QStringLiteral("n"), login}});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::NotFound, tr("There is no user named '%1'.").arg(login), QStringLiteral("login")};
    Account a = accountOf(q.value());
    q.value().finish();
    auto several = queryValue(m_db, QStringLiteral("SELECT count(*) FROM community"));
    if (!several)
        return several.error();
    auto grids = runQuery(m_db,
                          QStringLiteral("SELECT g.id, g.name, c.name FROM user_grid ug JOIN grid g ON g.id = "
                                         "ug.grid_id JOIN community c ON c.id = g.community_id WHERE ug.user_id = "
                                         ":u ORDER BY g.id"),
                          {{QStringLiteral("u"), a.meta.id}});
    if (!grids)
        return grids.error();
    while (grids.value().next()) {
        a.gridIds << grids.value().value(0).toLongLong();
        a.gridNames << (several->toInt() > 1
                            ? grids.value().value(2).toString() + QLatin1Char('/') + grids.value().value(1).toString()
                            : grids.value().value(1).toString());
    }
    return a;
}

Result<QStringList> AccountRepository::demoLogins()
{
    auto stored = queryValue(m_db,
                             QStringLiteral("SELECT password_hash FROM \"user\" WHERE name = 'admin' AND "
                                            "enabled = 1"));
    if (!stored)
        return stored.error();
    if (stored->isNull() || !Passwords::verify(stored->toString(), DemoGenerator::kDemoPassword))
        return QStringList();
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT name FROM \"user\" WHERE enabled = 1 AND password_hash IS NOT "
                                     "NULL ORDER BY id"));
    if (!q)
        return q.error();
    QStringList logins;
    while (q.value().next())
        logins << q.value().value(0).toString();
    return logins;
}

Result<QList<Account>> AccountRepository::list(const Actor &actor)
{
    if (Status s = Access::require(m_db, actor, Permission::ManageUsers); !s)
        return s.error();
    QString where;
    QVariantMap binds;
    if (actor.role == roles::kCommunityAdmin) {
        // Grid workers with a grid in the community.
        where = QStringLiteral(" WHERE u.role = 'grid_worker' AND EXISTS (SELECT 1 FROM user_grid ug JOIN grid g ON "
                               "g.id = ug.grid_id WHERE ug.user_id = u.id AND g.community_id = :c)");
        binds.insert(QStringLiteral("c"), actor.communityId);
    }
    auto q = runQuery(m_db, QStringLiteral("SELECT u.name FROM \"user\" u%1 ORDER BY u.name").arg(where), binds);
    if (!q)
        return q.error();
    QStringList logins;
    while (q.value().next())
        logins << q.value().value(0).toString();
    q.value().finish();
    QList<Account> accounts;
    for (const QString &login : std::as_const(logins)) {
        auto a = get(login);
        if (!a)
            return a.error();
        accounts << a.value();
    }
    return accounts;
}

Status AccountRepository::setPasswordHash(const Account &account, const QString &hash, bool mustChange,
                                          const QString &action, const Actor &actor)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const QVariantMap binds{{QStringLiteral("h"), hash},
                            {QStringLiteral("m"), mustChange ? 1 : 0},
                            {QStringLiteral("id"), account.meta.id}};
    if (Status s = execStatement(m_db,
                                 QStringLiteral("UPDATE \"user\" SET password_hash = :h, must_change_password = :m, "
                                                "failed_logins = 0, locked_until = NULL WHERE id = :id"),
                                 binds);
        !s)
        return s;
    const QVariantMap values{{QStringLiteral("password_hash"), AuditLog::secretDigest(hash)},
                             {QStringLiteral("must_change_password"), mustChange ? 1 : 0},
                             {QStringLiteral("failed_logins"), 0},
                             {QStringLiteral("locked_until"), QVariant()}};
    if (Status s = AuditLog::append(m_db, actor, {action, kUserAudit, account.meta.id, account.meta.uuid, {}, values});
        !s)
        return s;
    return tx.commit();
}

Result<Actor> AccountRepository::createFirstAdministrator(const QString &login, const QString &displayName,
                                                          const QString &password)
{
    auto has = hasAdministrator();
    if (!has)
        return has.error();
    if (has.value())
        return Error{ErrorCode::Conflict,
                     tr("This register already has an administrator; log in as one to add accounts."),
                     QStringLiteral("login")};
    if (Status s = Passwords::checkRules(password); !s)
        return s.error();
    AccountDraft draft{login, displayName, QString(roles::kAdmin), 0, {}};
    if (Status s = checkDraft(draft); !s)
        return s.error();
    auto hash = Passwords::hash(password);
    if (!hash)
        return hash.error();
    const Actor creator = Actor::system(draft.login);
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    // An account of that name left from before (disabled, without a password) becomes the
    // administrator, keeping the history it wrote.
    auto existing = get(draft.login);
    Account account;
    if (existing) {
        auto updated = Records::update(m_db, creator, kUserTable, existing->meta.id, existing->meta.version,
                                       {{QStringLiteral("display_name"), draft.displayName},
                                        {QStringLiteral("role"), draft.role},
                                        {QStringLiteral("community_id"), QVariant()},
                                        {QStringLiteral("enabled"), 1}},
                                       draft.login);
        if (!updated)
            return updated.error();
        if (Status s = setGrids(existing->meta.id, {}, creator); !s)
            return s.error();
        account = existing.value();
        if (Status s = setPasswordHash(account, hash.value(), false, QStringLiteral("password_set"), creator); !s)
            return s.error();
    } else if (existing.error().code == ErrorCode::NotFound) {
        auto inserted = insertAccount(draft, hash.value(), false, creator);
        if (!inserted)
            return inserted.error();
    } else {
        return existing.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return Logins(m_db).login(draft.login, password);
}

Result<Account> AccountRepository::insertAccount(const AccountDraft &draft, const QString &passwordHash,
                                                 bool mustChange, const Actor &actor)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto taken = queryValue(m_db, QStringLiteral("SELECT count(*) FROM \"user\" WHERE name = :n"),
                            {{QStringLiteral("n"), draft.login}});
    if (!taken)
        return taken.error();
    if (taken->toInt() > 0)
        return Error{ErrorCode::Conflict, tr("There is already a user named '%1'.").arg(draft.login),
                     QStringLiteral("login")};
    auto meta = Records::insert(
        m_db, actor, kUserTable,
        {{QStringLiteral("name"), draft.login},
         {QStringLiteral("display_name"), draft.displayName},
         {QStringLiteral("role"), draft.role},
         {QStringLiteral("community_id"), draft.communityId > 0 ? QVariant(draft.communityId) : QVariant()},
         {QStringLiteral("enabled"), 1}});
    if (!meta)
        return meta.error();
    if (Status s = setGrids(meta->id, draft.gridIds, actor); !s)
        return s.error();
    Account account;
    account.meta = meta.value();
    account.login = draft.login;
    if (Status s = setPasswordHash(account, passwordHash, mustChange, QStringLiteral("password_set"), actor); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return get(draft.login);
}

Status AccountRepository::setGrids(qint64 userId, const QList<qint64> &gridIds, const Actor &actor)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT id, uuid, grid_id FROM user_grid WHERE user_id = :u"),
                      {{QStringLiteral("u"), userId}});
    if (!q)
        return q.error();
    struct Kept {
        qint64 id;
        QString uuid;
        qint64 grid;
    };
    QList<Kept> kept;
    while (q.value().next())
        kept << Kept{q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toLongLong()};
    q.value().finish();
    QList<qint64> present;
    for (const Kept &k : std::as_const(kept)) {
        if (gridIds.contains(k.grid)) {
            present << k.grid;
            continue;
        }
        if (Status s = execStatement(m_db, QStringLiteral("DELETE FROM user_grid WHERE id = :id"),
                                     {{QStringLiteral("id"), k.id}});
            !s)
            return s;
        if (Status s = AuditLog::append(m_db, actor,
                                        {QStringLiteral("delete"),
                                         QStringLiteral("user_grid"),
                                         k.id,
                                         k.uuid,
                                         {{QStringLiteral("user_id"), userId}, {QStringLiteral("grid_id"), k.grid}},
                                         {}});
            !s)
            return s;
    }
    for (qint64 grid : gridIds) {
        if (present.contains(grid))
            continue;
        present << grid;
        auto meta = Records::insert(m_db, actor, QStringLiteral("user_grid"),
                                    {{QStringLiteral("user_id"), userId}, {QStringLiteral("grid_id"), grid}});
        if (!meta)
            return meta.error();
    }
    return {};
}

Result<bool> AccountRepository::lastAdministrator(const Account &account)
{
    if (account.role != roles::kAdmin || !account.enabled)
        return false;
    auto others = queryValue(m_db,
                             QStringLiteral("SELECT count(*) FROM \"user\" WHERE role = 'admin' AND enabled = 1 AND "
                                            "password_hash IS NOT NULL AND id <> :id"),
                             {{QStringLiteral("id"), account.meta.id}});
    if (!others)
        return others.error();
    return others->toInt() == 0;
}

// An administrator manages every account; a community admin only grid workers whose grids all
// lie in their community, and makes nothing else of them.
Status AccountRepository::checkManages(const Actor &actor, const Account *target, const AccountDraft *draft)
{
    if (Status s = Access::require(m_db, actor, Permission::ManageUsers); !s)
        return s;
    if (actor.role == roles::kAdmin)
        return {};
    auto inCommunity = [&](const QList<qint64> &grids) -> Result<bool> {
        if (grids.isEmpty())
            return false;
        for (qint64 grid : grids) {
            auto covered = Access::coversGrid(m_db, actor, grid);
            if (!covered)
                return covered.error();
            if (!covered.value())
                return false;
        }
        return true;
    };
    const QString refusal = tr("A community administrator manages only the grid workers of their own community.");
    if (target) {
        auto ok = inCommunity(target->gridIds);
        if (!ok)
            return ok.error();
        if (target->role != roles::kGridWorker || !ok.value())
            return Access::outOfScope(m_db, actor, kUserAudit, target->meta.id, target->login);
    }
    if (draft) {
        auto ok = inCommunity(draft->gridIds);
        if (!ok)
            return ok.error();
        if (draft->role != roles::kGridWorker || !ok.value())
            return Access::refuse(m_db, actor, kUserAudit, 0, QStringLiteral("scope"), refusal);
    }
    return {};
}

Result<Account> AccountRepository::add(const AccountDraft &draft, const QString &password, const Actor &actor,
                                       bool mustChange)
{
    AccountDraft d = draft;
    if (Status s = checkDraft(d); !s)
        return s.error();
    if (Status s = checkManages(actor, nullptr, &d); !s)
        return s.error();
    if (Status s = Passwords::checkRules(password); !s)
        return s.error();
    auto hash = Passwords::hash(password);
    if (!hash)
        return hash.error();
    return insertAccount(d, hash.value(), mustChange, actor);
}

Status AccountRepository::addDemoAccount(const AccountDraft &draft, const QString &passwordHash, const Actor &actor)
{
    AccountDraft d = draft;
    if (Status s = checkDraft(d); !s)
        return s;
    auto added = insertAccount(d, passwordHash, false, actor);
    if (!added)
        return added.error();
    return {};
}

Result<Account> AccountRepository::update(const AccountDraft &draft, const Actor &actor)
{
    auto account = get(draft.login.trimmed());
    if (!account)
        return account.error();
    AccountDraft d = draft;
    if (Status s = checkDraft(d); !s)
        return s.error();
    if (Status s = checkManages(actor, &account.value(), &d); !s)
        return s.error();
    if (d.role != roles::kAdmin) {
        auto last = lastAdministrator(account.value());
        if (!last)
            return last.error();
        if (last.value())
            return Error{
                ErrorCode::Conflict,
                tr("%1 is the last administrator; make another account an administrator first.").arg(account->login),
                QStringLiteral("role")};
    }
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto updated
        = Records::update(m_db, actor, kUserTable, account->meta.id, account->meta.version,
                          {{QStringLiteral("display_name"), d.displayName},
                           {QStringLiteral("role"), d.role},
                           {QStringLiteral("community_id"), d.communityId > 0 ? QVariant(d.communityId) : QVariant()}},
                          account->login);
    if (!updated)
        return updated.error();
    if (Status s = setGrids(account->meta.id, d.gridIds, actor); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return get(account->login);
}

Status AccountRepository::setEnabled(const QString &login, bool enabled, const Actor &actor)
{
    auto account = get(login.trimmed());
    if (!account)
        return account.error();
    if (Status s = checkManages(actor, &account.value(), nullptr); !s)
        return s;
    if (!enabled) {
        if (account->login == actor.login)
            return Error{ErrorCode::Invalid, tr("You cannot disable your own account."), QStringLiteral("login")};
        auto last = lastAdministrator(account.value());
        if (!last)
            return last.error();
        if (last.value())
            return Error{ErrorCode::Conflict, tr("%1 is the last administrator and cannot be disabled.").arg(login),
                         QStringLiteral("login")};
    }
    if (enabled && !account->hasPassword)
        return Error{ErrorCode::Invalid,
                     tr("%1 has no password yet; set one with a password reset, which enables it.").arg(login),
                     QStringLiteral("login")};
    auto updated = Records::update(m_db, actor, kUserTable, account->meta.id, account->meta.version,
                                   {{QStringLiteral("enabled"), enabled ? 1 : 0}}, account->login,
                                   enabled ? QStringLiteral("enable") : QStringLiteral("disable"));
    if (!updated)
        return updated.error();
    return {};
}

Status AccountRepository::resetPassword(const QString &login, const QString &password, const Actor &actor)
{
    auto account = get(login.trimmed());
    if (!account)
        return account.error();
    if (Status s = checkManages(actor, &account.value(), nullptr); !s)
        return s;
    if (Status s = Passwords::checkRules(password); !s)
        return s;
    auto hash = Passwords::hash(password);
    if (!hash)
        return hash.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    // Only the account itself chooses a password it keeps; its own reset is a change.
    const bool own = account->login == actor.login;
    if (Status s = setPasswordHash(account.value(), hash.value(), !own, QStringLiteral("password_reset"), actor); !s)
        return s;
    // A legacy account without a password is enabled by its first one.
    if (!account->enabled && !account->hasPassword) {
        auto updated = Records::update(m_db, actor, kUserTable, account->meta.id, account->meta.version,
                                       {{QStringLiteral("enabled"), 1}}, account->login, QStringLiteral("enable"));
        if (!updated)
            return updated.error();
    }
    return tx.commit();
}

} // namespace linli
