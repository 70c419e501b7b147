#include "guitest.h"
#include "testregister.h"

#include "ledger/issuetablemodel.h"
#include "register/householdlistmodel.h"
#include "register/membertablemodel.h"
#include "register/placetreemodel.h"
#include "visits/visitmodels.h"
#include "visits/visitrepository.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace linli;
using linli::test::TestRegister;

class TestModels final : public QObject
{
    Q_OBJECT

    TestRegister m_reg;

private slots:
    void initTestCase();
    void householdListFetchesPages();
    void householdListFollowsFilters();
    void issueListPagesInEveryOrder();
    void visitListPagesNewestFirst();
    void placeTreeFetchesLevels();
    void memberTable();
};

void TestModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QVERIFY(m_reg.open());
    // 650 households: more than three pages.
    for (int unit = 1; unit <= 5; ++unit) {
        for (int room = 1; room <= 130; ++room)
            QVERIFY(m_reg.addHousehold(QString::number(unit), QString::number(room)).ok());
    }
    PlaceRepository places(*m_reg.db);
    auto community = places.ensureCommunity(QStringLiteral("幸福社区"), m_reg.actor).value();
    auto grid2 = places.ensureGrid(community.meta.id, QStringLiteral("第二网格"), m_reg.actor).value();
    Household h = m_reg.household(QStringLiteral("9"), QStringLiteral("901"));
    h.gridId = grid2.meta.id;
    QVERIFY(HouseholdRepository(*m_reg.db).create(h, m_reg.actor).ok());
}

void TestModels::householdListFetchesPages()
{
    HouseholdListModel model(m_reg.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(HouseholdFilter{});
    QCOMPARE(model.totalCount(), 651);
    QCOMPARE(model.rowCount(), HouseholdListModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * HouseholdListModel::kPageSize);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 651);
    QCOMPARE(inserted.size(), 2); // rows 400..599 and 600..650, each announced once
    QCOMPARE(inserted.at(1).at(1).toInt(), 600);
    QCOMPARE(inserted.at(1).at(2).toInt(), 650);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(HouseholdListModel::IdRole).toLongLong());
    QCOMPARE(ids.size(), 651); // no row twice, none missing
    QCOMPARE(model.columnCount(), int(HouseholdListModel::ColumnCount));
    QCOMPARE(model.index(0, HouseholdListModel::AddressColumn).data().toString(),
             QStringLiteral("幸福里小区3号楼1单元1室"));
    QCOMPARE(model.index(1, HouseholdListModel::AddressColumn).data().toString(),
             QStringLiteral("幸福里小区3号楼1单元2室"));
    QCOMPARE(model.index(0, HouseholdListModel::HousingUseColumn).data().toString(), QStringLiteral("自住"));
    QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
}

void TestModels::householdListFollowsFilters()
{
    HouseholdListModel model(m_reg.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    HouseholdFilter f;
    f.gridId = m_reg.grid.meta.id;
    model.setFilter(f);
    QCOMPARE(model.totalCount(), 650);
    f.restrictToIds = true;
    f.ids = {1, 2, 3};
    model.setFilter(f);
    QCOMPARE(model.totalCount(), 3);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.canFetchMore({}));
    f.ids.clear();
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
}

// Fetches every page of a paged model, checking each page is announced once as the rows after
// the last, and never more than the model said it holds.
static void fetchAll(PagedTableModel &model)
{
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    int pages = 1;
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        ++pages;
        QCOMPARE(inserted.size(), pages - 1);
        QCOMPARE(inserted.constLast().at(1).toInt(), before);
        QCOMPARE(inserted.constLast().at(2).toInt(), model.rowCount() - 1);
        QVERIFY(model.rowCount() <= model.totalCount());
    }
    QCOMPARE(model.rowCount(), model.totalCount());
}

