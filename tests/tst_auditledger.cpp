#include "testregister.h"

#include "access/accountrepository.h"
#include "ledger/issuerepository.h"
#include "ledger/ledgersettings.h"
#include "register/residentrepository.h"
#include "storage/audit.h"
#include "storage/auditledger.h"
#include "storage/registercheck.h"
#include "storage/sql.h"
#include "visits/visitrepository.h"
#include "weekly/bulletins.h"
#include "weekly/isoweek.h"

#include <QStandardPaths>

using namespace linli;
using linli::test::TestRegister;

// The tampering suite: whoever holds the register file edits it directly, as a 20-line script
// does. Every edit of a data row is found and named by table, record and column; every removal,
// addition, reordering or recomputation of audit rows is found by the chain, the ledger or a
// digest kept outside the register.
class TestAuditLedger final : public QObject
{
    Q_OBJECT

    const QDate m_today{2026, 11, 30};

    // A register with rows in every audited table, each written the way Linli writes it.
    void build(TestRegister &reg)
    {
        QVERIFY(reg.open());
        const Actor &a = reg.actor;
        auto h = reg.addHousehold(QStringLiteral("1"), QStringLiteral("101"));
        LINLI_VERIFY_OK(h);
        auto r = reg.addResident(h->meta.id, QStringLiteral("王秀英"), QStringLiteral("11010519491231002X"),
                                 QStringLiteral("head"), QStringLiteral("13912345678"));
        LINLI_VERIFY_OK(r);
        auto tags = CareTagRepository(*reg.db).tags();
        LINLI_VERIFY_OK(tags);
        LINLI_VERIFY_OK(CareTagRepository(*reg.db).setResidentTags(r->meta.id, {tags->at(0).name}, m_today, a));
        LINLI_VERIFY_OK(CareTagRepository(*reg.db).setHouseholdTags(h->meta.id, {tags->at(1).name}, m_today, a));
        AccountDraft worker;
        worker.login = QStringLiteral("lili");
        worker.displayName = QStringLiteral("李丽");
        worker.role = QStringLiteral("grid_worker");
        worker.gridIds = {reg.grid.meta.id};
        LINLI_VERIFY_OK(AccountRepository(*reg.db).add(worker, QStringLiteral("secret-123"), a));
        LedgerSettings settings(*reg.db);
        auto department = settings.addDepartment(QStringLiteral("房管所"), a);
        LINLI_VERIFY_OK(department);
        LINLI_VERIFY_OK(settings.addAssignee(department->id, QStringLiteral("赵工"), QStringLiteral("13800001111"), a));
        LINLI_VERIFY_OK(settings.setDeadlineDays(QStringLiteral("time_limited"), 10, a));
        Visit v;
        v.householdId = h->meta.id;
        v.visitDate = QStringLiteral("2026-11-20");
        v.visitor = QStringLiteral("李丽");
        v.notes = QStringLiteral("老人身体尚好。");
        VisitRepository visits(*reg.db);
        visits.setToday(m_today);
        LINLI_VERIFY_OK(visits.add(v, a));
        Issue issue;
        issue.title = QStringLiteral("楼道灯不亮");
        issue.category = QStringLiteral("住房与城市建设");
        issue.householdId = h->meta.id;
        issue.registeredDate = QStringLiteral("2026-11-18");
        IssueRepository issues(*reg.db);
        issues.setToday(m_today);
        auto added = issues.add(issue, a);
        LINLI_VERIFY_OK(added);
        LINLI_VERIFY_OK(issues.attach(added->number, QStringLiteral("before.jpg"), QStringLiteral("before"),
                                      QByteArray("\xFF\xD8\xFF\xE0 a photo", 14), a));
        LINLI_VERIFY_OK(reg.act(added->number, IssueAction::Accept, QDate(2026, 11, 19), m_today));
        WeeklyBulletins bulletins(*reg.db);
        bulletins.setToday(m_today);
        LINLI_VERIFY_OK(bulletins.publish(IsoWeek::containing(QDate(2026, 11, 18)), WeeklyScope{}, {}, a));
    }

