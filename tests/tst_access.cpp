#include "testregister.h"

#include "access/accountrepository.h"
#include "access/logins.h"
#include "access/audittrail.h"
#include "access/passwords.h"
#include "access/permissions.h"
#include "storage/migrations.h"
#include "storage/sql.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>

using namespace linli;
using linli::test::TestRegister;

// Accounts, login and the role table (DESIGN.md "Security and privacy").
class TestAccess final : public QObject
{
    Q_OBJECT

    static int auditCount(TestRegister &reg, const QString &action)
    {
        return queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = :a"),
                          {{QStringLiteral("a"), action}})
            .value()
            .toInt();
    }

private slots:
    void passwordRules();
    void hashesAreArgon2id();
    void firstAdministratorThenLogin();
    void lockoutAfterFiveFailuresForFiveMinutes();
    void unknownUsersTakeAsLong();
    void disabledAccountsCannotLogIn();
    void resetForcesAChange();
    void communityAdminManagesOnlyTheirGridWorkers();
    void lastAdministratorStays();
    void roleTable();
    void legacyUsersAreKeptDisabled();
    void auditTrailPagesForAdministrators();
    void scopeConditions();
};

void TestAccess::passwordRules()
{
    QVERIFY(!Passwords::checkRules(QStringLiteral("abc12")).ok()); // too short
    QVERIFY(!Passwords::checkRules(QStringLiteral("abcdefghij")).ok()); // one kind
    QVERIFY(!Passwords::checkRules(QStringLiteral("1234567890")).ok());
    QVERIFY(!Passwords::checkRules(QStringLiteral("密码密码密码密码")).ok()); // letters only
    QVERIFY(Passwords::checkRules(QStringLiteral("abcdefg1")).ok());
    QVERIFY(Passwords::checkRules(QStringLiteral("12345678!")).ok());
    QVERIFY(Passwords::checkRules(QStringLiteral("社区工作2026")).ok());
    QVERIFY(!Passwords::checkRules(QStringLiteral("abc\tdef12")).ok());
    QVERIFY(!Passwords::checkRules(QString(129, QLatin1Char('a')) + QStringLiteral("1")).ok());
    const Status s = Passwords::checkRules(QStringLiteral("short1"));
    QVERIFY(s.error().message.contains(QStringLiteral("8")));
}

