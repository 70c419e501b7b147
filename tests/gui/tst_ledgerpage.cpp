#include "testregister.h"

#include "common/language.h"
#include "common/prompts.h"
#include "ledger/issueactiondialog.h"
#include "ledger/issuedialog.h"
#include "ledger/issuerepository.h"
#include "ledger/issuetablemodel.h"
#include "ledger/ledgerpage.h"
#include "mainwindow.h"
#include "register/registerpage.h"
#include "storage/sql.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace linli;
using linli::test::TestRegister;

class TestLedgerPage final : public QObject
{
    Q_OBJECT

    static QPushButton *button(QWidget *page, const char *action)
    {
        return page->findChild<QPushButton *>(QStringLiteral("action_") + QString::fromLatin1(action));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installLanguage(*QCoreApplication::instance(), QStringLiteral("zh_CN")); // as the app starts
    }
    void dispatchesTwoSelectedIssuesAtOnce();
    void registersAnIssueFromAHousehold();
};

void TestLedgerPage::dispatchesTwoSelectedIssuesAtOnce()
{
    TestRegister reg;
    QVERIFY(reg.open());
    IssueRepository repo(*reg.db);
    QStringList numbers;
    for (const char *place : {"幸福里小区1号楼", "幸福里小区2号楼", "幸福里小区3号楼"}) {
        Issue d;
        d.title = QStringLiteral("楼道灯不亮");
        d.category = QStringLiteral("住房与城市建设");
        d.location = QString::fromUtf8(place);
        d.registeredDate = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
        numbers << repo.add(d, reg.actor).value().number;
    }
    for (int i = 0; i < 2; ++i) {
        IssueActionRequest accept;
        accept.action = IssueAction::Accept;
        accept.date = QDate::currentDate().addDays(-2);
        QVERIFY(repo.apply(numbers.at(i), accept, reg.actor).ok());
    }

    MainWindow window;
    QVERIFY(window.openRegister(reg.path(), false));
    window.show();
    LedgerPage *page = window.ledgerPage();
    QVERIFY(page);
    IssueTableModel *model = page->issueModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    // Accepted two days ago and not dispatched: amber.
    QCOMPARE(model->index(0, 0).data(IssueTableModel::WarningRole).toInt(), int(WarningLevel::Amber));
    QVERIFY(model->index(0, 0).data(Qt::BackgroundRole).isValid());

    auto *view = page->findChild<QTableView *>(QStringLiteral("issueTableView"));
    view->selectionModel()->select(model->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(model->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QApplication::processEvents();
    QVERIFY(button(page, "dispatch")->isVisibleTo(page));
    QVERIFY(button(page, "reject")->isVisibleTo(page));
    QVERIFY(!button(page, "resolve")->isVisibleTo(page));
    QVERIFY(!button(page, "accept")->isVisibleTo(page));

    QTest::mouseClick(button(page, "dispatch"), Qt::LeftButton);
    IssueActionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<IssueActionDialog *>()) && dialog->isVisible());
    auto *department = dialog->findChild<QComboBox *>(QStringLiteral("departmentComboBox"));
    department->setCurrentText(QStringLiteral("物业"));
    auto *handling = dialog->findChild<QComboBox *>(QStringLiteral("handlingComboBox"));
    handling->setCurrentIndex(handling->findData(QStringLiteral("immediate")));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!page->findChild<IssueActionDialog *>() || !page->findChild<IssueActionDialog *>()->isVisible());

    const QString deadline = QDate::currentDate().addDays(3).toString(Qt::ISODate);
    for (int i = 0; i < 2; ++i) {
        const Issue issue = repo.getByNumber(numbers.at(i)).value();
        QCOMPARE(issue.status, QStringLiteral("dispatched"));
        QCOMPARE(issue.departmentName, QStringLiteral("物业"));
        QCOMPARE(issue.handlingType, QStringLiteral("immediate"));
        QCOMPARE(issue.deadline, deadline);
        QCOMPARE(repo.events(issue.meta.id)->constLast().kind, QStringLiteral("dispatch"));
    }
    QCOMPARE(repo.getByNumber(numbers.at(2))->status, QStringLiteral("new"));
    QCOMPARE(model->index(0, IssueTableModel::StatusColumn).data().toString(), QStringLiteral("已交办"));

    // The new issue offers 受理, not 交办; the dispatched ones now offer 接收 and 改派.
    view->selectionModel()->clearSelection();
    view->selectionModel()->select(model->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QApplication::processEvents();
    QVERIFY(button(page, "accept")->isVisibleTo(page));
    QVERIFY(!button(page, "dispatch")->isVisibleTo(page));
    view->selectionModel()->clearSelection();
    view->selectionModel()->select(model->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QApplication::processEvents();
    QVERIFY(button(page, "start")->isVisibleTo(page));
    QVERIFY(button(page, "redispatch")->isVisibleTo(page));
    QVERIFY(!button(page, "dispatch")->isVisibleTo(page));

    // Filters: text as one types, and the department.
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    search->setText(QStringLiteral("2号楼"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), numbers.at(1));
    search->clear();
    QTRY_COMPARE(model->rowCount(), 3);
    auto *departments = page->findChild<QComboBox *>(QStringLiteral("departmentComboBox"));
    QCOMPARE(departments->findText(QStringLiteral("物业")), -1); // listed when the page was opened
    auto *categories = page->findChild<QComboBox *>(QStringLiteral("categoryComboBox"));
    categories->setCurrentIndex(categories->findData(QStringLiteral("环境卫生")));
    QCOMPARE(model->rowCount(), 0);
}

void TestLedgerPage::registersAnIssueFromAHousehold()
{
    TestRegister reg;
    QVERIFY(reg.open());
    const Household h = reg.addHousehold(QStringLiteral("2"), QStringLiteral("302")).value();
    QVERIFY(reg.addResident(h.meta.id, QStringLiteral("赵淑珍"), QString(), QStringLiteral("head"),
                            QStringLiteral("13512345678"))
                .ok());
    MainWindow window;
    QVERIFY(window.openRegister(reg.path(), false));
    window.show();
    RegisterPage *registerPage = window.registerPage();
    auto *households = registerPage->findChild<QTableView *>(QStringLiteral("householdTableView"));
    households->setCurrentIndex(households->model()->index(0, 0));
    QTest::mouseClick(registerPage->findChild<QPushButton *>(QStringLiteral("newIssueButton")), Qt::LeftButton);
    IssueDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = registerPage->findChild<IssueDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("reporterLineEdit"))->text(), QStringLiteral("赵淑珍"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("phoneLineEdit"))->text(), QStringLiteral("13512345678"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("locationLineEdit"))->text(),
             QStringLiteral("幸福里小区3号楼2单元302室"));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton); // no title yet: stays open
    QVERIFY(dialog->isVisible());
    dialog->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"))->setText(QStringLiteral("屋顶漏水"));
    prompts::queueAnswer(QMessageBox::Ok); // the "registered as" message
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!registerPage->findChild<IssueDialog *>() || !registerPage->findChild<IssueDialog *>()->isVisible());

    IssueRepository repo(*reg.db);
    const Issue issue = repo.getByNumber(QStringLiteral("%1-000001").arg(QDate::currentDate().year())).value();
    QCOMPARE(issue.householdId, h.meta.id);
    QCOMPARE(issue.reporter, QStringLiteral("赵淑珍"));
    QCOMPARE(issue.source, QStringLiteral("visit"));
    QCOMPARE(issue.gridId, reg.grid.meta.id);
    QVERIFY(prompts::shownMessages().constLast().contains(issue.number));
    LedgerPage *ledger = window.ledgerPage();
    QCOMPARE(ledger->issueModel()->rowCount(), 1);

    // The grid filter: the issue is filed under the household's grid.
    auto *grids = ledger->findChild<QComboBox *>(QStringLiteral("gridComboBox"));
    grids->setCurrentIndex(grids->findData(reg.grid.meta.id));
    QCOMPARE(ledger->issueModel()->rowCount(), 1);

    // A photo attached from the page is stored and shown.
    QTemporaryDir dir;
    const QString photo = dir.filePath(QStringLiteral("漏水照片.png"));
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QVERIFY(image.save(photo));
    auto *view = ledger->findChild<QTableView *>(QStringLiteral("issueTableView"));
    view->selectRow(0);
    QApplication::processEvents();
    auto *attach = ledger->findChild<QPushButton *>(QStringLiteral("attachButton"));
    QVERIFY(attach->isEnabled());
    prompts::queueFileName(photo);
    QTest::mouseClick(attach, Qt::LeftButton);
    auto files = repo.attachments(issue.meta.id).value();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.constFirst().fileName, QStringLiteral("漏水照片.png"));
    QCOMPARE(files.constFirst().kind, QStringLiteral("before"));
    auto *detail = ledger->findChild<QTextBrowser *>(QStringLiteral("detailTextBrowser"));
    QVERIFY(detail->toHtml().contains(QStringLiteral("attachment://")));
    const QVariant shown = detail->document()->resource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("attachment://%1").arg(files.constFirst().meta.id)));
    QCOMPARE(shown.value<QImage>().size(), QSize(64, 48));
}

QTEST_MAIN(TestLedgerPage)
#include "tst_ledgerpage.moc"
