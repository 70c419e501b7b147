#include "guitest.h"
#include "testregister.h"

#include "access/accountrepository.h"
#include "access/idlelock.h"
#include "access/logins.h"
#include "access/accountdialog.h"
#include "access/auditlogdialog.h"
#include "access/auditlogmodel.h"
#include "access/logindialog.h"
#include "access/usersdialog.h"
#include "mainwindow.h"
#include "register/householddialog.h"
#include "register/householdlistmodel.h"
#include "register/placetreemodel.h"
#include "register/registerpage.h"
#include "register/residentdialog.h"
#include "storage/sql.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QListWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

using namespace linli;
using linli::test::child;
using linli::test::TestRegister;
using linli::test::waitForDialog;

// Login, scope and masking as a person meets them in the window.
class TestAccessGui final : public QObject
{
    Q_OBJECT

    static QStringList treeTexts(QAbstractItemModel *model, const QModelIndex &parent = {})
    {
        QStringList out;
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            out << i.data().toString();
            if (model->canFetchMore(i))
                model->fetchMore(i);
            out << treeTexts(model, i);
        }
        return out;
    }

    TestRegister m_reg;
    qint64 m_secondGrid = 0;
    qint64 m_resident = 0;

private slots:
    void initTestCase();
    void init() { LoginDialog::answerAllWith({}, {}); }
    void cleanupTestCase() { LoginDialog::answerAllWith(kGuiTestUser, kGuiTestPassword); }
    void firstAdministratorThenLogin();
    void wrongPasswordIsRefused();
    void gridWorkerSeesOnlyTheirGrid();
    void revealingAnIdNumberIsAudited();
    void idleLockKeepsAnOpenEditor();
    void userManagementAddsAGridWorker();
    void auditLogViewer();
};

void TestAccessGui::initTestCase()
{
    QVERIFY(m_reg.open());
    m_secondGrid = PlaceRepository(*m_reg.db)
                       .ensureGrid(m_reg.grid.communityId, QStringLiteral("第二网格"), m_reg.actor)
                       .value()
                       .meta.id;
    auto first = m_reg.addHousehold(QStringLiteral("1"), QStringLiteral("101"));
    LINLI_VERIFY_OK(first);
    m_resident = m_reg.addResident(first->meta.id, QStringLiteral("王秀英"), QStringLiteral("11010519491231002X"))
                     .value()
                     .meta.id;
    Household second = m_reg.household(QStringLiteral("2"), QStringLiteral("201"));
    second.gridId = m_secondGrid;
    auto added = HouseholdRepository(*m_reg.db).create(second, m_reg.actor);
    LINLI_VERIFY_OK(added);
    LINLI_VERIFY_OK(m_reg.addResident(added->meta.id, QStringLiteral("李建国"), QStringLiteral("440524188001010014")));
}

void TestAccessGui::firstAdministratorThenLogin()
{
    // The register has no account yet: the first dialog makes its administrator.
    LoginDialog::queueAnswer(QStringLiteral("wang"), QStringLiteral("Wang-2026!"));
    {
        MainWindow window;
        QVERIFY(window.openRegister(m_reg.path(), false));
        QCOMPARE(window.actor().login, QStringLiteral("wang"));
        QCOMPARE(window.actor().role, QStringLiteral("admin"));
        QVERIFY(window.statusBar()->findChildren<QLabel *>().size() > 0);
        AccountRepository accounts(*m_reg.db);
        LINLI_VERIFY_OK(accounts.add({QStringLiteral("lili"), QStringLiteral("李丽"), QStringLiteral("grid_worker"),
                                      0, {m_reg.grid.meta.id}},
                                     QStringLiteral("Start-2026"), window.actor()));
    }
    // The name is remembered; never the password.
    QCOMPARE(QSettings().value(QStringLiteral("login/lastUser")).toString(), QStringLiteral("wang"));
    for (const QString &key : QSettings().allKeys())
        QVERIFY2(!QSettings().value(key).toString().contains(QStringLiteral("Wang-2026!")), qPrintable(key));
    // Then a login, and a new account's first login asks for its own password.
    LoginDialog::queueAnswer(QStringLiteral("lili"), QStringLiteral("Start-2026"));
    LoginDialog::queueAnswer(QStringLiteral("lili"), QStringLiteral("Start-2026"), QStringLiteral("Lili-own-2026"));
    MainWindow window;
    QVERIFY(window.openRegister(m_reg.path(), false));
    QCOMPARE(window.actor().login, QStringLiteral("lili"));
    QVERIFY(!window.actor().mustChangePassword);
    QVERIFY(Logins(*m_reg.db).login(QStringLiteral("lili"), QStringLiteral("Lili-own-2026")).ok());
}

