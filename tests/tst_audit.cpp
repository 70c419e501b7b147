#include "testregister.h"

#include "storage/audit.h"
#include "storage/sql.h"

using namespace linli;
using linli::test::TestRegister;

class TestAudit final : public QObject
{
    Q_OBJECT
private slots:
    void chainIsIntactAfterWrites();
    void detectsAChangedRow();
    void detectsARemovedRow();
    void refusesAuditOutsideATransaction();
};

void TestAudit::chainIsIntactAfterWrites()
{
    TestRegister reg;
    QVERIFY(reg.open());
    auto h = reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).value();
    QVERIFY(reg.addResident(h.meta.id, QStringLiteral("陈刚"), QString()).ok());
    auto v = AuditLog::verify(*reg.db);
    QVERIFY(v.ok());
    QVERIFY(v->rows >= 6);
    QCOMPARE(v->firstBadId, 0);
}

void TestAudit::detectsAChangedRow()
{
    TestRegister reg;
    QVERIFY(reg.open());
    auto h = reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).value();
    QVERIFY(reg.addResident(h.meta.id, QStringLiteral("陈刚"), QString()).ok());
    const qint64 target = queryValue(*reg.db, QStringLiteral("SELECT id FROM audit_log WHERE table_name = 'household'"))
                              .value()
                              .toLongLong();
    QVERIFY(runQuery(*reg.db, QStringLiteral("UPDATE audit_log SET actor = 'someone' WHERE id = :id"),
                     {{QStringLiteral("id"), target}})
                .ok());
    auto v = AuditLog::verify(*reg.db);
    QCOMPARE(v->firstBadId, target);
    QVERIFY(v->reason.contains(QString::number(target)));
}

void TestAudit::detectsARemovedRow()
{
    TestRegister reg;
    QVERIFY(reg.open());
    auto h = reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).value();
    QVERIFY(reg.addResident(h.meta.id, QStringLiteral("陈刚"), QString()).ok());
    const qint64 target = queryValue(*reg.db, QStringLiteral("SELECT id FROM audit_log WHERE table_name = 'household'"))
                              .value()
                              .toLongLong();
    QVERIFY(runQuery(*reg.db, QStringLiteral("DELETE FROM audit_log WHERE id = :id"), {{QStringLiteral("id"), target}})
                .ok());
    auto v = AuditLog::verify(*reg.db);
    QCOMPARE(v->firstBadId, target + 1);
}

void TestAudit::refusesAuditOutsideATransaction()
{
    TestRegister reg;
    QVERIFY(reg.open(false));
    auto s = AuditLog::append(*reg.db, reg.actor, {QStringLiteral("insert"), QStringLiteral("x"), 1, {}, {}, {}});
    QVERIFY(!s.ok());
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