    // What an attacker does first: the triggers that keep the log append-only are dropped.
    static void dropGuards(Database &db)
    {
        const QStringList drops = db.isSQLite()
            ? QStringList{QStringLiteral("DROP TRIGGER audit_log_no_update"),
                          QStringLiteral("DROP TRIGGER audit_log_no_delete")}
            : QStringList{QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log"),
                          QStringLiteral("DROP TRIGGER audit_log_no_truncate ON audit_log")};
        for (const QString &sql : drops)
            QVERIFY(db.execute(sql).ok());
    }
    static void exec(Database &db, const QString &sql)
    {
        const Status s = db.execute(sql);
        QVERIFY2(s.ok(), qPrintable(sql + QStringLiteral(": ") + (s ? QString() : s.error().message)));
    }
    // Recomputes the hash chain from audit row `from` on: what makes an edited log whole again.
    static void recompute(Database &db, qint64 from)
    {
        QString previous = queryValue(db,
                                      QStringLiteral("SELECT hash FROM audit_log WHERE id < :f ORDER BY id DESC "
                                                     "LIMIT 1"),
                                      {{QStringLiteral("f"), from}})
                               .value()
                               .toString();
        if (previous.isEmpty())
            previous = QString(64, QLatin1Char('0'));
        QList<QVariantList> rows;
        QVERIFY(readRows(db,
                         QStringLiteral("SELECT id, event_time, actor, action, table_name, record_id, record_uuid, "
                                        "old_values, new_values FROM audit_log WHERE id >= :f ORDER BY id"),
                         {{QStringLiteral("f"), from}},
                         [&](const QSqlQuery &q) {
                             QVariantList row;
                             for (int i = 0; i < 9; ++i)
                                 row << q.value(i);
                             rows << row;
                         })
                    .ok());
        for (const QVariantList &row : std::as_const(rows)) {
            QStringList fields;
            for (int i = 1; i < 9; ++i)
                fields << row.at(i).toString();
            const QString hash = AuditLog::hashOf(previous, fields.join(QChar(0x1F)));
            QVERIFY(
                runQuery(
                    db, QStringLiteral("UPDATE audit_log SET prev_hash = :p, hash = :h WHERE id = :id"),
                    {{QStringLiteral("p"), previous}, {QStringLiteral("h"), hash}, {QStringLiteral("id"), row.at(0)}})
                    .ok());
            previous = hash;
        }
    }
    static AuditLedger::RowCheck rows(Database &db)
    {
        auto checked = AuditLedger::checkRows(db);
        if (!checked)
            qFatal("%s", qPrintable(checked.error().message));
        return checked.value();
    }
    static qint64 maxId(Database &db, const QString &table)
    {
        return queryValue(db, QStringLiteral("SELECT max(id) FROM %1").arg(table)).value().toLongLong();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyTableHasRowsAndTheyAgree();
    void directEditIsNamed_data();
    void directEditIsNamed();
    void deletedAndForeignRows();
    void removedAuditRows_data();
    void removedAuditRows();
    void forgedAndReorderedRows();
    void recomputedChainFailsTheDigest();
    void theLogIsAppendOnly();
    void digestsAreReadFromText();
};

void TestAuditLedger::everyTableHasRowsAndTheyAgree()
{
    TestRegister reg;
    build(reg);
    for (const QString &table : AuditLedger::tables())
        QVERIFY2(maxId(*reg.db, table == QLatin1String("user") ? QStringLiteral("\"user\"") : table) > 0,
                 qPrintable(table));
    const AuditLedger::RowCheck checked = rows(*reg.db);
    for (const AuditLedger::Mismatch &m : checked.first)
        qWarning("%s", qPrintable(m.message));
    QCOMPARE(checked.problems, 0);
    QVERIFY(checked.records > 40);
}

void TestAuditLedger::directEditIsNamed_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value"); // an SQL expression
    const QString text = QStringLiteral("'篡改'");
    QTest::newRow("community name") << "community"
                                    << "name" << text;
    QTest::newRow("grid name") << "grid"
                               << "name" << text;
    QTest::newRow("compound name") << "compound"
                                   << "name" << text;
    QTest::newRow("building units") << "building"
                                    << "units"
                                    << "99";
    QTest::newRow("department name") << "department"
                                     << "name" << text;
    QTest::newRow("user role") << "user"
                               << "role"
                               << "'street_staff'";
    QTest::newRow("user password") << "user"
                                   << "password_hash"
                                   << "'$argon2id$v=19$m=65536,t=2,p=1$forged'";
    QTest::newRow("user grid") << "user_grid"
                               << "created_by" << text;
    QTest::newRow("household phone") << "household"
                                     << "phone"
                                     << "'13900000000'";
    QTest::newRow("household address") << "household"
                                       << "address" << text;
    QTest::newRow("resident name") << "resident"
                                   << "name" << text;
    QTest::newRow("resident id number") << "resident"
                                        << "id_number"
                                        << "'110105194912310021'";
    QTest::newRow("resident status") << "resident"
                                     << "status"
                                     << "'deceased'";
    QTest::newRow("care tag interval") << "care_tag"
                                       << "visit_interval_days"
                                       << "1";
    QTest::newRow("resident tag end") << "resident_tag"
                                      << "end_date"
                                      << "'2026-01-01'";
    QTest::newRow("household tag end") << "household_tag"
                                       << "end_date"
                                       << "'2026-01-01'";
    QTest::newRow("category name") << "issue_category"
                                   << "name" << text;
    QTest::newRow("assignee phone") << "assignee"
                                    << "phone"
                                    << "'13811112222'";
    QTest::newRow("issue status") << "issue"
                                  << "status"
                                  << "'closed'";
    QTest::newRow("issue event text") << "issue_event"
                                      << "text" << text;
    QTest::newRow("attachment bytes") << "attachment"
                                      << "data"
                                      << "x'00'";
    QTest::newRow("setting value") << "setting"
                                   << "value"
                                   << "'1'";
    QTest::newRow("visit notes") << "visit"
                                 << "notes" << text;
    QTest::newRow("bulletin figures") << "weekly_report"
                                      << "figures"
                                      << "'{}'";
}