void TestAccessGui::wrongPasswordIsRefused()
{
    LoginDialog::queueAnswer(QStringLiteral("wang"), QStringLiteral("wrong-pass1"));
    MainWindow window;
    QVERIFY(!window.openRegister(m_reg.path(), false));
    // The message counts the tries left before the lock (密码错误，再错 4 次将锁定).
    QVERIFY2(LoginDialog::lastError().contains(QStringLiteral("4")), qPrintable(LoginDialog::lastError()));
    QVERIFY(!window.registerPage());
    // The dialog itself keeps the name and says why.
    LoginDialog dialog(m_reg.db, LoginDialog::Mode::Login);
    child<QLineEdit>(&dialog, "userLineEdit")->setText(QStringLiteral("wang"));
    child<QLineEdit>(&dialog, "passwordLineEdit")->setText(QStringLiteral("wrong-pass2"));
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("3")));
    QCOMPARE(child<QLineEdit>(&dialog, "userLineEdit")->text(), QStringLiteral("wang"));
}

void TestAccessGui::gridWorkerSeesOnlyTheirGrid()
{
    LoginDialog::queueAnswer(QStringLiteral("lili"), QStringLiteral("Lili-own-2026"));
    MainWindow window;
    QVERIFY(window.openRegister(m_reg.path(), false));
    window.show();
    RegisterPage *page = window.registerPage();
    auto *tree = child<QTreeView>(page, "placeTreeView");
    const QStringList places = treeTexts(tree->model());
    QVERIFY2(places.join(u',').contains(QStringLiteral("第一网格")), qPrintable(places.join(u',')));
    QVERIFY2(!places.join(u',').contains(QStringLiteral("第二网格")), qPrintable(places.join(u',')));
    QCOMPARE(page->householdModel()->totalCount(), 1);
}

void TestAccessGui::revealingAnIdNumberIsAudited()
{
    LoginDialog::queueAnswer(QStringLiteral("wang"), QStringLiteral("Wang-2026!"));
    MainWindow window;
    QVERIFY(window.openRegister(m_reg.path(), false));
    window.show();
    RegisterPage *page = window.registerPage();
    auto *list = child<QTableView>(page, "householdTableView");
    QTRY_VERIFY(list->model()->rowCount() >= 1);
    list->selectRow(0);
    QTest::mouseClick(child<QPushButton>(page, "editHouseholdButton"), Qt::LeftButton);
    auto *household = waitForDialog<HouseholdDialog>(page);
    QVERIFY(household);
    auto *members = child<QTableView>(household, "membersTableView");
    QCOMPARE(members->model()->rowCount(), 1);
    // Masked in the list of members and in the member's editor.
    const QString shown = members->model()->index(0, MemberTableModel::IdNumberColumn).data().toString();
    QCOMPARE(shown, QStringLiteral("110105********002X"));
    members->selectRow(0);
    QTest::mouseClick(child<QPushButton>(household, "editMemberButton"), Qt::LeftButton);
    auto *resident = waitForDialog<ResidentDialog>(household);
    QVERIFY(resident);
    auto *idEdit = child<QLineEdit>(resident, "idNumberLineEdit");
    QCOMPARE(idEdit->text(), QStringLiteral("110105********002X"));
    QVERIFY(idEdit->isReadOnly());
    const auto unmasked = [&] {
        return queryValue(*m_reg.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'unmask' AND "
                                                    "record_id = :r AND actor = 'wang'"),
                          {{QStringLiteral("r"), m_resident}})
            .value()
            .toInt();
    };
    QCOMPARE(unmasked(), 0);
    QTest::mouseClick(child<QPushButton>(resident, "revealButton"), Qt::LeftButton);
    QCOMPARE(idEdit->text(), QStringLiteral("11010519491231002X"));
    QVERIFY(!idEdit->isReadOnly());
    QCOMPARE(unmasked(), 1);
    // Saved unchanged, the member keeps the number.
    QTest::mouseClick(child<QDialogButtonBox>(resident, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!resident->isVisible());
    QCOMPARE(members->model()->index(0, MemberTableModel::IdNumberColumn).data().toString(),
             QStringLiteral("11010519491231002X"));
}