void TestAccess::hashesAreArgon2id()
{
    auto h = Passwords::hash(QStringLiteral("Secret-2026"));
    LINLI_VERIFY_OK(h);
    QVERIFY(h->startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(Passwords::verify(h.value(), QStringLiteral("Secret-2026")));
    QVERIFY(!Passwords::verify(h.value(), QStringLiteral("Secret-2027")));
    QVERIFY(!Passwords::verify(QString(), QString()));
    QVERIFY(!Passwords::verify(QStringLiteral("plain"), QStringLiteral("plain")));
    // A salted hash made by hand verifies with libsodium's own check, and is the same each time.
    const QByteArray salt(16, 'x');
    auto fixed = Passwords::hashWithSalt(QStringLiteral("linli-demo"), salt);
    LINLI_VERIFY_OK(fixed);
    QVERIFY(fixed->startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")));
    QCOMPARE(Passwords::hashWithSalt(QStringLiteral("linli-demo"), salt).value(), fixed.value());
    QVERIFY(Passwords::verify(fixed.value(), QStringLiteral("linli-demo")));
    QVERIFY(!Passwords::verify(fixed.value(), QStringLiteral("linli-demO")));
}

void TestAccess::firstAdministratorThenLogin()
{
    TestRegister reg;
    QVERIFY(reg.open());
    AccountRepository accounts(*reg.db);
    Logins logins(*reg.db);
    QCOMPARE(accounts.hasAdministrator().value(), false);
    QVERIFY(
        !accounts.createFirstAdministrator(QStringLiteral("wang"), QStringLiteral("王主任"), QStringLiteral("short"))
             .ok());
    auto admin = accounts.createFirstAdministrator(QStringLiteral("wang"), QStringLiteral("王主任"),
                                                   QStringLiteral("Linli-2026"));
    LINLI_VERIFY_OK(admin);
    QCOMPARE(admin->role, QStringLiteral("admin"));
    QCOMPARE(admin->displayName, QStringLiteral("王主任"));
    QVERIFY(admin->userId > 0);
    QCOMPARE(accounts.hasAdministrator().value(), true);
    // Only once.
    auto second
        = accounts.createFirstAdministrator(QStringLiteral("li"), QStringLiteral("李"), QStringLiteral("Linli-2026"));
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::Conflict);

    auto in = logins.login(QStringLiteral("wang"), QStringLiteral("Linli-2026"));
    LINLI_VERIFY_OK(in);
    QCOMPARE(in->userId, admin->userId);
    auto wrong = logins.login(QStringLiteral("wang"), QStringLiteral("Linli-2025"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, ErrorCode::LoginFailed);
    QVERIFY(auditCount(reg, QStringLiteral("login")) >= 2);
    QCOMPARE(auditCount(reg, QStringLiteral("login_failed")), 1);
    LINLI_VERIFY_OK(logins.logout(in.value()));
    QCOMPARE(auditCount(reg, QStringLiteral("logout")), 1);

    // The hash is stored, the password is nowhere: not in the user row, not in the audit log.
    const QString stored = queryValue(*reg.db, QStringLiteral("SELECT password_hash FROM \"user\" WHERE name = 'wang'"))
                               .value()
                               .toString();
    QVERIFY(stored.startsWith(QStringLiteral("$argon2id$")));
    QCOMPARE(queryValue(*reg.db,
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE new_values LIKE '%Linli-2026%' "
                                       "OR new_values LIKE '%argon2id%'"))
                 .value()
                 .toInt(),
             0);
    if (reg.db->isSQLite()) {
        reg.db.reset();
        QFile file(reg.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("Linli-2026"));
        QVERIFY(!QString::fromUtf8(bytes).contains(QStringLiteral("Linli-2026")));
    }
}

void TestAccess::lockoutAfterFiveFailuresForFiveMinutes()
{
    TestRegister reg;
    QVERIFY(reg.open());
    AccountRepository accounts(*reg.db);
    Logins logins(*reg.db);
    LINLI_VERIFY_OK(accounts.createFirstAdministrator(QStringLiteral("wang"), {}, QStringLiteral("Linli-2026")));
    QDateTime now(QDate(2026, 12, 1), QTime(9, 0));
    logins.setClock([&] { return now; });
    for (int i = 1; i <= 4; ++i) {
        auto r = logins.login(QStringLiteral("wang"), QStringLiteral("wrong-pass1"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QString::number(5 - i)), qPrintable(r.error().message));
    }
    // The fifth wrong password locks the account.
    auto fifth = logins.login(QStringLiteral("wang"), QStringLiteral("wrong-pass1"));
    QVERIFY(!fifth.ok());
    QCOMPARE(auditCount(reg, QStringLiteral("lock")), 1);
    QCOMPARE(accounts.get(QStringLiteral("wang"))->lockedUntil, QStringLiteral("2026-12-01T09:05:00"));
    // Locked: the right password does not open it, and another workstation (another
    // repository on the register) sees the lock.
    now = now.addSecs(4 * 60 + 59);
    Logins locked(*reg.db);
    locked.setClock([&] { return now; });
    auto refused = locked.login(QStringLiteral("wang"), QStringLiteral("Linli-2026"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("09:05")));
    QCOMPARE(auditCount(reg, QStringLiteral("login_locked")), 1);
    // Five minutes after the lock, it opens, and the count starts again.
    now = QDateTime(QDate(2026, 12, 1), QTime(9, 5));
    LINLI_VERIFY_OK(logins.login(QStringLiteral("wang"), QStringLiteral("Linli-2026")));
    QCOMPARE(accounts.get(QStringLiteral("wang"))->failedLogins, 0);
    QVERIFY(accounts.get(QStringLiteral("wang"))->lockedUntil.isEmpty());
    // A lock that ran out without a login: the next wrong password counts from one again.
    for (int i = 0; i < 5; ++i)
        QVERIFY(!logins.login(QStringLiteral("wang"), QStringLiteral("wrong-pass1")).ok());
    now = now.addSecs(6 * 60);
    auto afterLock = logins.login(QStringLiteral("wang"), QStringLiteral("wrong-pass1"));
    QVERIFY(!afterLock.ok());
    QCOMPARE(accounts.get(QStringLiteral("wang"))->failedLogins, 1);
    QVERIFY(accounts.get(QStringLiteral("wang"))->lockedUntil.isEmpty());
}

void TestAccess::unknownUsersTakeAsLong()
{
    TestRegister reg;
    QVERIFY(reg.open());
    AccountRepository accounts(*reg.db);
    Logins logins(*reg.db);
    LINLI_VERIFY_OK(accounts.createFirstAdministrator(QStringLiteral("wang"), {}, QStringLiteral("Linli-2026")));
    auto median = [&](const QString &user) -> qint64 {
        QList<qint64> times;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            if (logins.login(user, QStringLiteral("wrong-pass1")).ok())
                return -1;
            times << t.nsecsElapsed();
            if (user == QLatin1String("wang") && !logins.login(user, QStringLiteral("Linli-2026")).ok()) // no lock
                return -1;
        }
        std::sort(times.begin(), times.end());
        return times.at(1);
    };
    const qint64 known = median(QStringLiteral("wang"));
    const qint64 unknown = median(QStringLiteral("nobody"));
    QVERIFY(known > 0 && unknown > 0);
    // Both run one Argon2id verification; without it an unknown name answers in microseconds.
    QVERIFY2(unknown * 2 > known && unknown < known * 2,
             qPrintable(QStringLiteral("known %1 ms, unknown %2 ms").arg(known / 1000000).arg(unknown / 1000000)));
}

