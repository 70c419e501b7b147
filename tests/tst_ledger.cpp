#include "testregister.h"

#include "demo/demogenerator.h"
#include "ledger/issuerepository.h"
#include "ledger/warnings.h"
#include "storage/sql.h"

using namespace linli;
using linli::test::TestRegister;

class TestLedger final : public QObject
{
    Q_OBJECT

    TestRegister m_reg;
    qint64 m_household = 0;
    const QDate m_today{2026, 11, 23};

    IssueRepository repo()
    {
        IssueRepository r(*m_reg.db);
        r.setToday(m_today);
        return r;
    }
    Issue add(const QString &date = QStringLiteral("2026-11-02"), qint64 household = 0, const QString &location = {})
    {
        Issue d;
        d.title = QStringLiteral("楼道堆物");
        d.category = QStringLiteral("环境卫生");
        d.subcategory = QStringLiteral("楼道堆物");
        d.source = QStringLiteral("入户走访");
        d.registeredDate = date;
        d.householdId = household;
        d.location = location.isEmpty() && !household ? QStringLiteral("幸福里小区3号楼") : location;
        auto issue = repo().add(d, m_reg.actor);
        if (!issue)
            qWarning("%s", qPrintable(issue.error().message));
        return issue.ok() ? issue.value() : Issue{};
    }
    Result<Issue> act(const Issue &issue, IssueAction action, const QString &satisfaction = QStringLiteral("满意"))
    {
        IssueActionRequest r;
        r.action = action;
        r.date = QDate(2026, 11, 10);
        // Re-dispatch (and 交办 of an issue that has a department) goes to another department.
        r.department = issue.departmentName == QStringLiteral("物业") ? QStringLiteral("住建") : QStringLiteral("物业");
        r.assignee = QStringLiteral("张师傅");
        r.handlingType = QStringLiteral("限期办理");
        r.deadline = QDate(2026, 11, 30);
        r.result = QStringLiteral("已清理");
        r.satisfaction = satisfaction;
        r.reason = QStringLiteral("情况说明");
        return repo().apply(issue.number, r, m_reg.actor);
    }
    // An issue brought to `status` along the workflow.
    Issue inStatus(const QString &status);
    int eventCount(qint64 id)
    {
        return queryValue(*m_reg.db, QStringLiteral("SELECT count(*) FROM issue_event WHERE issue_id = :i"),
                          {{QStringLiteral("i"), id}})
            .value()
            .toInt();
    }

private slots:
    void initTestCase();
    void transitionTable_data();
    void transitionTable();
    void dissatisfiedFollowUpReopens();
    void returnsCountAsBounces();
    void escalationIsAFlag();
    void deadlineChangeNeedsAReason();
    void defaultDeadlines();
    void numbersRestartEachYear();
    void staleWriterGetsAConflict();
    void badInputWritesNothing();
    void warningBoundaries();
    void repeatedIssuesAtOnePlace();
    void listsByStatusAndWarning();
    void attachmentsStayInTheRegister();
    void sqlAndCodeAgreeOnWarnings();
    void filtersNarrowTheLedger();
};

void TestLedger::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QVERIFY(m_reg.open());
    m_household = m_reg.addHousehold(QStringLiteral("1"), QStringLiteral("101"))->meta.id;
}

Issue TestLedger::inStatus(const QString &status)
{
    Issue i = add();
    auto step = [&](IssueAction a) {
        auto r = act(i, a);
        if (r)
            i = r.value();
        else
            qWarning("%s", qPrintable(r.error().message));
    };
    if (status == QLatin1String("rejected")) {
        step(IssueAction::Reject);
        return i;
    }
    const QStringList path = {QStringLiteral("new"),         QStringLiteral("accepted"), QStringLiteral("dispatched"),
                              QStringLiteral("in_progress"), QStringLiteral("resolved"), QStringLiteral("followed_up"),
                              QStringLiteral("closed")};
    const IssueAction actions[] = {IssueAction::Accept,  IssueAction::Dispatch, IssueAction::Start,
                                   IssueAction::Resolve, IssueAction::FollowUp, IssueAction::Close};
    for (int k = 0; k < path.indexOf(status); ++k)
        step(actions[k]);
    return i;
}