void TestModels::issueListPagesInEveryOrder()
{
    TestRegister reg;
    QVERIFY(reg.open());
    IssueRepository repo(*reg.db);
    auto department = repo.ensureDepartment(QStringLiteral("物业公司"), reg.actor);
    QVERIFY(department.ok());
    // 650 issues over few dates, titles and places, so every order has long runs of equal keys
    // across page ends (the id breaks the ties).
    const QStringList titles{QStringLiteral("楼道堆物"), QStringLiteral("路灯不亮"), QStringLiteral("噪声扰民")};
    for (int i = 0; i < 650; ++i) {
        Issue d;
        d.title = titles.at(i % 3);
        d.category = i % 2 ? QStringLiteral("环境卫生") : QStringLiteral("住房与城市建设");
        d.location = QStringLiteral("幸福里小区%1号楼").arg(i % 4 + 1);
        d.registeredDate = QDate(2026, 10, 1).addDays(i % 7).toString(Qt::ISODate);
        auto added = repo.add(d, reg.actor);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    }
    IssueTableModel model(reg.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFilter(IssueFilter{});
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.totalCount(), 650);
    QCOMPARE(model.rowCount(), PagedTableModel::kPageSize);
    for (int column = 0; column < IssueTableModel::WarningColumn; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const int before = resets.size();
            model.sort(column, order);
            QCOMPARE(resets.size(), before + 1);
            fetchAll(model);
            QVERIFY(!model.canFetchMore({}));
            QSet<QString> numbers;
            for (int row = 0; row < model.rowCount(); ++row) {
                numbers.insert(model.listed(row).issue.number);
                if (row == 0)
                    continue;
                // Shown in the order asked for: each row's key beside the one before it, and
                // equal keys in the order of their ids.
                const QString previous = model.index(row - 1, column).data().toString();
                const QString current = model.index(row, column).data().toString();
                if (column == IssueTableModel::StatusColumn || column == IssueTableModel::CategoryColumn)
                    continue; // ordered by code, shown as words
                const int c = QString::compare(previous, current);
                QVERIFY2(order == Qt::AscendingOrder ? c <= 0 : c >= 0,
                         qPrintable(QStringLiteral("column %1 row %2: %3 then %4").arg(column).arg(row).arg(previous,
                                                                                                           current)));
                if (c == 0) {
                    const qint64 a = model.listed(row - 1).issue.meta.id, b = model.listed(row).issue.meta.id;
                    QVERIFY(order == Qt::AscendingOrder ? a < b : a > b);
                }
            }
            QCOMPARE(numbers.size(), 650);
        }
    }
    // A narrower filter starts again from its first page.
    IssueFilter narrow;
    narrow.text = QStringLiteral("路灯");
    model.setFilter(narrow);
    QCOMPARE(model.totalCount(), 217);
    fetchAll(model);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.listed(row).issue.title, QStringLiteral("路灯不亮"));
}

void TestModels::visitListPagesNewestFirst()
{
    TestRegister reg;
    QVERIFY(reg.open());
    const qint64 household = reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).value().meta.id;
    VisitRepository repo(*reg.db);
    repo.setToday(QDate(2026, 11, 23));
    for (int i = 0; i < 650; ++i) {
        Visit v;
        v.householdId = household;
        v.visitDate = QDate(2026, 11, 1).addDays(i % 20).toString(Qt::ISODate);
        v.visitor = QStringLiteral("李网格");
        v.kind = QStringLiteral("routine");
        auto added = repo.add(v, reg.actor);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    }
    VisitTableModel model(reg.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(VisitFilter{});
    QCOMPARE(model.total(), 650);
    QCOMPARE(model.rowCount(), PagedTableModel::kPageSize);
    fetchAll(model);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Visit &v = model.visit(row);
        ids.insert(v.meta.id);
        if (row > 0) {
            const Visit &previous = model.visit(row - 1);
            QVERIFY(previous.visitDate > v.visitDate
                    || (previous.visitDate == v.visitDate && previous.meta.id > v.meta.id));
        }
    }
    QCOMPARE(ids.size(), 650);
    QCOMPARE(model.visit(0).visitDate, QStringLiteral("2026-11-20"));
    VisitFilter week;
    week.from = QDate(2026, 11, 14);
    week.to = QDate(2026, 11, 20);
    model.setFilter(week);
    QCOMPARE(model.total(), 7 * 32); // days 14 to 20 have 32 visits each (1 to 10 have 33)
    fetchAll(model);
}

