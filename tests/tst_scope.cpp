#include "testregister.h"

#include "access/accountrepository.h"
#include "access/logins.h"
#include "access/permissions.h"
#include "ledger/ledgersettings.h"
#include "register/searchindex.h"
#include "storage/sql.h"
#include "visits/visitrepository.h"
#include "weekly/bulletins.h"
#include "weekly/weeklyfigures.h"

using namespace linli;
using linli::test::TestRegister;

namespace {

// The value of a result the set-up cannot do without; its message if it failed.
template<typename T> T must(Result<T> result)
{
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    return std::move(result).value();
}

} // namespace

// DESIGN.md's table of roles and actions, cell by cell, on a register of two communities: 幸福社区
// with 第一网格 and 第二网格, 平安社区 with its own 第一网格. Each grid has one household with one
// resident, one visit and one issue. A grid worker of 幸福社区/第一网格, the community admin of
// 幸福社区, street staff and an administrator read and write inside and outside their scope.
class TestScope final : public QObject
{
    Q_OBJECT

    TestRegister m_reg;
    const QDate m_today{2026, 11, 23};
    struct Place {
        qint64 community = 0;
        qint64 grid = 0;
        qint64 compound = 0;
        qint64 household = 0;
        QString householdUuid;
        qint64 resident = 0;
        QString issue;
    };
    Place m_a1, m_a2, m_b1; // 幸福社区 第一网格 / 第二网格, 平安社区 第一网格
    Actor m_worker, m_community, m_street, m_admin;

