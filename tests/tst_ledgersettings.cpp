#include "testregister.h"

#include "ledger/issuerepository.h"
#include "ledger/ledgersettings.h"
#include "storage/audit.h"
#include "storage/sql.h"

using namespace linli;
using linli::test::TestRegister;

// The ledger's editable lists and settings: categories, departments, assignees, deadlines.
class TestLedgerSettings final : public QObject
{
    Q_OBJECT

    TestRegister m_reg;
    const QDate m_today{2026, 11, 23};

    LedgerSettings settings() { return LedgerSettings(*m_reg.db); }
    IssueRepository repo()
    {
        IssueRepository r(*m_reg.db);
        r.setToday(m_today);
        return r;
    }
    Result<Issue> add(const QString &category, const QString &subcategory = {})
    {
        Issue d;
        d.title = QStringLiteral("路灯不亮");
        d.category = category;
        d.subcategory = subcategory;
        d.source = QStringLiteral("hotline");
        d.registeredDate = QStringLiteral("2026-11-02");
        d.location = QStringLiteral("幸福里小区3号楼");
        return repo().add(d, m_reg.actor);
    }
    Result<Issue> dispatch(const Issue &issue, const QString &department, const QString &handling = {})
    {
        IssueActionRequest accept;
        accept.action = IssueAction::Accept;
        accept.date = QDate(2026, 11, 10);
        Result<Issue> accepted = repo().apply(issue.number, accept, m_reg.actor);
        if (!accepted)
            return accepted;
        IssueActionRequest r;
        r.action = IssueAction::Dispatch;
        r.date = QDate(2026, 11, 10);
        r.department = department;
        r.handlingType = handling;
        return repo().apply(issue.number, r, m_reg.actor);
    }
    qint64 auditRows()
    {
        return queryValue(*m_reg.db, QStringLiteral("SELECT count(*) FROM audit_log")).value().toLongLong();
    }
    IssueCategory find(const QString &name)
    {
        const auto all = settings().categories().value();
        for (const IssueCategory &c : all)
            if (c.name == name)
                return c;
        return {};
    }

private slots:
    void initTestCase() { QVERIFY(m_reg.open()); }
    void defaultCategoriesInOrder();
    void addCategoryAndSubcategory();
    void renameCarriesTheIssues();
    void retiredCategoryIsNotOffered();
    void deleteOnlyWhatNoIssueNames();
    void moveChangesTheOrder();
    void departmentsAndAssignees();
    void staleEditGetsAConflict();
    void deadlinesAreSettings();
    void auditChainStaysIntact();
};

void TestLedgerSettings::defaultCategoriesInOrder()
{
    auto names = settings().categoryNames();
    QVERIFY(names.ok());
    QCOMPARE(names->constFirst(), QStringLiteral("教育"));
    QCOMPARE(names->constLast(), QStringLiteral("其他"));
    QCOMPARE(names->size(), 7);
    // Each category is followed by its own subcategories.
    const auto all = settings().categories().value();
    qint64 parent = 0;
    for (const IssueCategory &c : all) {
        if (!c.parentId)
            parent = c.id;
        else
            QCOMPARE(c.parentId, parent);
    }
}