void TestAccess::disabledAccountsCannotLogIn()
{
    TestRegister reg;
    QVERIFY(reg.open());
    AccountRepository accounts(*reg.db);
    Logins logins(*reg.db);
    auto admin = accounts.createFirstAdministrator(QStringLiteral("wang"), {}, QStringLiteral("Linli-2026"));
    LINLI_VERIFY_OK(admin);
    AccountDraft draft{QStringLiteral("lili"), QStringLiteral("李丽"), QStringLiteral("网格员"), 0, {reg.grid.meta.id}};
    auto added = accounts.add(draft, QStringLiteral("Start-2026"), admin.value());
    LINLI_VERIFY_OK(added);
    QCOMPARE(added->role, QStringLiteral("grid_worker"));
    QCOMPARE(added->gridIds, QList<qint64>{reg.grid.meta.id});
    QCOMPARE(added->gridNames, QStringList{QStringLiteral("第一网格")});
    LINLI_VERIFY_OK(accounts.setEnabled(QStringLiteral("lili"), false, admin.value()));
    auto refused = logins.login(QStringLiteral("lili"), QStringLiteral("Start-2026"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("lili")));
    QCOMPARE(auditCount(reg, QStringLiteral("login_disabled")), 1);
    LINLI_VERIFY_OK(accounts.setEnabled(QStringLiteral("lili"), true, admin.value()));
    LINLI_VERIFY_OK(logins.login(QStringLiteral("lili"), QStringLiteral("Start-2026")));
    // Accounts are never deleted.
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM \"user\"")).value().toInt(), 2);
}

void TestAccess::resetForcesAChange()
{
    TestRegister reg;
    QVERIFY(reg.open());
    AccountRepository accounts(*reg.db);
    Logins logins(*reg.db);
    auto admin = accounts.createFirstAdministrator(QStringLiteral("wang"), {}, QStringLiteral("Linli-2026"));
    LINLI_VERIFY_OK(admin);
    AccountDraft draft{QStringLiteral("lili"), {}, QStringLiteral("grid_worker"), 0, {reg.grid.meta.id}};
    LINLI_VERIFY_OK(accounts.add(draft, QStringLiteral("Start-2026"), admin.value()));
    auto first = logins.login(QStringLiteral("lili"), QStringLiteral("Start-2026"));
    LINLI_VERIFY_OK(first);
    QVERIFY(first->mustChangePassword); // an administrator chose it
    QVERIFY(!logins.changePassword(first.value(), QStringLiteral("Wrong-2026"), QStringLiteral("Mine-2026!")).ok());
    QVERIFY(!logins.changePassword(first.value(), QStringLiteral("Start-2026"), QStringLiteral("short")).ok());
    LINLI_VERIFY_OK(logins.changePassword(first.value(), QStringLiteral("Start-2026"), QStringLiteral("Mine-2026!")));
    auto again = logins.login(QStringLiteral("lili"), QStringLiteral("Mine-2026!"));
    LINLI_VERIFY_OK(again);
    QVERIFY(!again->mustChangePassword);
    // A reset sets a new password that must be changed, and unlocks.
    for (int i = 0; i < 5; ++i)
        QVERIFY(!logins.login(QStringLiteral("lili"), QStringLiteral("wrong-pass1")).ok());
    LINLI_VERIFY_OK(accounts.resetPassword(QStringLiteral("lili"), QStringLiteral("Reset-2026"), admin.value()));
    auto reset = logins.login(QStringLiteral("lili"), QStringLiteral("Reset-2026"));
    LINLI_VERIFY_OK(reset);
    QVERIFY(reset->mustChangePassword);
}