void TestLedger::transitionTable_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("to"); // empty: illegal
    // DESIGN.md "Issue workflow", written out independently of the code.
    const QMap<IssueAction, QMap<QString, QString>> legal = {
        {IssueAction::Accept, {{"new", "accepted"}}},
        {IssueAction::Reject, {{"new", "rejected"}, {"accepted", "rejected"}}},
        {IssueAction::Dispatch,
         {{"accepted", "dispatched"}, {"dispatched", "dispatched"}, {"in_progress", "dispatched"}}},
        {IssueAction::Redispatch, {{"dispatched", "dispatched"}, {"in_progress", "dispatched"}}},
        {IssueAction::Start, {{"dispatched", "in_progress"}}},
        {IssueAction::Return, {{"dispatched", "accepted"}, {"in_progress", "accepted"}}},
        {IssueAction::Resolve, {{"in_progress", "resolved"}}},
        {IssueAction::FollowUp, {{"resolved", "followed_up"}}},
        {IssueAction::Close, {{"followed_up", "closed"}}},
        {IssueAction::Escalate,
         {{"new", "new"}, {"accepted", "accepted"}, {"dispatched", "dispatched"}, {"in_progress", "in_progress"}}},
        {IssueAction::ChangeDeadline, {{"dispatched", "dispatched"}, {"in_progress", "in_progress"}}},
    };
    const QStringList statuses
        = {"new", "accepted", "dispatched", "in_progress", "resolved", "followed_up", "closed", "rejected"};
    for (IssueAction a : Workflow::allActions()) {
        for (const QString &s : statuses)
            QTest::addRow("%s from %s", qPrintable(Workflow::actionCode(a)), qPrintable(s))
                << s << int(a) << legal.value(a).value(s);
    }
}

void TestLedger::transitionTable()
{
    QFETCH(QString, from);
    QFETCH(int, action);
    QFETCH(QString, to);
    const Issue before = inStatus(from);
    QCOMPARE(before.status, from);
    const int events = eventCount(before.meta.id);
    auto after = act(before, IssueAction(action));
    if (to.isEmpty()) {
        QVERIFY(!after.ok());
        // The message names both states: the one it is in and the ones it would need.
        QVERIFY2(after.error().message.contains(choiceLabel(choices::issueStatus(), from)),
                 qPrintable(after.error().message));
        QCOMPARE(eventCount(before.meta.id), events);
        QCOMPARE(repo().get(before.meta.id)->meta.version, before.meta.version);
        return;
    }
    QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().message));
    QCOMPARE(after->status, to);
    QCOMPARE(eventCount(before.meta.id), events + 1);
    const IssueEvent last = repo().events(before.meta.id)->constLast();
    QCOMPARE(last.fromStatus, from);
    QCOMPARE(last.toStatus, to);
    QCOMPARE(last.eventDate, QStringLiteral("2026-11-10"));
    QCOMPARE(last.userName, QStringLiteral("tester"));
}

void TestLedger::dissatisfiedFollowUpReopens()
{
    Issue i = inStatus(QStringLiteral("resolved"));
    auto reopened = act(i, IssueAction::FollowUp, QStringLiteral("不满意"));
    QVERIFY(reopened.ok());
    QCOMPARE(reopened->status, QStringLiteral("in_progress"));
    QCOMPARE(reopened->satisfaction, QStringLiteral("dissatisfied"));
    QCOMPARE(reopened->resolvedDate, QStringLiteral("2026-11-10")); // the first resolution stays on record
    auto missing = act(inStatus(QStringLiteral("resolved")), IssueAction::FollowUp, QString());
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().field, QStringLiteral("satisfaction"));
}

void TestLedger::returnsCountAsBounces()
{
    Issue i = inStatus(QStringLiteral("in_progress"));
    i = act(i, IssueAction::Return).value();
    QCOMPARE(i.status, QStringLiteral("accepted"));
    QCOMPARE(i.returnCount, 1);
    QCOMPARE(i.acceptedDate, QStringLiteral("2026-11-10"));
    i = act(i, IssueAction::Dispatch).value();
    i = act(i, IssueAction::Return).value();
    QCOMPARE(i.returnCount, 2);
    IssueActionRequest noReason;
    noReason.action = IssueAction::Return;
    noReason.date = QDate(2026, 11, 10);
    i = act(i, IssueAction::Dispatch).value();
    auto refused = repo().apply(i.number, noReason, m_reg.actor);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("reason"));
}

