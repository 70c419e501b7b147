#include "testregister.h"

#include "storage/auditledger.h"
#include "storage/backups.h"
#include "storage/migrations.h"
#include "storage/sql.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <sqlite3.h>
#include <sys/stat.h>

using namespace linli;
using linli::test::TestRegister;

// Backups of a SQLite register: made, checked, listed, restored into a new file, rotated over a
// simulated year, and taken before an upgrade.
class TestBackups final : public QObject
{
    Q_OBJECT

    static bool ownerOnly(const QString &path)
    {
        struct stat st {
        };
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 && (st.st_mode & 077) == 0;
    }
    static void fill(TestRegister &reg, int households, int first = 0)
    {
        for (int i = first; i < first + households; ++i) {
            auto h = reg.addHousehold(QStringLiteral("1"), QString::number(101 + i));
            LINLI_VERIFY_OK(h);
            LINLI_VERIFY_OK(reg.addResident(h->meta.id, QStringLiteral("住户%1").arg(i), QString()));
        }
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void createVerifyRestore();
    void verifyFindsDamage();
    void rotationOverAYear();
    void rotationOfFiles();
    void fifteenMinuteRule();
    void backedUpBeforeAnUpgrade();
};

void TestBackups::createVerifyRestore()
{
    if (!linli::test::postgresUrl().isEmpty())
        QSKIP("a server's backups are pg_dump's");
    TestRegister reg;
    QVERIFY(reg.open());
    fill(reg, 5);
    const QDateTime now(QDate(2026, 11, 30), QTime(17, 30));
    auto made = Backups::create(*reg.db, QStringLiteral("manual"), {}, now);
    LINLI_VERIFY_OK(made);
    QCOMPARE(QFileInfo(made->file).absolutePath(), Backups::defaultFolder(reg.path()));
    QVERIFY(QFileInfo(made->file).fileName().contains(QStringLiteral("20261130-173000")));
    QVERIFY(ownerOnly(made->file));
    QVERIFY(ownerOnly(Backups::manifestPath(made->file)));
    QCOMPARE(made->counts.value(QStringLiteral("household")), 5);
    QCOMPARE(made->digest, AuditLedger::current(*reg.db)->text());
    // One file: no write-ahead log, nothing else beside it.
    QCOMPARE(QDir(QFileInfo(made->file).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(), 2);

    auto verified = Backups::verify(made->file);
    LINLI_VERIFY_OK(verified);
    QCOMPARE(verified->reason, QStringLiteral("manual"));
    QCOMPARE(verified->time, now);
    auto listed = Backups::list(Backups::defaultFolder(reg.path()));
    LINLI_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);

    // Unchanged, the register is not backed up again.
    auto again = Backups::createIfChanged(*reg.db, QStringLiteral("close"), {}, now.addSecs(60));
    LINLI_VERIFY_OK(again);
    QVERIFY(!again->has_value());
    fill(reg, 1, 5);
    again = Backups::createIfChanged(*reg.db, QStringLiteral("close"), {}, now.addSecs(120));
    LINLI_VERIFY_OK(again);
    QVERIFY(again->has_value());

    const QString restored = reg.dir.filePath(QStringLiteral("restored.linli"));
    LINLI_VERIFY_OK(Backups::restore(made->file, restored));
    {
        auto db = Database::open(restored, Database::OpenMode::MustExist);
        LINLI_VERIFY_OK(db);
        QCOMPARE(queryValue(*db.value(), QStringLiteral("SELECT count(*) FROM household")).value().toInt(), 5);
        auto rows = AuditLedger::checkRows(*db.value());
        LINLI_VERIFY_OK(rows);
        QCOMPARE(rows->problems, 0);
        LINLI_VERIFY_OK(AuditLedger::reaches(*db.value(), AuditLedger::Digest::parse(made->digest).value()));
    }
    QVERIFY(ownerOnly(restored));
    // Never over an existing file.
    const QByteArray before = [&] {
        QFile f(restored);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    auto refused = Backups::restore(made->file, restored);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QFile f(restored);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestBackups::verifyFindsDamage()
{
    if (!linli::test::postgresUrl().isEmpty())
        QSKIP("a server's backups are pg_dump's");
    TestRegister reg;
    QVERIFY(reg.open());
    fill(reg, 30);
    auto made = Backups::create(*reg.db, QStringLiteral("manual"));
    LINLI_VERIFY_OK(made);
    const QString folder = QFileInfo(made->file).absolutePath();

    // A row removed from the copy: the counts no longer match the manifest.
    const QString edited = QDir(folder).filePath(QStringLiteral("edited.linli"));
    QVERIFY(QFile::copy(made->file, edited));
    QVERIFY(QFile::copy(Backups::manifestPath(made->file), Backups::manifestPath(edited)));
    sqlite3 *handle = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(edited).constData(), &handle), SQLITE_OK);
    QCOMPARE(sqlite3_exec(handle, "DELETE FROM resident WHERE id = (SELECT max(id) FROM resident)", nullptr, nullptr,
                          nullptr),
             SQLITE_OK);
    sqlite3_close(handle);
    auto checked = Backups::verify(edited);
    QVERIFY(!checked.ok());
    QVERIFY2(checked.error().message.contains(QStringLiteral("resident")), qPrintable(checked.error().message));

    // Bytes damaged in the middle: the integrity check fails, naming the file.
    const QString damaged = QDir(folder).filePath(QStringLiteral("damaged.linli"));
    QVERIFY(QFile::copy(made->file, damaged));
    QVERIFY(QFile::copy(Backups::manifestPath(made->file), Backups::manifestPath(damaged)));
    QFile::setPermissions(damaged, QFile::ReadOwner | QFile::WriteOwner);
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        for (qint64 at = 4096 * 2; at < size; at += 4096 * 3) {
            file.seek(at + 100);
            file.write(QByteArray(300, '\x5A'));
        }
    }
    checked = Backups::verify(damaged);
    QVERIFY(!checked.ok());
    QVERIFY2(checked.error().message.contains(QStringLiteral("damaged.linli")), qPrintable(checked.error().message));
    // A backup without its manifest is not taken on trust.
    QVERIFY(QFile::remove(Backups::manifestPath(edited)));
    QVERIFY(!Backups::verify(edited).ok());
}

