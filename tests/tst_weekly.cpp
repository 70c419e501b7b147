// The weekly figures of DESIGN.md on a small ledger made by hand, where each figure can be
// counted on one's fingers: every definition, the week before, the breakdowns, a rejected
// issue, a reopening after a dissatisfied follow-up, a resolution on its deadline, a deadline
// on the Sunday, a deadline moved within the week, an issue of last year resolved this week,
// visits and coverage with households that left, and the weeks across both ends of 2026.
#include "testregister.h"

#include "ledger/issuerepository.h"
#include "register/householdrepository.h"
#include "register/placerepository.h"
#include "storage/sql.h"
#include "visits/visitrepository.h"
#include "weekly/bulletins.h"
#include "weekly/weeklyfigures.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

#include <utility>

using namespace linli;
using linli::test::TestRegister;

class TestWeekly final : public QObject
{
    Q_OBJECT

    TestRegister m_reg;
    QDate m_today{2027, 1, 10};
    Grid m_secondGrid;

    IssueRepository repo()
    {
        IssueRepository r(*m_reg.db);
        r.setToday(m_today);
        return r;
    }

    QString add(const char *title, const QString &date, qint64 household, const char *category)
    {
        Issue d;
        d.title = QString::fromUtf8(title);
        d.category = QString::fromUtf8(category);
        d.registeredDate = date;
        d.householdId = household;
        auto issue = repo().add(d, m_reg.actor);
        if (!issue)
            qWarning("%s", qPrintable(issue.error().message));
        return issue.ok() ? issue->number : QString();
    }

    bool act(const QString &number, IssueAction action, const QString &date, const char *department = nullptr,
             const QString &deadline = {}, const char *satisfaction = nullptr)
    {
        IssueActionRequest r;
        r.action = action;
        r.date = QDate::fromString(date, Qt::ISODate);
        if (department)
            r.department = QString::fromUtf8(department);
        r.handlingType = QStringLiteral("限期办理");
        r.deadline = QDate::fromString(deadline, Qt::ISODate);
        r.result = QStringLiteral("已处理");
        if (satisfaction)
            r.satisfaction = QString::fromUtf8(satisfaction);
        r.reason = QStringLiteral("情况说明");
        auto done = repo().apply(number, r, m_reg.actor);
        if (!done)
            qWarning("%s %s: %s", qPrintable(number), qPrintable(Workflow::actionCode(action)),
                     qPrintable(done.error().message));
        return done.ok();
    }

    WeeklyReport report(const char *week, const QString &scope = QStringLiteral("all"))
    {
        WeeklyStatistics statistics(*m_reg.db);
        auto s = statistics.parseScope(scope);
        auto r = s ? statistics.report(IsoWeek::parse(QString::fromLatin1(week)).value(), s.value())
                   : Result<WeeklyReport>(s.error());
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return r.ok() ? r.value() : WeeklyReport{};
    }

    static const WeeklyFigures *row(const QList<std::pair<QString, WeeklyFigures>> &rows, const QString &name)
    {
        for (const auto &r : rows)
            if (r.first == name)
                return &r.second;
        return nullptr;
    }

private slots:
    void initTestCase();
    void isoWeeks();
    void weekFigures();
    void previousWeek();
    void breakdowns();
    void scopes();
    void yearEnds();
    void seriesMatchesReports();
    void dispatchList();
    void jsonIsExactlyTheGoldenFile();
    void severalCommunities();
    void badInput();
    void redAndBlackLists();
    void publishingFreezesTheBulletin(); // last: it changes the ledger
};

