#include "testregister.h"

#include "storage/audit.h"
#include "storage/sql.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace linli;
using linli::test::TestRegister;

class TestAudit final : public QObject
{
    Q_OBJECT

    // The log is append-only: whoever edits it drops its triggers first.
    static void dropGuards(Database &db)
    {
        const QStringList drops = db.isSQLite()
            ? QStringList{QStringLiteral("DROP TRIGGER audit_log_no_update"),
                          QStringLiteral("DROP TRIGGER audit_log_no_delete")}
            : QStringList{QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log")};
        for (const QString &sql : drops)
            QVERIFY(db.execute(sql).ok());
    }
private slots:
    void chainIsIntactAfterWrites();
    void detectsAChangedRow();
    void detectsARemovedRow();
    void refusesAuditOutsideATransaction();
    void jsonTextIsQtsJson();
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
    dropGuards(*reg.db);
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
    dropGuards(*reg.db);
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

void TestAudit::jsonTextIsQtsJson()
{
    // The audit's own JSON writer gives, character for character, what QJsonDocument gives.
    QString every;
    for (char16_t c = 0; c < 0x80; ++c)
        every += QChar(c);
    const QVariantMap values{
        {QStringLiteral("ascii"), every},
        {QStringLiteral("chinese"), QStringLiteral("王秀英 住 3号楼\t1单元")},
        {QStringLiteral("pair"), QString::fromUcs4(U"𠀀𪚥")},
        {QStringLiteral("lone"), QString(QChar(0xD800)) + QChar(u'x') + QChar(0xDC00)},
        {QStringLiteral("empty"), QString()},
        {QStringLiteral("null"), QVariant()},
        {QStringLiteral("null_text"), QVariant(QMetaType::fromType<QString>())}, // as a driver gives NULL
        {QStringLiteral("int"), 42},
        {QStringLiteral("long"), Q_INT64_C(-9007199254740993)},
        {QStringLiteral("bool"), true},
        {QStringLiteral("real"), 2.5},
        {QStringLiteral("date"), QDate(2026, 11, 23)},
    };
    const QString qt
        = QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(values)).toJson(QJsonDocument::Compact));
    QCOMPARE(AuditLog::jsonText(values), qt);
    QCOMPARE(AuditLog::jsonText({}), QStringLiteral("{}"));
    // Where it differs on purpose: a typed NULL number (no household, no visit) is null, as
    // the register stores it, where Qt writes 0; the audit ledger compares the two.
    QCOMPARE(AuditLog::jsonText({{QStringLiteral("household_id"), QVariant(QMetaType::fromType<qlonglong>())}}),
             QStringLiteral("{\"household_id\":null}"));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
