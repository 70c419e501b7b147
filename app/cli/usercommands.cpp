// linli-cli init and user: the first administrator of a register, and the accounts of its staff.
#include "commands.h"

#include "access/accountrepository.h"
#include "access/logins.h"
#include "access/passwords.h"
#include "access/permissions.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace linli::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linli::cli", text);
}

QString userUsage()
{
    return tr("Usage: linli-cli user add NAME --display-name 李丽 --role ROLE [--grid NAME]... [--community NAME] "
              "--db DB | user list [--format json] --db DB | user disable|enable|reset-password NAME --db DB | user "
              "set NAME [--role ROLE] [--grid NAME]... [--community NAME] [--display-name NAME] --db DB | user passwd "
              "--db DB. ROLE is grid_worker (网格员), community_admin (社区管理员), street_staff (街道工作人员) or "
              "admin (系统管理员).");
}

// A new password for `login`: LINLI_NEW_PASSWORD, or typed twice at the terminal.
Result<QString> newPassword(const Arguments &args, const QString &login)
{
    auto first = readPassword(args, "LINLI_NEW_PASSWORD", tr("New password for %1: ").arg(login), false);
    if (!first)
        return first;
    if (qEnvironmentVariableIsSet("LINLI_NEW_PASSWORD"))
        return first;
    auto again = readPassword(args, "LINLI_NEW_PASSWORD", tr("The new password again: "), false);
    if (!again)
        return again;
    if (again.value() != first.value())
        return Error{ErrorCode::Invalid, tr("The two passwords differ; nothing was changed."),
                     QStringLiteral("password")};
    return first;
}

// Role, community and grids from the options, over what `draft` has.
bool readScope(Database &db, const Arguments &args, AccountDraft *draft, int *code)
{
    if (args.has(QStringLiteral("role"))) {
        const QString role = choiceCode(choices::role(), args.value(QStringLiteral("role")));
        if (role.isEmpty()) {
            *code = fail(tr("'%1' is not a role: use grid_worker (网格员), community_admin (社区管理员), street_staff "
                            "(街道工作人员) or admin (系统管理员).")
                             .arg(args.value(QStringLiteral("role"))),
                         kUsageError);
            return false;
        }
        draft->role = role;
    }
    if (args.has(QStringLiteral("display-name")))
        draft->displayName = args.value(QStringLiteral("display-name"));
    if (args.has(QStringLiteral("grid"))) {
        draft->gridIds.clear();
        for (const QString &name : args.values(QStringLiteral("grid"))) {
            auto grid = findGrid(db, name);
            if (!grid) {
                *code = fail(grid.error().message);
                return false;
            }
            if (!draft->gridIds.contains(grid.value()))
                draft->gridIds << grid.value();
        }
    }
    if (args.has(QStringLiteral("community"))) {
        auto community = findPlace(db, PlaceKind::Community, args.value(QStringLiteral("community")));
        if (!community) {
            *code = fail(community.error().message);
            return false;
        }
        draft->communityId = community.value();
    }
    return true;
}

QString stateText(const Account &a)
{
    if (!a.enabled)
        return tr("disabled");
    if (!a.lockedUntil.isEmpty() && QDateTime::fromString(a.lockedUntil, Qt::ISODate) > QDateTime::currentDateTime())
        return tr("locked until %1").arg(a.lockedUntil.mid(11, 5));
    if (a.mustChangePassword)
        return tr("must change password");
    return tr("enabled");
}

QString scopeText(const Account &a)
{
    if (a.role == roles::kGridWorker)
        return a.gridNames.join(QStringLiteral("、"));
    if (a.role == roles::kCommunityAdmin)
        return a.communityName;
    return tr("all");
}

int listUsers(Database &db, const Arguments &args, QTextStream &out)
{
    auto accounts = AccountRepository(db).list(actingUser());
    if (!accounts)
        return fail(accounts.error().message);
    if (args.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray list;
        for (const Account &a : accounts.value()) {
            list.append(QJsonObject{
                {QStringLiteral("login"), a.login},
                {QStringLiteral("display_name"), a.displayName},
                {QStringLiteral("role"), a.role},
                {QStringLiteral("community"), a.communityName.isEmpty() ? QJsonValue() : QJsonValue(a.communityName)},
                {QStringLiteral("grids"), QJsonArray::fromStringList(a.gridNames)},
                {QStringLiteral("enabled"), a.enabled},
                {QStringLiteral("locked_until"), a.lockedUntil.isEmpty() ? QJsonValue() : QJsonValue(a.lockedUntil)},
                {QStringLiteral("must_change_password"), a.mustChangePassword},
                {QStringLiteral("last_login_at"), a.lastLoginAt.isEmpty() ? QJsonValue() : QJsonValue(a.lastLoginAt)},
            });
        }
        out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (args.has(QStringLiteral("format")) && args.value(QStringLiteral("format")) != QLatin1String("text"))
        return fail(tr("--format takes json or text, not '%1'.").arg(args.value(QStringLiteral("format"))),
                    kUsageError);
    for (const Account &a : accounts.value())
        out << a.login << '\t' << a.displayName << '\t' << choiceLabel(choices::role(), a.role) << '\t' << scopeText(a)
            << '\t' << stateText(a) << Qt::endl;
    return 0;
}

} // namespace