void TestWeekly::initTestCase()
{
    QVERIFY(m_reg.open());
    HouseholdRepository households(*m_reg.db);
    households.setToday(m_today);
    // 第一网格: h1 and h2. 第二网格: h3, h4 (moves out after the week), h5 (moved out before).
    const Household h1 = m_reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).value();
    const Household h2 = m_reg.addHousehold(QStringLiteral("1"), QStringLiteral("102")).value();
    m_secondGrid = PlaceRepository(*m_reg.db)
                       .ensureGrid(m_reg.grid.communityId, QStringLiteral("第二网格"), m_reg.actor)
                       .value();
    QList<Household> second;
    for (const char *room : {"201", "202", "203"}) {
        Household h = m_reg.household(QStringLiteral("2"), QString::fromLatin1(room));
        h.gridId = m_secondGrid.meta.id;
        auto created = households.create(h, m_reg.actor);
        LINLI_VERIFY_OK(created);
        second << created.value();
    }
    const Household h3 = second[0];
    LINLI_VERIFY_OK(households.setStatus(second[1].meta.id, second[1].meta.version, QStringLiteral("moved_out"),
                                         QDate(2026, 12, 1), m_reg.actor));
    LINLI_VERIFY_OK(households.setStatus(second[2].meta.id, second[2].meta.version, QStringLiteral("moved_out"),
                                         QDate(2026, 11, 1), m_reg.actor));

    VisitRepository visits(*m_reg.db);
    visits.setToday(m_today);
    for (const auto &[household, date] : {std::pair{h1.meta.id, "2026-11-17"}, std::pair{h1.meta.id, "2026-11-18"},
                                          std::pair{h2.meta.id, "2026-03-01"}}) {
        Visit v;
        v.householdId = household;
        v.visitDate = QString::fromLatin1(date);
        v.visitor = QStringLiteral("李网格");
        LINLI_VERIFY_OK(visits.add(v, m_reg.actor));
    }

    using A = IssueAction;
    // A: resolved exactly on its deadline, 满意, closed.
    const QString a = add("A 楼道堆物", QStringLiteral("2026-11-02"), h1.meta.id, "环境卫生");
    QVERIFY(act(a, A::Accept, QStringLiteral("2026-11-02")));
    QVERIFY(act(a, A::Dispatch, QStringLiteral("2026-11-03"), "物业", QStringLiteral("2026-11-10")));
    QVERIFY(act(a, A::Start, QStringLiteral("2026-11-04")));
    QVERIFY(act(a, A::Resolve, QStringLiteral("2026-11-10")));
    QVERIFY(act(a, A::FollowUp, QStringLiteral("2026-11-12"), nullptr, {}, "满意"));
    QVERIFY(act(a, A::Close, QStringLiteral("2026-11-13")));
    // B: registered in the week and rejected in it.
    const QString b = add("B 咨询", QStringLiteral("2026-11-16"), h1.meta.id, "环境卫生");
    QVERIFY(act(b, A::Accept, QStringLiteral("2026-11-16")));
    QVERIFY(act(b, A::Reject, QStringLiteral("2026-11-17")));
    // C: registered in the week, due on its Sunday.
    const QString c = add("C 垃圾清运", QStringLiteral("2026-11-17"), h1.meta.id, "环境卫生");
    QVERIFY(act(c, A::Accept, QStringLiteral("2026-11-17")));
    QVERIFY(act(c, A::Dispatch, QStringLiteral("2026-11-17"), "城管", QStringLiteral("2026-11-22")));
    // D: resolved late, reopened by 不满意, resolved again in the week, then 基本满意.
    const QString d = add("D 电梯停运", QStringLiteral("2026-10-01"), h2.meta.id, "住房与城市建设");
    QVERIFY(act(d, A::Accept, QStringLiteral("2026-10-01")));
    QVERIFY(act(d, A::Dispatch, QStringLiteral("2026-10-02"), "物业", QStringLiteral("2026-10-17")));
    QVERIFY(act(d, A::Start, QStringLiteral("2026-10-03")));
    QVERIFY(act(d, A::Resolve, QStringLiteral("2026-10-20")));
    QVERIFY(act(d, A::FollowUp, QStringLiteral("2026-10-25"), nullptr, {}, "不满意"));
    QVERIFY(act(d, A::Resolve, QStringLiteral("2026-11-18")));
    QVERIFY(act(d, A::FollowUp, QStringLiteral("2026-11-19"), nullptr, {}, "基本满意"));
    // E: overdue since September; its deadline moved to 31 December within the week.
    const QString e = add("E 路面破损", QStringLiteral("2026-09-01"), h2.meta.id, "住房与城市建设");
    QVERIFY(act(e, A::Accept, QStringLiteral("2026-09-01")));
    QVERIFY(act(e, A::Dispatch, QStringLiteral("2026-09-02"), "城管", QStringLiteral("2026-09-17")));
    QVERIFY(act(e, A::Start, QStringLiteral("2026-09-03")));
    QVERIFY(act(e, A::ChangeDeadline, QStringLiteral("2026-11-20"), nullptr, QStringLiteral("2026-12-31")));
    // F: registered in the week in 第二网格, not yet accepted.
    add("F 入学咨询", QStringLiteral("2026-11-19"), h3.meta.id, "教育");
    // G: registered in 2025 (in 2026-W01), resolved in the week, late.
    const QString g = add("G 违章搭建", QStringLiteral("2025-12-30"), h2.meta.id, "其他");
    QVERIFY(act(g, A::Accept, QStringLiteral("2025-12-30")));
    QVERIFY(act(g, A::Dispatch, QStringLiteral("2025-12-31"), "住建", QStringLiteral("2026-01-14")));
    QVERIFY(act(g, A::Start, QStringLiteral("2026-01-02")));
    QVERIFY(act(g, A::Resolve, QStringLiteral("2026-11-20")));
    // H: registered on 2 January 2027, in 2026-W53 and its period.
    add("H 噪音扰民", QStringLiteral("2027-01-02"), h1.meta.id, "平安法治");
}

void TestWeekly::isoWeeks()
{
    const IsoWeek w47 = IsoWeek::parse(QStringLiteral("2026-W47")).value();
    QCOMPARE(w47.monday(), QDate(2026, 11, 16));
    QCOMPARE(w47.sunday(), QDate(2026, 11, 22));
    QCOMPARE(w47.label(), QStringLiteral("2026-W47"));
    QCOMPARE(w47.chineseLabel(), QStringLiteral("2026年第47周（11月16日—11月22日）"));
    QCOMPARE(IsoWeek::weeksInYear(2026), 53);
    QCOMPARE(IsoWeek::weeksInYear(2025), 52);
    const IsoWeek w01(2026, 1);
    QCOMPARE(w01.monday(), QDate(2025, 12, 29));
    QCOMPARE(w01.periodStart(), QDate(2026, 1, 1));
    QCOMPARE(w01.previous().label(), QStringLiteral("2025-W52"));
    QCOMPARE(w01.chineseLabel(), QStringLiteral("2026年第1周（12月29日—1月4日）"));
    const IsoWeek w53(2026, 53);
    QVERIFY(w53.isValid());
    QCOMPARE(w53.sunday(), QDate(2027, 1, 3));
    QCOMPARE(w53.next().label(), QStringLiteral("2027-W01"));
    QCOMPARE(IsoWeek::containing(QDate(2027, 1, 2)).label(), QStringLiteral("2026-W53"));
    QCOMPARE(IsoWeek::containing(QDate(2025, 12, 29)).label(), QStringLiteral("2026-W01"));
    QVERIFY(!IsoWeek::parse(QStringLiteral("2025-W53")).ok());
    QVERIFY(!IsoWeek::parse(QStringLiteral("2026-47")).ok());
    QCOMPARE(IsoWeek::parse(QStringLiteral("2026w7")).value().label(), QStringLiteral("2026-W07"));
}