void TestAccessGui::idleLockKeepsAnOpenEditor()
{
    LoginDialog::queueAnswer(QStringLiteral("wang"), QStringLiteral("Wang-2026!"));
    MainWindow window;
    QVERIFY(window.openRegister(m_reg.path(), false));
    window.show();
    RegisterPage *page = window.registerPage();
    // A half-filled new household.
    QTest::mouseClick(child<QPushButton>(page, "newHouseholdButton"), Qt::LeftButton);
    auto *household = waitForDialog<HouseholdDialog>(page);
    QVERIFY(household);
    QTest::keyClicks(child<QLineEdit>(household, "roomLineEdit"), QStringLiteral("808"));
    // While locked, the pages and the editor are out of sight.
    bool hiddenWhileLocked = false;
    connect(&window, &MainWindow::locked, this, [&] {
        hiddenWhileLocked = !household->isVisible() && !child<QTabWidget>(&window, "pagesTabWidget")->isVisible()
            && window.isLocked();
    });
    // A wrong password first (refused, counted), then the right one.
    LoginDialog::queueAnswer({}, QStringLiteral("wrong-pass1"));
    LoginDialog::queueAnswer({}, QStringLiteral("Wang-2026!"));
    window.idleLock()->setLimit(50);
    QTRY_VERIFY_WITH_TIMEOUT(hiddenWhileLocked, 3000);
    QTRY_VERIFY(!window.isLocked());
    QVERIFY(household->isVisible());
    QCOMPARE(child<QLineEdit>(household, "roomLineEdit")->text(), QStringLiteral("808"));
    QCOMPARE(window.actor().login, QStringLiteral("wang"));
    const auto count = [&](const char *action) {
        return queryValue(*m_reg.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = :a AND actor = 'wang'"),
                          {{QStringLiteral("a"), QString::fromLatin1(action)}})
            .value()
            .toInt();
    };
    QVERIFY(count("idle_lock") >= 1);
    QVERIFY(count("login_failed") >= 1);
    window.idleLock()->setLimit(60 * 60 * 1000);
    household->reject();
}

