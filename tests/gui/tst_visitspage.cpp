#include "guitest.h"
#include "testregister.h"

#include "common/language.h"
#include "common/prompts.h"
#include "ledger/issuedialog.h"
#include "ledger/issuerepository.h"
#include "ledger/issuetablemodel.h"
#include "ledger/ledgerpage.h"
#include "mainwindow.h"
#include "register/placerepository.h"
#include "register/registerpage.h"
#include "storage/sql.h"
#include "visits/visitdialog.h"
#include "visits/visitmodels.h"
#include "visits/visitrepository.h"
#include "visits/visitspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTabWidget>
#include <QTest>

using namespace linli;
using linli::test::TestRegister;

class TestVisitsPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installLanguage(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    }
    void logsAVisitFromTheHouseholdsPage();
    void findsTheHouseholdBySearch();
    void coverageGridNarrowsTheBuildings();
    void helpShowsTheGuideAndEveryKey();
};

void TestVisitsPage::logsAVisitFromTheHouseholdsPage()
{
    TestRegister reg;
    QVERIFY(reg.open());
    const Household h = reg.addHousehold(QStringLiteral("2"), QStringLiteral("302")).value();
    QVERIFY(reg.addResident(h.meta.id, QStringLiteral("赵淑珍"), QString()).ok());
    QVERIFY(reg.addResident(h.meta.id, QStringLiteral("钱小明"), QString(), QStringLiteral("grandchild")).ok());
    const Household other = reg.addHousehold(QStringLiteral("2"), QStringLiteral("303")).value();

    MainWindow window;
    QVERIFY(window.openRegister(reg.path(), false));
    window.show();
    VisitsPage *visits = window.visitsPage();
    QVERIFY(visits);
    QAbstractItemModelTester tester(visits->visitModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(visits->dueModel()->rowCount(), 2); // never visited: both due

    RegisterPage *registerPage = window.registerPage();
    auto *households = registerPage->findChild<QTableView *>(QStringLiteral("householdTableView"));
    households->setCurrentIndex(households->model()->index(0, 0));
    QTest::mouseClick(registerPage->findChild<QPushButton *>(QStringLiteral("logVisitButton")), Qt::LeftButton);
    VisitDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = registerPage->findChild<VisitDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(h.address));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("householdChosenLabel"))
                ->text()
                .contains(QStringLiteral("尚未走访")));
    auto *members = dialog->findChild<QListWidget *>(QStringLiteral("membersList"));
    QCOMPARE(members->count(), 2);
    members->item(0)->setCheckState(Qt::Checked);
    auto *visitor = dialog->findChild<QLineEdit *>(QStringLiteral("visitorLineEdit"));
    visitor->clear();
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    // No visitor: the reason in Chinese, nothing saved, the dialog stays with what was typed.
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("notesPlainTextEdit"))
        ->setPlainText(QStringLiteral("老人身体尚好"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text().contains(QStringLiteral("走访人")));
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM visit"))->toInt(), 0);

    // With a visitor and "register an issue": the visit is saved, the issue form follows.
    visitor->setText(QStringLiteral("李网格"));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("findingsPlainTextEdit"))
        ->setPlainText(QStringLiteral("楼道灯坏了"));
    dialog->findChild<QCheckBox *>(QStringLiteral("issueCheckBox"))->setChecked(true);
    QTest::mouseClick(ok, Qt::LeftButton);
    IssueDialog *issueDialog = nullptr;
    QTRY_VERIFY((issueDialog = registerPage->findChild<IssueDialog *>()) && issueDialog->isVisible());
    const Visit visit = VisitRepository(*reg.db).list({}).value().constFirst();
    QCOMPARE(visit.householdId, h.meta.id);
    QCOMPARE(visit.visitor, QStringLiteral("李网格"));
    QCOMPARE(visit.personsMet, QStringList{QStringLiteral("赵淑珍")});
    QCOMPARE(visit.notes, QStringLiteral("老人身体尚好"));
    QCOMPARE(visit.visitDate, QDate::currentDate().toString(Qt::ISODate));
    // The visits page shows it at once; the household is no longer due.
    QCOMPARE(visits->visitModel()->rowCount(), 1);
    QCOMPARE(visits->dueModel()->rowCount(), 1);
    QCOMPARE(visits->dueModel()->index(0, DueTableModel::AddressColumn).data().toString(), other.address);

    QCOMPARE(issueDialog->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"))->text(),
             QStringLiteral("楼道灯坏了"));
    auto *category = issueDialog->findChild<QComboBox *>(QStringLiteral("categoryComboBox"));
    category->setCurrentIndex(category->findText(QStringLiteral("住房与城市建设")));
    QTest::mouseClick(issueDialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!registerPage->findChild<IssueDialog *>() || !registerPage->findChild<IssueDialog *>()->isVisible());
    const Issue issue = IssueRepository(*reg.db).list({}).value().constFirst().issue;
    QCOMPARE(issue.visitId, visit.meta.id);
    QCOMPARE(issue.householdId, h.meta.id);
    QCOMPARE(issue.source, QStringLiteral("visit"));
    QCOMPARE(window.ledgerPage()->issueModel()->rowCount(), 1); // the ledger page shows it
}