void TestLedgerSettings::addCategoryAndSubcategory()
{
    const qint64 before = auditRows();
    auto added = settings().addCategory(QStringLiteral("  市容 市貌 "), 0, m_reg.actor);
    LINLI_VERIFY_OK(added);
    QCOMPARE(added->name, QStringLiteral("市容 市貌"));
    QCOMPARE(settings().categoryNames()->constLast(), QStringLiteral("市容 市貌"));
    QCOMPARE(auditRows(), before + 1);

    auto sub = settings().addCategory(QStringLiteral("广告牌"), added->id, m_reg.actor);
    QVERIFY(sub.ok());
    QCOMPARE(settings().categoryNames(added->id).value(), QStringList{QStringLiteral("广告牌")});
    QVERIFY(add(QStringLiteral("市容 市貌"), QStringLiteral("广告牌")).ok());

    // Refused with a reason, and nothing written.
    const qint64 audited = auditRows();
    auto twice = settings().addCategory(QStringLiteral("市容 市貌"), 0, m_reg.actor);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, ErrorCode::Conflict);
    QVERIFY(twice.error().message.contains(QStringLiteral("市容 市貌")));
    auto deep = settings().addCategory(QStringLiteral("路牌"), sub->id, m_reg.actor);
    QVERIFY(!deep.ok());
    QVERIFY(deep.error().message.contains(QStringLiteral("广告牌")));
    QVERIFY(!settings().addCategory(QStringLiteral("   "), 0, m_reg.actor).ok());
    QVERIFY(!settings().addCategory(QString(41, QChar(u'长')), 0, m_reg.actor).ok());
    QCOMPARE(auditRows(), audited);
    // The same subcategory name under another category is fine.
    QVERIFY(settings().addCategory(QStringLiteral("广告牌"), find(QStringLiteral("其他")).id, m_reg.actor).ok());
}

void TestLedgerSettings::renameCarriesTheIssues()
{
    auto category = settings().addCategory(QStringLiteral("公共设施"), 0, m_reg.actor).value();
    auto sub = settings().addCategory(QStringLiteral("路灯"), category.id, m_reg.actor).value();
    auto first = add(QStringLiteral("公共设施"), QStringLiteral("路灯")).value();
    auto second = add(QStringLiteral("公共设施")).value();

    QVERIFY(settings().renameCategory(sub.id, sub.version, QStringLiteral("路灯照明"), m_reg.actor).ok());
    QCOMPARE(repo().get(first.meta.id)->subcategory, QStringLiteral("路灯照明"));
    QVERIFY(settings().renameCategory(category.id, category.version, QStringLiteral("市政设施"), m_reg.actor).ok());
    const Issue renamed = repo().get(first.meta.id).value();
    QCOMPARE(renamed.category, QStringLiteral("市政设施"));
    QCOMPARE(renamed.subcategory, QStringLiteral("路灯照明"));
    QCOMPARE(repo().get(second.meta.id)->category, QStringLiteral("市政设施"));
    // The old name is gone for new issues; the new one works.
    QVERIFY(!add(QStringLiteral("公共设施")).ok());
    QVERIFY(add(QStringLiteral("市政设施"), QStringLiteral("路灯照明")).ok());
    // Each issue's rename is in the audit log, with its new name and version.
    auto audited = queryValue(*m_reg.db,
                              QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'rename_category' AND "
                                             "table_name = 'issue' AND new_values LIKE '%\"category\":\"市政设施\"%'"));
    QVERIFY(audited.ok());
    QCOMPARE(audited->toInt(), 2);

    // Renaming onto an existing name is refused.
    const IssueCategory current = find(QStringLiteral("市政设施"));
    auto clash = settings().renameCategory(current.id, current.version, QStringLiteral("教育"), m_reg.actor);
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, ErrorCode::Conflict);
    QCOMPARE(repo().get(second.meta.id)->category, QStringLiteral("市政设施"));
}

