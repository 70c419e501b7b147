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

// The register's accounts: login with lockout, passwords, and their management by
// administrators (and by community admins, for the grid workers of their community). Every
// login, failure, lock, logout and change is audited.
class AccountRepository final
{
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 5;
    static constexpr int kMaxLoginLength = 32;
    static constexpr int kMaxDisplayNameLength = 40;
    using Clock = std::function<QDateTime()>;

    explicit AccountRepository(Database &db);
    // The clock that failures and locks are timed by (tests move it).
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Whether the register has an enabled administrator who can log in. A new register, and
    // one made before accounts existed, must be given one first.
    Result<bool> hasAdministrator();
    // The first administrator of a register that has none, logged in; refused once it has one.
    Result<Actor> createFirstAdministrator(const QString &login, const QString &displayName, const QString &password);

    // A session for a right password; a wrong one counts towards the lock (five in a row lock
    // the account for five minutes). Unknown users take as long as known ones.
    Result<Actor> login(const QString &login, const QString &password);
    // Checks the password of the one logged in (the idle lock), counting failures like login.
    Status confirm(const Actor &actor, const QString &password);
    Status logout(const Actor &actor);
    // The window locked itself after the idle time (the unlock is a login of the same user).
    Status recordIdleLock(const Actor &actor);
    // The actor's own password; clears the must-change flag.
    Status changePassword(const Actor &actor, const QString &oldPassword, const QString &newPassword);
    // The session again as the register now has it (role, scope, enabled).
    Result<Actor> refresh(const Actor &actor);

    // The accounts the actor may manage: all for an administrator, the grid workers of their
    // community for a community admin.
    Result<QList<Account>> list(const Actor &actor);
    Result<Account> get(const QString &login);
    // A new account must change the password it was given at its first login, unless the one
    // who chose it is the account's own user (a register's creator).
    Result<Account> add(const AccountDraft &draft, const QString &password, const Actor &actor,
                        bool mustChange = true);
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

private:
    Status checkDraft(AccountDraft &draft);
    Status checkManages(const Actor &actor, const Account *target, const AccountDraft *draft);
    Result<Account> insertAccount(const AccountDraft &draft, const QString &passwordHash, bool mustChange,
                                  const Actor &actor);
    Status setGrids(qint64 userId, const QList<qint64> &gridIds, const Actor &actor);
    Status setPasswordHash(const Account &account, const QString &hash, bool mustChange, const QString &action,
                           const Actor &actor);
    Status recordLogin(const Account &account, int failures, const QString &lockedUntil, const QString &action,
                       const Actor &actor);
    Result<bool> lastAdministrator(const Account &account);
    Actor sessionOf(const Account &account) const;
    Error loginFailed(const QString &message);
    Database &m_db;
    Clock m_clock;
};

} // namespace linli