void TestAccess::communityAdminManagesOnlyTheirGridWorkers()
{
    TestRegister reg;
    QVERIFY(reg.open());
    PlaceRepository places(*reg.db);
    auto other = places.ensureCommunity(QStringLiteral("平安社区"), reg.actor).value();
    auto otherGrid = places.ensureGrid(other.meta.id, QStringLiteral("第一网格"), reg.actor).value();
    AccountRepository accounts(*reg.db);
    Logins logins(*reg.db);
    auto admin = accounts.createFirstAdministrator(QStringLiteral("wang"), {}, QStringLiteral("Linli-2026"));
    LINLI_VERIFY_OK(admin);
    LINLI_VERIFY_OK(
        accounts.add({QStringLiteral("zhang"), {}, QStringLiteral("community_admin"), reg.grid.communityId, {}},
                     QStringLiteral("Start-2026"), admin.value()));
    LINLI_VERIFY_OK(accounts.add({QStringLiteral("zhao"), {}, QStringLiteral("grid_worker"), 0, {otherGrid.meta.id}},
                                 QStringLiteral("Start-2026"), admin.value()));
    auto zhang = logins.login(QStringLiteral("zhang"), QStringLiteral("Start-2026"));
    LINLI_VERIFY_OK(zhang);
    // A grid worker of their own community: yes.
    LINLI_VERIFY_OK(accounts.add({QStringLiteral("lili"), {}, QStringLiteral("grid_worker"), 0, {reg.grid.meta.id}},
                                 QStringLiteral("Start-2026"), zhang.value()));
    // Of another community, or another role: no.
    auto foreign = accounts.add({QStringLiteral("sun"), {}, QStringLiteral("grid_worker"), 0, {otherGrid.meta.id}},
                                QStringLiteral("Start-2026"), zhang.value());
    QCOMPARE(foreign.error().code, ErrorCode::Denied);
    auto boss = accounts.add({QStringLiteral("qian"), {}, QStringLiteral("admin"), 0, {}}, QStringLiteral("Start-2026"),
                             zhang.value());
    QCOMPARE(boss.error().code, ErrorCode::Denied);
    QCOMPARE(accounts.setEnabled(QStringLiteral("zhao"), false, zhang.value()).error().code, ErrorCode::Denied);
    QCOMPARE(accounts.resetPassword(QStringLiteral("wang"), QStringLiteral("Taken-2026"), zhang.value()).error().code,
             ErrorCode::Denied);
    LINLI_VERIFY_OK(accounts.setEnabled(QStringLiteral("lili"), false, zhang.value()));
    auto listed = accounts.list(zhang.value());
    LINLI_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->constFirst().login, QStringLiteral("lili"));
    QCOMPARE(accounts.list(admin.value())->size(), 4);
    // A grid worker manages nobody; the refusal is audited.
    auto zhao = logins.login(QStringLiteral("zhao"), QStringLiteral("Start-2026"));
    LINLI_VERIFY_OK(zhao);
    QCOMPARE(accounts.list(zhao.value()).error().code, ErrorCode::Denied);
    QCOMPARE(auditCount(reg, QStringLiteral("refused")), 5);
}

void TestAccess::lastAdministratorStays()
{
    TestRegister reg;
    QVERIFY(reg.open());
    AccountRepository accounts(*reg.db);
    Logins logins(*reg.db);
    auto admin = accounts.createFirstAdministrator(QStringLiteral("wang"), {}, QStringLiteral("Linli-2026"));
    LINLI_VERIFY_OK(admin);
    QVERIFY(!accounts.setEnabled(QStringLiteral("wang"), false, admin.value()).ok());
    QVERIFY(!accounts.update({QStringLiteral("wang"), {}, QStringLiteral("street_staff"), 0, {}}, admin.value()).ok());
    QCOMPARE(accounts.get(QStringLiteral("wang"))->role, QStringLiteral("admin"));
}