int runInit(const Arguments &args, QTextStream &out)
{
    const QString location = args.value(QStringLiteral("db"));
    if (location.isEmpty())
        return fail(tr("Name the register to create with --db FILE or --db postgresql://user@host:port/dbname."),
                    kUsageError);
    // init is the command that makes a register: of a new file, or in an empty PostgreSQL database.
    const bool server = location.startsWith(QLatin1String("postgres"));
    const bool isNew = !server && !QFileInfo::exists(location);
    int code = 0;
    if (isNew) {
        // The file appears once its administrator is in it.
        const Status created = Database::createFile(location, [&](const std::shared_ptr<Database> &db) -> Status {
            if (!makeFirstAdministrator(*db, args, &code))
                return Error{ErrorCode::Cancelled, {}, {}};
            return {};
        });
        if (code != 0)
            return code;
        if (!created)
            return fail(created.error().message);
        out << tr("Register %1 created; %2 is its administrator.")
                   .arg(QFileInfo(location).absoluteFilePath(), actingUser().login)
            << Qt::endl;
        return 0;
    }
    auto db = Database::open(location, server ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error().message);
    if (!makeFirstAdministrator(*db.value(), args, &code))
        return code;
    out << tr("%2 is the administrator of the register %1.").arg(db.value()->displayName(), actingUser().login)
        << Qt::endl;
    return 0;
}

int runUser(const Arguments &args, QTextStream &out)
{
    const QString action = args.positional.value(0);
    static const QStringList actions{
        QStringLiteral("add"),    QStringLiteral("list"),           QStringLiteral("disable"),
        QStringLiteral("enable"), QStringLiteral("reset-password"), QStringLiteral("set"),
        QStringLiteral("passwd")};
    if (!actions.contains(action))
        return fail(userUsage(), kUsageError);
    const QString login = args.positional.value(1);
    if (login.isEmpty() && action != QLatin1String("list") && action != QLatin1String("passwd"))
        return fail(userUsage(), kUsageError);
    int code = 0;
    auto db = openRegister(args, &code, action == QLatin1String("passwd"));
    if (!db)
        return code;
    AccountRepository accounts(*db);
    const Actor &actor = actingUser();

    if (action == QLatin1String("list"))
        return listUsers(*db, args, out);
    if (action == QLatin1String("passwd")) {
        auto current = readPassword(args, "LINLI_PASSWORD", tr("Current password: "), true);
        if (!current)
            return fail(current.error().message);
        auto chosen = newPassword(args, actor.login);
        if (!chosen)
            return fail(chosen.error().message);
        if (Status s = Logins(*db).changePassword(actor, current.value(), chosen.value()); !s)
            return fail(s.error().message);
        out << tr("The password of %1 was changed.").arg(actor.login) << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("add")) {
        AccountDraft draft;
        draft.login = login;
        if (!args.has(QStringLiteral("role")))
            return fail(tr("Give the new account a role with --role."), kUsageError);
        if (!readScope(*db, args, &draft, &code))
            return code;
        // Checked before a password is asked for.
        if (Status s = AccountRepository::checkLogin(login); !s)
            return fail(s.error().message, kUsageError);
        auto password = newPassword(args, login);
        if (!password)
            return fail(password.error().message);
        auto added = accounts.add(draft, password.value(), actor);
        if (!added)
            return fail(added.error().message);
        out << tr("%1 (%2, %3) added; the password must be changed at the first login.")
                   .arg(added->login, added->displayName, choiceLabel(choices::role(), added->role))
            << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("set")) {
        auto account = accounts.get(login);
        if (!account)
            return fail(account.error().message);
        AccountDraft draft{account->login, account->displayName, account->role, account->communityId, account->gridIds};
        if (!readScope(*db, args, &draft, &code))
            return code;
        auto updated = accounts.update(draft, actor);
        if (!updated)
            return fail(updated.error().message);
        out << tr("%1: %2, %3.")
                   .arg(updated->login, choiceLabel(choices::role(), updated->role), scopeText(updated.value()))
            << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("reset-password")) {
        auto password = newPassword(args, login);
        if (!password)
            return fail(password.error().message);
        if (Status s = accounts.resetPassword(login, password.value(), actor); !s)
            return fail(s.error().message);
        out << tr("The password of %1 was reset; it must be changed at the next login.").arg(login) << Qt::endl;
        return 0;
    }
    const bool enable = action == QLatin1String("enable");
    if (Status s = accounts.setEnabled(login, enable, actor); !s)
        return fail(s.error().message);
    out << (enable ? tr("%1 is enabled.") : tr("%1 is disabled.")).arg(login) << Qt::endl;
    return 0;
}

} // namespace linli::cli
