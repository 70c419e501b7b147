#include "guitest.h"
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
#include "settings/ledgersettingsdialog.h"
#include "storage/sql.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

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
    void editsTheListsInSettings();
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
    QCOMPARE(model->totalCount(), 3);
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("countLabel"))->text(), QStringLiteral("共 3 件"));
    // A text cut short in its column is read whole in the tooltip.
    QCOMPARE(model->index(0, IssueTableModel::TitleColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("楼道灯不亮"));
    QCOMPARE(model->index(0, IssueTableModel::CategoryColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("住房与城市建设"));
    // Newest first by default; a click on 编号 orders by number.
    QCOMPARE(model->listed(0).issue.number, numbers.last());
    auto *view = page->findChild<QTableView *>(QStringLiteral("issueTableView"));
    view->sortByColumn(IssueTableModel::NumberColumn, Qt::AscendingOrder);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->listed(0).issue.number, numbers.first());
    QCOMPARE(model->listed(2).issue.number, numbers.last());
    // Accepted two days ago and not dispatched: amber.
    QCOMPARE(model->index(0, 0).data(IssueTableModel::WarningRole).toInt(), int(WarningLevel::Amber));
    QVERIFY(model->index(0, 0).data(Qt::BackgroundRole).isValid());

    // Every action has its button, in the workflow's order and in a place that does not move:
    // with nothing chosen all are disabled and say why.
    const QStringList order{QStringLiteral("accept"),  QStringLiteral("reject"),     QStringLiteral("dispatch"),
                            QStringLiteral("redispatch"), QStringLiteral("start"),   QStringLiteral("return"),
                            QStringLiteral("resolve"), QStringLiteral("follow-up"),  QStringLiteral("close"),
                            QStringLiteral("escalate"), QStringLiteral("change-deadline")};
    auto positions = [&] {
        QList<QRect> out;
        for (const QString &code : order) {
            QPushButton *b = button(page, code.toLatin1().constData());
            out << (b ? b->geometry() : QRect());
        }
        return out;
    };
    window.findChild<QTabWidget *>(QStringLiteral("pagesTabWidget"))->setCurrentWidget(page);
    QApplication::processEvents();
    const QList<QRect> where = positions();
    for (const QString &code : order) {
        QPushButton *b = button(page, code.toLatin1().constData());
        QVERIFY2(b && b->isVisibleTo(page) && !b->isEnabled() && !b->toolTip().isEmpty(), qPrintable(code));
    }
    for (int i = 1; i < where.size(); ++i)
        QVERIFY2(where.at(i).y() > where.at(i - 1).y() || where.at(i).x() > where.at(i - 1).x(),
                 qPrintable(order.at(i)));
    view->selectionModel()->select(model->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(model->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QApplication::processEvents();
    QVERIFY(button(page, "dispatch")->isEnabled());
    QVERIFY(button(page, "reject")->isEnabled());
    QVERIFY(!button(page, "resolve")->isEnabled());
    QVERIFY(!button(page, "accept")->isEnabled());

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
    QVERIFY(button(page, "accept")->isEnabled());
    QVERIFY(!button(page, "dispatch")->isEnabled());
    view->selectionModel()->clearSelection();
    view->selectionModel()->select(model->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QApplication::processEvents();
    QVERIFY(button(page, "start")->isEnabled());
    QVERIFY(button(page, "redispatch")->isEnabled());
    QVERIFY(!button(page, "dispatch")->isEnabled());
    // A disabled action says why, naming the status.
    QVERIFY2(button(page, "accept")->toolTip().contains(QStringLiteral("已交办")),
             qPrintable(button(page, "accept")->toolTip()));
    // Not one button moved across the statuses.
    QCOMPARE(positions(), where);

    // Filters: text as one types, and the department.
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    search->setText(QStringLiteral("2号楼"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), numbers.at(1));
    search->clear();
    QTRY_COMPARE(model->rowCount(), 3);
    auto *departments = page->findChild<QComboBox *>(QStringLiteral("departmentComboBox"));
    QVERIFY(departments->findText(QStringLiteral("物业")) > 0); // named by the dispatch, now in the filter
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
    // Nothing chosen: 登记问题 waits for a household, and says so.
    auto *newIssue = registerPage->findChild<QPushButton *>(QStringLiteral("newIssueButton"));
    QVERIFY(!newIssue->isEnabled());
    QVERIFY(!newIssue->toolTip().isEmpty());
    households->setCurrentIndex(households->model()->index(0, 0));
    QVERIFY(newIssue->isEnabled());
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
    // No category is chosen for the person: without one it stays open and says so.
    auto *category = dialog->findChild<QComboBox *>(QStringLiteral("categoryComboBox"));
    QCOMPARE(category->currentData().toLongLong(), 0);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    category->setCurrentIndex(category->findText(QStringLiteral("住房与城市建设")));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!registerPage->findChild<IssueDialog *>() || !registerPage->findChild<IssueDialog *>()->isVisible());

    IssueRepository repo(*reg.db);
    const Issue issue = repo.getByNumber(QStringLiteral("%1-000001").arg(QDate::currentDate().year())).value();
    QCOMPARE(issue.householdId, h.meta.id);
    QCOMPARE(issue.reporter, QStringLiteral("赵淑珍"));
    QCOMPARE(issue.source, QStringLiteral("visit"));
    QCOMPARE(issue.gridId, reg.grid.meta.id);
    // Said in the status bar: 已登记 2026-000001.
    QVERIFY(prompts::shownStatus().constLast().contains(issue.number));
    QVERIFY(window.statusBar()->currentMessage().contains(issue.number));
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
    // Asked whether it shows the fix: no, the problem (整改前). Cancel attaches nothing.
    prompts::queueFileName(photo);
    prompts::queueAnswer(QMessageBox::Cancel);
    QTest::mouseClick(attach, Qt::LeftButton);
    QVERIFY(repo.attachments(issue.meta.id)->isEmpty());
    prompts::queueFileName(photo);
    prompts::queueAnswer(QMessageBox::No);
    QTest::mouseClick(attach, Qt::LeftButton);
    auto files = repo.attachments(issue.meta.id).value();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.constFirst().fileName, QStringLiteral("漏水照片.png"));
    QCOMPARE(files.constFirst().kind, QStringLiteral("before"));
    auto *detail = ledger->findChild<QTextBrowser *>(QStringLiteral("detailTextBrowser"));
    QVERIFY(detail->toHtml().contains(QStringLiteral("attachment://")));
    QVERIFY(detail->toPlainText().contains(QStringLiteral("整改前")));
    QVERIFY(!detail->toPlainText().contains(QStringLiteral("整改后")));
    const QVariant shown = detail->document()->resource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("attachment://%1").arg(files.constFirst().meta.id)));
    QCOMPARE(shown.value<QImage>().size(), QSize(64, 48));
    // Yes: the photo of the fix, shown under 整改后.
    prompts::queueFileName(photo);
    prompts::queueAnswer(QMessageBox::Yes);
    QTest::mouseClick(attach, Qt::LeftButton);
    files = repo.attachments(issue.meta.id).value();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.constLast().kind, QStringLiteral("after"));
    QVERIFY(detail->toPlainText().contains(QStringLiteral("整改后")));
}