void TestLedgerSettings::retiredCategoryIsNotOffered()
{
    auto category = settings().addCategory(QStringLiteral("疫情防控"), 0, m_reg.actor).value();
    auto issue = add(QStringLiteral("疫情防控")).value();
    QVERIFY(settings().setCategoryRetired(category.id, category.version, true, m_reg.actor).ok());
    QVERIFY(!settings().categoryNames()->contains(QStringLiteral("疫情防控")));
    QVERIFY(settings().categoryNames(0, LedgerSettings::Retired::Include)->contains(QStringLiteral("疫情防控")));
    auto refused = add(QStringLiteral("疫情防控"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("category"));
    // The issue filed under it keeps it and stays in the ledger.
    QCOMPARE(repo().get(issue.meta.id)->category, QStringLiteral("疫情防控"));
    IssueFilter f;
    f.category = QStringLiteral("疫情防控");
    QCOMPARE(repo().list(f)->size(), 1);
    // Reinstated, it is offered again.
    const IssueCategory retired = find(QStringLiteral("疫情防控"));
    QVERIFY(retired.retired);
    QVERIFY(settings().setCategoryRetired(retired.id, retired.version, false, m_reg.actor).ok());
    QVERIFY(add(QStringLiteral("疫情防控")).ok());
}

void TestLedgerSettings::deleteOnlyWhatNoIssueNames()
{
    auto used = settings().addCategory(QStringLiteral("物业服务"), 0, m_reg.actor).value();
    auto sub = settings().addCategory(QStringLiteral("收费"), used.id, m_reg.actor).value();
    QVERIFY(add(QStringLiteral("物业服务"), QStringLiteral("收费")).ok());
    auto refused = settings().removeCategory(sub.id, m_reg.actor);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("收费")));
    auto withChildren = settings().removeCategory(used.id, m_reg.actor);
    QVERIFY(!withChildren.ok());
    QVERIFY(find(QStringLiteral("收费")).id);

    auto unused = settings().addCategory(QStringLiteral("错别字"), 0, m_reg.actor).value();
    const qint64 before = auditRows();
    QVERIFY(settings().removeCategory(unused.id, m_reg.actor).ok());
    QCOMPARE(find(QStringLiteral("错别字")).id, 0);
    QCOMPARE(auditRows(), before + 1);
}

void TestLedgerSettings::moveChangesTheOrder()
{
    const IssueCategory health = find(QStringLiteral("医疗卫生"));
    QVERIFY(settings().moveCategory(health.id, -1, m_reg.actor).ok());
    QCOMPARE(settings().categoryNames()->mid(0, 2), (QStringList{QStringLiteral("医疗卫生"), QStringLiteral("教育")}));
    // Already first: nothing changes.
    QVERIFY(settings().moveCategory(health.id, -1, m_reg.actor).ok());
    QCOMPARE(settings().categoryNames()->constFirst(), QStringLiteral("医疗卫生"));
    QVERIFY(settings().moveCategory(health.id, 1, m_reg.actor).ok());
    QCOMPARE(settings().categoryNames()->constFirst(), QStringLiteral("教育"));
    // Subcategories move among themselves.
    const IssueCategory school = find(QStringLiteral("校园周边"));
    QVERIFY(settings().moveCategory(school.id, -1, m_reg.actor).ok());
    QCOMPARE(settings().categoryNames(school.parentId)->constFirst(), QStringLiteral("校园周边"));
}

void TestLedgerSettings::departmentsAndAssignees()
{
    auto department = settings().addDepartment(QStringLiteral("街道城管科"), m_reg.actor);
    QVERIFY(department.ok());
    QVERIFY(!settings().addDepartment(QStringLiteral("街道城管科"), m_reg.actor).ok());
    auto person
        = settings().addAssignee(department->id, QStringLiteral("王队长"), QStringLiteral("13912345678"), m_reg.actor);
    QVERIFY(person.ok());
    auto badPhone = settings().addAssignee(department->id, QStringLiteral("李"), QStringLiteral("12345"), m_reg.actor);
    QVERIFY(!badPhone.ok());
    QCOMPARE(badPhone.error().field, QStringLiteral("phone"));
    QVERIFY(
        settings().updateAssignee(person->id, person->version, QStringLiteral("王建国"), QString(), m_reg.actor).ok());
    auto people = settings().assignees(department->id).value();
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.constFirst().name, QStringLiteral("王建国"));
    QVERIFY(people.constFirst().phone.isEmpty());

    // Renaming the department renames it on the issues sent there (they refer to it by id).
    auto issue = add(QStringLiteral("教育")).value();
    QVERIFY(dispatch(issue, QStringLiteral("街道城管科")).ok());
    QVERIFY(settings()
                .renameDepartment(department->id, department->version, QStringLiteral("综合执法队"), m_reg.actor)
                .ok());
    QCOMPARE(repo().get(issue.meta.id)->departmentName, QStringLiteral("综合执法队"));

    // In use: cannot be deleted, but retired; then nothing more is dispatched to it.
    QVERIFY(!settings().removeDepartment(department->id, m_reg.actor).ok());
    const Department current = settings().departments()->constFirst();
    QCOMPARE(current.name, QStringLiteral("综合执法队"));
    QVERIFY(settings().setDepartmentRetired(current.id, current.version, true, m_reg.actor).ok());
    QVERIFY(settings().departments(LedgerSettings::Retired::Exclude)->isEmpty());
    auto next = add(QStringLiteral("教育")).value();
    auto refused = dispatch(next, QStringLiteral("综合执法队"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("department"));
    QCOMPARE(repo().get(next.meta.id)->status, QStringLiteral("accepted"));

    // An unused department goes with its assignees.
    auto spare = settings().addDepartment(QStringLiteral("临时工作组"), m_reg.actor).value();
    QVERIFY(settings().addAssignee(spare.id, QStringLiteral("赵"), QString(), m_reg.actor).ok());
    QVERIFY(settings().removeDepartment(spare.id, m_reg.actor).ok());
    QCOMPARE(queryValue(*m_reg.db, QStringLiteral("SELECT count(*) FROM assignee WHERE department_id = :d"),
                        {{QStringLiteral("d"), spare.id}})
                 ->toInt(),
             0);
}