void TestAuditLedger::directEditIsNamed()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, value);
    TestRegister reg;
    build(reg);
    const QString sqlTable = table == QLatin1String("user") ? QStringLiteral("\"user\"") : table;
    QString expression = value;
    if (!reg.db->isSQLite() && value.startsWith(QLatin1String("x'")))
        expression = QStringLiteral("'\\x") + value.mid(2); // a bytea literal
    const qint64 id = maxId(*reg.db, sqlTable);
    exec(*reg.db, QStringLiteral("UPDATE %1 SET %2 = %3 WHERE id = %4").arg(sqlTable, column, expression).arg(id));
    const AuditLedger::RowCheck checked = rows(*reg.db);
    QCOMPARE(checked.problems, 1);
    const AuditLedger::Mismatch &m = checked.first.constFirst();
    QCOMPARE(m.table, table);
    QCOMPARE(m.recordId, id);
    QCOMPARE(m.column, column);
    QVERIFY2(m.message.contains(column) && m.message.contains(table), qPrintable(m.message));
    // The chain itself is whole: only the ledger sees this.
    QCOMPARE(AuditLog::verify(*reg.db)->firstBadId, 0);
    // The schema check knows the triggers that keep it so, on either kind of register, and
    // misses one that was dropped.
    auto schema = RegisterCheck::schema(*reg.db);
    LINLI_VERIFY_OK(schema);
    QVERIFY2(schema->isEmpty(), qPrintable(schema->join(QLatin1Char('\n'))));
    const QString dropped
        = reg.db->isSQLite() ? QStringLiteral("audit_log_no_delete") : QStringLiteral("audit_log_no_truncate");
    LINLI_VERIFY_OK(reg.db->execute(reg.db->isSQLite()
                                        ? QStringLiteral("DROP TRIGGER audit_log_no_delete")
                                        : QStringLiteral("DROP TRIGGER audit_log_no_truncate ON audit_log")));
    schema = RegisterCheck::schema(*reg.db);
    LINLI_VERIFY_OK(schema);
    QCOMPARE(schema->size(), 1);
    QVERIFY2(schema->constFirst().contains(dropped), qPrintable(schema->constFirst()));
}