void TestBackups::rotationOverAYear()
{
    // A backup every three hours for a year, rotated after each as Linli does.
    QList<QDateTime> kept;
    const QDateTime start(QDate(2026, 1, 1), QTime(8, 0));
    QDateTime now = start;
    for (int i = 0; i < 365 * 8; ++i) {
        now = start.addSecs(qint64(i) * 3 * 3600);
        kept << now;
        QList<QDateTime> next;
        for (int index : Backups::kept(kept, now))
            next << kept.at(index);
        kept = next;
        QVERIFY(kept.size() <= 24 + 7 + 4 + 12);
    }
    std::sort(kept.begin(), kept.end(), std::greater<>());
    // The 24 most recent are there.
    for (int i = 0; i < 24; ++i)
        QCOMPARE(kept.at(i), now.addSecs(-qint64(i) * 3 * 3600));
    // One of each of the last 7 days, 4 weeks and 12 months.
    auto any = [&](const std::function<bool(const QDate &)> &test) {
        return std::any_of(kept.cbegin(), kept.cend(), [&](const QDateTime &t) { return test(t.date()); });
    };
    for (int d = 0; d < 7; ++d)
        QVERIFY2(any([&](const QDate &x) { return x == now.date().addDays(-d); }), qPrintable(QString::number(d)));
    for (int w = 0; w < 4; ++w)
        QVERIFY(any([&](const QDate &x) { return x.weekNumber() == now.date().addDays(-7 * w).weekNumber(); }));
    for (int m = 0; m < 12; ++m) {
        const QDate month = now.date().addMonths(-m);
        QVERIFY2(any([&](const QDate &x) { return x.year() == month.year() && x.month() == month.month(); }),
                 qPrintable(month.toString(Qt::ISODate)));
    }
    // Nothing older than a year survives.
    QVERIFY(kept.constLast() > now.addMonths(-12).addDays(-31));
}

void TestBackups::rotationOfFiles()
{
    if (!linli::test::postgresUrl().isEmpty())
        QSKIP("a server's backups are pg_dump's");
    TestRegister reg;
    QVERIFY(reg.open());
    fill(reg, 2);
    const QDateTime start(QDate(2026, 1, 5), QTime(9, 0));
    QDateTime now;
    for (int i = 0; i < 60; ++i) {
        now = start.addDays(i * 3);
        LINLI_VERIFY_OK(Backups::create(*reg.db, QStringLiteral("interval"), {}, now));
    }
    const QDir folder(Backups::defaultFolder(reg.path()));
    const QStringList backups = folder.entryList({QStringLiteral("*.linli")}, QDir::Files);
    const QStringList manifests = folder.entryList({QStringLiteral("*.manifest.json")}, QDir::Files);
    QVERIFY2(backups.size() <= 24 + 7 + 4 + 12 && backups.size() >= 24, qPrintable(QString::number(backups.size())));
    QCOMPARE(manifests.size(), backups.size());
    auto listed = Backups::list(folder.path());
    LINLI_VERIFY_OK(listed);
    QCOMPARE(listed->constFirst().time, now);
}

void TestBackups::fifteenMinuteRule()
{
    const QDateTime now(QDate(2026, 11, 30), QTime(10, 0));
    QVERIFY(!Backups::due(QDateTime(), now)); // nothing unsaved
    QVERIFY(!Backups::due(now.addSecs(-14 * 60 - 59), now));
    QVERIFY(Backups::due(now.addSecs(-15 * 60), now));
    QVERIFY(Backups::due(now.addSecs(-3600), now));
}

void TestBackups::backedUpBeforeAnUpgrade()
{
    if (!linli::test::postgresUrl().isEmpty())
        QSKIP("a server's backups are pg_dump's");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.linli"));
    {
        auto raw = Database::openRaw(path, Database::OpenMode::CreateIfMissing);
        LINLI_VERIFY_OK(raw);
        LINLI_VERIFY_OK(Migrations::migrate(*raw.value(), 14));
    }
    auto db = Database::open(path, Database::OpenMode::MustExist);
    LINLI_VERIFY_OK(db);
    auto listed = Backups::list(Backups::defaultFolder(path));
    LINLI_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->constFirst().reason, QStringLiteral("migration"));
    QCOMPARE(listed->constFirst().version, 14);
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
