#include "testregister.h"

#include "ledger/issuerepository.h"
#include "register/residentrepository.h"
#include "storage/sql.h"
#include "visits/visitrepository.h"

using namespace linli;
using linli::test::TestRegister;

// Visits, the due dates the care tags drive, yearly coverage and the walking order.
class TestVisits final : public QObject
{
    Q_OBJECT

    const QDate m_today{2026, 11, 23};

    static VisitRepository repo(TestRegister &reg, const QDate &today = QDate(2026, 11, 23))
    {
        VisitRepository r(*reg.db);
        r.setToday(today);
        return r;
    }
    static Result<Visit> visit(TestRegister &reg, qint64 household, const QString &date,
                               const QString &kind = QStringLiteral("routine"))
    {
        Visit v;
        v.householdId = household;
        v.visitDate = date;
        v.visitor = QStringLiteral("李网格");
        v.kind = kind;
        return repo(reg).add(v, reg.actor);
    }
    static qint64 tagId(TestRegister &reg, const QString &name)
    {
        return queryValue(*reg.db, QStringLiteral("SELECT id FROM care_tag WHERE name = :n"),
                          {{QStringLiteral("n"), name}})
            .value()
            .toLongLong();
    }
    static bool tag(TestRegister &reg, const char *table, const char *owner, qint64 ownerId, const QString &name,
                    const QString &start, const QString &end = {})
    {
        auto meta = Records::insert(*reg.db, reg.actor, QString::fromLatin1(table),
                                    {{QString::fromLatin1(owner), ownerId},
                                     {QStringLiteral("care_tag_id"), tagId(reg, name)},
                                     {QStringLiteral("start_date"), start},
                                     {QStringLiteral("end_date"), nullIfEmpty(end)}});
        return meta.ok();
    }
    static int visits(TestRegister &reg)
    {
        return queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM visit")).value().toInt();
    }

private slots:
    void logsAVisit();
    void refusesBadVisits();
    void dueDatesFollowTheTags();
    void ageMakesATag();
    void householdMovingOutMidYear();
    void coverageAtTheYearBoundary();
    void coverageByPlace();
    void routeOrder();
    void aVisitLoggedLateKeepsTheLatest();
    void issueFromAVisit();
};

void TestVisits::logsAVisit()
{
    TestRegister reg;
    QVERIFY(reg.open());
    const Household h = reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).value();
    Visit v;
    v.householdId = h.meta.id;
    v.visitDate = QStringLiteral("2026-11-20");
    v.visitor = QStringLiteral(" 李网格 ");
    v.kind = QStringLiteral("重点关怀");
    v.personsMet = {QStringLiteral("王秀英"), QStringLiteral(" "), QStringLiteral("张强")};
    v.notes = QStringLiteral("老人身体尚好");
    v.findings = QStringLiteral("楼道灯坏");
    auto added = repo(reg).add(v, reg.actor);
    LINLI_VERIFY_OK(added);
    QCOMPARE(added->kind, QStringLiteral("care"));
    QCOMPARE(added->visitor, QStringLiteral("李网格"));
    QCOMPARE(added->personsMet, (QStringList{QStringLiteral("王秀英"), QStringLiteral("张强")}));
    QCOMPARE(added->address, h.address);
    QCOMPARE(added->gridName, QStringLiteral("第一网格"));
    // With its audit row.
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'visit'"))->toInt(),
             1);
    // Listed with the filters.
    VisitFilter f;
    f.householdId = h.meta.id;
    QCOMPARE(repo(reg).list(f)->size(), 1);
    f.text = QStringLiteral("楼道灯");
    QCOMPARE(repo(reg).count(f).value(), 1);
    f.text = QStringLiteral("漏水");
    QCOMPARE(repo(reg).count(f).value(), 0);
    VisitFilter range;
    range.from = QDate(2026, 11, 21);
    QCOMPARE(repo(reg).count(range).value(), 0);
    range.from = QDate(2026, 11, 20);
    range.kind = QStringLiteral("care");
    QCOMPARE(repo(reg).count(range).value(), 1);
}

