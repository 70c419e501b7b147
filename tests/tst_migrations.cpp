#include "register/searchindex.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sql.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace linli;

class TestMigrations final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static void insertVersion1Data(Database &db);
    static QStringList tables(Database &db);

private slots:
    void freshRegisterIsLatest();
    void upgradesFromEveryEarlierVersion_data();
    void upgradesFromEveryEarlierVersion();
    void failedUpgradeLeavesRegisterAsItWas();
    void refusesNewerRegister();
    void refusesFilesThatAreNotRegisters();
    void refusesMissingFileWhenAskedToOpen();
    void opensWithForeignKeysAndWal();
    void eventsKeepTheirDeadlinesAndResults();
};

QStringList TestMigrations::tables(Database &db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void TestMigrations::insertVersion1Data(Database &db)
{
    const QString meta = QStringLiteral("'2025-01-01T00:00:00', 'old', '2025-01-01T00:00:00', 'old', 1");
    // Named columns: later versions add columns to these tables.
    const QString columns = QStringLiteral("(id, uuid, created_at, created_by, updated_at, updated_by, version, ");
    const QStringList rows = {
        QStringLiteral("INSERT INTO community %2name) VALUES (1, 'u-c', %1, '老社区')").arg(meta, columns),
        QStringLiteral("INSERT INTO grid %2community_id, name) VALUES (1, 'u-g', %1, 1, '一网格')").arg(meta, columns),
        QStringLiteral("INSERT INTO compound %2community_id, name) VALUES (1, 'u-p', %1, 1, '和平里')")
            .arg(meta, columns),
        QStringLiteral("INSERT INTO building %2compound_id, name) VALUES (1, 'u-b', %1, 1, '5号楼')")
            .arg(meta, columns),
        QStringLiteral("INSERT INTO household (id, uuid, created_at, created_by, updated_at, updated_by, version, "
                       "grid_id, compound_id, building_id, unit, room, address) VALUES (1, 'u-h', %1, 1, 1, 1, "
                       "'1', '202', '和平里5号楼1单元202室')")
            .arg(meta),
        QStringLiteral("INSERT INTO resident (id, uuid, created_at, created_by, updated_at, updated_by, version, "
                       "household_id, name, id_number, relation, phone) VALUES (1, 'u-r', %1, 1, '李桂兰', "
                       "'11010519491231002X', 'head', '13812345678')")
            .arg(meta),
    };
    for (const QString &sql : rows)
        QVERIFY2(db.execute(sql).ok(), qPrintable(sql));
}

void TestMigrations::freshRegisterIsLatest()
{
    auto db = Database::open(path("fresh.linli"), Database::OpenMode::CreateIfMissing);
    QVERIFY(db.ok());
    QCOMPARE(db.value()->schemaVersion().value(), Migrations::latestVersion());
    const QStringList t = tables(*db.value());
    for (const char *name :
         {"community", "grid", "compound", "building", "household", "resident", "care_tag", "resident_tag",
          "household_tag", "audit_log", "search_gram", "search_owner", "user", "department"})
        QVERIFY2(t.contains(QString::fromLatin1(name)), name);
    QCOMPARE(queryValue(*db.value(), QStringLiteral("SELECT count(*) FROM care_tag")).value().toInt(), 8);
    // Opening again runs no step twice.
    db = Result<std::shared_ptr<Database>>(Error{});
    auto again = Database::open(path("fresh.linli"), Database::OpenMode::MustExist);
    QVERIFY(again.ok());
    QCOMPARE(queryValue(*again.value(), QStringLiteral("SELECT count(*) FROM care_tag")).value().toInt(), 8);
}

void TestMigrations::upgradesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < Migrations::latestVersion(); ++v)
        QTest::addRow("from version %d", v) << v;
}

