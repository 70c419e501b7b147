#include "testregister.h"

#include "storage/audit.h"
#include "storage/sql.h"

using namespace linli;
using linli::test::TestRegister;

class TestRepositories final : public QObject
{
    Q_OBJECT

    static int auditRows(Database &db, const char *table)
    {
        return queryValue(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = :t"),
                          {{QStringLiteral("t"), QString::fromLatin1(table)}})
            .value()
            .toInt();
    }

private slots:
    void createsAndReadsHousehold();
    void updatesHouseholdWithVersion();
    void staleHouseholdUpdateIsAConflict();
    void secondHouseholdAtSameDwellingIsRefused();
    void invalidHouseholdWritesNothing();
    void createsResidentsWithDerivedFields();
    void residentValidationNamesTheField();
    void duplicateActiveIdNumberNamesTheRegisteredOne();
    void idNumberIsFreeAgainAfterMovingOut();
    void onlyOneHead();
    void residentStatusChangesNeedADate();
    void movingOutTakesTheMembersAlong();
    void closingNeedsTheMembersGone();
    void careTagsStartAndEnd();
    void failedNestedWriteRollsBackEverything();
    void listsAndCountsByPlace();
};

void TestRepositories::createsAndReadsHousehold()
{
    TestRegister reg;
    QVERIFY(reg.open());
    Household h = reg.household(QStringLiteral("2"), QStringLiteral("501"));
    h.housingUse = QStringLiteral("出租");
    h.phone = QStringLiteral("010 8765 4321");
    auto created = HouseholdRepository(*reg.db).create(h, reg.actor);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QCOMPARE(created->address, QStringLiteral("幸福里小区3号楼2单元501室"));
    QCOMPARE(created->housingUse, QStringLiteral("rented"));
    QCOMPARE(created->phone, QStringLiteral("010-87654321"));
    QCOMPARE(created->meta.version, 1);
    QVERIFY(!created->meta.uuid.isEmpty());

    auto read = HouseholdRepository(*reg.db).getByUuid(created->meta.uuid);
    QVERIFY(read.ok());
    QCOMPARE(read->meta.id, created->meta.id);
    QCOMPARE(read->address, created->address);
    QCOMPARE(read->meta.createdBy, QStringLiteral("tester"));
    QCOMPARE(auditRows(*reg.db, "household"), 1);
}

void TestRepositories::updatesHouseholdWithVersion()
{
    TestRegister reg;
    QVERIFY(reg.open());
    auto h = reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).value();
    h.notes = QStringLiteral("楼道堆物已清理");
    h.housingUse = QStringLiteral("vacant");
    auto updated = HouseholdRepository(*reg.db).update(h, reg.actor);
    QVERIFY(updated.ok());
    QCOMPARE(updated->meta.version, 2);
    QCOMPARE(auditRows(*reg.db, "household"), 2);
    auto audit = runQuery(
        *reg.db, QStringLiteral("SELECT old_values, new_values, action FROM audit_log ORDER BY id DESC LIMIT 1"));
    QVERIFY(audit.value().next());
    QVERIFY(audit.value().value(0).toString().contains(QStringLiteral("owner")));
    QVERIFY(audit.value().value(1).toString().contains(QStringLiteral("vacant")));
    QCOMPARE(audit.value().value(2).toString(), QStringLiteral("update"));
}

void TestRepositories::staleHouseholdUpdateIsAConflict()
{
    TestRegister reg;
    QVERIFY(reg.open());
    auto first = reg.addHousehold(QStringLiteral("1"), QStringLiteral("102")).value();
    Household second = first; // two people opened the same household
    first.notes = QStringLiteral("first");
    QVERIFY(HouseholdRepository(*reg.db).update(first, reg.actor).ok());
    second.notes = QStringLiteral("second");
    auto stale = HouseholdRepository(*reg.db).update(second, reg.actor);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
    QVERIFY2(stale.error().message.contains(QStringLiteral("1单元102室")), qPrintable(stale.error().message));
    QCOMPARE(HouseholdRepository(*reg.db).get(first.meta.id)->notes, QStringLiteral("first"));
    QCOMPARE(auditRows(*reg.db, "household"), 2);
}