void TestWeekly::weekFigures()
{
    const WeeklyFigures t = report("2026-W47").totals;
    QCOMPARE(t.newIssues, 2); // C, F; B was rejected
    QCOMPARE(t.rejected, 1); // B
    QCOMPARE(t.resolvedThisWeek, 2); // D (reopened before), G (of 2025)
    QCOMPARE(t.accepted, 5); // A, C, D, E, F
    QCOMPARE(t.resolvedToDate, 2); // A, D
    QCOMPARE(t.open, 3); // C, E, F
    QCOMPARE(t.overdueOpen, 0); // C is due on Sunday; E's deadline moved to December
    QCOMPARE(t.resolvedOnTime, 1); // A on its deadline; D late
    QCOMPARE(t.followedUp, 2);
    QCOMPARE(t.satisfied, 2); // A 满意, D 基本满意 (its 不满意 came before)
    QCOMPARE(t.resolutionRate().value(), 0.4);
    QCOMPARE(t.onTimeRate().value(), 0.5);
    QCOMPARE(t.satisfactionRate().value(), 1.0);
    QCOMPARE(t.averageDays().value(), 28.0); // A 8 days, D 48 (to its latest resolution)
    QCOMPARE(t.visitedThisWeek.value(), 1); // h1, twice
    QCOMPARE(t.visitedThisYear.value(), 2); // h1, h2
    QCOMPARE(t.activeHouseholds.value(), 4); // h1, h2, h3, h4 (leaves in December); not h5
    QCOMPARE(t.coverage().value(), 0.5);
}

void TestWeekly::previousWeek()
{
    const WeeklyFigures p = report("2026-W47").previous;
    QCOMPARE(p.newIssues, 0);
    QCOMPARE(p.resolvedThisWeek, 1); // A on 10 November
    QCOMPARE(p.accepted, 3); // A, D, E
    QCOMPARE(p.resolvedToDate, 1); // A; D was reopened
    QCOMPARE(p.open, 2);
    QCOMPARE(p.overdueOpen, 2); // D (due 17 October, reopened), E (due 17 September)
    QCOMPARE(p.followedUp, 2);
    QCOMPARE(p.satisfied, 1); // D's latest result then was 不满意
    QCOMPARE(p.satisfactionRate().value(), 0.5);
    QCOMPARE(p.averageDays().value(), 8.0);
    QCOMPARE(p.visitedThisWeek.value(), 0);
    QCOMPARE(p.activeHouseholds.value(), 4);
    QCOMPARE(report("2026-W46").totals.overdueOpen, 2); // the same as a week of its own
}

void TestWeekly::breakdowns()
{
    const WeeklyReport r = report("2026-W47");
    // Departments as of Sunday: 物业 A, D; 城管 C, E; 住建 G (resolved this week, of 2025).
    const WeeklyFigures *wuye = row(r.byDepartment, QStringLiteral("物业"));
    QVERIFY(wuye);
    QCOMPARE(wuye->accepted, 2);
    QCOMPARE(wuye->resolvedToDate, 2);
    QCOMPARE(wuye->onTimeRate().value(), 0.5);
    const WeeklyFigures *chengguan = row(r.byDepartment, QStringLiteral("城管"));
    QCOMPARE(chengguan->accepted, 2);
    QCOMPARE(chengguan->open, 2);
    QCOMPARE(chengguan->resolutionRate().value(), 0.0); // 0 of 2: a rate of 0, not null
    const WeeklyFigures *zhujian = row(r.byDepartment, QStringLiteral("住建"));
    QCOMPARE(zhujian->resolvedThisWeek, 1);
    QCOMPARE(zhujian->accepted, 0);
    QVERIFY(!zhujian->resolutionRate().has_value()); // empty denominators give null
    QVERIFY(!zhujian->onTimeRate().has_value());
    QVERIFY(!zhujian->averageDays().has_value());
    QVERIFY(!zhujian->visitedThisWeek.has_value());
    // F, registered and not yet dispatched, is in a row of its own, last; it is not ranked.
    QCOMPARE(r.byDepartment.size(), 4);
    QCOMPARE(r.byDepartment.constLast().first, WeeklyReport::notDispatched());
    QCOMPARE(r.byDepartment.constLast().second.newIssues, 1);
    QCOMPARE(r.byDepartment.constLast().second.accepted, 1);
    // Each breakdown adds up to the totals.
    for (const auto *rows : {&r.byCategory, &r.byGrid, &r.byDepartment}) {
        WeeklyFigures sum;
        for (const auto &[name, f] : *rows) {
            sum.newIssues += f.newIssues;
            sum.resolvedThisWeek += f.resolvedThisWeek;
            sum.accepted += f.accepted;
            sum.resolvedToDate += f.resolvedToDate;
            sum.overdueOpen += f.overdueOpen;
            sum.satisfied += f.satisfied;
            sum.daysToResolve += f.daysToResolve;
        }
        QCOMPARE(sum.newIssues, r.totals.newIssues);
        QCOMPARE(sum.resolvedThisWeek, r.totals.resolvedThisWeek);
        QCOMPARE(sum.accepted, r.totals.accepted);
        QCOMPARE(sum.resolvedToDate, r.totals.resolvedToDate);
        QCOMPARE(sum.overdueOpen, r.totals.overdueOpen);
        QCOMPARE(sum.satisfied, r.totals.satisfied);
        QCOMPARE(sum.daysToResolve, r.totals.daysToResolve);
    }

    const WeeklyFigures *other = row(r.byCategory, QStringLiteral("其他"));
    QCOMPARE(other->resolvedThisWeek, 1);
    QVERIFY(!other->satisfactionRate().has_value());
    QCOMPARE(row(r.byCategory, QStringLiteral("环境卫生"))->newIssues, 1); // C; B rejected
    QCOMPARE(row(r.byCategory, QStringLiteral("住房与城市建设"))->resolvedToDate, 1);

    const WeeklyFigures *first = row(r.byGrid, QStringLiteral("第一网格"));
    const WeeklyFigures *second = row(r.byGrid, QStringLiteral("第二网格"));
    QVERIFY(first && second);
    QCOMPARE(first->accepted, 4);
    QCOMPARE(second->accepted, 1); // F
    QCOMPARE(first->coverage().value(), 1.0);
    QCOMPARE(second->visitedThisYear.value(), 0);
    QCOMPARE(second->activeHouseholds.value(), 2);
    QCOMPARE(second->coverage().value(), 0.0);
}