    // Runs the reads as `actor`, as a workstation logged in as them does.
    void actAs(const Actor &actor) { m_reg.db->setActor(actor); }
    Place place(const QString &community, const QString &grid, const QString &compound, const QString &name,
                const QString &idNumber);
    int households() { return HouseholdRepository(*m_reg.db).count({}).value(); }
    int refusals()
    {
        return queryValue(*m_reg.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused'"))
            .value()
            .toInt();
    }

private slots:
    void initTestCase();
    void init() { actAs(Actor::system(QStringLiteral("tester"))); }
    void listsAndCounts();
    void searchFindsOnlyTheScope();
    void recordsOutsideAreRefusedAndAudited();
    void placeTree();
    void visitsDueAndCoverage();
    void issues();
    void registerWrites();
    void issueWrites();
    void weeklyFiguresKeepToTheScope();
};

TestScope::Place TestScope::place(const QString &community, const QString &grid, const QString &compound,
                                  const QString &name, const QString &idNumber)
{
    PlaceRepository places(*m_reg.db);
    Place p;
    p.community = must(places.ensureCommunity(community, m_reg.actor)).meta.id;
    p.grid = must(places.ensureGrid(p.community, grid, m_reg.actor)).meta.id;
    p.compound = must(places.ensureCompound(p.community, compound, m_reg.actor)).meta.id;
    const qint64 building = must(places.ensureBuilding(p.compound, QStringLiteral("1号楼"), m_reg.actor)).meta.id;
    Household h;
    h.gridId = p.grid;
    h.compoundId = p.compound;
    h.buildingId = building;
    h.unit = QStringLiteral("1");
    h.room = QStringLiteral("101");
    h.phone = QStringLiteral("13912345678");
    const Household created = must(HouseholdRepository(*m_reg.db).create(h, m_reg.actor));
    p.household = created.meta.id;
    p.householdUuid = created.meta.uuid;
    p.resident = must(m_reg.addResident(p.household, name, idNumber)).meta.id;
    Visit v;
    v.householdId = p.household;
    v.visitDate = QStringLiteral("2026-11-02");
    v.visitor = QStringLiteral("李丽");
    VisitRepository visits(*m_reg.db);
    visits.setToday(m_today);
    must(visits.add(v, m_reg.actor));
    Issue d;
    d.title = name + QStringLiteral("反映楼道灯坏");
    d.category = QStringLiteral("环境卫生");
    d.householdId = p.household;
    d.registeredDate = QStringLiteral("2026-11-10");
    IssueRepository issues(*m_reg.db);
    issues.setToday(m_today);
    p.issue = must(issues.add(d, m_reg.actor)).number;
    return p;
}

void TestScope::initTestCase()
{
    QVERIFY(m_reg.open(false));
    m_a1 = place(QStringLiteral("幸福社区"), QStringLiteral("第一网格"), QStringLiteral("幸福里"),
                 QStringLiteral("张秀英"), QStringLiteral("11010519491231002X"));
    m_a2 = place(QStringLiteral("幸福社区"), QStringLiteral("第二网格"), QStringLiteral("和平里"),
                 QStringLiteral("王秀英"), QStringLiteral("440524188001010014"));
    m_b1 = place(QStringLiteral("平安社区"), QStringLiteral("第一网格"), QStringLiteral("平安苑"),
                 QStringLiteral("李秀英"), QStringLiteral("110105198001010016"));
    QVERIFY(m_b1.household > 0);

    AccountRepository accounts(*m_reg.db);

    Logins logins(*m_reg.db);
    auto admin = accounts.createFirstAdministrator(QStringLiteral("admin"), {}, QStringLiteral("Admin-2026"));
    LINLI_VERIFY_OK(admin);
    m_admin = admin.value();
    const QString password = QStringLiteral("Start-2026");
    LINLI_VERIFY_OK(accounts.add({QStringLiteral("lili"), QStringLiteral("李丽"), QStringLiteral("grid_worker"), 0,
                                  {m_a1.grid}},
                                 password, m_admin));
    LINLI_VERIFY_OK(accounts.add({QStringLiteral("zhang"), QStringLiteral("张敏"), QStringLiteral("community_admin"),
                                  m_a1.community, {}},
                                 password, m_admin));
    LINLI_VERIFY_OK(accounts.add({QStringLiteral("sun"), QStringLiteral("孙伟"), QStringLiteral("street_staff"), 0, {}},
                                 password, m_admin));
    m_worker = logins.login(QStringLiteral("lili"), password).value();
    m_community = logins.login(QStringLiteral("zhang"), password).value();
    m_street = logins.login(QStringLiteral("sun"), password).value();
}

void TestScope::listsAndCounts()
{
    const QList<std::pair<const Actor *, int>> expected{{&m_worker, 1}, {&m_community, 2}, {&m_street, 3}, {&m_admin, 3}};
    for (const auto &[actor, count] : expected) {
        actAs(*actor);
        QCOMPARE(households(), count);
        QCOMPARE(HouseholdRepository(*m_reg.db).list({}, 0, 100).value().size(), count);
        QCOMPARE(VisitRepository(*m_reg.db).count({}).value(), count);
        QCOMPARE(VisitRepository(*m_reg.db).list({}).value().size(), count);
        IssueFilter all;
        all.asOf = m_today;
        QCOMPARE(IssueRepository(*m_reg.db).list(all).value().size(), count);
    }
    // A filter for another grid finds nothing, rather than that grid's rows.
    actAs(m_worker);
    HouseholdFilter other;
    other.gridId = m_b1.grid;
    QCOMPARE(HouseholdRepository(*m_reg.db).count(other).value(), 0);
    VisitFilter otherVisits;
    otherVisits.gridId = m_a2.grid;
    QCOMPARE(VisitRepository(*m_reg.db).count(otherVisits).value(), 0);
    // Nobody logged in reads nothing.
    actAs(Actor());
    QCOMPARE(households(), 0);
}

void TestScope::searchFindsOnlyTheScope()
{
    auto found = [&](const Actor &actor) {
        actAs(actor);
        QList<qint64> households;
        for (const SearchIndex::Hit &h : SearchIndex::find(*m_reg.db, QStringLiteral("秀英"), 50).value())
            households << h.householdId;
        return households;
    };
    QCOMPARE(found(m_worker), QList<qint64>{m_a1.household});
    QCOMPARE(found(m_community), (QList<qint64>{m_a1.household, m_a2.household}));
    QCOMPARE(found(m_street).size(), 3);
    QCOMPARE(found(m_admin).size(), 3);
    // By ID number and phone too.
    actAs(m_worker);
    QVERIFY(SearchIndex::find(*m_reg.db, QStringLiteral("44052418800"), 50).value().isEmpty());
    QCOMPARE(SearchIndex::find(*m_reg.db, QStringLiteral("1101051949123100"), 50).value().size(), 1);
}

void TestScope::recordsOutsideAreRefusedAndAudited()
{
    actAs(m_worker);
    const int before = refusals();
    auto other = HouseholdRepository(*m_reg.db).getByUuid(m_b1.householdUuid);
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, ErrorCode::Denied);
    QVERIFY(other.error().message.contains(QStringLiteral("outside your area"))); // 不在您的管辖范围内
    QCOMPARE(refusals(), before + 1);
    QCOMPARE(HouseholdRepository(*m_reg.db).get(m_a2.household).error().code, ErrorCode::Denied);
    QCOMPARE(ResidentRepository(*m_reg.db).get(m_a2.resident).error().code, ErrorCode::Denied);
    QCOMPARE(ResidentRepository(*m_reg.db).listByHousehold(m_b1.household, true).error().code, ErrorCode::Denied);
    QCOMPARE(IssueRepository(*m_reg.db).getByNumber(m_b1.issue).error().code, ErrorCode::Denied);
    QCOMPARE(refusals(), before + 5);
    // The refusal names who and what.
    QCOMPARE(queryValue(*m_reg.db, QStringLiteral("SELECT actor || '/' || table_name FROM audit_log WHERE action = "
                                                  "'refused' ORDER BY id DESC LIMIT 1"))
                 .value()
                 .toString(),
             QStringLiteral("lili/issue"));
    // In scope, the same reads work.
    LINLI_VERIFY_OK(HouseholdRepository(*m_reg.db).getByUuid(m_a1.householdUuid));
    LINLI_VERIFY_OK(ResidentRepository(*m_reg.db).get(m_a1.resident));
    LINLI_VERIFY_OK(IssueRepository(*m_reg.db).getByNumber(m_a1.issue));
    actAs(m_community);
    LINLI_VERIFY_OK(HouseholdRepository(*m_reg.db).get(m_a2.household));
    QCOMPARE(HouseholdRepository(*m_reg.db).get(m_b1.household).error().code, ErrorCode::Denied);
    actAs(m_street);
    LINLI_VERIFY_OK(HouseholdRepository(*m_reg.db).get(m_b1.household));
}

