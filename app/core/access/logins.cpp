#include "logins.h"

#include "access/passwords.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/sql.h"

namespace linli {

namespace {

const QString kUserAudit = QStringLiteral("user");

QString timeText(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace

Logins::Logins(Database &db) : m_db(db), m_clock([] { return QDateTime::currentDateTime(); }) { }

Actor Logins::sessionOf(const Account &account)
{
    Actor a;
    a.login = account.login;
    a.role = account.role;
    a.userId = account.meta.id;
    a.displayName = account.displayName;
    a.communityId = account.communityId;
    a.gridIds = account.gridIds;
    a.mustChangePassword = account.mustChangePassword;
    return a;
}

Error Logins::loginFailed(const QString &message)
{
    return Error{ErrorCode::LoginFailed, message, QStringLiteral("password")};
}

Status Logins::recordLogin(const Account &account, int failures, const QString &lockedUntil, const QString &action,
                           const Actor &actor)
{
    // A register open read-only checks passwords but cannot record the attempt.
    if (m_db.isReadOnly())
        return {};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    QVariantMap values{{QStringLiteral("failed_logins"), failures},
                       {QStringLiteral("locked_until"), nullIfEmpty(lockedUntil)}};
    QString sql = QStringLiteral("UPDATE \"user\" SET failed_logins = :failed_logins, locked_until = :locked_until");
    if (action == QLatin1String("login")) {
        values.insert(QStringLiteral("last_login_at"), timeText(m_clock()));
        sql += QStringLiteral(", last_login_at = :last_login_at");
    }
    QVariantMap binds = values;
    binds.insert(QStringLiteral("id"), account.meta.id);
    if (Status s = execStatement(m_db, sql + QStringLiteral(" WHERE id = :id"), binds); !s)
        return s;
    if (Status s = AuditLog::append(m_db, actor,
                                    {action,
                                     kUserAudit,
                                     account.meta.id,
                                     account.meta.uuid,
                                     {{QStringLiteral("failed_logins"), account.failedLogins}},
                                     values});
        !s)
        return s;
    return tx.commit();
}

Result<Actor> Logins::login(const QString &login, const QString &password)
{
    const QString name = login.trimmed();
    const QString wrong = tr("The user name or the password is wrong.");
    auto account = AccountRepository::checkLogin(name) ? AccountRepository(m_db).get(name)
                                                       : Result<Account>(Error{ErrorCode::NotFound, {}, {}});
    if (!account && account.error().code != ErrorCode::NotFound)
        return account.error();
    if (!account) {
        Passwords::verify(QString(), password); // as long as a real check
        Actor unknown;
        unknown.login = name.left(AccountRepository::kMaxLoginLength);
        if (m_db.isReadOnly())
            return loginFailed(wrong);
        Transaction tx(m_db);
        if (!tx.status())
            return tx.status().error();
        if (Status s = AuditLog::append(
                m_db, unknown,
                {QStringLiteral("login_failed"), kUserAudit, 0, {}, {}, {{QStringLiteral("name"), unknown.login}}});
            !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return loginFailed(wrong);
    }
    const Account &a = account.value();
    auto stored = queryValue(m_db, QStringLiteral("SELECT password_hash FROM \"user\" WHERE id = :id"),
                             {{QStringLiteral("id"), a.meta.id}});
    if (!stored)
        return stored.error();
    const bool right = Passwords::verify(stored->toString(), password);
    const QDateTime now = m_clock();
    const Actor self = sessionOf(a);

    const QDateTime lockedUntil = QDateTime::fromString(a.lockedUntil, Qt::ISODate);
    const bool locked = lockedUntil.isValid() && now < lockedUntil;
    if (locked) {
        if (Status s = recordLogin(a, a.failedLogins, a.lockedUntil, QStringLiteral("login_locked"), self); !s)
            return s.error();
        return loginFailed(tr("The account %1 is locked after %2 wrong passwords; try again after %3.")
                               .arg(a.login)
                               .arg(kMaxFailures)
                               .arg(lockedUntil.toString(QStringLiteral("HH:mm"))));
    }
    if (!right) {
        // A lock that has run out starts the count again.
        const int failures = (lockedUntil.isValid() ? 0 : a.failedLogins) + 1;
        if (failures >= kMaxFailures) {
            const QString until = timeText(now.addSecs(60 * kLockMinutes));
            if (Status s = recordLogin(a, failures, until, QStringLiteral("lock"), self); !s)
                return s.error();
            return loginFailed(tr("The password is wrong for the %1th time in a row: the account %2 is locked for %3 "
                                  "minutes.")
                                   .arg(failures)
                                   .arg(a.login)
                                   .arg(kLockMinutes));
        }
        if (Status s = recordLogin(a, failures, QString(), QStringLiteral("login_failed"), self); !s)
            return s.error();
        return loginFailed(
            tr("%1 (%2 more tries before the account is locked)").arg(wrong).arg(kMaxFailures - failures));
    }
    if (!a.enabled || !a.hasPassword) {
        if (Status s = recordLogin(a, a.failedLogins, a.lockedUntil, QStringLiteral("login_disabled"), self); !s)
            return s.error();
        return loginFailed(tr("The account %1 is disabled; ask an administrator to enable it.").arg(a.login));
    }
    if (Status s = recordLogin(a, 0, QString(), QStringLiteral("login"), self); !s)
        return s.error();
    return self;
}

Status Logins::confirm(const Actor &actor, const QString &password)
{
    auto again = login(actor.login, password);
    if (!again)
        return again.error();
    return {};
}

Status Logins::logout(const Actor &actor)
{
    if (m_db.isReadOnly())
        return {};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (Status s = AuditLog::append(m_db, actor, {QStringLiteral("logout"), kUserAudit, actor.userId, {}, {}, {}}); !s)
        return s;
    return tx.commit();
}

Status Logins::recordIdleLock(const Actor &actor)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (Status s = AuditLog::append(m_db, actor, {QStringLiteral("idle_lock"), kUserAudit, actor.userId, {}, {}, {}});
        !s)
        return s;
    return tx.commit();
}

Result<Actor> Logins::refresh(const Actor &actor)
{
    auto a = AccountRepository(m_db).get(actor.login);
    if (!a)
        return a.error();
    if (!a->enabled)
        return loginFailed(tr("The account %1 has been disabled.").arg(actor.login));
    return sessionOf(a.value());
}

Status Logins::changePassword(const Actor &actor, const QString &oldPassword, const QString &newPassword)
{
    auto account = AccountRepository(m_db).get(actor.login);
    if (!account)
        return account.error();
    auto stored = queryValue(m_db, QStringLiteral("SELECT password_hash FROM \"user\" WHERE id = :id"),
                             {{QStringLiteral("id"), account->meta.id}});
    if (!stored)
        return stored.error();
    if (!Passwords::verify(stored->toString(), oldPassword))
        return Error{ErrorCode::LoginFailed, tr("The current password is wrong."), QStringLiteral("old_password")};
    if (Status s = Passwords::checkRules(newPassword); !s)
        return s;
    if (newPassword == oldPassword)
        return Error{ErrorCode::Invalid, tr("The new password must differ from the current one."),
                     QStringLiteral("password")};
    auto hash = Passwords::hash(newPassword);
    if (!hash)
        return hash.error();
    return AccountRepository(m_db).setPasswordHash(account.value(), hash.value(), false,
                                                   QStringLiteral("password_change"), actor);
}

} // namespace linli