void TestWeekly::scopes()
{
    const WeeklyReport grid = report("2026-W47", QStringLiteral("grid:第二网格"));
    QCOMPARE(grid.totals.accepted, 1);
    QCOMPARE(grid.totals.activeHouseholds.value(), 2);
    QCOMPARE(grid.byGrid.size(), 1);
    const WeeklyReport department = report("2026-W47", QStringLiteral("department:物业"));
    QCOMPARE(department.totals.accepted, 2);
    QVERIFY(!department.totals.coverage().has_value());
    const WeeklyReport category = report("2026-W47", QStringLiteral("category:环境卫生"));
    QCOMPARE(category.totals.accepted, 2); // A, C
    const WeeklyReport community = report("2026-W47", QStringLiteral("community:幸福社区"));
    QCOMPARE(community.totals.accepted, 5);
    QCOMPARE(community.totals.activeHouseholds.value(), 4);
}

void TestWeekly::yearEnds()
{
    // 2026-W01 holds G's registration (30 December 2025), outside 2026's period.
    const WeeklyFigures w01 = report("2026-W01").totals;
    QCOMPARE(w01.newIssues, 1);
    QCOMPARE(w01.accepted, 0);
    QVERIFY(!w01.resolutionRate().has_value());
    QVERIFY(!w01.onTimeRate().has_value());
    QVERIFY(!w01.satisfactionRate().has_value());
    QVERIFY(!w01.averageDays().has_value());
    // 2026-W53 ends on 3 January 2027: H, registered on 2 January, is new and in 2026's period.
    const WeeklyReport w53 = report("2026-W53");
    QCOMPARE(w53.totals.newIssues, 1);
    QCOMPARE(w53.totals.accepted, 6); // A, C, D, E, F, H
    QCOMPARE(w53.totals.overdueOpen, 2); // C, due 22 November, and E, due 31 December
    QCOMPARE(w53.previous.overdueOpen, 1); // W52 ends on 27 December: C only
    QCOMPARE(w53.totals.activeHouseholds.value(), 3); // h4 left on 1 December
    // 2027-W01 starts a new period: H registered on 2 January 2027 is in it.
    QCOMPARE(report("2027-W01").totals.accepted, 1);
}

void TestWeekly::seriesMatchesReports()
{
    WeeklyStatistics statistics(*m_reg.db);
    auto points = statistics.series(IsoWeek(2026, 40), IsoWeek(2026, 53));
    LINLI_VERIFY_OK(points);
    QCOMPARE(points->size(), 14);
    for (const WeeklyPoint &p : points.value()) {
        const WeeklyFigures r = statistics.report(p.week).value().totals;
        QCOMPARE(p.figures.newIssues, r.newIssues);
        QCOMPARE(p.figures.resolvedThisWeek, r.resolvedThisWeek);
        QCOMPARE(p.figures.accepted, r.accepted);
        QCOMPARE(p.figures.resolvedToDate, r.resolvedToDate);
        QCOMPARE(p.figures.overdueOpen, r.overdueOpen);
        QCOMPARE(p.figures.resolvedOnTime, r.resolvedOnTime);
        QCOMPARE(p.figures.satisfied, r.satisfied);
        QCOMPARE(p.figures.daysToResolve, r.daysToResolve);
    }
}

