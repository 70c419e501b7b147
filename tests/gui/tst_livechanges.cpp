// Another workstation's writes appear on the open window's pages within two seconds (a SQLite
// file shared by two programs, or a PostgreSQL server, as pg_gui_livechanges runs it), keeping
// the household selected; a page not in view shows them when it is next shown.
#include "guitest.h"
#include "testregister.h"

#include "ledger/issuerepository.h"
#include "ledger/issuetablemodel.h"
#include "ledger/ledgerpage.h"
#include "mainwindow.h"
#include "register/householdlistmodel.h"
#include "register/householdrepository.h"
#include "register/registerpage.h"

#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace linli;
using linli::test::TestRegister;

class TestLiveChanges final : public QObject
{
    Q_OBJECT
private slots:
    void anotherWorkstationsWritesAppear();
};

void TestLiveChanges::anotherWorkstationsWritesAppear()
{
    TestRegister reg;
    QVERIFY(reg.open());
    const Household first = reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).value();
    LINLI_VERIFY_OK(reg.addHousehold(QStringLiteral("1"), QStringLiteral("102")));
    MainWindow window;
    QVERIFY(window.openRegister(reg.path(), false));
    window.show();
    HouseholdListModel *households = window.registerPage()->householdModel();
    QCOMPARE(households->rowCount(), 2);
    auto *view = window.registerPage()->findChild<QTableView *>(QStringLiteral("householdTableView"));
    QVERIFY(view);
    view->selectRow(households->rowOf(first.meta.id));
    QCOMPARE(view->currentIndex().data(HouseholdListModel::IdRole).toLongLong(), first.meta.id);

    // The other workstation: its own connection, acting for its own user.
    auto other = Database::open(reg.path(), Database::OpenMode::MustExist);
    LINLI_VERIFY_OK(other);
    other.value()->setActor(reg.actor);
    LINLI_VERIFY_OK(HouseholdRepository(*other.value())
                        .create(reg.household(QStringLiteral("1"), QStringLiteral("100")), reg.actor));
    QTRY_COMPARE_WITH_TIMEOUT(households->rowCount(), 3, 2500);
    // The same household is still the one selected, wherever its row went.
    QCOMPARE(view->currentIndex().data(HouseholdListModel::IdRole).toLongLong(), first.meta.id);

    // An issue registered there: the ledger, not in view, shows it once it is shown.
    Issue issue;
    issue.title = QStringLiteral("楼道灯不亮");
    issue.category = QStringLiteral("住房与城市建设");
    issue.householdId = first.meta.id;
    LINLI_VERIFY_OK(IssueRepository(*other.value()).add(issue, reg.actor));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("pagesTabWidget"));
    QVERIFY(tabs);
    const int before
        = window.ledgerPage()->findChild<QTableView *>(QStringLiteral("issueTableView"))->model()->rowCount();
    QTest::qWait(1500); // the feed has heard it by now
    tabs->setCurrentWidget(window.ledgerPage());
    QTRY_COMPARE_WITH_TIMEOUT(
        window.ledgerPage()->findChild<QTableView *>(QStringLiteral("issueTableView"))->model()->rowCount(), before + 1,
        2500);
}

LINLI_GUI_TEST_MAIN(TestLiveChanges)
#include "tst_livechanges.moc"