void TestVisitsPage::findsTheHouseholdBySearch()
{
    TestRegister reg;
    QVERIFY(reg.open());
    const Household h = reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).value();
    QVERIFY(reg.addResident(h.meta.id, QStringLiteral("孙美玲"), QString()).ok());
    VisitsPage page(reg.db, reg.actor);
    page.show();
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("logVisitButton")), Qt::LeftButton);
    VisitDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page.findChild<VisitDialog *>()) && dialog->isVisible());
    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("householdLineEdit"));
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("孙美"));
    search->setFocus();
    QApplication::sendEvent(search, &typed); // typed as with an input method
    auto *found = dialog->findChild<QListWidget *>(QStringLiteral("householdList"));
    QTRY_COMPARE(found->count(), 1);
    QVERIFY(found->item(0)->text().contains(QStringLiteral("孙美玲")));
    QTest::keyClick(search, Qt::Key_Down); // into the list, the first household chosen
    QCOMPARE(found->currentRow(), 0);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("householdChosenLabel"))->text().contains(h.address));
    dialog->findChild<QLineEdit *>(QStringLiteral("visitorLineEdit"))->setText(QStringLiteral("周网格"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(page.visitModel()->rowCount(), 1);
    QCOMPARE(page.visitModel()->index(0, VisitTableModel::AddressColumn).data().toString(), h.address);
    QCOMPARE(page.visitModel()->index(0, VisitTableModel::VisitorColumn).data().toString(), QStringLiteral("周网格"));
}

void TestVisitsPage::coverageGridNarrowsTheBuildings()
{
    TestRegister reg;
    QVERIFY(reg.open());
    QVERIFY(reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).ok()); // 3号楼, 第一网格 (by its households)
    PlaceRepository places(*reg.db);
    const Grid second = places.addGrid(reg.grid.communityId, QStringLiteral("第二网格"), reg.actor).value();
    const Building five = places.addBuilding(reg.compound.meta.id, second.meta.id, QStringLiteral("5号楼"), 2,
                                             reg.actor)
                              .value();
    Household h = reg.household(QStringLiteral("1"), QStringLiteral("501"));
    h.gridId = second.meta.id;
    h.buildingId = five.meta.id;
    QVERIFY(HouseholdRepository(*reg.db).create(h, reg.actor).ok());

    MainWindow window;
    QVERIFY(window.openRegister(reg.path(), false));
    window.show();
    VisitsPage *visits = window.visitsPage();
    window.findChild<QTabWidget *>(QStringLiteral("pagesTabWidget"))->setCurrentWidget(visits);
    auto *tabs = visits->findChild<QTabWidget *>(QStringLiteral("visitsTabWidget"));
    tabs->setCurrentWidget(visits->findChild<QWidget *>(QStringLiteral("coverageTab")));
    auto *grids = visits->findChild<QTableWidget *>(QStringLiteral("gridCoverageTable"));
    auto *buildings = visits->findChild<QTableWidget *>(QStringLiteral("buildingCoverageTable"));
    QTRY_COMPARE(grids->rowCount(), 2);
    QCOMPARE(buildings->rowCount(), 2);
    auto shown = [buildings] {
        QStringList names;
        for (int row = 0; row < buildings->rowCount(); ++row)
            if (!buildings->isRowHidden(row))
                names << buildings->item(row, 0)->text();
        return names;
    };
    QCOMPARE(shown(), (QStringList{QStringLiteral("幸福里小区3号楼"), QStringLiteral("幸福里小区5号楼")}));
    grids->selectRow(1); // 第二网格
    QCOMPARE(grids->item(1, 0)->text(), QStringLiteral("第二网格"));
    QCOMPARE(shown(), QStringList{QStringLiteral("幸福里小区5号楼")});
    grids->selectRow(0);
    QCOMPARE(shown(), QStringList{QStringLiteral("幸福里小区3号楼")});
    grids->clearSelection();
    QCOMPARE(shown().size(), 2);
}

void TestVisitsPage::helpShowsTheGuideAndEveryKey()
{
    TestRegister reg;
    QVERIFY(reg.open());
    MainWindow window;
    QVERIFY(window.openRegister(reg.path(), false));
    window.show();
    // 帮助 → 使用说明 (F1): the manual, in Chinese.
    auto *manualAction = window.findChild<QAction *>(QStringLiteral("manualAction"));
    QCOMPARE(manualAction->shortcut(), QKeySequence(Qt::Key_F1));
    manualAction->trigger();
    auto *manual = linli::test::waitForDialog<QDialog>(&window);
    QVERIFY(manual);
    QCOMPARE(manual->objectName(), QStringLiteral("manualDialog"));
    const QString text = manual->findChild<QTextBrowser *>(QStringLiteral("manualBrowser"))->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("区域管理")) && text.contains(QStringLiteral("下载导入模板")),
             qPrintable(text.left(200)));
    manual->close();
    QTRY_VERIFY(!window.findChild<QDialog *>(QStringLiteral("manualDialog")));

    // 帮助 → 快捷键: every key of the menus and pages, each with what it does on each page.
    window.findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
    QDialog *keysDialog = nullptr;
    QTRY_VERIFY((keysDialog = window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"))));
    auto *table = keysDialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    QMap<QString, QString> rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
    QCOMPARE(rows.value(QStringLiteral("Ctrl+N")), QStringLiteral("新建登记册"));
    QCOMPARE(rows.value(QStringLiteral("F1")), QStringLiteral("使用说明"));
    const QString insert = rows.value(QKeySequence(Qt::Key_Insert).toString(QKeySequence::NativeText));
    QVERIFY2(insert.contains(QStringLiteral("新增住户")) && insert.contains(QStringLiteral("登记问题")),
             qPrintable(insert));
    QVERIFY(rows.value(QStringLiteral("Ctrl+F")).contains(QStringLiteral("搜索")));
    QVERIFY(rows.value(QStringLiteral("Ctrl+P")).contains(QStringLiteral("打印预览")));
    keysDialog->close();
}

LINLI_GUI_TEST_MAIN(TestVisitsPage)
#include "tst_visitspage.moc"
