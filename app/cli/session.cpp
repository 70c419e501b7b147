// Who acts: the login of linli-cli, before any command touches a register.
#include "session.h"

#include "access/accountrepository.h"
#include "access/logins.h"
#include "access/passwords.h"
#include "commands.h"
#include "storage/auditledger.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace linli::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linli::cli", text);
}

Actor &session()
{
    static Actor actor;
    return actor;
}

// A line from the terminal with echo off; null when there is no terminal.
std::optional<QString> askTerminal(const QString &prompt)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const QByteArray text = prompt.toLocal8Bit();
    std::fputs(text.constData(), tty);
    std::fflush(tty);
    termios old{};
    const int fd = fileno(tty);
    const bool terminal = tcgetattr(fd, &old) == 0;
    if (terminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    char buffer[512] = {};
    const bool read = std::fgets(buffer, sizeof buffer, tty) != nullptr;
    if (terminal)
        tcsetattr(fd, TCSAFLUSH, &old);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (!read)
        return std::nullopt;
    QString line = QString::fromLocal8Bit(buffer);
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

QString missingUser()
{
    return tr("Say who you are: --user NAME or LINLI_USER, with the password in LINLI_PASSWORD, --password-file "
              "FILE or typed at the prompt.");
}

} // namespace

const Actor &actingUser()
{
    return session();
}

QString userName(const Arguments &args)
{
    const QString given = args.value(QStringLiteral("user"));
    return given.isEmpty() ? qEnvironmentVariable("LINLI_USER").trimmed() : given.trimmed();
}

Result<QString> readPassword(const Arguments &args, const char *variable, const QString &prompt, bool fromPasswordFile)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    if (fromPasswordFile && args.has(QStringLiteral("password-file"))) {
        const QString path = args.value(QStringLiteral("password-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Invalid, tr("Cannot read the password file %1: %2").arg(path, file.errorString()),
                         QStringLiteral("password-file")};
        QString text = QString::fromUtf8(file.read(4096));
        // The first line is the password; a final line break is not part of it.
        text = text.section(QLatin1Char('\n'), 0, 0);
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        return text;
    }
    if (auto typed = askTerminal(prompt))
        return typed.value();
    return Error{ErrorCode::Invalid,
                 tr("No password was given: set %1, use --password-file FILE, or run the command in a terminal.")
                     .arg(QString::fromLatin1(variable)),
                 QStringLiteral("password")};
}

std::shared_ptr<Database> openRegister(const Arguments &args, int *code, bool allowPasswordChange)
{
    const QString location = args.value(QStringLiteral("db"));
    if (location.isEmpty()) {
        *code = fail(tr("Name the register with --db FILE or --db postgresql://user@host:port/dbname."), kUsageError);
        return {};
    }
    const QString user = userName(args);
    if (user.isEmpty()) {
        *code = fail(missingUser(), kUsageError);
        return {};
    }
    auto db = Database::open(location, Database::OpenMode::MustExist);
    if (!db) {
        *code = fail(db.error().message);
        return {};
    }
    AccountRepository accounts(*db.value());
    auto hasAdmin = accounts.hasAdministrator();
    if (!hasAdmin) {
        *code = fail(hasAdmin.error().message);
        return {};
    }
    if (!hasAdmin.value()) {
        *code = fail(tr("The register %1 has no administrator yet: create the first one with linli-cli init --db "
                        "%1 --user NAME.")
                         .arg(db.value()->displayName()));
        return {};
    }
    auto password = readPassword(args, "LINLI_PASSWORD", tr("Password for %1: ").arg(user), true);
    if (!password) {
        *code = fail(password.error().message);
        return {};
    }
    auto actor = Logins(*db.value()).login(user, password.value());
    if (!actor) {
        *code = fail(actor.error().message);
        return {};
    }
    if (actor->mustChangePassword && !allowPasswordChange) {
        *code = fail(tr("%1 must choose a new password first: linli-cli user passwd --db %2 (the new password from "
                        "LINLI_NEW_PASSWORD or typed at the prompt).")
                         .arg(user, db.value()->displayName()));
        return {};
    }
    session() = actor.value();
    db.value()->setActor(actor.value());
    // This workstation keeps the digest of every state of the register it has seen.
    AuditLedger::remember(*db.value());
    return db.value();
}

bool makeFirstAdministrator(Database &db, const Arguments &args, int *code)
{
    const QString user = userName(args);
    if (user.isEmpty()) {
        *code = fail(missingUser(), kUsageError);
        return false;
    }
    auto password = readPassword(args, "LINLI_PASSWORD", tr("Password for the new administrator %1: ").arg(user), true);
    if (!password) {
        *code = fail(password.error().message);
        return false;
    }
    if (Status s = Passwords::checkRules(password.value()); !s) {
        *code = fail(s.error().message);
        return false;
    }
    const QString displayName = args.value(QStringLiteral("display-name"), user);
    auto actor = AccountRepository(db).createFirstAdministrator(user, displayName, password.value());
    if (!actor) {
        *code = fail(actor.error().message);
        return false;
    }
    session() = actor.value();
    db.setActor(actor.value());
    return true;
}

} // namespace linli::cli