void TestLedgerSettings::staleEditGetsAConflict()
{
    auto category = settings().addCategory(QStringLiteral("文明创建"), 0, m_reg.actor).value();
    // A second workstation renames it first.
    QVERIFY(settings().renameCategory(category.id, category.version, QStringLiteral("文明城市创建"), m_reg.actor).ok());
    auto stale = settings().renameCategory(category.id, category.version, QStringLiteral("创城"), m_reg.actor);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
    QCOMPARE(settings().category(category.id)->name, QStringLiteral("文明城市创建"));
}

void TestLedgerSettings::deadlinesAreSettings()
{
    QCOMPARE(settings().deadlineDays(QStringLiteral("time_limited")).value(), 15);
    QCOMPARE(settings().deadlineDays(QStringLiteral("立行立改")).value(), 3);
    QVERIFY(settings().setDeadlineDays(QStringLiteral("限期办理"), 10, m_reg.actor).ok());
    QCOMPARE(settings().deadlineDays(QStringLiteral("time_limited")).value(), 10);
    QVERIFY(settings().setDeadlineDays(QStringLiteral("time_limited"), 12, m_reg.actor).ok());
    QCOMPARE(settings().deadlineDays(QStringLiteral("time_limited")).value(), 12);
    QCOMPARE(settings().deadlineDays(QStringLiteral("phased")).value(), 90);

    auto issue = add(QStringLiteral("教育")).value();
    auto dispatched = dispatch(issue, QStringLiteral("教育办"), QStringLiteral("限期办理"));
    LINLI_VERIFY_OK(dispatched);
    QCOMPARE(dispatched->deadline, QStringLiteral("2026-11-22")); // 2026-11-10 + 12 days

    for (int days : {0, -1, 366}) {
        auto refused = settings().setDeadlineDays(QStringLiteral("phased"), days, m_reg.actor);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QString::number(days)));
    }
    QVERIFY(!settings().setDeadlineDays(QStringLiteral("someday"), 5, m_reg.actor).ok());
    QVERIFY(!settings().deadlineDays(QStringLiteral("someday")).ok());
    QCOMPARE(settings().deadlineDays(QStringLiteral("phased")).value(), 90);
    QVERIFY(settings().setDeadlineDays(QStringLiteral("time_limited"), 15, m_reg.actor).ok());
}

void TestLedgerSettings::auditChainStaysIntact()
{
    auto verified = AuditLog::verify(*m_reg.db);
    QVERIFY(verified.ok());
    QCOMPARE(verified->firstBadId, 0);
    QVERIFY(verified->rows > 20);
}

QTEST_GUILESS_MAIN(TestLedgerSettings)
#include "tst_ledgersettings.moc"