void TestAccessGui::userManagementAddsAGridWorker()
{
    LoginDialog::queueAnswer(QStringLiteral("wang"), QStringLiteral("Wang-2026!"));
    MainWindow window;
    QVERIFY(window.openRegister(m_reg.path(), false));
    window.show();
    UsersDialog *users = window.manageUsers();
    QVERIFY(users);
    QTest::mouseClick(child<QPushButton>(users, "addButton"), Qt::LeftButton);
    auto *account = waitForDialog<AccountDialog>(users);
    QVERIFY(account);
    QTest::keyClicks(child<QLineEdit>(account, "loginLineEdit"), QStringLiteral("zhao"));
    child<QLineEdit>(account, "displayNameLineEdit")->setText(QStringLiteral("赵敏"));
    auto *role = child<QComboBox>(account, "roleComboBox");
    role->setCurrentIndex(role->findData(QStringLiteral("grid_worker")));
    auto *grids = child<QListWidget>(account, "gridsListWidget");
    QVERIFY(grids->isVisibleTo(account));
    QList<QListWidgetItem *> second = grids->findItems(QStringLiteral("第二网格"), Qt::MatchExactly);
    QCOMPARE(second.size(), 1);
    second.constFirst()->setCheckState(Qt::Checked);
    // A weak password is refused in the dialog, which stays open.
    child<QLineEdit>(account, "passwordLineEdit")->setText(QStringLiteral("zhao"));
    child<QLineEdit>(account, "confirmLineEdit")->setText(QStringLiteral("zhao"));
    account->accept();
    QVERIFY(account->isVisible());
    QVERIFY(child<QLabel>(account, "errorLabel")->isVisibleTo(account));
    child<QLineEdit>(account, "passwordLineEdit")->setText(QStringLiteral("Zhao-2026!"));
    child<QLineEdit>(account, "confirmLineEdit")->setText(QStringLiteral("Zhao-2026!"));
    account->accept();
    QTRY_VERIFY(!account->isVisible());
    auto *table = child<QTableView>(users, "accountsTableView");
    QStringList logins;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        logins << table->model()->index(r, UsersDialog::LoginColumn).data().toString();
    QVERIFY2(logins.contains(QStringLiteral("zhao")), qPrintable(logins.join(u',')));
    users->close();

    // The new grid worker logs in, chooses a password, and sees the second grid only.
    LoginDialog::queueAnswer(QStringLiteral("zhao"), QStringLiteral("Zhao-2026!"));
    LoginDialog::queueAnswer(QStringLiteral("zhao"), QStringLiteral("Zhao-2026!"), QStringLiteral("Zhao-own-2026"));
    MainWindow workerWindow;
    QVERIFY(workerWindow.openRegister(m_reg.path(), false));
    QCOMPARE(workerWindow.actor().role, QStringLiteral("grid_worker"));
    QCOMPARE(workerWindow.actor().gridIds, QList<qint64>{m_secondGrid});
    QCOMPARE(workerWindow.registerPage()->householdModel()->totalCount(), 1);
    // A grid worker has no 用户管理.
    QVERIFY(!workerWindow.manageUsers());
}

void TestAccessGui::auditLogViewer()
{
    LoginDialog::queueAnswer(QStringLiteral("wang"), QStringLiteral("Wang-2026!"));
    MainWindow window;
    QVERIFY(window.openRegister(m_reg.path(), false));
    AuditLogDialog *log = window.showAuditLog();
    QVERIFY(log);
    QVERIFY(log->model()->rowCount() > 0);
    // The newest first: this login.
    QCOMPARE(log->model()->row(0).action, QStringLiteral("login"));
    QCOMPARE(log->model()->row(0).actor, QStringLiteral("wang"));
    child<QLineEdit>(log, "userLineEdit")->setText(QStringLiteral("lili"));
    child<QComboBox>(log, "actionComboBox")->setCurrentText(QStringLiteral("login"));
    log->search();
    QVERIFY(log->model()->rowCount() >= 2);
    for (int r = 0; r < log->model()->rowCount(); ++r) {
        QCOMPARE(log->model()->row(r).actor, QStringLiteral("lili"));
        QCOMPARE(log->model()->row(r).action, QStringLiteral("login"));
    }
    // A bad date is named, and nothing is searched.
    child<QLineEdit>(log, "fromLineEdit")->setText(QStringLiteral("2026-13-01"));
    log->search();
    QVERIFY(child<QLabel>(log, "errorLabel")->text().contains(QStringLiteral("2026-13-01")));
    child<QLineEdit>(log, "fromLineEdit")->clear();
    // Export: the rows of the filter, and the export itself is audited.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("审计日志.xlsx"));
    auto written = log->exportTo(file);
    LINLI_VERIFY_OK(written);
    QCOMPARE(written.value(), log->model()->rowCount());
    QVERIFY(QFileInfo(file).size() > 0);
    QCOMPARE(queryValue(*m_reg.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_full' AND "
                                                  "table_name = 'audit_log'"))
                 .value()
                 .toInt(),
             1);
    log->close();
    // Nobody else has it.
    LoginDialog::queueAnswer(QStringLiteral("lili"), QStringLiteral("Lili-own-2026"));
    MainWindow workerWindow;
    QVERIFY(workerWindow.openRegister(m_reg.path(), false));
    QVERIFY(!workerWindow.showAuditLog());
}

LINLI_GUI_TEST_MAIN(TestAccessGui)
#include "tst_login.moc"