void TestWeekly::dispatchList()
{
    WeeklyStatistics statistics(*m_reg.db);
    auto w47 = statistics.dispatchList(IsoWeek(2026, 47));
    LINLI_VERIFY_OK(w47);
    QCOMPARE(w47->open.size(), 2);
    QVERIFY(w47->undispatched.isEmpty());
    // C is due on Sunday (amber) and comes first; E's deadline moved to December.
    const DispatchItem &c = w47->open.at(0);
    const DispatchItem &e = w47->open.at(1);
    QVERIFY(c.issue.title.startsWith(QStringLiteral("C ")));
    QCOMPARE(c.warning, WarningLevel::Amber);
    QCOMPARE(c.daysOpen, 5);
    QCOMPARE(c.weeksCarried, 1);
    QVERIFY(e.issue.title.startsWith(QStringLiteral("E ")));
    QCOMPARE(e.daysOpen, 82);
    QCOMPARE(e.weeksCarried, 12); // open at every Sunday from 2026-W36 to W47
    QCOMPARE(
        statistics.dispatchList(IsoWeek(2026, 47), statistics.parseScope(QStringLiteral("department:城管")).value())
            ->open.size(),
        2);
    QVERIFY(
        statistics.dispatchList(IsoWeek(2026, 47), statistics.parseScope(QStringLiteral("department:物业")).value())
            ->open.isEmpty());

    // An issue accepted and not dispatched, in 2027-W01; by then C and E are past their deadlines.
    const qint64 household
        = queryValue(*m_reg.db, QStringLiteral("SELECT MIN(id) FROM household")).value().toLongLong();
    const QString i = add("I 待交办", QStringLiteral("2027-01-06"), household, "其他");
    QVERIFY(act(i, IssueAction::Accept, QStringLiteral("2027-01-06")));
    auto w01 = statistics.dispatchList(IsoWeek(2027, 1));
    LINLI_VERIFY_OK(w01);
    QCOMPARE(w01->undispatched.size(), 1);
    QCOMPARE(w01->undispatched.constFirst().issue.number, i);
    QCOMPARE(w01->undispatched.constFirst().weeksCarried, 1);
    QCOMPARE(w01->open.size(), 2);
    QCOMPARE(w01->open.at(0).warning, WarningLevel::Red);
    QVERIFY(w01->open.at(0).issue.title.startsWith(QStringLiteral("C "))); // the earlier deadline first
    QCOMPARE(w01->open.at(1).weeksCarried, 19); // E: 2026-W36 to W53, and 2027-W01

    // The bulletin's red warnings are the list's red issues: none at the end of W47, C and E in W01.
    auto bulletin47 = WeeklyBulletins(*m_reg.db).liveReport(IsoWeek(2026, 47));
    LINLI_VERIFY_OK(bulletin47);
    QVERIFY(bulletin47->redWarnings.has_value());
    QVERIFY(bulletin47->redWarnings->isEmpty());
    QVERIFY(!statistics.report(IsoWeek(2026, 47))->redWarnings.has_value());
    auto bulletin01 = WeeklyBulletins(*m_reg.db).liveReport(IsoWeek(2027, 1));
    LINLI_VERIFY_OK(bulletin01);
    QCOMPARE(bulletin01->redWarnings->size(), 2); // C and E, both past their deadlines
    QCOMPARE(bulletin01->redWarnings->at(1).number, w01->open.at(1).issue.number);
    const RedWarning &red = bulletin01->redWarnings->constFirst();
    QCOMPARE(red.number, w01->open.at(0).issue.number);
    QVERIFY(red.title.startsWith(QStringLiteral("C ")));
    QCOMPARE(red.department, QStringLiteral("城管"));
    QCOMPARE(red.deadline, w01->open.at(0).issue.deadline);
    QCOMPARE(red.reasons, w01->open.at(0).reasons);
    QVERIFY(!red.reasons.isEmpty());
    // They survive the bulletin's JSON.
    auto back = WeeklyStatistics::fromJson(WeeklyBulletins::figuresOf(bulletin01.value()));
    LINLI_VERIFY_OK(back);
    QCOMPARE(back->redWarnings->size(), 2);
    QCOMPARE(back->redWarnings->constFirst().number, red.number);
    QCOMPARE(back->redWarnings->constFirst().reasons, red.reasons);
    QCOMPARE(back->redWarnings->constFirst().title, red.title);

    // A past week's list stays as the ledger stood on its Sunday. J, dispatched in 2027-W02 and
    // overdue on its Sunday, has its deadline extended and is escalated on the Monday, then
    // resolved: W02's list still shows it red and overdue, with what was decided since.
    const QDate today = std::exchange(m_today, QDate(2027, 1, 31));
    auto restore = qScopeGuard([&] { m_today = today; });
    const QString j = add("J 井盖缺失", QStringLiteral("2027-01-11"), household, "其他");
    QVERIFY(act(j, IssueAction::Accept, QStringLiteral("2027-01-11")));
    QVERIFY(act(j, IssueAction::Dispatch, QStringLiteral("2027-01-12"), "城管", QStringLiteral("2027-01-15")));
    auto find = [&j](const DispatchList &list) -> const DispatchItem * {
        for (const DispatchItem &item : list.open)
            if (item.issue.number == j)
                return &item;
        return nullptr;
    };
    auto before = statistics.dispatchList(IsoWeek(2027, 2));
    LINLI_VERIFY_OK(before);
    QVERIFY(find(before.value()));
    QVERIFY(act(j, IssueAction::ChangeDeadline, QStringLiteral("2027-01-18"), nullptr, QStringLiteral("2027-01-29")));
    QVERIFY(act(j, IssueAction::Escalate, QStringLiteral("2027-01-18")));
    auto w02 = statistics.dispatchList(IsoWeek(2027, 2));
    LINLI_VERIFY_OK(w02);
    const DispatchItem *late = find(w02.value());
    QVERIFY(late);
    QCOMPARE(late->warning, WarningLevel::Red);
    QCOMPARE(late->issue.deadline, QStringLiteral("2027-01-15"));
    QVERIFY(!late->issue.escalated);
    QCOMPARE(late->reasons, find(before.value())->reasons);
    QVERIFY(late->reasons.constFirst().contains(QStringLiteral("2027-01-15")));
    QCOMPARE(late->decisions, (QStringList{QStringLiteral("01-18 改期 2027-01-29"), QStringLiteral("01-18 上报")}));
    QCOMPARE(late->statusNow, QStringLiteral("dispatched"));
    QVERIFY(late->escalatedNow);
    // W03: no longer overdue, red for its escalation.
    auto w03 = statistics.dispatchList(IsoWeek(2027, 3));
    LINLI_VERIFY_OK(w03);
    QVERIFY(find(w03.value()));
    QCOMPARE(find(w03.value())->issue.deadline, QStringLiteral("2027-01-29"));
    QCOMPARE(find(w03.value())->warning, WarningLevel::Red);
    QVERIFY(find(w03.value())->reasons.contains(QStringLiteral("escalated")));
    QVERIFY(!find(w03.value())->reasons.join(QLatin1Char(' ')).contains(QStringLiteral("overdue")));
    // Resolved in W04: gone from W04's list, still on W02's and W03's.
    QVERIFY(act(j, IssueAction::Start, QStringLiteral("2027-01-25")));
    QVERIFY(act(j, IssueAction::Resolve, QStringLiteral("2027-01-26")));
    QVERIFY(!find(statistics.dispatchList(IsoWeek(2027, 4)).value()));
    w02 = statistics.dispatchList(IsoWeek(2027, 2));
    QCOMPARE(find(w02.value())->warning, WarningLevel::Red);
    QCOMPARE(find(w02.value())->issue.status, QStringLiteral("dispatched"));
    QCOMPARE(find(w02.value())->decisions.size(), 4);
    QCOMPARE(find(w02.value())->decisions.constLast(), QStringLiteral("01-26 办结"));
    QVERIFY(find(statistics.dispatchList(IsoWeek(2027, 3)).value()));
    // A department's list is the department's as of the Sunday.
    QVERIFY(
        find(statistics.dispatchList(IsoWeek(2027, 2), statistics.parseScope(QStringLiteral("department:城管")).value())
                 .value()));
}

