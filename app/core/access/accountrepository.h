#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "storage/records.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>

namespace linli {

class Database;

struct Account {
    RecordMeta meta;
    QString login; // the `name` column
    QString displayName;
    QString role;
    qint64 communityId = 0;
    QString communityName;
    QList<qint64> gridIds;
    QStringList gridNames; // 第一网格, or 社区/网格 where the register has several communities
    bool enabled = true;
    bool hasPassword = false;
    int failedLogins = 0;
    QString lockedUntil;
    bool mustChangePassword = false;
    QString lastLoginAt;
};

// What an administrator sets on an account: its role and scope, and the name shown for it.
struct AccountDraft {
    QString login;
    QString displayName;
    QString role;
    qint64 communityId = 0; // community_admin
    QList<qint64> gridIds; // grid_worker
};

// The register's accounts and their management by administrators (and by community admins,
// for the grid workers of their community); every change is audited. Logging in is Logins'.
class AccountRepository final
{
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)
public:
    static constexpr int kMaxLoginLength = 32;
    static constexpr int kMaxDisplayNameLength = 40;
    explicit AccountRepository(Database &db) : m_db(db) { }

    // Whether the register has an enabled administrator who can log in. A new register, and
    // one made before accounts existed, must be given one first.
    Result<bool> hasAdministrator();
    // The first administrator of a register that has none, logged in; refused once it has one.
    Result<Actor> createFirstAdministrator(const QString &login, const QString &displayName, const QString &password);

    // The accounts the actor may manage: all for an administrator, the grid workers of their
    // community for a community admin.
    Result<QList<Account>> list(const Actor &actor);
    Result<Account> get(const QString &login);
    // A new account must change the password it was given at its first login, unless the one
    // who chose it is the account's own user (a register's creator).
    Result<Account> add(const AccountDraft &draft, const QString &password, const Actor &actor, bool mustChange = true);
    // Role, scope and display name of draft.login.
    Result<Account> update(const AccountDraft &draft, const Actor &actor);
    Status setEnabled(const QString &login, bool enabled, const Actor &actor);
    // Sets a new password that must be changed at the next login, and unlocks the account.
    Status resetPassword(const QString &login, const QString &password, const Actor &actor);

    // The same salt-free password hash for every account of a demo register (see Passwords).
    Status addDemoAccount(const AccountDraft &draft, const QString &passwordHash, const Actor &actor);

    // The enabled accounts, when the administrator's password is still the demo register's
    // (DemoGenerator::kDemoPassword): the login dialog lists them. Empty otherwise.
    Result<QStringList> demoLogins();

    static Status checkLogin(const QString &login);
    // Stores a new password hash (and whether it must be changed at the next login), unlocks the
    // account, and audits a digest of the hash under `action`.
    Status setPasswordHash(const Account &account, const QString &hash, bool mustChange, const QString &action,
                           const Actor &actor);

private:
    Status checkDraft(AccountDraft &draft);
    Status checkManages(const Actor &actor, const Account *target, const AccountDraft *draft);
    Result<Account> insertAccount(const AccountDraft &draft, const QString &passwordHash, bool mustChange,
                                  const Actor &actor);
    Status setGrids(qint64 userId, const QList<qint64> &gridIds, const Actor &actor);
    Result<bool> lastAdministrator(const Account &account);
    Database &m_db;
};

} // namespace linli