void TestLedger::escalationIsAFlag()
{
    Issue i = inStatus(QStringLiteral("dispatched"));
    i = act(i, IssueAction::Escalate).value();
    QVERIFY(i.escalated);
    QCOMPARE(i.status, QStringLiteral("dispatched"));
    QVERIFY(!act(i, IssueAction::Escalate).ok());
}

void TestLedger::deadlineChangeNeedsAReason()
{
    Issue i = inStatus(QStringLiteral("dispatched"));
    IssueActionRequest r;
    r.action = IssueAction::ChangeDeadline;
    r.date = QDate(2026, 11, 12);
    r.deadline = QDate(2026, 12, 20);
    QVERIFY(!repo().apply(i.number, r, m_reg.actor).ok());
    r.reason = QStringLiteral("材料未到");
    auto changed = repo().apply(i.number, r, m_reg.actor);
    QVERIFY(changed.ok());
    QCOMPARE(changed->deadline, QStringLiteral("2026-12-20"));
    const IssueEvent last = repo().events(i.meta.id)->constLast();
    QCOMPARE(last.kind, QStringLiteral("change-deadline"));
    // Kept as values, the reason as written; the line is composed when shown.
    QCOMPARE(last.previousDeadline, QStringLiteral("2026-11-30"));
    QCOMPARE(last.deadline, QStringLiteral("2026-12-20"));
    QCOMPARE(last.text, QStringLiteral("材料未到"));
    QVERIFY(last.describe().contains(QStringLiteral("2026-11-30")));
    QVERIFY(last.describe().contains(QStringLiteral("2026-12-20")));
    QVERIFY(last.describe().contains(QStringLiteral("材料未到")));
    // The dispatch before it stored codes, not a sentence in the UI's language.
    for (const IssueEvent &e : repo().events(i.meta.id).value()) {
        if (e.kind != QLatin1String("dispatch"))
            continue;
        QCOMPARE(e.text, QStringLiteral("情况说明")); // the reason as typed, nothing composed
        QVERIFY(choiceCodes(choices::handlingType()).contains(e.handlingType));
        QCOMPARE(e.deadline, QStringLiteral("2026-11-30"));
    }
}

void TestLedger::defaultDeadlines()
{
    const QPair<QString, QString> cases[] = {{QStringLiteral("立行立改"), QStringLiteral("2026-11-13")},
                                             {QStringLiteral("限期办理"), QStringLiteral("2026-11-25")},
                                             {QStringLiteral("phased"), QStringLiteral("2027-02-08")}};
    for (const auto &[handling, deadline] : cases) {
        Issue i = inStatus(QStringLiteral("accepted"));
        IssueActionRequest r;
        r.action = IssueAction::Dispatch;
        r.date = QDate(2026, 11, 10);
        r.department = QStringLiteral("城管");
        r.handlingType = handling;
        auto d = repo().apply(i.number, r, m_reg.actor);
        QVERIFY(d.ok());
        QCOMPARE(d->deadline, deadline);
        QCOMPARE(d->departmentName, QStringLiteral("城管"));
        QCOMPARE(d->dispatchedDate, QStringLiteral("2026-11-10"));
    }
}

void TestLedger::numbersRestartEachYear()
{
    TestRegister reg;
    QVERIFY(reg.open());
    IssueRepository r(*reg.db);
    r.setToday(m_today);
    auto make = [&](const char *date) {
        Issue d;
        d.title = QStringLiteral("路灯不亮");
        d.category = QStringLiteral("住房与城市建设");
        d.location = QStringLiteral("幸福里小区");
        d.registeredDate = QString::fromLatin1(date);
        return r.add(d, reg.actor).value().number;
    };
    QCOMPARE(make("2025-12-30"), QStringLiteral("2025-000001"));
    QCOMPARE(make("2025-12-31"), QStringLiteral("2025-000002"));
    QCOMPARE(make("2026-01-01"), QStringLiteral("2026-000001"));
    QCOMPARE(make("2025-12-31"), QStringLiteral("2025-000003")); // entered late, numbered in its own year
    QCOMPARE(make("2026-01-02"), QStringLiteral("2026-000002"));
}