void TestVisits::refusesBadVisits()
{
    TestRegister reg;
    QVERIFY(reg.open());
    const Household h = reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).value();
    struct Case {
        const char *name;
        qint64 household;
        QString date;
        QString kind;
        QString visitor;
        const char *field;
    };
    const Case cases[] = {
        {"future", h.meta.id, QStringLiteral("2026-11-24"), QStringLiteral("routine"), QStringLiteral("李"),
         "visit_date"},
        {"bad date", h.meta.id, QStringLiteral("2026-02-30"), QStringLiteral("routine"), QStringLiteral("李"),
         "visit_date"},
        {"unknown household", 999999, QStringLiteral("2026-11-20"), QStringLiteral("routine"), QStringLiteral("李"),
         "household"},
        {"bad kind", h.meta.id, QStringLiteral("2026-11-20"), QStringLiteral("party"), QStringLiteral("李"), "kind"},
        {"no visitor", h.meta.id, QStringLiteral("2026-11-20"), QStringLiteral("routine"), QStringLiteral("  "),
         "visitor"},
    };
    for (const Case &c : cases) {
        Visit v;
        v.householdId = c.household;
        v.visitDate = c.date;
        v.kind = c.kind;
        v.visitor = c.visitor;
        auto refused = repo(reg).add(v, reg.actor);
        QVERIFY2(!refused.ok(), c.name);
        QCOMPARE(refused.error().field, QString::fromLatin1(c.field));
        QVERIFY(!refused.error().message.isEmpty());
    }
    Visit huge;
    huge.householdId = h.meta.id;
    huge.visitor = QStringLiteral("李");
    huge.notes = QString(10 * 1024 * 1024, QLatin1Char('x'));
    QCOMPARE(repo(reg).add(huge, reg.actor).error().field, QStringLiteral("notes"));
    QCOMPARE(visits(reg), 0);

    // A closed household: refused after it was closed, accepted from before (logged late).
    auto closed = HouseholdRepository(*reg.db).setStatus(h.meta.id, h.meta.version, QStringLiteral("closed"),
                                                         QDate(2026, 6, 1), reg.actor);
    LINLI_VERIFY_OK(closed);
    auto after = visit(reg, h.meta.id, QStringLiteral("2026-06-01"));
    QVERIFY(!after.ok());
    QVERIFY2(after.error().message.contains(QStringLiteral("2026-06-01")), qPrintable(after.error().message));
    QCOMPARE(visits(reg), 0);
    LINLI_VERIFY_OK(visit(reg, h.meta.id, QStringLiteral("2026-05-31")));
}

void TestVisits::dueDatesFollowTheTags()
{
    TestRegister reg;
    QVERIFY(reg.open());
    const Household h = reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).value();
    const Resident head = reg.addResident(h.meta.id, QStringLiteral("王秀英"), QString()).value();
    const Resident child
        = reg.addResident(h.meta.id, QStringLiteral("王小宝"), QString(), QStringLiteral("grandchild")).value();

    // Never visited: due now.
    auto never = repo(reg).dueFor(h.meta.id, QDate(2026, 1, 5));
    QVERIFY(never.ok());
    QVERIFY(!never->dueDate.isValid());
    QVERIFY(never->isDue(QDate(2026, 1, 5)));
    QCOMPARE(never->intervalDays, 365);

    LINLI_VERIFY_OK(visit(reg, h.meta.id, QStringLiteral("2026-01-10")));
    QCOMPARE(repo(reg).dueFor(h.meta.id, QDate(2026, 2, 1))->dueDate, QDate(2027, 1, 10));

    // 低保 (90 days) on the head from March to June.
    QVERIFY(tag(reg, "resident_tag", "resident_id", head.meta.id, QStringLiteral("低保"), QStringLiteral("2026-03-01"),
                QStringLiteral("2026-06-01")));
    QCOMPARE(repo(reg).dueFor(h.meta.id, QDate(2026, 2, 28))->intervalDays, 365);
    auto inMarch = repo(reg).dueFor(h.meta.id, QDate(2026, 3, 1)).value();
    QCOMPARE(inMarch.intervalDays, 90);
    QCOMPARE(inMarch.dueDate, QDate(2026, 4, 10));
    QCOMPARE(inMarch.tags, QStringList{QStringLiteral("低保")});
    QCOMPARE(repo(reg).dueFor(h.meta.id, QDate(2026, 5, 31))->intervalDays, 90);
    QCOMPARE(repo(reg).dueFor(h.meta.id, QDate(2026, 6, 1))->intervalDays, 365); // ended

    // 留守儿童 (30) on the grandchild from May; 残疾 (90) on the household all along.
    QVERIFY(tag(reg, "resident_tag", "resident_id", child.meta.id, QStringLiteral("留守儿童"),
                QStringLiteral("2026-05-01")));
    QVERIFY(tag(reg, "household_tag", "household_id", h.meta.id, QStringLiteral("残疾"), QString()));
    auto inMay = repo(reg).dueFor(h.meta.id, QDate(2026, 5, 15)).value();
    QCOMPARE(inMay.intervalDays, 30);
    QCOMPARE(inMay.tags.constFirst(), QStringLiteral("留守儿童"));
    QVERIFY(inMay.tags.contains(QStringLiteral("残疾")));
    QCOMPARE(repo(reg).dueFor(h.meta.id, QDate(2026, 4, 15))->intervalDays, 90);

    // The due list agrees: due on 2026-02-09 (last 01-10 + 30), not listed the day before.
    DueFilter f;
    f.asOf = QDate(2026, 5, 15);
    auto due = repo(reg, f.asOf).due(f);
    QVERIFY(due.ok());
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->constFirst().dueDate, QDate(2026, 2, 9));
    QCOMPARE(due->constFirst().head, QStringLiteral("王秀英"));
    QCOMPARE(due->constFirst().householdUuid, h.meta.uuid);
    LINLI_VERIFY_OK(visit(reg, h.meta.id, QStringLiteral("2026-05-15")));
    QVERIFY(repo(reg).due(f)->isEmpty());
    f.asOf = QDate(2026, 6, 13);
    QVERIFY(repo(reg).due(f)->isEmpty());
    f.asOf = QDate(2026, 6, 14); // 05-15 + 30
    QCOMPARE(repo(reg).due(f)->size(), 1);
    f.asOf = QDate(2026, 6, 10);
    f.withinDays = 7; // coming up within a week
    QCOMPARE(repo(reg).due(f)->size(), 1);

    // A member who moved out takes her tags along.
    QVERIFY(ResidentRepository(*reg.db)
                .setStatus(child.meta.id, child.meta.version, QStringLiteral("moved_out"), QDate(2026, 6, 1),
                           QStringLiteral("外省"), reg.actor)
                .ok());
    QCOMPARE(repo(reg).dueFor(h.meta.id, QDate(2026, 6, 10))->intervalDays, 90);
}