void TestLedgerPage::editsTheListsInSettings()
{
    TestRegister reg;
    QVERIFY(reg.open());
    MainWindow window;
    QVERIFY(window.openRegister(reg.path(), false));
    window.show();
    auto *settingsAction = window.findChild<QAction *>(QStringLiteral("ledgerSettingsAction"));
    QVERIFY(settingsAction->isEnabled());
    settingsAction->trigger();
    LedgerSettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<LedgerSettingsDialog *>()) && dialog->isVisible());
    auto clickable = [dialog](const char *name) { return dialog->findChild<QPushButton *>(QString::fromLatin1(name)); };

    // A subcategory under 环境卫生.
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("categoryTree"));
    const auto found = tree->findItems(QStringLiteral("环境卫生"), Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    tree->setCurrentItem(found.constFirst());
    const qint64 environment = found.constFirst()->data(0, Qt::UserRole).toLongLong(); // the tree is refilled
    prompts::queueText(QStringLiteral("高空抛物"));
    QTest::mouseClick(clickable("addSubcategoryButton"), Qt::LeftButton);
    QCOMPARE(tree->currentItem()->text(0), QStringLiteral("高空抛物"));
    QCOMPARE(tree->currentItem()->parent()->text(0), QStringLiteral("环境卫生"));
    QVERIFY(LedgerSettings(*reg.db).categoryNames(environment)->contains(QStringLiteral("高空抛物")));

    // A name already there: the reason in Chinese, nothing added.
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    prompts::queueText(QStringLiteral("环境卫生"));
    QTest::mouseClick(clickable("addCategoryButton"), Qt::LeftButton);
    QVERIFY(error->isVisibleTo(dialog));
    QVERIFY2(error->text().contains(QStringLiteral("环境卫生")) && error->text().contains(QStringLiteral("已")),
             qPrintable(error->text()));
    QCOMPARE(tree->findItems(QStringLiteral("环境卫生"), Qt::MatchExactly).size(), 1);

    // A department with an assignee; the ledger's filter lists it at once.
    prompts::queueText(QStringLiteral("街道城管科"));
    QTest::mouseClick(clickable("addDepartmentButton"), Qt::LeftButton);
    auto *departments = dialog->findChild<QListWidget *>(QStringLiteral("departmentList"));
    QCOMPARE(departments->currentItem()->text(), QStringLiteral("街道城管科"));
    prompts::queueText(QStringLiteral("王队长"));
    prompts::queueText(QStringLiteral("13912345678"));
    QTest::mouseClick(clickable("addAssigneeButton"), Qt::LeftButton);
    auto *assignees = dialog->findChild<QListWidget *>(QStringLiteral("assigneeList"));
    QCOMPARE(assignees->count(), 1);
    QVERIFY(assignees->item(0)->text().startsWith(QStringLiteral("王队长")));
    auto *filter = window.ledgerPage()->findChild<QComboBox *>(QStringLiteral("departmentComboBox"));
    QVERIFY(filter->findText(QStringLiteral("街道城管科")) > 0);

    // 限期办理 in 10 days.
    auto *days = dialog->findChild<QSpinBox *>(QStringLiteral("timeLimitedSpinBox"));
    QCOMPARE(days->value(), 15);
    days->setValue(10);
    // 关闭 with the change not saved asks: 取消 keeps the dialog and the value typed…
    QPushButton *close = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Close);
    prompts::queueAnswer(QMessageBox::Cancel);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(days->value(), 10);
    {
        auto stored = LedgerSettings(*reg.db).deadlineDays(QStringLiteral("time_limited"));
        QVERIFY(!stored || stored.value() == 15);
    }
    // …保存 saves it and closes.
    prompts::queueAnswer(QMessageBox::Save);
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(LedgerSettings(*reg.db).deadlineDays(QStringLiteral("time_limited")).value(), 10);
    // 放弃 closes without saving.
    {
        LedgerSettingsDialog other(reg.db, reg.actor);
        other.show();
        other.findChild<QSpinBox *>(QStringLiteral("timeLimitedSpinBox"))->setValue(20);
        prompts::queueAnswer(QMessageBox::Discard);
        other.reject();
        QVERIFY(!other.isVisible());
        QCOMPARE(LedgerSettings(*reg.db).deadlineDays(QStringLiteral("time_limited")).value(), 10);
    }

    // The dispatch dialog offers the department's assignees and the new deadline.
    Issue d;
    d.title = QStringLiteral("高空抛物");
    d.category = QStringLiteral("环境卫生");
    d.subcategory = QStringLiteral("高空抛物");
    d.location = QStringLiteral("幸福里小区3号楼");
    const Issue issue = IssueRepository(*reg.db).add(d, reg.actor).value();
    IssueActionDialog dispatch(reg.db, reg.actor, IssueAction::Dispatch, {issue.number});
    auto *department = dispatch.findChild<QComboBox *>(QStringLiteral("departmentComboBox"));
    department->setCurrentIndex(department->findText(QStringLiteral("街道城管科")));
    auto *assignee = dispatch.findChild<QComboBox *>(QStringLiteral("assigneeComboBox"));
    QCOMPARE(assignee->findText(QStringLiteral("王队长")), 0);
    auto *deadline = dispatch.findChild<QDateEdit *>(QStringLiteral("deadlineEdit"));
    QCOMPARE(deadline->date(), QDate::currentDate().addDays(10));
}

LINLI_GUI_TEST_MAIN(TestLedgerPage)
#include "tst_ledgerpage.moc"