void TestLedger::staleWriterGetsAConflict()
{
    Issue i = inStatus(QStringLiteral("accepted"));
    // Two people have the issue open at version v; the first dispatches it.
    IssueActionRequest first;
    first.action = IssueAction::Dispatch;
    first.date = QDate(2026, 11, 10);
    first.department = QStringLiteral("物业");
    first.expectedVersion = i.meta.version;
    QVERIFY(repo().apply(i.number, first, m_reg.actor).ok());
    const int events = eventCount(i.meta.id);
    IssueActionRequest second;
    second.action = IssueAction::Escalate;
    second.date = QDate(2026, 11, 10);
    second.expectedVersion = i.meta.version;
    auto stale = repo().apply(i.number, second, m_reg.actor);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
    QVERIFY(stale.error().message.contains(i.number));
    QCOMPARE(eventCount(i.meta.id), events);
    QVERIFY(!repo().get(i.meta.id)->escalated);
}

void TestLedger::badInputWritesNothing()
{
    const int before = queryValue(*m_reg.db, QStringLiteral("SELECT count(*) FROM issue")).value().toInt();
    Issue d;
    d.title = QStringLiteral("漏水");
    d.category = QStringLiteral("水电");
    d.location = QStringLiteral("幸福里");
    auto r = repo().add(d, m_reg.actor);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("category"));
    QVERIFY(r.error().message.contains(QStringLiteral("环境卫生")));
    d.category = QStringLiteral("住房与城市建设");
    d.subcategory = QStringLiteral("学区划分");
    QCOMPARE(repo().add(d, m_reg.actor).error().field, QStringLiteral("subcategory"));
    d.subcategory.clear();
    d.registeredDate = QStringLiteral("2026-12-01");
    QCOMPARE(repo().add(d, m_reg.actor).error().field, QStringLiteral("registered_date"));
    d.registeredDate.clear();
    d.location.clear();
    QCOMPARE(repo().add(d, m_reg.actor).error().field, QStringLiteral("location"));
    QCOMPARE(queryValue(*m_reg.db, QStringLiteral("SELECT count(*) FROM issue")).value().toInt(), before);
    QVERIFY(!repo().getByNumber(QStringLiteral("2026-999999")).ok());
}

void TestLedger::warningBoundaries()
{
    const QDate asOf(2026, 11, 23);
    Issue i;
    i.status = QStringLiteral("dispatched");
    i.deadline = QStringLiteral("2026-11-25"); // due in exactly 2 days
    QCOMPARE(Warnings::level(i, asOf, 1), WarningLevel::Amber);
    i.deadline = QStringLiteral("2026-11-26"); // 3 days
    QCOMPARE(Warnings::level(i, asOf, 1), WarningLevel::None);
    i.deadline = QStringLiteral("2026-11-23"); // deadline today: due, not yet overdue
    QCOMPARE(Warnings::level(i, asOf, 1), WarningLevel::Amber);
    i.deadline = QStringLiteral("2026-11-22"); // yesterday
    QCOMPARE(Warnings::level(i, asOf, 1), WarningLevel::Red);
    i.status = QStringLiteral("resolved"); // not open: no warning
    QCOMPARE(Warnings::level(i, asOf, 1), WarningLevel::None);

    i = Issue{};
    i.status = QStringLiteral("accepted");
    i.returnCount = 1;
    i.acceptedDate = QStringLiteral("2026-11-22"); // accepted one day ago
    QCOMPARE(Warnings::level(i, asOf, 1), WarningLevel::None);
    i.acceptedDate = QStringLiteral("2026-11-21"); // two days ago, still not dispatched
    QCOMPARE(Warnings::level(i, asOf, 1), WarningLevel::Amber);
    i.returnCount = 2; // returned twice
    QCOMPARE(Warnings::level(i, asOf, 1), WarningLevel::Red);

    i = Issue{};
    i.status = QStringLiteral("in_progress");
    i.deadline = QStringLiteral("2026-12-31");
    i.satisfaction = QStringLiteral("dissatisfied");
    QCOMPARE(Warnings::level(i, asOf, 1), WarningLevel::Red);
    i.satisfaction.clear();
    QCOMPARE(Warnings::level(i, asOf, 2), WarningLevel::None);
    QCOMPARE(Warnings::level(i, asOf, 3), WarningLevel::Amber); // the third issue at one place
    i.escalated = true;
    QCOMPARE(Warnings::level(i, asOf, 1), WarningLevel::Red);
    i.status = QStringLiteral("new");
    QCOMPARE(Warnings::level(i, asOf, 1), WarningLevel::Red); // escalated while still new
    i.status = QStringLiteral("closed");
    QCOMPARE(Warnings::level(i, asOf, 9), WarningLevel::None);
    QVERIFY(!Warnings::reasons(Issue{}, asOf, 3).isEmpty());
}