void TestVisits::ageMakesATag()
{
    TestRegister reg;
    QVERIFY(reg.open());
    const Household h = reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).value();
    // Born 1946-05-20 (the check character fits): 80 on 2026-05-20.
    auto old = reg.addResident(h.meta.id, QStringLiteral("刘桂兰"), QStringLiteral("110101194605200028"));
    LINLI_VERIFY_OK(old);
    LINLI_VERIFY_OK(visit(reg, h.meta.id, QStringLiteral("2026-01-10")));
    QCOMPARE(repo(reg).dueFor(h.meta.id, QDate(2026, 5, 19))->intervalDays, 365);
    auto eighty = repo(reg).dueFor(h.meta.id, QDate(2026, 5, 20)).value();
    QCOMPARE(eighty.intervalDays, 30);
    QCOMPARE(eighty.tags, QStringList{QStringLiteral("高龄")});
    DueFilter f;
    f.asOf = QDate(2026, 5, 19);
    QVERIFY(repo(reg).due(f)->isEmpty());
    f.asOf = QDate(2026, 5, 20);
    QCOMPARE(repo(reg).due(f)->size(), 1);
}

void TestVisits::householdMovingOutMidYear()
{
    TestRegister reg;
    QVERIFY(reg.open());
    const Household stays = reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).value();
    const Household leaves = reg.addHousehold(QStringLiteral("1"), QStringLiteral("102")).value();
    LINLI_VERIFY_OK(visit(reg, leaves.meta.id, QStringLiteral("2025-03-01")));
    LINLI_VERIFY_OK(visit(reg, leaves.meta.id, QStringLiteral("2026-02-01")));
    QVERIFY(
        HouseholdRepository(*reg.db)
            .setStatus(leaves.meta.id, leaves.meta.version, QStringLiteral("moved_out"), QDate(2026, 6, 1), reg.actor)
            .ok());
    // This year it is no longer active: 1 active household, not visited.
    auto now = repo(reg).coverage(2026).value();
    QCOMPARE(now.asOf, m_today);
    QCOMPARE(now.total.activeHouseholds, 1);
    QCOMPARE(now.total.visitedHouseholds, 0);
    QCOMPARE(now.total.rate().value(), 0.0);
    // Last year it was, and was visited.
    auto last = repo(reg).coverage(2025).value();
    QCOMPARE(last.asOf, QDate(2025, 12, 31));
    QCOMPARE(last.total.activeHouseholds, 2);
    QCOMPARE(last.total.visitedHouseholds, 1);
    QCOMPARE(last.total.rate().value(), 0.5);
    auto unvisited = repo(reg).unvisited(2025).value();
    QCOMPARE(unvisited.size(), 1);
    QCOMPARE(unvisited.constFirst().householdId, stays.meta.id);
    // Not on the due list any more.
    DueFilter f;
    f.asOf = m_today;
    auto due = repo(reg).due(f).value();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.constFirst().householdId, stays.meta.id);
}