void TestScope::placeTree()
{
    auto names = [&](const Actor &actor) {
        actAs(actor);
        PlaceRepository places(*m_reg.db);
        QStringList out;
        for (const Community &c : places.communities().value()) {
            for (const Grid &g : places.grids(c.meta.id).value())
                out << c.name + u'/' + g.name;
            for (const Compound &k : places.compounds(c.meta.id).value())
                out << c.name + u'/' + k.name;
        }
        return out;
    };
    QCOMPARE(names(m_worker), (QStringList{QStringLiteral("幸福社区/第一网格"), QStringLiteral("幸福社区/幸福里")}));
    QCOMPARE(names(m_community).size(), 4);
    QCOMPARE(names(m_street).size(), 6);
    actAs(m_worker);
    QVERIFY(PlaceRepository(*m_reg.db).compoundsInGrid(m_b1.grid).value().isEmpty());
    QCOMPARE(PlaceRepository(*m_reg.db).compoundsInGrid(m_a1.grid).value().size(), 1);
}

void TestScope::visitsDueAndCoverage()
{
    VisitRepository visits(*m_reg.db);
    visits.setToday(m_today);
    DueFilter due;
    due.asOf = QDate(2027, 12, 1).addYears(-1).addDays(400); // everyone is due by then
    due.withinDays = 0;
    for (const auto &[actor, count] :
         QList<std::pair<const Actor *, int>>{{&m_worker, 1}, {&m_community, 2}, {&m_street, 3}}) {
        actAs(*actor);
        QCOMPARE(visits.due(due).value().size(), count);
        QCOMPARE(visits.coverage(2026).value().total.activeHouseholds, count);
        QCOMPARE(visits.unvisited(2025).value().size(), count);
    }
    // A worker's list is of the grids assigned to their account, visits or not.
    actAs(m_admin);
    DueFilter lili;
    lili.asOf = due.asOf;
    lili.worker = QStringLiteral("李丽");
    QCOMPARE(visits.workerGrids(QStringLiteral("李丽"), m_today).value(), QList<qint64>{m_a1.grid});
    QCOMPARE(visits.workerGrids(QStringLiteral("lili"), m_today).value(), QList<qint64>{m_a1.grid});
    QCOMPARE(visits.due(lili).value().size(), 1);
    actAs(m_worker);
    due.gridId = m_b1.grid;
    QVERIFY(visits.due(due).value().isEmpty());
    QCOMPARE(visits.dueFor(m_b1.household, m_today).error().code, ErrorCode::Denied);
}