void TestLedger::repeatedIssuesAtOnePlace()
{
    TestRegister reg;
    QVERIFY(reg.open());
    const qint64 household = reg.addHousehold(QStringLiteral("2"), QStringLiteral("202"))->meta.id;
    IssueRepository r(*reg.db);
    r.setToday(m_today);
    auto make = [&](const char *date) {
        Issue d;
        d.title = QStringLiteral("噪音");
        d.category = QStringLiteral("环境卫生");
        d.householdId = household;
        d.registeredDate = QString::fromLatin1(date);
        return r.add(d, reg.actor).value();
    };
    make("2026-08-25"); // 90 days before 2026-11-23: outside the window
    make("2026-08-26");
    const Issue third = make("2026-11-20");
    QCOMPARE(third.location, QStringLiteral("幸福里小区3号楼2单元202室"));
    IssueFilter f;
    f.asOf = m_today;
    auto listed = r.list(f).value();
    QCOMPARE(listed.size(), 3);
    for (const auto &l : listed)
        QCOMPARE(l.warning, WarningLevel::None); // two in the window
    make("2026-11-21");
    listed = r.list(f).value();
    // Three in the window: every active issue of that household is amber.
    for (const auto &l : listed)
        QCOMPARE(l.warning, WarningLevel::Amber);
    f.asOf = QDate(2026, 11, 24); // 2026-08-26 leaves the window
    for (const auto &l : r.list(f).value())
        QCOMPARE(l.warning, WarningLevel::None);
}

void TestLedger::listsByStatusAndWarning()
{
    TestRegister reg;
    QVERIFY(reg.open());
    IssueRepository r(*reg.db);
    r.setToday(m_today);
    Issue d;
    d.title = QStringLiteral("井盖缺失");
    d.category = QStringLiteral("住房与城市建设");
    d.location = QStringLiteral("和平路");
    d.registeredDate = QStringLiteral("2026-11-01");
    const Issue a = r.add(d, reg.actor).value();
    d.location = QStringLiteral("建设路");
    const Issue b = r.add(d, reg.actor).value();
    IssueActionRequest accept;
    accept.action = IssueAction::Accept;
    accept.date = QDate(2026, 11, 2);
    QVERIFY(r.apply(a.number, accept, reg.actor).ok());
    IssueActionRequest dispatch;
    dispatch.action = IssueAction::Dispatch;
    dispatch.date = QDate(2026, 11, 3);
    dispatch.department = QStringLiteral("城管");
    dispatch.handlingType = QStringLiteral("立行立改"); // due 2026-11-06
    QVERIFY(r.apply(a.number, dispatch, reg.actor).ok());

    IssueFilter f;
    f.asOf = m_today;
    f.warning = WarningLevel::Red;
    auto red = r.list(f).value();
    QCOMPARE(red.size(), 1);
    QCOMPARE(red.constFirst().issue.number, a.number);
    QVERIFY(red.constFirst().reasons.join(QString()).contains(QStringLiteral("2026-11-06")));
    f.warning = WarningLevel::None;
    f.status = QStringLiteral("new");
    auto fresh = r.list(f).value();
    QCOMPARE(fresh.size(), 1);
    QCOMPARE(fresh.constFirst().issue.number, b.number);
    f.status.clear();
    f.asOf = QDate(2026, 11, 5); // before the deadline: amber, not red
    QCOMPARE(r.list(f).value().constFirst().warning, WarningLevel::Amber);
}