// A register from before accounts: its users (made from $USER) stay, disabled, with their
// history; the first administrator may take over one of their names.
void TestAccess::legacyUsersAreKeptDisabled()
{
    if (!test::postgresUrl().isEmpty())
        QSKIP("The upgrade from version 11 is a file's; PostgreSQL registers run the same step.");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("old.linli"));
    {
        auto raw = Database::openRaw(file, Database::OpenMode::CreateIfMissing);
        LINLI_VERIFY_OK(raw);
        LINLI_VERIFY_OK(Migrations::migrate(*raw.value(), 11));
        LINLI_VERIFY_OK(raw.value()->execute(
            QStringLiteral("INSERT INTO \"user\" (uuid, created_at, created_by, updated_at, updated_by, name, role) "
                           "VALUES ('u-1', '2026-01-01T00:00:00', 'wang', '2026-01-01T00:00:00', 'wang', 'wang', "
                           "'admin')")));
    }
    auto db = Database::open(file, Database::OpenMode::MustExist);
    LINLI_VERIFY_OK(db);
    AccountRepository accounts(*db.value());
    Logins logins(*db.value());
    QCOMPARE(accounts.hasAdministrator().value(), false);
    auto legacy = accounts.get(QStringLiteral("wang"));
    LINLI_VERIFY_OK(legacy);
    QVERIFY(!legacy->enabled);
    QVERIFY(!legacy->hasPassword);
    QVERIFY(!logins.login(QStringLiteral("wang"), QString()).ok());
    auto admin = accounts.createFirstAdministrator(QStringLiteral("wang"), QStringLiteral("王主任"),
                                                   QStringLiteral("Linli-2026"));
    LINLI_VERIFY_OK(admin);
    QCOMPARE(admin->userId, legacy->meta.id);
    QCOMPARE(queryValue(*db.value(), QStringLiteral("SELECT count(*) FROM \"user\"")).value().toInt(), 1);
}

void TestAccess::auditTrailPagesForAdministrators()
{
    TestRegister reg;
    QVERIFY(reg.open());
    AccountRepository accounts(*reg.db);
    Logins logins(*reg.db);
    auto admin = accounts.createFirstAdministrator(QStringLiteral("wang"), {}, QStringLiteral("Linli-2026"));
    LINLI_VERIFY_OK(admin);
    for (int i = 1; i <= 250; ++i)
        LINLI_VERIFY_OK(reg.addHousehold(QString::number(i % 5 + 1), QString::number(100 + i)));
    const int total = queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM audit_log")).value().toInt();
    // Newest first, page after page by id, every row once.
    QList<qint64> ids;
    qint64 before = 0;
    for (;;) {
        auto page = AuditTrail::page(*reg.db, admin.value(), {}, before, 100);
        LINLI_VERIFY_OK(page);
        for (const AuditRow &r : page.value())
            ids << r.id;
        if (page->size() < 100)
            break;
        before = page->constLast().id;
    }
    QCOMPARE(ids.size(), total);
    QVERIFY(std::is_sorted(ids.crbegin(), ids.crend()));
    // Filters: user, action, table, record and days.
    AuditFilter f;
    f.actor = QStringLiteral("wang");
    f.action = QStringLiteral("login");
    auto loginRows = AuditTrail::page(*reg.db, admin.value(), f, 0, 100);
    LINLI_VERIFY_OK(loginRows);
    QCOMPARE(loginRows->size(), 1);
    f = {};
    f.table = QStringLiteral("household");
    f.recordId = 7;
    auto seventh = AuditTrail::page(*reg.db, admin.value(), f, 0, 100);
    QCOMPARE(seventh->size(), 1);
    QCOMPARE(seventh->constFirst().action, QStringLiteral("insert"));
    f = {};
    f.to = QDate(2000, 1, 1);
    QCOMPARE(AuditTrail::page(*reg.db, admin.value(), f, 0, 100)->size(), 0);
    // Administrators only.
    LINLI_VERIFY_OK(accounts.add({QStringLiteral("zhang"), {}, QStringLiteral("community_admin"),
                                  reg.grid.communityId, {}},
                                 QStringLiteral("Start-2026"), admin.value()));
    auto zhang = logins.login(QStringLiteral("zhang"), QStringLiteral("Start-2026"));
    QCOMPARE(AuditTrail::page(*reg.db, zhang.value(), {}, 0, 10).error().code, ErrorCode::Denied);
}

