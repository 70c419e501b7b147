#include "guitest.h"
#include "testregister.h"

#include "register/householdlistmodel.h"
#include "register/membertablemodel.h"
#include "register/placetreemodel.h"

#include <QAbstractItemModelTester>
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
    void placeTreeFetchesLevels();
    void memberTable();
};

void TestModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QVERIFY(m_reg.open());
    // 450 households: more than two pages.
    for (int unit = 1; unit <= 3; ++unit) {
        for (int room = 1; room <= 150; ++room)
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
    QCOMPARE(model.totalCount(), 451);
    QCOMPARE(model.rowCount(), HouseholdListModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * HouseholdListModel::kPageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 451);
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
    QCOMPARE(model.totalCount(), 450);
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
    QCOMPARE(HouseholdRepository(*m_reg.db).count(f).value(), 450);
    f = model.filterFor(community);
    QCOMPARE(HouseholdRepository(*m_reg.db).count(f).value(), 451);
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