void TestAuditLedger::deletedAndForeignRows()
{
    TestRegister reg;
    build(reg);
    const qint64 visit = maxId(*reg.db, QStringLiteral("visit"));
    exec(*reg.db, QStringLiteral("DELETE FROM visit WHERE id = %1").arg(visit));
    exec(*reg.db,
         QStringLiteral("INSERT INTO household (uuid, created_at, created_by, updated_at, updated_by, version, "
                        "grid_id, compound_id, building_id, unit, room, address, sort_key, housing_use, status) "
                        "SELECT 'f0f0f0f0-0000-4000-8000-000000000001', created_at, created_by, updated_at, "
                        "updated_by, 1, grid_id, compound_id, building_id, unit, '999', address || '999', "
                        "sort_key || '999', housing_use, status FROM household WHERE id = 1"));
    const qint64 foreign = maxId(*reg.db, QStringLiteral("household"));
    const AuditLedger::RowCheck checked = rows(*reg.db);
    QCOMPARE(checked.problems, 2);
    bool missing = false;
    bool added = false;
    for (const AuditLedger::Mismatch &m : checked.first) {
        missing = missing || (m.table == QLatin1String("visit") && m.recordId == visit);
        added = added || (m.table == QLatin1String("household") && m.recordId == foreign);
    }
    QVERIFY(missing);
    QVERIFY(added);
}

void TestAuditLedger::removedAuditRows_data()
{
    QTest::addColumn<int>("removed"); // newest rows; -1: all of them
    QTest::newRow("the newest row") << 1;
    QTest::newRow("the newest 50") << 50;
    QTest::newRow("all of them") << -1;
}

void TestAuditLedger::removedAuditRows()
{
    QFETCH(int, removed);
    TestRegister reg;
    build(reg);
    const AuditLedger::Digest digest = AuditLedger::current(*reg.db).value();
    QVERIFY(digest.rows > 60);
    dropGuards(*reg.db);
    if (removed < 0)
        exec(*reg.db, QStringLiteral("DELETE FROM audit_log"));
    else
        exec(*reg.db,
             QStringLiteral("DELETE FROM audit_log WHERE id > (SELECT max(id) FROM audit_log) - %1").arg(removed));
    // The chain that is left is whole; the digest kept elsewhere is not reached.
    QCOMPARE(AuditLog::verify(*reg.db)->firstBadId, 0);
    const Status reached = AuditLedger::reaches(*reg.db, digest);
    QVERIFY(!reached.ok());
    QVERIFY2(reached.error().message.contains(QString::number(digest.rows)), qPrintable(reached.error().message));
    // Without a digest, the ledger sees the records whose audit rows went.
    if (removed != 1)
        QVERIFY(rows(*reg.db).problems > 0);
}

void TestAuditLedger::forgedAndReorderedRows()
{
    TestRegister reg;
    build(reg);
    dropGuards(*reg.db);
    const qint64 resident = maxId(*reg.db, QStringLiteral("resident"));
    // A forged change appended with a correct chain, the data left as it was: the record no
    // longer equals its latest audit values.
    const qint64 last = maxId(*reg.db, QStringLiteral("audit_log"));
    exec(*reg.db,
         QStringLiteral("INSERT INTO audit_log (event_time, actor, action, table_name, record_id, record_uuid, "
                        "old_values, new_values, prev_hash, hash) SELECT event_time, actor, 'update', "
                        "'resident', %1, '', '{}', '{\"name\":\"假名\"}', '', '' FROM audit_log WHERE id = %2")
             .arg(resident)
             .arg(last));
    recompute(*reg.db, last + 1);
    QCOMPARE(AuditLog::verify(*reg.db)->firstBadId, 0);
    const AuditLedger::RowCheck checked = rows(*reg.db);
    QCOMPARE(checked.problems, 1);
    QCOMPARE(checked.first.constFirst().column, QStringLiteral("name"));

    // Two rows swapped: the chain breaks where the first of them stands.
    TestRegister other;
    build(other);
    dropGuards(*other.db);
    exec(*other.db, QStringLiteral("UPDATE audit_log SET id = -1 WHERE id = 10"));
    exec(*other.db, QStringLiteral("UPDATE audit_log SET id = 10 WHERE id = 11"));
    exec(*other.db, QStringLiteral("UPDATE audit_log SET id = 11 WHERE id = -1"));
    QCOMPARE(AuditLog::verify(*other.db)->firstBadId, 10);
}