// DESIGN.md's table of roles and actions, row by row.
void TestAccess::roleTable()
{
    const QStringList roleOrder{QStringLiteral("grid_worker"), QStringLiteral("community_admin"),
                                QStringLiteral("street_staff"), QStringLiteral("admin")};
    const QList<std::pair<Permission, QString>> table{
        {Permission::ReadRecords, QStringLiteral("1111")},    {Permission::EditRegister, QStringLiteral("1101")},
        {Permission::RegisterIssue, QStringLiteral("1101")},  {Permission::HandleIssue, QStringLiteral("0101")},
        {Permission::Escalate, QStringLiteral("0111")},       {Permission::Publish, QStringLiteral("0111")},
        {Permission::RevealIdNumber, QStringLiteral("1101")}, {Permission::FullPhone, QStringLiteral("1101")},
        {Permission::ExportFull, QStringLiteral("0101")},     {Permission::LedgerSettings, QStringLiteral("0001")},
        {Permission::ManagePlaces, QStringLiteral("0101")},   {Permission::ManageUsers, QStringLiteral("0101")},
        {Permission::Backups, QStringLiteral("0001")},        {Permission::AuditLog, QStringLiteral("0001")},
    };
    for (const auto &[permission, allowed] : table) {
        for (int r = 0; r < roleOrder.size(); ++r)
            QVERIFY2(Access::allows(roleOrder.at(r), permission) == (allowed.at(r) == QLatin1Char('1')),
                     qPrintable(QStringLiteral("%1 / %2").arg(QString::fromLatin1(Access::permissionCode(permission)),
                                                              roleOrder.at(r))));
        QVERIFY(!Access::allows(QString(), permission));
        QVERIFY(!Access::allows(QStringLiteral("superuser"), permission));
    }
}

void TestAccess::scopeConditions()
{
    TestRegister reg;
    QVERIFY(reg.open());
    PlaceRepository places(*reg.db);
    auto second = places.ensureGrid(reg.grid.communityId, QStringLiteral("第二网格"), reg.actor).value();
    auto other = places.ensureCommunity(QStringLiteral("平安社区"), reg.actor).value();
    auto otherGrid = places.ensureGrid(other.meta.id, QStringLiteral("第一网格"), reg.actor).value();
    auto gridsSeen = [&](const Actor &actor) {
        QVariantMap binds;
        const QString where = Access::gridCondition(*reg.db, actor, QStringLiteral("id"), &binds);
        QList<qint64> ids;
        if (!readRows(*reg.db, QStringLiteral("SELECT id FROM grid WHERE %1 ORDER BY id").arg(where), binds,
                      [&](const QSqlQuery &q) { ids << q.value(0).toLongLong(); }))
            ids << -1;
        return ids;
    };
    Actor worker;
    worker.login = QStringLiteral("lili");
    worker.role = QStringLiteral("grid_worker");
    worker.gridIds = {second.meta.id};
    QCOMPARE(gridsSeen(worker), QList<qint64>{second.meta.id});
    Actor community;
    community.role = QStringLiteral("community_admin");
    community.communityId = reg.grid.communityId;
    QCOMPARE(gridsSeen(community), (QList<qint64>{reg.grid.meta.id, second.meta.id}));
    Actor street;
    street.role = QStringLiteral("street_staff");
    QCOMPARE(gridsSeen(street), (QList<qint64>{reg.grid.meta.id, second.meta.id, otherGrid.meta.id}));
    QCOMPARE(gridsSeen(Actor()), QList<qint64>{});
    QCOMPARE(Access::coversGrid(*reg.db, community, otherGrid.meta.id).value(), false);
    QCOMPARE(Access::coversGrid(*reg.db, community, second.meta.id).value(), true);
    QCOMPARE(Access::coversGrid(*reg.db, worker, reg.grid.meta.id).value(), false);
    // A refusal names the reason and is audited.
    auto refused = Access::requireGrid(*reg.db, worker, Permission::EditRegister, reg.grid.meta.id,
                                       QStringLiteral("household"), 7);
    QCOMPARE(refused.error().code, ErrorCode::Denied);
    QCOMPARE(auditCount(reg, QStringLiteral("refused")), 1);
    QVERIFY(
        Access::requireGrid(*reg.db, street, Permission::EditRegister, reg.grid.meta.id, QStringLiteral("household"), 7)
            .error()
            .message.contains(QStringLiteral("may not")));
}

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