void TestRepositories::secondHouseholdAtSameDwellingIsRefused()
{
    TestRegister reg;
    QVERIFY(reg.open());
    QVERIFY(reg.addHousehold(QStringLiteral("1"), QStringLiteral("201")).ok());
    auto again = reg.addHousehold(QStringLiteral("1"), QStringLiteral("201"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().field, QStringLiteral("room"));
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM household")).value().toInt(), 1);
}

void TestRepositories::invalidHouseholdWritesNothing()
{
    TestRegister reg;
    QVERIFY(reg.open());
    Household h = reg.household(QStringLiteral("1"), QString());
    auto r = HouseholdRepository(*reg.db).create(h, reg.actor);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("room"));
    h.room = QStringLiteral("301");
    h.phone = QStringLiteral("12345");
    r = HouseholdRepository(*reg.db).create(h, reg.actor);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("phone"));
    h.phone.clear();
    h.gridId = 999;
    r = HouseholdRepository(*reg.db).create(h, reg.actor);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("grid"));
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM household")).value().toInt(), 0);
    QCOMPARE(auditRows(*reg.db, "household"), 0);
}

void TestRepositories::createsResidentsWithDerivedFields()
{
    TestRegister reg;
    QVERIFY(reg.open());
    auto h = reg.addHousehold(QStringLiteral("1"), QStringLiteral("301")).value();
    auto head = reg.addResident(h.meta.id, QStringLiteral(" 王 秀英 "), QStringLiteral("11010519491231002x"));
    QVERIFY2(head.ok(), qPrintable(head.ok() ? QString() : head.error().message));
    QCOMPARE(head->name, QStringLiteral("王 秀英"));
    QCOMPARE(head->idNumber, QStringLiteral("11010519491231002X"));
    QCOMPARE(head->sex, QStringLiteral("F"));
    QCOMPARE(head->birthDate, QStringLiteral("1949-12-31"));
    auto spouse = reg.addResident(h.meta.id, QStringLiteral("李建国"), QStringLiteral("440524188001010014"),
                                  QStringLiteral("配偶"), QStringLiteral("13912345678"));
    QVERIFY(spouse.ok());
    QCOMPARE(spouse->relation, QStringLiteral("spouse"));
    auto members = ResidentRepository(*reg.db).listByHousehold(h.meta.id, false);
    QCOMPARE(members->size(), 2);
    QCOMPARE(members->at(0).relation, QStringLiteral("head"));
    QCOMPARE(auditRows(*reg.db, "resident"), 2);
}

void TestRepositories::residentValidationNamesTheField()
{
    TestRegister reg;
    QVERIFY(reg.open());
    auto h = reg.addHousehold(QStringLiteral("1"), QStringLiteral("302")).value();
    struct Case {
        const char *name, *id, *relation, *phone, *field;
    } cases[] = {
        {"", "", "head", "", "name"},
        {"张三", "110105194912310021", "head", "", "id_number"},
        {"张三", "", "boss", "", "relation"},
        {"张三", "", "head", "123", "phone"},
    };
    for (const Case &c : cases) {
        auto r = reg.addResident(h.meta.id, QString::fromUtf8(c.name), QString::fromLatin1(c.id),
                                 QString::fromLatin1(c.relation), QString::fromLatin1(c.phone));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QString::fromLatin1(c.field));
    }
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM resident")).value().toInt(), 0);
}

void TestRepositories::duplicateActiveIdNumberNamesTheRegisteredOne()
{
    TestRegister reg;
    QVERIFY(reg.open());
    auto a = reg.addHousehold(QStringLiteral("1"), QStringLiteral("401")).value();
    auto b = reg.addHousehold(QStringLiteral("1"), QStringLiteral("402")).value();
    QVERIFY(reg.addResident(a.meta.id, QStringLiteral("赵淑珍"), QStringLiteral("440524188001010014")).ok());
    auto dup = reg.addResident(b.meta.id, QStringLiteral("赵淑贞"), QStringLiteral("440524188001010014"));
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().code, ErrorCode::Conflict);
    QCOMPARE(dup.error().field, QStringLiteral("id_number"));
    QVERIFY(dup.error().message.contains(QStringLiteral("赵淑珍")));
    QVERIFY(dup.error().message.contains(QStringLiteral("1单元401室")));
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM resident")).value().toInt(), 1);
}

void TestRepositories::idNumberIsFreeAgainAfterMovingOut()
{
    TestRegister reg;
    QVERIFY(reg.open());
    auto a = reg.addHousehold(QStringLiteral("1"), QStringLiteral("501")).value();
    auto b = reg.addHousehold(QStringLiteral("1"), QStringLiteral("502")).value();
    auto r = reg.addResident(a.meta.id, QStringLiteral("钱伟"), QStringLiteral("440524188001010014")).value();
    QVERIFY(ResidentRepository(*reg.db)
                .setStatus(r.meta.id, r.meta.version, QStringLiteral("moved_out"), QDate(2026, 3, 1),
                           QStringLiteral("幸福里小区3号楼1单元502室"), reg.actor)
                .ok());
    QVERIFY(reg.addResident(b.meta.id, QStringLiteral("钱伟"), QStringLiteral("440524188001010014")).ok());
}