void TestLedger::attachmentsStayInTheRegister()
{
    const Issue i = add();
    // A small PNG: the signature and an IHDR chunk are enough to be recognised.
    QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108020000009077");
    png.append(QByteArray(3000, '\x5a'));
    auto before = repo().attach(i.number, QStringLiteral("/home/worker/现场照片.png"), QStringLiteral("before"), png,
                                m_reg.actor);
    QVERIFY2(before.ok(), qPrintable(before.ok() ? QString() : before.error().message));
    QCOMPARE(before->fileName, QStringLiteral("现场照片.png"));
    QCOMPARE(before->mimeType, QStringLiteral("image/png"));
    QCOMPARE(before->size, png.size());
    QVERIFY(repo().attach(i.number, QStringLiteral("整改报告.txt"), QString(), QByteArray("已整改"), m_reg.actor).ok());
    auto listed = repo().attachments(i.meta.id).value();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).kind, QStringLiteral("before"));
    QCOMPARE(listed.at(1).kind, QStringLiteral("document"));
    QCOMPARE(repo().attachmentData(listed.at(0).meta.id).value(), png);
    // The audit row names the file and its hash, not the bytes.
    const QString audit = queryValue(*m_reg.db,
                                     QStringLiteral("SELECT new_values FROM audit_log WHERE table_name = "
                                                    "'attachment' ORDER BY id LIMIT 1"))
                              .value()
                              .toString();
    QVERIFY(audit.contains(QStringLiteral("现场照片.png")));
    QVERIFY(audit.size() < 1000);

    const int count = int(listed.size());
    QCOMPARE(repo().attach(i.number, QStringLiteral("空.png"), QString(), QByteArray(), m_reg.actor).error().field,
             QStringLiteral("data"));
    const QByteArray huge(int(IssueRepository::kMaxAttachmentBytes) + 1, 'x');
    auto tooBig = repo().attach(i.number, QStringLiteral("录像.mp4"), QString(), huge, m_reg.actor);
    QVERIFY(!tooBig.ok());
    QVERIFY(tooBig.error().message.contains(QStringLiteral("录像.mp4")));
    QVERIFY(!repo().attach(i.number, QStringLiteral("a.png"), QStringLiteral("selfie"), png, m_reg.actor).ok());
    QVERIFY(!repo().attach(QStringLiteral("2099-000001"), QStringLiteral("a.png"), QString(), png, m_reg.actor).ok());
    QCOMPARE(repo().attachments(i.meta.id)->size(), count);
}

void TestLedger::sqlAndCodeAgreeOnWarnings()
{
    // Issues in every state, with returns, escalations, reopenings and deadlines all around.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.linli"));
    DemoOptions options;
    options.households = 600;
    options.seed = 8;
    options.today = m_today;
    QVERIFY(DemoGenerator::generate(path, options).ok());
    auto db = Database::open(path, Database::OpenMode::MustExist).value();
    db->setActor(Actor::system(QStringLiteral("tester")));
    IssueRepository r(*db);
    r.setToday(m_today);
    // Make sure some are red: one overdue since October, one escalated while new.
    Issue d;
    d.title = QStringLiteral("井盖缺失");
    d.category = QStringLiteral("住房与城市建设");
    d.location = QStringLiteral("和平路口");
    d.registeredDate = QStringLiteral("2026-10-01");
    const Issue overdue = r.add(d, m_reg.actor).value();
    IssueActionRequest step;
    step.date = QDate(2026, 10, 2);
    step.action = IssueAction::Accept;
    QVERIFY(r.apply(overdue.number, step, m_reg.actor).ok());
    step.action = IssueAction::Dispatch;
    step.department = QStringLiteral("市政");
    step.handlingType = QStringLiteral("立行立改");
    QVERIFY(r.apply(overdue.number, step, m_reg.actor).ok());
    d.location = QStringLiteral("建设路口");
    const Issue escalated = r.add(d, m_reg.actor).value();
    step = IssueActionRequest{};
    step.action = IssueAction::Escalate;
    step.date = QDate(2026, 10, 3);
    QVERIFY(r.apply(escalated.number, step, m_reg.actor).ok());
    int red = 0, amber = 0;
    for (int back = 0; back <= 120; back += 3) {
        IssueFilter f;
        f.asOf = m_today.addDays(-back);
        const auto all = r.list(f).value();
        QVERIFY(all.size() > 50);
        for (const auto &l : all) {
            const int recent = queryValue(*db,
                                          QStringLiteral("SELECT count(*) FROM issue o WHERE o.registered_date > :s "
                                                         "AND o.registered_date <= :a AND ((:h <> 0 AND o.household_id "
                                                         "= :h) OR (:h = 0 AND o.household_id IS NULL AND o.location "
                                                         "= :l))"),
                                          {{QStringLiteral("s"), f.asOf.addDays(-90).toString(Qt::ISODate)},
                                           {QStringLiteral("a"), f.asOf.toString(Qt::ISODate)},
                                           {QStringLiteral("h"), l.issue.householdId},
                                           {QStringLiteral("l"), l.issue.location}})
                                   .value()
                                   .toInt();
            QCOMPARE(l.warning, Warnings::level(l.issue, f.asOf, recent));
            red += l.warning == WarningLevel::Red;
            amber += l.warning == WarningLevel::Amber;
        }
        // The filter returns exactly the issues of that level.
        f.warning = WarningLevel::Red;
        int expectedRed = 0;
        for (const auto &l : all)
            expectedRed += l.warning == WarningLevel::Red;
        QCOMPARE(int(r.list(f).value().size()), expectedRed);
    }
    QVERIFY(red > 0);
    QVERIFY(amber > 0);
    // Paging returns consecutive slices.
    IssueFilter f;
    f.asOf = m_today;
    const auto all = r.list(f).value();
    const auto page = r.list(f, 10, 5).value();
    QCOMPARE(page.size(), 5);
    QCOMPARE(page.at(0).issue.number, all.at(10).issue.number);
}