void TestVisits::coverageAtTheYearBoundary()
{
    TestRegister reg;
    QVERIFY(reg.open());
    const Household a = reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).value();
    const Household b = reg.addHousehold(QStringLiteral("1"), QStringLiteral("102")).value();
    QCOMPARE(repo(reg).coverage(2026)->total.rate().value(), 0.0);
    LINLI_VERIFY_OK(visit(reg, a.meta.id, QStringLiteral("2025-12-31")));
    LINLI_VERIFY_OK(visit(reg, b.meta.id, QStringLiteral("2026-01-01")));
    LINLI_VERIFY_OK(visit(reg, b.meta.id, QStringLiteral("2026-03-01"))); // counted once
    auto y2025 = repo(reg).coverage(2025).value();
    QCOMPARE(y2025.total.visitedHouseholds, 1);
    QCOMPARE(repo(reg).unvisited(2025)->constFirst().householdId, b.meta.id);
    auto y2026 = repo(reg).coverage(2026).value();
    QCOMPARE(y2026.total.visitedHouseholds, 1);
    QCOMPARE(y2026.total.unvisited(), 1);
    QCOMPARE(repo(reg).unvisited(2026)->constFirst().householdId, a.meta.id);
    // As of 2026-01-01 the new year has only its first day.
    auto newYear = repo(reg, QDate(2026, 1, 1)).coverage(2026).value();
    QCOMPARE(newYear.asOf, QDate(2026, 1, 1));
    QCOMPARE(newYear.total.visitedHouseholds, 1);
    // A year to come is refused; an empty register has no rate.
    QVERIFY(!repo(reg).coverage(2027).ok());
    TestRegister empty;
    QVERIFY(empty.open());
    QVERIFY(!repo(empty).coverage(2026)->total.rate().has_value());
}

void TestVisits::coverageByPlace()
{
    TestRegister reg;
    QVERIFY(reg.open());
    PlaceRepository places(*reg.db);
    const Grid second = places.ensureGrid(reg.grid.communityId, QStringLiteral("第二网格"), reg.actor).value();
    const Building other = places.ensureBuilding(reg.compound.meta.id, QStringLiteral("5号楼"), reg.actor).value();
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        Household h = reg.household(QStringLiteral("1"), QString::number(101 + i));
        if (i >= 2) {
            h.gridId = second.meta.id;
            h.buildingId = other.meta.id;
        }
        ids << HouseholdRepository(*reg.db).create(h, reg.actor).value().meta.id;
    }
    LINLI_VERIFY_OK(visit(reg, ids[0], QStringLiteral("2026-04-01")));
    LINLI_VERIFY_OK(visit(reg, ids[1], QStringLiteral("2026-04-01")));
    LINLI_VERIFY_OK(visit(reg, ids[2], QStringLiteral("2026-04-01")));
    auto report = repo(reg).coverage(2026).value();
    QCOMPARE(report.total.activeHouseholds, 4);
    QCOMPARE(report.total.visitedHouseholds, 3);
    QCOMPARE(report.byGrid.size(), 2);
    QCOMPARE(report.byGrid.at(0).name, QStringLiteral("第一网格"));
    QCOMPARE(report.byGrid.at(0).figures.rate().value(), 1.0);
    QCOMPARE(report.byGrid.at(1).figures.rate().value(), 0.5);
    QCOMPARE(report.byBuilding.size(), 2);
    QCOMPARE(report.byBuilding.at(1).name, QStringLiteral("幸福里小区5号楼"));
    QCOMPARE(report.byCommunity.size(), 1);
    QCOMPARE(report.byCommunity.constFirst().figures.visitedHouseholds, 3);
    // A worker who visits in the second grid gets its list only.
    Visit v;
    v.householdId = ids[2];
    v.visitDate = QStringLiteral("2026-06-01");
    v.visitor = QStringLiteral("周网格");
    LINLI_VERIFY_OK(repo(reg).add(v, reg.actor));
    DueFilter mine;
    mine.asOf = m_today;
    mine.worker = QStringLiteral("周网格");
    mine.withinDays = 365;
    auto list = repo(reg).due(mine).value();
    QCOMPARE(list.size(), 2);
    for (const VisitDue &d : list)
        QCOMPARE(d.gridName, QStringLiteral("第二网格"));
    QCOMPARE(repo(reg).workers(m_today).value(), (QStringList{QStringLiteral("周网格"), QStringLiteral("李网格")}));
    mine.worker = QStringLiteral("王不在");
    auto unknown = repo(reg).due(mine);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().field, QStringLiteral("worker"));
    auto unvisited = repo(reg).unvisited(2026, second.meta.id).value();
    QCOMPARE(unvisited.size(), 1);
    QCOMPARE(unvisited.constFirst().householdId, ids[3]);
    QVERIFY(repo(reg).unvisited(2026, 0, 0, reg.building.meta.id)->isEmpty());
}