void TestModels::placeTreeFetchesLevels()
{
    PlaceTreeModel model(m_reg.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (model.canFetchMore({})) // the tester may have fetched already
        model.fetchMore({});
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex community = model.index(0, 0);
    QCOMPARE(community.data().toString(), QStringLiteral("幸福社区"));
    QVERIFY(model.hasChildren(community));
    model.fetchMore(community);
    QCOMPARE(model.rowCount(community), 2);
    const QModelIndex grid = model.index(0, 0, community);
    QCOMPARE(grid.data().toString(), QStringLiteral("第一网格"));
    model.fetchMore(grid);
    QCOMPARE(model.rowCount(grid), 1);
    const QModelIndex compound = model.index(0, 0, grid);
    model.fetchMore(compound);
    const QModelIndex building = model.index(0, 0, compound);
    QCOMPARE(building.data().toString(), QStringLiteral("3号楼"));
    QVERIFY(!model.hasChildren(building));
    QCOMPARE(model.parent(building), compound);
    QCOMPARE(model.parent(compound), grid);

    HouseholdFilter f = model.filterFor(building);
    QCOMPARE(f.buildingId, m_reg.building.meta.id);
    QCOMPARE(f.gridId, m_reg.grid.meta.id);
    QCOMPARE(HouseholdRepository(*m_reg.db).count(f).value(), 650);
    f = model.filterFor(community);
    QCOMPARE(HouseholdRepository(*m_reg.db).count(f).value(), 651);
    QCOMPARE(model.filterFor(model.index(1, 0, community)).gridId != 0, true);
    // Reloaded, the tree shows its one community again, and a place is found again by its path
    // (the register page keeps the chosen place across a reload this way).
    const PlaceTreeModel::Path path = model.pathOf(building);
    QCOMPARE(path.size(), 4);
    model.reload();
    if (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.canFetchMore({}));
    const QModelIndex again = model.indexOf(path);
    QVERIFY(again.isValid());
    QCOMPARE(again.data().toString(), QStringLiteral("3号楼"));
    QCOMPARE(model.pathOf(again), path);
}

void TestModels::memberTable()
{
    MemberTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MemberTableModel::Member m;
    m.resident.name = QStringLiteral("王秀英");
    m.resident.relation = QStringLiteral("head");
    m.resident.sex = QStringLiteral("F");
    model.addMember(m);
    m.resident.name = QStringLiteral("李建国");
    m.resident.relation = QStringLiteral("spouse");
    m.resident.status = QStringLiteral("deceased");
    m.resident.statusDate = QStringLiteral("2026-10-08");
    model.addMember(m);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, MemberTableModel::RelationColumn).data().toString(), QStringLiteral("户主"));
    QCOMPARE(model.index(0, MemberTableModel::SexColumn).data().toString(), QStringLiteral("女"));
    QCOMPARE(model.index(1, MemberTableModel::StatusColumn).data().toString(), QStringLiteral("死亡 2026-10-08"));
    m.resident.name = QStringLiteral("李建军");
    model.replaceMember(1, m);
    QCOMPARE(model.index(1, MemberTableModel::NameColumn).data().toString(), QStringLiteral("李建军"));
    model.setMembers({});
    QCOMPARE(model.rowCount(), 0);
}

LINLI_GUI_TEST_MAIN(TestModels)
#include "tst_models.moc"