void TestScope::issues()
{
    actAs(m_worker);
    IssueFilter filter;
    filter.asOf = m_today;
    filter.text = QStringLiteral("秀英");
    QCOMPARE(IssueRepository(*m_reg.db).list(filter).value().size(), 1);
    actAs(m_community);
    QCOMPARE(IssueRepository(*m_reg.db).list(filter).value().size(), 2);
}

void TestScope::registerWrites()
{
    auto edit = [&](const Actor &actor, qint64 householdId) {
        actAs(Actor::system(QStringLiteral("tester")));
        Household h = HouseholdRepository(*m_reg.db).get(householdId).value();
        actAs(actor);
        h.notes = QStringLiteral("改 by ") + actor.login;
        auto updated = HouseholdRepository(*m_reg.db).update(h, actor);
        return updated.ok() ? ErrorCode::Invalid : updated.error().code; // Invalid stands for success here
    };
    QCOMPARE(edit(m_worker, m_a1.household), ErrorCode::Invalid);
    QCOMPARE(edit(m_worker, m_a2.household), ErrorCode::Denied);
    QCOMPARE(edit(m_community, m_a2.household), ErrorCode::Invalid);
    QCOMPARE(edit(m_community, m_b1.household), ErrorCode::Denied);
    QCOMPARE(edit(m_street, m_b1.household), ErrorCode::Denied);
    QCOMPARE(edit(m_admin, m_b1.household), ErrorCode::Invalid);

    // A household moved out of the worker's grid is refused too.
    actAs(m_worker);
    Household moved = HouseholdRepository(*m_reg.db).get(m_a1.household).value();
    moved.gridId = m_a2.grid;
    QCOMPARE(HouseholdRepository(*m_reg.db).update(moved, m_worker).error().code, ErrorCode::Denied);

    // Residents and visits.
    Resident r;
    r.householdId = m_a2.household;
    r.name = QStringLiteral("赵敏");
    r.relation = QStringLiteral("spouse");
    QCOMPARE(ResidentRepository(*m_reg.db).create(r, m_worker).error().code, ErrorCode::Denied);
    r.householdId = m_a1.household;
    LINLI_VERIFY_OK(ResidentRepository(*m_reg.db).create(r, m_worker));
    Visit v;
    v.householdId = m_b1.household;
    v.visitDate = QStringLiteral("2026-11-20");
    v.visitor = QStringLiteral("李丽");
    VisitRepository visits(*m_reg.db);
    visits.setToday(m_today);
    QCOMPARE(visits.add(v, m_worker).error().code, ErrorCode::Denied);
    actAs(m_street);
    v.householdId = m_b1.household;
    QCOMPARE(visits.add(v, m_street).error().code, ErrorCode::Denied);
    // Care tags go with the record's grid.
    CareTagRepository tags(*m_reg.db);
    QCOMPARE(tags.setHouseholdTags(m_a2.household, {QStringLiteral("低保")}, m_today, m_worker).error().code,
             ErrorCode::Denied);
    LINLI_VERIFY_OK(tags.setResidentTags(m_a1.resident, {QStringLiteral("低保")}, m_today, m_worker));
    QCOMPARE(tags.setResidentTags(m_b1.resident, {QStringLiteral("低保")}, m_today, m_community).error().code,
             ErrorCode::Denied);
    // Attachments: only to issues in the scope.
    IssueRepository issueRepo(*m_reg.db);
    QCOMPARE(issueRepo.attach(m_b1.issue, QStringLiteral("照片.jpg"), QStringLiteral("before"), QByteArray("x"),
                              m_worker)
                 .error()
                 .code,
             ErrorCode::Denied);
    LINLI_VERIFY_OK(issueRepo.attach(m_a1.issue, QStringLiteral("照片.jpg"), QStringLiteral("before"),
                                     QByteArray("x"), m_worker));
    // A place: a community admin adds to their own community only; a grid worker none.
    actAs(m_community);
    LINLI_VERIFY_OK(PlaceRepository(*m_reg.db).ensureGrid(m_a1.community, QStringLiteral("第三网格"), m_community));
    QCOMPARE(PlaceRepository(*m_reg.db).ensureGrid(m_b1.community, QStringLiteral("第二网格"), m_community).error().code,
             ErrorCode::Denied);
    QCOMPARE(PlaceRepository(*m_reg.db).ensureCommunity(QStringLiteral("新社区"), m_community).error().code,
             ErrorCode::Denied);
    actAs(m_worker);
    QCOMPARE(PlaceRepository(*m_reg.db).ensureCompound(m_a1.community, QStringLiteral("新小区"), m_worker).error().code,
             ErrorCode::Denied);
}

