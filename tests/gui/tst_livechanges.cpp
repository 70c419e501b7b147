// Another workstation's writes appear on the open window's pages within two seconds (a SQLite
// file shared by two programs, or a PostgreSQL server, as pg_gui_livechanges runs it), keeping
// the household selected; a page not in view shows them when it is next shown.
#include "guitest.h"
#include "testregister.h"

#include "common/prompts.h"
#include "ledger/issuerepository.h"
#include "ledger/issuetablemodel.h"
#include "ledger/ledgerpage.h"
#include "mainwindow.h"
#include "register/householddialog.h"
#include "register/householdlistmodel.h"
#include "register/householdrepository.h"
#include "register/registerpage.h"

#include <QLineEdit>
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
    void aStaleEditNamesWhoAndReloads();
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

void TestLiveChanges::aStaleEditNamesWhoAndReloads()
{
    TestRegister reg;
    QVERIFY(reg.open());
    const Household h = reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).value();
    HouseholdDialog dialog(reg.db, reg.actor);
    LINLI_VERIFY_OK(dialog.load(h.meta.id));
    auto *room = dialog.findChild<QLineEdit *>(QStringLiteral("roomLineEdit"));
    QVERIFY(room);
    // Another workstation changes the household while the dialog is open.
    auto other = Database::open(reg.path(), Database::OpenMode::MustExist);
    LINLI_VERIFY_OK(other);
    const Actor otherClerk = Actor::system(QStringLiteral("clerk2"));
    other.value()->setActor(otherClerk);
    Household changed = HouseholdRepository(*other.value()).get(h.meta.id).value();
    changed.room = QStringLiteral("109");
    LINLI_VERIFY_OK(HouseholdRepository(*other.value()).update(changed, otherClerk));
    // This one's save is refused, naming who; the typed text stays until the person reloads.
    room->setText(QStringLiteral("105"));
    prompts::clearShownMessages();
    prompts::queueText(QString()); // 取消: keep what was typed
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!prompts::shownMessages().isEmpty());
    QVERIFY2(prompts::shownMessages().constLast().contains(QStringLiteral("clerk2")),
             qPrintable(prompts::shownMessages().constLast()));
    QCOMPARE(room->text(), QStringLiteral("105"));
    prompts::queueText(QCoreApplication::translate("linli::HouseholdDialog", "Reload (discard my changes)"));
    dialog.accept();
    QCOMPARE(room->text(), QStringLiteral("109"));
    // Saved again from what is there now, it goes through.
    room->setText(QStringLiteral("105"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(HouseholdRepository(*reg.db).get(h.meta.id)->room, QStringLiteral("105"));
}

LINLI_GUI_TEST_MAIN(TestLiveChanges)
#include "tst_livechanges.moc"