void TestMigrations::upgradesFromEveryEarlierVersion()
{
    QFETCH(int, from);
    const QString file = m_dir.filePath(QStringLiteral("upgrade-%1.linli").arg(from));
    {
        auto raw = Database::openRaw(file, Database::OpenMode::CreateIfMissing);
        QVERIFY(raw.ok());
        QVERIFY(Migrations::migrate(*raw.value(), from).ok());
        QCOMPARE(raw.value()->schemaVersion().value(), from);
        if (from >= 1)
            insertVersion1Data(*raw.value());
    }
    // Version 0 is an empty database: only a command that creates a register makes one of it.
    if (from == 0) {
        auto refused = Database::open(file, Database::OpenMode::MustExist);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::NotARegister);
    }
    auto db = Database::open(file, from == 0 ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    db.value()->setActor(Actor::system(QStringLiteral("tester")));
    QCOMPARE(db.value()->schemaVersion().value(), Migrations::latestVersion());
    if (from >= 1) {
        QCOMPARE(queryValue(*db.value(), QStringLiteral("SELECT name FROM resident WHERE id = 1")).value().toString(),
                 QStringLiteral("李桂兰"));
    }
    // Step 4 brings the default issue categories with their subcategories.
    QCOMPARE(queryValue(*db.value(), QStringLiteral("SELECT count(*) FROM issue_category WHERE parent_id IS NULL"))
                 .value()
                 .toInt(),
             7);
    QVERIFY(queryValue(*db.value(), QStringLiteral("SELECT count(*) FROM issue_category")).value().toInt() > 20);
    if (from >= 1 && from < 8) {
        // The search index built by step 8 covers the rows that were already there (rows written
        // by hand into a version-8 register were never indexed: repositories index as they write).
        auto hits = SearchIndex::find(*db.value(), QStringLiteral("桂兰"), 10);
        QVERIFY(hits.ok());
        QCOMPARE(hits.value().size(), 1);
        QCOMPARE(hits.value().constFirst().residentId, 1);
        auto byAddress = SearchIndex::findHouseholds(*db.value(), QStringLiteral("5号楼1单元"), 10);
        QCOMPARE(byAddress.value(), QList<qint64>{1});
    }
}

void TestMigrations::failedUpgradeLeavesRegisterAsItWas()
{
    const QString file = path("failing.linli");
    {
        auto raw = Database::openRaw(file, Database::OpenMode::CreateIfMissing);
        QVERIFY(Migrations::migrate(*raw.value(), 2).ok());
        insertVersion1Data(*raw.value());
        // Something in the way of version 3's table makes that step fail.
        QVERIFY(raw.value()->execute(QStringLiteral("CREATE TABLE search_gram (x INTEGER)")).ok());
    }
    auto db = Database::open(file, Database::OpenMode::MustExist);
    QVERIFY(!db.ok());
    QVERIFY(db.error().message.contains(QStringLiteral("version 3")));
    auto raw = Database::openRaw(file, Database::OpenMode::MustExist);
    QVERIFY(raw.ok());
    QCOMPARE(raw.value()->schemaVersion().value(), 2);
    QCOMPARE(queryValue(*raw.value(), QStringLiteral("SELECT count(*) FROM resident")).value().toInt(), 1);
}

void TestMigrations::refusesNewerRegister()
{
    const QString file = path("newer.linli");
    {
        auto db = Database::open(file, Database::OpenMode::CreateIfMissing);
        QVERIFY(db.value()->execute(QStringLiteral("PRAGMA user_version = 999")).ok());
    }
    const QByteArray before = [&] {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    auto db = Database::open(file, Database::OpenMode::MustExist);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::TooNew);
    QVERIFY(db.error().message.contains(QStringLiteral("999")));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestMigrations::refusesFilesThatAreNotRegisters()
{
    const QString text = path("notes.txt");
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("户主,姓名\n张三,李四\n");
    }
    auto db = Database::open(text, Database::OpenMode::MustExist);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::NotARegister);
    QFile f(text);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("户主,姓名\n张三,李四\n"));

    // Another program's SQLite database.
    const QString other = path("other.sqlite");
    {
        auto raw = Database::openRaw(other, Database::OpenMode::CreateIfMissing);
        QVERIFY(raw.value()->execute(QStringLiteral("CREATE TABLE songs (title TEXT)")).ok());
    }
    db = Database::open(other, Database::OpenMode::MustExist);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::NotARegister);

    db = Database::open(m_dir.path(), Database::OpenMode::MustExist);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::NotARegister);
}

