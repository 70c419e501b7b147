#pragma once

#include "access/accountrepository.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace linli {

class Database;

// Logging in and out of a register: the session (Actor) for a right password, the lock after
// five wrong ones in a row (five minutes, kept in the register so that every workstation sees
// it), the idle lock's unlock and one's own password change. Every login, failure, lock and
// logout is audited. The accounts themselves are AccountRepository's.
class Logins final
{
    Q_DECLARE_TR_FUNCTIONS(Logins)
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 5;
    using Clock = std::function<QDateTime()>;

    explicit Logins(Database &db);
    // The clock that failures and locks are timed by (tests move it).
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // A session for a right password; a wrong one counts towards the lock. Unknown users take
    // as long as known ones.
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

    static Actor sessionOf(const Account &account);

private:
    Status recordLogin(const Account &account, int failures, const QString &lockedUntil, const QString &action,
                       const Actor &actor);
    Error loginFailed(const QString &message);
    Database &m_db;
    Clock m_clock;
};

} // namespace linli