void TestVisits::routeOrder()
{
    TestRegister reg;
    QVERIFY(reg.open());
    // Entered in a muddle; walked as 101, 1102, then unit 2's 2-301, then the next building.
    PlaceRepository places(*reg.db);
    const Building b10 = places.ensureBuilding(reg.compound.meta.id, QStringLiteral("10号楼"), reg.actor).value();
    const Building b2 = places.ensureBuilding(reg.compound.meta.id, QStringLiteral("2号楼"), reg.actor).value();
    auto add = [&](qint64 building, const QString &unit, const QString &room) {
        Household h = reg.household(unit, room);
        h.buildingId = building;
        return HouseholdRepository(*reg.db).create(h, reg.actor).value().address;
    };
    const QString r2301 = add(b2.meta.id, QString(), QStringLiteral("2-301"));
    const QString b10r101 = add(b10.meta.id, QString(), QStringLiteral("101"));
    const QString r1102 = add(b2.meta.id, QString(), QStringLiteral("1102"));
    const QString r101 = add(b2.meta.id, QString(), QStringLiteral("101"));
    DueFilter f;
    f.asOf = m_today;
    f.gridId = reg.grid.meta.id;
    auto due = repo(reg).due(f);
    QVERIFY(due.ok());
    QStringList order;
    for (const VisitDue &d : due.value())
        order << d.address;
    QCOMPARE(order, (QStringList{r101, r1102, r2301, b10r101}));
}

void TestVisits::aVisitLoggedLateKeepsTheLatest()
{
    TestRegister reg;
    QVERIFY(reg.open());
    const Household h = reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).value();
    LINLI_VERIFY_OK(visit(reg, h.meta.id, QStringLiteral("2026-05-15")));
    LINLI_VERIFY_OK(visit(reg, h.meta.id, QStringLiteral("2026-03-01"))); // written up late
    DueFilter f;
    f.asOf = m_today; // today: read from the household
    f.withinDays = 365;
    auto today = repo(reg).due(f).value();
    QCOMPARE(today.size(), 1);
    QCOMPARE(today.constFirst().lastVisit, QDate(2026, 5, 15));
    QCOMPARE(today.constFirst().dueDate, QDate(2027, 5, 15));
    f.asOf = QDate(2026, 4, 1); // a day in the past: read from the visit log
    f.withinDays = 0;
    QVERIFY(repo(reg).due(f)->isEmpty());
    f.withinDays = 365;
    QCOMPARE(repo(reg).due(f)->constFirst().lastVisit, QDate(2026, 3, 1));
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT last_visit FROM household WHERE id = :h"),
                        {{QStringLiteral("h"), h.meta.id}})
                 ->toString(),
             QStringLiteral("2026-05-15"));
}

void TestVisits::issueFromAVisit()
{
    TestRegister reg;
    QVERIFY(reg.open());
    const Household h = reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).value();
    const Household other = reg.addHousehold(QStringLiteral("1"), QStringLiteral("102")).value();
    const Visit v = visit(reg, h.meta.id, QStringLiteral("2026-11-20")).value();
    IssueRepository issues(*reg.db);
    issues.setToday(m_today);
    Issue d;
    d.title = QStringLiteral("楼道灯坏");
    d.category = QStringLiteral("住房与城市建设");
    d.source = QStringLiteral("visit");
    d.visitId = v.meta.id;
    auto issue = issues.add(d, reg.actor);
    LINLI_VERIFY_OK(issue);
    QCOMPARE(issue->visitId, v.meta.id);
    QCOMPARE(issue->householdId, h.meta.id); // taken from the visit
    QCOMPARE(issue->location, h.address);
    d.householdId = other.meta.id;
    QCOMPARE(issues.add(d, reg.actor).error().field, QStringLiteral("visit"));
}

QTEST_GUILESS_MAIN(TestVisits)
#include "tst_visits.moc"