void TestScope::issueWrites()
{
    IssueRepository issues(*m_reg.db);
    issues.setToday(m_today);
    auto act = [&](const Actor &actor, const QString &number, IssueAction action) {
        actAs(actor);
        IssueActionRequest r;
        r.action = action;
        r.date = m_today;
        r.reason = QStringLiteral("测试");
        auto done = issues.apply(number, r, actor);
        return done.ok() ? ErrorCode::Invalid : done.error().code; // Invalid stands for success
    };
    // Registering: a grid worker in their grid, not elsewhere; street staff never.
    Issue d;
    d.title = QStringLiteral("垃圾未清运");
    d.category = QStringLiteral("环境卫生");
    d.registeredDate = QStringLiteral("2026-11-20");
    d.householdId = m_a1.household;
    actAs(m_worker);
    auto mine = issues.add(d, m_worker);
    LINLI_VERIFY_OK(mine);
    d.householdId = m_b1.household;
    QCOMPARE(issues.add(d, m_worker).error().code, ErrorCode::Denied);
    actAs(m_street);
    QCOMPARE(issues.add(d, m_street).error().code, ErrorCode::Denied);
    // Accepting: community admins in their community, administrators; nobody else.
    QCOMPARE(act(m_worker, mine->number, IssueAction::Accept), ErrorCode::Denied);
    QCOMPARE(act(m_street, mine->number, IssueAction::Accept), ErrorCode::Denied);
    QCOMPARE(act(m_community, m_b1.issue, IssueAction::Accept), ErrorCode::Denied);
    QCOMPARE(act(m_community, mine->number, IssueAction::Accept), ErrorCode::Invalid);
    QCOMPARE(act(m_admin, m_b1.issue, IssueAction::Accept), ErrorCode::Invalid);
    // Escalating: street staff anywhere, community admins in their community, grid workers never.
    QCOMPARE(act(m_worker, m_a1.issue, IssueAction::Escalate), ErrorCode::Denied);
    QCOMPARE(act(m_community, m_b1.issue, IssueAction::Escalate), ErrorCode::Denied);
    QCOMPARE(act(m_street, m_b1.issue, IssueAction::Escalate), ErrorCode::Invalid);
    QCOMPARE(act(m_community, m_a2.issue, IssueAction::Escalate), ErrorCode::Invalid);
    // A department named for the first time while dispatching joins the list; the ledger's
    // settings themselves are an administrator's.
    actAs(m_community);
    IssueActionRequest dispatch;
    dispatch.action = IssueAction::Dispatch;
    dispatch.date = m_today;
    dispatch.department = QStringLiteral("新成立的服务站");
    dispatch.handlingType = QStringLiteral("time_limited");
    LINLI_VERIFY_OK(issues.apply(mine->number, dispatch, m_community));
    LedgerSettings settings(*m_reg.db);
    QVERIFY(settings.departments().value().size() >= 1);
    QCOMPARE(settings.addCategory(QStringLiteral("新类别"), 0, m_community).error().code, ErrorCode::Denied);
    QCOMPARE(settings.setDeadlineDays(QStringLiteral("immediate"), 5, m_community).error().code, ErrorCode::Denied);
    QCOMPARE(settings.addDepartment(QStringLiteral("另一部门"), m_street).error().code, ErrorCode::Denied);
    LINLI_VERIFY_OK(settings.setDeadlineDays(QStringLiteral("immediate"), 4, m_admin));
    // Every refusal is in the audit log, with the actor.
    QVERIFY(queryValue(*m_reg.db, QStringLiteral("SELECT count(DISTINCT actor) FROM audit_log WHERE action = "
                                                 "'refused'"))
                .value()
                .toInt()
            >= 3);
}