void TestLedger::filtersNarrowTheLedger()
{
    TestRegister reg;
    QVERIFY(reg.open());
    IssueRepository r(*reg.db);
    r.setToday(m_today);
    struct Row {
        const char *title, *category, *place, *date, *reporter;
    } rows[] = {
        {"电梯停运", "住房与城市建设", "幸福里小区3号楼", "2026-10-01", "王秀英"},
        {"垃圾清运不及时", "环境卫生", "和平路", "2026-10-15", "李建国"},
        {"费用上涨100%", "民生保障", "建设路", "2026-11-01", "张三"},
    };
    QStringList numbers;
    for (const Row &row : rows) {
        Issue d;
        d.title = QString::fromUtf8(row.title);
        d.category = QString::fromUtf8(row.category);
        d.location = QString::fromUtf8(row.place);
        d.registeredDate = QString::fromLatin1(row.date);
        d.reporter = QString::fromUtf8(row.reporter);
        numbers << r.add(d, reg.actor).value().number;
    }
    IssueActionRequest step;
    step.date = QDate(2026, 10, 16);
    step.action = IssueAction::Accept;
    QVERIFY(r.apply(numbers.at(1), step, reg.actor).ok());
    step.action = IssueAction::Dispatch;
    step.department = QStringLiteral("城管");
    const qint64 cityId = r.apply(numbers.at(1), step, reg.actor)->departmentId;

    auto found = [&](const IssueFilter &f) {
        QStringList out;
        for (const auto &l : r.list(f).value())
            out << l.issue.number;
        return out;
    };
    IssueFilter f;
    f.asOf = m_today;
    QCOMPARE(found(f), numbers);
    f.category = QStringLiteral("环境卫生");
    QCOMPARE(found(f), QStringList{numbers.at(1)});
    f = IssueFilter{};
    f.departmentId = cityId;
    QCOMPARE(found(f), QStringList{numbers.at(1)});
    f = IssueFilter{};
    f.from = QDate(2026, 10, 2);
    f.to = QDate(2026, 10, 31);
    QCOMPARE(found(f), QStringList{numbers.at(1)});
    f.to = QDate();
    QCOMPARE(found(f), (QStringList{numbers.at(1), numbers.at(2)}));
    f = IssueFilter{};
    f.text = QStringLiteral("秀英"); // the reporter
    QCOMPARE(found(f), QStringList{numbers.at(0)});
    f.text = QStringLiteral("和平"); // the place
    QCOMPARE(found(f), QStringList{numbers.at(1)});
    f.text = QStringLiteral("100%"); // taken literally, not as a wildcard
    QCOMPARE(found(f), QStringList{numbers.at(2)});
    f.text = QStringLiteral("%");
    QCOMPARE(found(f), QStringList{numbers.at(2)});
    f.text = numbers.at(0).right(3);
    QCOMPARE(found(f), QStringList{numbers.at(0)});
}

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