void TestMigrations::refusesMissingFileWhenAskedToOpen()
{
    auto db = Database::open(path("missing.linli"), Database::OpenMode::MustExist);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::NotFound);
    QVERIFY(!QFile::exists(path("missing.linli")));
    db = Database::open(path("no/such/folder.linli"), Database::OpenMode::CreateIfMissing);
    QVERIFY(!db.ok());
}

void TestMigrations::opensWithForeignKeysAndWal()
{
    auto db = Database::open(path("pragmas.linli"), Database::OpenMode::CreateIfMissing);
    QVERIFY(db.ok());
    QCOMPARE(queryValue(*db.value(), QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
    QCOMPARE(queryValue(*db.value(), QStringLiteral("PRAGMA journal_mode")).value().toString(), QStringLiteral("wal"));
    QVERIFY(queryValue(*db.value(), QStringLiteral("PRAGMA busy_timeout")).value().toInt() >= 1000);
    QCOMPARE(queryValue(*db.value(), QStringLiteral("PRAGMA application_id")).value().toInt(), kApplicationId);
}

void TestMigrations::eventsKeepTheirDeadlinesAndResults()
{
    // An issue's history as version 8 wrote it: the deadlines and results only in the text.
    const QString file = path("events-8.linli");
    {
        auto raw = Database::openRaw(file, Database::OpenMode::CreateIfMissing);
        QVERIFY(raw.ok());
        QVERIFY(Migrations::migrate(*raw.value(), 8).ok());
        const QString meta = QStringLiteral("'2026-01-01T00:00:00', 'old', '2026-01-01T00:00:00', 'old', 1");
        QVERIFY(
            raw.value()
                ->execute(QStringLiteral("INSERT INTO issue (id, uuid, created_at, created_by, updated_at, updated_by, "
                                         "version, number, title, category, source, registered_date, status, "
                                         "deadline, satisfaction) VALUES (1, 'u-i', %1, '2026-000001', '漏水', "
                                         "'其他', 'walk_in', '2026-03-01', 'closed', '2026-04-20', 'satisfied')")
                              .arg(meta))
                .ok());
        int id = 0;
        for (const auto &[kind, date, to, text] :
             {std::tuple{"dispatch", "2026-03-02", "dispatched", "物业, 张师傅, 限期办理, 时限 2026-03-17"},
              std::tuple{"change-deadline", "2026-03-10", "dispatched", "时限 2026-03-17 → 2026-04-01: 需要采购配件"},
              std::tuple{"redispatch", "2026-03-12", "dispatched",
                         "物业, 李师傅, 限期办理, 时限 2026-04-20；原因 2026-03-11"},
              std::tuple{"follow-up", "2026-04-25", "in_progress", "不满意"},
              std::tuple{"follow-up", "2026-05-05", "followed_up", "满意"}}) {
            ++id;
            QVERIFY(
                raw.value()
                    ->execute(QStringLiteral("INSERT INTO issue_event (id, uuid, created_at, created_by, updated_at, "
                                             "updated_by, version, issue_id, event_time, event_date, kind, "
                                             "to_status, text) VALUES (%1, 'u-e%1', %2, 1, '%3T09:00:00', '%3', "
                                             "'%4', '%5', '%6')")
                                  .arg(id)
                                  .arg(meta, QString::fromLatin1(date), QString::fromLatin1(kind),
                                       QString::fromLatin1(to), QString::fromUtf8(text)))
                    .ok());
        }
    }
    auto db = Database::open(file, Database::OpenMode::MustExist);
    QVERIFY(db.ok());
    auto value = [&](const char *column, int id) {
        return queryValue(*db.value(),
                          QStringLiteral("SELECT %1 FROM issue_event WHERE id = :id").arg(QLatin1String(column)),
                          {{QStringLiteral("id"), id}})
            .value()
            .toString();
    };
    QCOMPARE(value("deadline", 1), QStringLiteral("2026-03-17")); // from the text
    QCOMPARE(value("deadline", 2), QStringLiteral("2026-04-01")); // the date after →
    QCOMPARE(value("deadline", 3), QStringLiteral("2026-04-20")); // the latest: the issue's own
    QCOMPARE(value("satisfaction", 4), QStringLiteral("dissatisfied")); // it reopened the issue
    QCOMPARE(value("satisfaction", 5), QStringLiteral("satisfied"));
    QVERIFY(value("deadline", 4).isEmpty());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