void TestWeekly::jsonIsExactlyTheGoldenFile()
{
    const QByteArray json = WeeklyStatistics::json(report("2026-W47"));
    const QString golden = QStringLiteral(LINLI_TEST_DATA "/golden/weekly-2026-W47.json");
    if (qEnvironmentVariableIsSet("LINLI_UPDATE_GOLDEN")) {
        QFile out(golden);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
        QSKIP("golden file written");
    }
    QFile file(golden);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(json), QString::fromUtf8(file.readAll()));
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QCOMPARE(o.value(QStringLiteral("week")).toString(), QStringLiteral("2026-W47"));
    QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-16"));
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("2026-11-22"));
    QCOMPARE(o.value(QStringLiteral("scope")).toString(), QStringLiteral("all"));
    const QJsonObject zhujian
        = o.value(QStringLiteral("by_department")).toObject().value(QStringLiteral("住建")).toObject();
    QVERIFY(zhujian.value(QStringLiteral("resolution_rate")).isNull());
    QCOMPARE(o.value(QStringLiteral("totals")).toObject().value(QStringLiteral("on_time_rate")).toDouble(), 0.5);
    // Every figures object carries DESIGN.md's keys, spelled exactly so.
    const QStringList contractKeys{QStringLiteral("new"),
                                   QStringLiteral("rejected"),
                                   QStringLiteral("resolved"),
                                   QStringLiteral("accepted"),
                                   QStringLiteral("resolved_to_date"),
                                   QStringLiteral("open"),
                                   QStringLiteral("overdue_open"),
                                   QStringLiteral("resolution_rate"),
                                   QStringLiteral("on_time_rate"),
                                   QStringLiteral("satisfaction_rate"),
                                   QStringLiteral("average_days"),
                                   QStringLiteral("households_visited_week"),
                                   QStringLiteral("households_visited_year"),
                                   QStringLiteral("coverage_rate")};
    QList<QJsonObject> objects{o.value(QStringLiteral("totals")).toObject(),
                               o.value(QStringLiteral("previous")).toObject()};
    for (const char *breakdown : {"by_category", "by_grid", "by_department"})
        for (const QJsonValue &v : o.value(QLatin1String(breakdown)).toObject())
            objects << v.toObject();
    QVERIFY(objects.size() > 5);
    for (const QJsonObject &figures : std::as_const(objects))
        for (const QString &key : contractKeys)
            QVERIFY2(figures.contains(key), qPrintable(key));
    // Rates are unrounded: 1/3 is written as the double 1/3, not 0.3333.
    WeeklyReport third = report("2026-W47");
    third.totals.accepted = 3;
    third.totals.resolvedToDate = 1;
    const QJsonObject thirdTotals
        = QJsonDocument::fromJson(WeeklyStatistics::json(third)).object().value(QStringLiteral("totals")).toObject();
    QCOMPARE(thirdTotals.value(QStringLiteral("resolution_rate")).toDouble(), 1.0 / 3.0);
    // Read back, it is the same report to the byte.
    auto back = WeeklyStatistics::fromJson(json);
    LINLI_VERIFY_OK(back);
    QCOMPARE(WeeklyStatistics::json(back.value()), json);
    QVERIFY(!WeeklyStatistics::fromJson("{\"week\": 3").ok());
}