void TestRepositories::onlyOneHead()
{
    TestRegister reg;
    QVERIFY(reg.open());
    auto h = reg.addHousehold(QStringLiteral("1"), QStringLiteral("601")).value();
    QVERIFY(reg.addResident(h.meta.id, QStringLiteral("孙丽"), QString()).ok());
    auto second = reg.addResident(h.meta.id, QStringLiteral("孙强"), QString());
    QVERIFY(!second.ok());
    QCOMPARE(second.error().field, QStringLiteral("relation"));
    QVERIFY(second.error().message.contains(QStringLiteral("孙丽")));
}

void TestRepositories::residentStatusChangesNeedADate()
{
    TestRegister reg;
    QVERIFY(reg.open());
    auto h = reg.addHousehold(QStringLiteral("1"), QStringLiteral("701")).value();
    auto r = reg.addResident(h.meta.id, QStringLiteral("周桂英"), QStringLiteral("11010519491231002X")).value();
    ResidentRepository repo(*reg.db);
    auto noDate = repo.setStatus(r.meta.id, r.meta.version, QStringLiteral("deceased"), QDate(), {}, reg.actor);
    QVERIFY(!noDate.ok());
    QCOMPARE(noDate.error().field, QStringLiteral("status_date"));
    auto future = repo.setStatus(r.meta.id, r.meta.version, QStringLiteral("deceased"), QDate::currentDate().addDays(1),
                                 {}, reg.actor);
    QVERIFY(!future.ok());
    auto beforeBirth
        = repo.setStatus(r.meta.id, r.meta.version, QStringLiteral("deceased"), QDate(1940, 1, 1), {}, reg.actor);
    QVERIFY(!beforeBirth.ok());
    auto died = repo.setStatus(r.meta.id, r.meta.version, QStringLiteral("死亡"), QDate(2026, 10, 8), {}, reg.actor);
    QVERIFY2(died.ok(), qPrintable(died.ok() ? QString() : died.error().message));
    QCOMPARE(died->status, QStringLiteral("deceased"));
    QCOMPARE(repo.get(r.meta.id)->statusDate, QStringLiteral("2026-10-08"));
    auto stale
        = repo.setStatus(r.meta.id, r.meta.version, QStringLiteral("moved_out"), QDate(2026, 10, 9), {}, reg.actor);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
    QCOMPARE(repo.listByHousehold(h.meta.id, false)->size(), 0);
    QCOMPARE(repo.listByHousehold(h.meta.id, true)->size(), 1);
}

void TestRepositories::movingOutTakesTheMembersAlong()
{
    TestRegister reg;
    QVERIFY(reg.open());
    auto h = reg.addHousehold(QStringLiteral("2"), QStringLiteral("101")).value();
    QVERIFY(reg.addResident(h.meta.id, QStringLiteral("吴敏"), QString()).ok());
    QVERIFY(reg.addResident(h.meta.id, QStringLiteral("吴小宝"), QString(), QStringLiteral("son")).ok());
    auto moved = HouseholdRepository(*reg.db).setStatus(h.meta.id, h.meta.version, QStringLiteral("moved_out"),
                                                        QDate(2026, 6, 30), reg.actor);
    QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().message));
    QCOMPARE(ResidentRepository(*reg.db).listByHousehold(h.meta.id, false)->size(), 0);
    QCOMPARE(queryValue(*reg.db,
                        QStringLiteral("SELECT count(*) FROM resident WHERE status = 'moved_out' AND "
                                       "status_date = '2026-06-30'"))
                 .value()
                 .toInt(),
             2);
    // The dwelling is free for the next household.
    QVERIFY(reg.addHousehold(QStringLiteral("2"), QStringLiteral("101")).ok());
}