void TestScope::weeklyFiguresKeepToTheScope()
{
    const IsoWeek week = IsoWeek::containing(QDate(2026, 11, 16));
    auto scope = [&](const QString &text) { return WeeklyStatistics(*m_reg.db).parseScope(text).value(); };
    actAs(m_admin);
    const WeeklyScope all = scope(QStringLiteral("all"));
    const WeeklyScope mine = scope(QStringLiteral("community:幸福社区"));
    const WeeklyScope other = scope(QStringLiteral("community:平安社区"));
    const WeeklyScope grid = scope(QStringLiteral("grid:幸福社区/第一网格"));
    const WeeklyScope category = scope(QStringLiteral("category:环境卫生"));
    auto allowed = [&](const Actor &actor, const WeeklyScope &s) {
        actAs(actor);
        WeeklyStatistics statistics(*m_reg.db);
        const bool report = statistics.report(week, s).ok();
        const bool list = statistics.dispatchList(week, s).ok();
        const bool series = statistics.series(week, week, s).ok();
        return report && list && series ? 1 : (!report && !list && !series ? 0 : -1);
    };
    QCOMPARE(allowed(m_street, all), 1);
    QCOMPARE(allowed(m_street, category), 1);
    QCOMPARE(allowed(m_community, mine), 1);
    QCOMPARE(allowed(m_community, grid), 1);
    QCOMPARE(allowed(m_community, all), 0);
    QCOMPARE(allowed(m_community, other), 0);
    QCOMPARE(allowed(m_community, category), 0);
    QCOMPARE(allowed(m_worker, grid), 1);
    QCOMPARE(allowed(m_worker, mine), 0);
    actAs(m_community);
    QCOMPARE(WeeklyStatistics(*m_reg.db).defaultScope().value().text(), mine.text());
    actAs(m_worker);
    QCOMPARE(WeeklyStatistics(*m_reg.db).defaultScope().value().text(), QStringLiteral("grid:第一网格"));
    // Publishing: a community admin their community's bulletin, street staff the street's; a grid
    // worker none.
    WeeklyBulletins bulletins(*m_reg.db);
    bulletins.setToday(m_today);
    actAs(m_worker);
    QCOMPARE(bulletins.publish(week, grid, {}, m_worker).error().code, ErrorCode::Denied);
    actAs(m_community);
    QCOMPARE(bulletins.publish(week, all, {}, m_community).error().code, ErrorCode::Denied);
    LINLI_VERIFY_OK(bulletins.publish(week, mine, {}, m_community));
    actAs(m_street);
    LINLI_VERIFY_OK(bulletins.publish(week, all, {}, m_street));
    // A published bulletin of another community is not read either.
    actAs(m_worker);
    QCOMPARE(bulletins.bulletin(week, mine).error().code, ErrorCode::Denied);
}

QTEST_GUILESS_MAIN(TestScope)
#include "tst_scope.moc"