void TestWeekly::severalCommunities()
{
    // A street's register: 幸福社区 and 和平社区, each with a 第一网格, and 光明社区 whose grid name
    // is its own. by_community has a row for each, adding up to the totals; every grid is keyed
    // 社区名/网格名, as DESIGN.md keys them when a register has several communities.
    TestRegister street;
    QVERIFY(street.open());
    PlaceRepository places(*street.db);
    HouseholdRepository households(*street.db);
    households.setToday(m_today);
    VisitRepository visits(*street.db);
    visits.setToday(m_today);
    IssueRepository issues(*street.db);
    issues.setToday(m_today);
    struct Place {
        const char *community;
        const char *grid;
        int households;
        int visited;
        int issues;
    };
    const Place layout[]
        = {{"幸福社区", "第一网格", 3, 1, 2}, {"和平社区", "第一网格", 2, 2, 1}, {"光明社区", "东区网格", 4, 0, 3}};
    for (const Place &p : layout) {
        auto community = places.ensureCommunity(QString::fromUtf8(p.community), street.actor);
        LINLI_VERIFY_OK(community);
        auto grid = places.ensureGrid(community->meta.id, QString::fromUtf8(p.grid), street.actor);
        LINLI_VERIFY_OK(grid);
        auto compound = places.ensureCompound(community->meta.id,
                                              QString::fromUtf8(p.community) + QStringLiteral("小区"), street.actor);
        LINLI_VERIFY_OK(compound);
        auto building = places.ensureBuilding(compound->meta.id, QStringLiteral("1号楼"), street.actor, grid->meta.id);
        LINLI_VERIFY_OK(building);
        for (int i = 0; i < p.households; ++i) {
            Household h;
            h.gridId = grid->meta.id;
            h.compoundId = compound->meta.id;
            h.buildingId = building->meta.id;
            h.unit = QStringLiteral("1");
            h.room = QString::number(101 + i);
            auto created = households.create(h, street.actor);
            LINLI_VERIFY_OK(created);
            if (i < p.visited) {
                Visit v;
                v.householdId = created->meta.id;
                v.visitDate = QStringLiteral("2026-11-18");
                v.visitor = QStringLiteral("李网格");
                LINLI_VERIFY_OK(visits.add(v, street.actor));
            }
            if (i < p.issues) {
                Issue d;
                d.title = QStringLiteral("楼道堆物");
                d.category = QStringLiteral("环境卫生");
                d.registeredDate = QStringLiteral("2026-11-17");
                d.householdId = created->meta.id;
                LINLI_VERIFY_OK(issues.add(d, street.actor));
            }
        }
    }
    WeeklyStatistics statistics(*street.db);
    auto report = statistics.report(IsoWeek(2026, 47), statistics.parseScope(QStringLiteral("all")).value());
    LINLI_VERIFY_OK(report);
    const QJsonObject o = QJsonDocument::fromJson(WeeklyStatistics::json(report.value())).object();
    const QJsonObject byCommunity = o.value(QStringLiteral("by_community")).toObject();
    // The TestRegister's own 幸福社区 is the same community; 和平社区 and 光明社区 are new.
    QCOMPARE(byCommunity.keys(),
             (QStringList{QStringLiteral("光明社区"), QStringLiteral("和平社区"), QStringLiteral("幸福社区")}));
    QCOMPARE(byCommunity.value(QStringLiteral("光明社区")).toObject().value(QStringLiteral("new")).toInt(), 3);
    QCOMPARE(byCommunity.value(QStringLiteral("和平社区")).toObject().value(QStringLiteral("new")).toInt(), 1);
    QCOMPARE(byCommunity.value(QStringLiteral("幸福社区")).toObject().value(QStringLiteral("new")).toInt(), 2);
    QCOMPARE(byCommunity.value(QStringLiteral("和平社区"))
                 .toObject()
                 .value(QStringLiteral("households_visited_week"))
                 .toInt(),
             2);
    QCOMPARE(byCommunity.value(QStringLiteral("光明社区")).toObject().value(QStringLiteral("coverage_rate")).toDouble(),
             0.0);
    QCOMPARE(byCommunity.value(QStringLiteral("幸福社区")).toObject().value(QStringLiteral("coverage_rate")).toDouble(),
             1.0 / 3);
    const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
    for (const char *key : {"new", "rejected", "resolved", "accepted", "resolved_to_date", "open", "overdue_open",
                            "households_visited_week", "households_visited_year"}) {
        int sum = 0;
        for (const QJsonValue &row : byCommunity)
            sum += row.toObject().value(QLatin1String(key)).toInt();
        QVERIFY2(sum == totals.value(QLatin1String(key)).toInt(), key);
    }
    QCOMPARE(totals.value(QStringLiteral("new")).toInt(), 6);
    const QStringList grids = o.value(QStringLiteral("by_grid")).toObject().keys();
    QCOMPARE(grids,
             (QStringList{QStringLiteral("光明社区/东区网格"), QStringLiteral("和平社区/第一网格"),
                          QStringLiteral("幸福社区/第一网格")}));
    // A community's scope has its own row only.
    auto one
        = statistics.report(IsoWeek(2026, 47), statistics.parseScope(QStringLiteral("community:和平社区")).value());
    LINLI_VERIFY_OK(one);
    QCOMPARE(one->byCommunity.size(), 1);
    QCOMPARE(one->byCommunity.constFirst().first, QStringLiteral("和平社区"));
    QCOMPARE(one->byCommunity.constFirst().second.newIssues, 1);
}

void TestWeekly::badInput()
{
    WeeklyStatistics statistics(*m_reg.db);
    for (const QString &scope : {QStringLiteral("grid:"), QStringLiteral("street:x"), QStringLiteral("grid:第九网格"),
                                 QStringLiteral("department:不存在"), QStringLiteral("category:水电")}) {
        auto s = statistics.parseScope(scope);
        QVERIFY2(!s.ok(), qPrintable(scope));
        QVERIFY(!s.error().message.isEmpty());
    }
    QVERIFY(!statistics.series(IsoWeek(2026, 10), IsoWeek(2026, 5)).ok());
}

void TestWeekly::redAndBlackLists()
{
    auto department = [](int accepted, int resolved, int onTime, int days, int overdue = 0, int overdueDays = 0) {
        WeeklyFigures f;
        f.accepted = accepted;
        f.resolvedToDate = resolved;
        f.open = accepted - resolved;
        f.resolvedOnTime = onTime;
        f.daysToResolve = days;
        f.overdueOpen = overdue;
        f.overdueDays = overdueDays;
        return f;
    };
    WeeklyReport r;
    r.byDepartment = {
        {QStringLiteral("丙"), department(10, 10, 10, 80)}, // 100%, 100%, 8 days: first
        {QStringLiteral("丁"), department(10, 9, 9, 40)}, // 90%: qualifies, but ranks after the tie
        {QStringLiteral("己"), department(2, 2, 2, 2)}, // too few issues to be ranked
        {QStringLiteral("庚"), department(10, 5, 5, 50, 2, 30)},
        {QStringLiteral("戊"), department(10, 10, 9, 50)}, // tied with 甲 and 乙
        {QStringLiteral("甲"), department(10, 10, 9, 50)},
        {QStringLiteral("乙"), department(10, 10, 9, 50)},
        {QStringLiteral("壬"), department(20, 19, 19, 38, 1, 3)}, // 95%, but one overdue
        {QStringLiteral("辛"), department(1, 0, 0, 0, 2, 40)}, // not ranked, still on the black list
    };
    const WeeklyLists lists = WeeklyLists::of(r);
    QCOMPARE(lists.ranking.constFirst(), QStringLiteral("丙"));
    QVERIFY(!lists.ranking.contains(QStringLiteral("己")));
    QVERIFY(!lists.ranking.contains(QStringLiteral("辛")));
    QCOMPARE(lists.ranking.size(), 7);
    // The three tied on every key all stand in the 红榜 with the first.
    QCOMPARE(lists.red.size(), 4);
    QCOMPARE(lists.red.constFirst(), QStringLiteral("丙"));
    for (const char *tied : {"甲", "乙", "戊"})
        QVERIFY(lists.red.contains(QString::fromUtf8(tied)));
    QVERIFY(!lists.red.contains(QStringLiteral("丁")));
    QVERIFY(!lists.red.contains(QStringLiteral("壬")));
    // 黑榜: the most overdue issues first, then the most days overdue.
    QCOMPARE(lists.black, (QStringList{QStringLiteral("辛"), QStringLiteral("庚"), QStringLiteral("壬")}));

    // Without the tie, the 红榜 stops at three.
    r.byDepartment[4].second = department(10, 10, 8, 50);
    QCOMPARE(WeeklyLists::of(r).red.size(), 3);
    // On the hand-made ledger: 物业 has 2 accepted issues, too few to be ranked.
    QVERIFY(WeeklyLists::of(report("2026-W47")).ranking.isEmpty());
    QCOMPARE(WeeklyLists::of(report("2026-W46")).black,
             (QStringList{QStringLiteral("城管"), QStringLiteral("物业")})); // E 59 days late, D 29
}