void TestRepositories::closingNeedsTheMembersGone()
{
    TestRegister reg;
    QVERIFY(reg.open());
    auto h = reg.addHousehold(QStringLiteral("2"), QStringLiteral("102")).value();
    QVERIFY(reg.addResident(h.meta.id, QStringLiteral("郑红"), QString()).ok());
    auto closed = HouseholdRepository(*reg.db).setStatus(h.meta.id, h.meta.version, QStringLiteral("closed"),
                                                         QDate(2026, 6, 30), reg.actor);
    QVERIFY(!closed.ok());
    QCOMPARE(HouseholdRepository(*reg.db).get(h.meta.id)->status, QStringLiteral("active"));
}

void TestRepositories::careTagsStartAndEnd()
{
    TestRegister reg;
    QVERIFY(reg.open());
    auto h = reg.addHousehold(QStringLiteral("2"), QStringLiteral("201")).value();
    auto r = reg.addResident(h.meta.id, QStringLiteral("冯秀兰"), QStringLiteral("11010519491231002X")).value();
    CareTagRepository tags(*reg.db);
    QVERIFY(tags.setResidentTags(r.meta.id, {QStringLiteral("独居老人"), QStringLiteral("高龄")}, QDate(2026, 1, 1),
                                 reg.actor)
                .ok());
    QCOMPARE(tags.residentTags(r.meta.id, QDate(2026, 2, 1))->size(), 2);
    QVERIFY(tags.setResidentTags(r.meta.id, {QStringLiteral("高龄")}, QDate(2026, 5, 1), reg.actor).ok());
    QCOMPARE(tags.residentTags(r.meta.id, QDate(2026, 4, 30))->size(), 2);
    auto now = tags.residentTags(r.meta.id, QDate(2026, 5, 1));
    QCOMPARE(now->size(), 1);
    QCOMPARE(now->constFirst().tagName, QStringLiteral("高龄"));
    QCOMPARE(tags.residentTags(r.meta.id)->size(), 2); // history kept
    auto bad = tags.setResidentTags(r.meta.id, {QStringLiteral("VIP")}, QDate(2026, 5, 2), reg.actor);
    QVERIFY(!bad.ok());
    QCOMPARE(tags.residentTags(r.meta.id, QDate(2026, 5, 2))->size(), 1);
}

void TestRepositories::failedNestedWriteRollsBackEverything()
{
    TestRegister reg;
    QVERIFY(reg.open());
    const int auditBefore = queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM audit_log")).value().toInt();
    {
        Transaction outer(*reg.db);
        QVERIFY(outer.status().ok());
        auto h = reg.addHousehold(QStringLiteral("3"), QStringLiteral("101"));
        QVERIFY(h.ok());
        auto bad = reg.addResident(h->meta.id, QString(), QString());
        QVERIFY(!bad.ok());
        // The caller gives up: the household goes too.
    }
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM household")).value().toInt(), 0);
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM audit_log")).value().toInt(), auditBefore);
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM search_gram")).value().toInt(), 0);
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM search_owner")).value().toInt(), 0);
}

void TestRepositories::listsAndCountsByPlace()
{
    TestRegister reg;
    QVERIFY(reg.open());
    for (const char *room : {"1102", "101", "2-301", "201"})
        QVERIFY(reg.addHousehold(QStringLiteral("1"), QString::fromLatin1(room)).ok());
    auto other = PlaceRepository(*reg.db).ensureBuilding(reg.compound.meta.id, QStringLiteral("10号楼"), reg.actor);
    Household h = reg.household(QStringLiteral("1"), QStringLiteral("101"));
    h.buildingId = other->meta.id;
    QVERIFY(HouseholdRepository(*reg.db).create(h, reg.actor).ok());

    HouseholdRepository repo(*reg.db);
    HouseholdFilter f;
    f.buildingId = reg.building.meta.id;
    QCOMPARE(repo.count(f).value(), 4);
    auto rows = repo.list(f, 0, 10).value();
    QStringList rooms;
    for (const HouseholdRow &r : rows)
        rooms << r.address.section(QStringLiteral("单元"), 1);
    QCOMPARE(rooms,
             (QStringList{QStringLiteral("2-301"), QStringLiteral("101室"), QStringLiteral("201室"),
                          QStringLiteral("1102室")}));
    f = HouseholdFilter{};
    f.compoundId = reg.compound.meta.id;
    QCOMPARE(repo.count(f).value(), 5);
    // 3号楼 before 10号楼: numbers sort as numbers.
    QVERIFY(repo.list(f, 0, 10)->last().address.contains(QStringLiteral("10号楼")));
    QCOMPARE(repo.list(f, 1, 2)->size(), 2);
    f.restrictToIds = true;
    f.ids = {rows.at(0).id};
    QCOMPARE(repo.count(f).value(), 1);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