void TestAuditLedger::recomputedChainFailsTheDigest()
{
    TestRegister reg;
    build(reg);
    const AuditLedger::Digest digest = AuditLedger::current(*reg.db).value();
    AuditLedger::remember(*reg.db); // this workstation's settings
    dropGuards(*reg.db);
    // A resident's name changed, its insert row changed to match, and the chain recomputed.
    const qint64 resident = maxId(*reg.db, QStringLiteral("resident"));
    exec(*reg.db, QStringLiteral("UPDATE resident SET name = '假名' WHERE id = %1").arg(resident));
    const qint64 insert = queryValue(*reg.db,
                                     QStringLiteral("SELECT id FROM audit_log WHERE table_name = 'resident' "
                                                    "AND action = 'insert' AND record_id = :r"),
                                     {{QStringLiteral("r"), resident}})
                              .value()
                              .toLongLong();
    QVERIFY(insert > 0);
    exec(*reg.db,
         QStringLiteral("UPDATE audit_log SET new_values = replace(new_values, '王秀英', '假名') WHERE id = %1")
             .arg(insert));
    recompute(*reg.db, insert);
    // Chain and ledger are consistent again: only a digest kept elsewhere tells.
    QCOMPARE(AuditLog::verify(*reg.db)->firstBadId, 0);
    QCOMPARE(rows(*reg.db).problems, 0);
    const Status reached = AuditLedger::reaches(*reg.db, digest);
    QVERIFY(!reached.ok());
    QVERIFY(reached.error().message.contains(digest.text()));
    const QList<AuditLedger::Digest> kept = AuditLedger::remembered(*reg.db);
    QVERIFY(!kept.isEmpty());
    QCOMPARE(kept.constLast().text(), digest.text());
    QVERIFY(!AuditLedger::reaches(*reg.db, kept.constLast()).ok());
}

void TestAuditLedger::theLogIsAppendOnly()
{
    TestRegister reg;
    build(reg);
    QVERIFY(!reg.db->execute(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE id = 1")).ok());
    QVERIFY(!reg.db->execute(QStringLiteral("DELETE FROM audit_log WHERE id = 1")).ok());
    if (!reg.db->isSQLite())
        QVERIFY(!reg.db->execute(QStringLiteral("TRUNCATE audit_log")).ok());
    QCOMPARE(AuditLog::verify(*reg.db)->firstBadId, 0);
}

void TestAuditLedger::digestsAreReadFromText()
{
    const QString hash(64, QLatin1Char('a'));
    auto d = AuditLedger::Digest::parse(QStringLiteral("  1234:") + hash.toUpper() + QStringLiteral("\n"));
    QVERIFY(d.has_value());
    QCOMPARE(d->rows, 1234);
    QCOMPARE(d->text(), QStringLiteral("1234:") + hash);
    QVERIFY(!AuditLedger::Digest::parse(QStringLiteral("1234:") + hash.left(63)).has_value());
    QVERIFY(!AuditLedger::Digest::parse(QStringLiteral("-3:") + hash).has_value());
    QVERIFY(!AuditLedger::Digest::parse(QStringLiteral("abc")).has_value());
    const QString manifest = QStringLiteral("{\"audit_digest\": \"77:%1\", \"other\": \"12:%2\"}")
                                 .arg(hash, QString(64, QLatin1Char('b')));
    const QList<AuditLedger::Digest> found = AuditLedger::Digest::findIn(manifest);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).rows, 77);
}

QTEST_GUILESS_MAIN(TestAuditLedger)
#include "tst_auditledger.moc"