void TestWeekly::publishingFreezesTheBulletin()
{
    WeeklyBulletins bulletins(*m_reg.db);
    bulletins.setToday(QDate(2026, 11, 22));
    const IsoWeek w47(2026, 47);
    // Not before the week is over.
    QVERIFY(!bulletins.publish(w47, {}, {}, m_reg.actor).ok());
    bulletins.setToday(m_today);
    QCOMPARE(bulletins.edition(w47, QStringLiteral("all")).error().code, ErrorCode::NotFound);

    auto first = bulletins.publish(w47, {}, {}, m_reg.actor);
    LINLI_VERIFY_OK(first);
    QCOMPARE(first->edition, 1);
    QCOMPARE(first->figuresHash, WeeklyBulletins::hashOf(first->figures));
    QCOMPARE(first->figuresHash.size(), 64);
    const QJsonObject frozen = QJsonDocument::fromJson(first->figures).object();
    QCOMPARE(frozen.value(QStringLiteral("week")).toString(), QStringLiteral("2026-W47"));
    QVERIFY(frozen.value(QStringLiteral("red_list")).isArray());
    QVERIFY(frozen.value(QStringLiteral("red_warnings")).isArray());
    QCOMPARE(frozen.value(QStringLiteral("totals")).toObject().value(QStringLiteral("resolved_to_date")).toInt(), 2);
    QCOMPARE(queryValue(*m_reg.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'weekly_report'"))
                 .value()
                 .toInt(),
             1);

    // The ledger changes afterwards: C is resolved, back-dated into the week.
    const QString c = queryValue(*m_reg.db, QStringLiteral("SELECT number FROM issue WHERE title = 'C 垃圾清运'"))
                          .value()
                          .toString();
    QVERIFY(act(c, IssueAction::Start, QStringLiteral("2026-11-20")));
    QVERIFY(act(c, IssueAction::Resolve, QStringLiteral("2026-11-21")));
    QCOMPARE(report("2026-W47").totals.resolvedToDate, 3); // the live figures moved
    auto again = bulletins.edition(w47, QStringLiteral("all"));
    LINLI_VERIFY_OK(again);
    QCOMPARE(again->figures, first->figures); // the published bulletin did not
    QCOMPARE(again->figuresHash, first->figuresHash);
    // What a bulletin shows: the edition, not the live figures.
    auto shown = bulletins.bulletin(w47, {});
    LINLI_VERIFY_OK(shown);
    QVERIFY(shown->edition.has_value());
    QCOMPARE(shown->edition->edition, 1);
    QCOMPARE(shown->report.totals.resolvedToDate, 2);
    QVERIFY(shown->report.redWarnings.has_value());

    // A correction needs a reason, and something to correct.
    auto noReason = bulletins.publish(w47, {}, QStringLiteral("  "), m_reg.actor);
    QVERIFY(!noReason.ok());
    QCOMPARE(noReason.error().field, QStringLiteral("reason"));
    auto second = bulletins.publish(w47, {}, QStringLiteral("补录C件办结"), m_reg.actor);
    LINLI_VERIFY_OK(second);
    QCOMPARE(second->edition, 2);
    QVERIFY(second->figuresHash != first->figuresHash);
    auto same = bulletins.publish(w47, {}, QStringLiteral("再次发布"), m_reg.actor);
    QVERIFY(!same.ok());
    QCOMPARE(same.error().code, ErrorCode::Conflict);

    // Every edition stays readable; the latest is the default.
    auto editions = bulletins.editions(w47, QStringLiteral("all"));
    QCOMPARE(editions->size(), 2);
    QCOMPARE(bulletins.edition(w47, QStringLiteral("all"), 1)->figures, first->figures);
    QCOMPARE(bulletins.edition(w47, QStringLiteral("all"))->edition, 2);
    QCOMPARE(bulletins.edition(w47, QStringLiteral("all"), 2)->reason, QStringLiteral("补录C件办结"));
    QVERIFY(!bulletins.edition(w47, QStringLiteral("all"), 3).ok());
    // Another scope has editions of its own.
    WeeklyStatistics statistics(*m_reg.db);
    const WeeklyScope second2 = statistics.parseScope(QStringLiteral("grid:第二网格")).value();
    auto draft = bulletins.bulletin(w47, second2);
    LINLI_VERIFY_OK(draft);
    QVERIFY(!draft->edition.has_value());
    QCOMPARE(draft->report.totals.accepted, statistics.report(w47, second2)->totals.accepted);
    QCOMPARE(bulletins.bulletin(w47, second2, 1).error().code, ErrorCode::NotFound);
    auto grid = bulletins.publish(w47, statistics.parseScope(QStringLiteral("grid:第二网格")).value(), {}, m_reg.actor);
    LINLI_VERIFY_OK(grid);
    QCOMPARE(grid->edition, 1);
    QCOMPARE(grid->scope, QStringLiteral("grid:第二网格"));
}

QTEST_GUILESS_MAIN(TestWeekly)
#include "tst_weekly.moc"
