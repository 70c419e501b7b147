// The 周报 page as the community admin uses it on Monday: last week's dispatch list with the
// meeting's decisions taken from it, the summary against the week before, and the bulletin
// previewed, published, frozen and corrected.
#include "guitest.h"
#include "testregister.h"

#include "common/language.h"
#include "common/prompts.h"
#include "ledger/issueactiondialog.h"
#include "ledger/issuerepository.h"
#include "mainwindow.h"
#include "printdocument.h"
#include "storage/sql.h"
#include "weekly/weeklymodels.h"
#include "weekly/weeklypage.h"
#include "weeklydocuments.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace linli;
using linli::test::TestRegister;

class TestWeeklyPage final : public QObject
{
    Q_OBJECT

    TestRegister m_reg;
    QDate m_today = QDate::currentDate();
    QDate m_monday; // of last week
    QString m_late; // dispatched, past its deadline in the week: red
    QString m_onTime; // dispatched, due after the week
    QString m_waiting; // accepted, not dispatched

    static void screenshot(QWidget *w, const QString &name)
    {
        const QString folder = qEnvironmentVariable("LINLI_SCREENSHOTS");
        if (!folder.isEmpty())
            w->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    QString add(const QString &title, const QDate &date, qint64 household)
    {
        Issue d;
        d.title = title;
        d.category = QStringLiteral("环境卫生");
        d.registeredDate = date.toString(Qt::ISODate);
        d.householdId = household;
        IssueRepository repo(*m_reg.db);
        repo.setToday(m_today);
        auto added = repo.add(d, m_reg.actor);
        return added ? added->number : QString();
    }

    bool act(const QString &number, IssueAction action, const QDate &date, const QString &department = {},
             const QDate &deadline = {})
    {
        auto done = m_reg.act(number, action, date, m_today, department, deadline);
        if (!done)
            qWarning("%s", qPrintable(done.error().message));
        return done.ok();
    }

    QString lastEventKind(const QString &number)
    {
        return queryValue(*m_reg.db,
                          QStringLiteral("SELECT e.kind FROM issue_event e JOIN issue i ON i.id = e.issue_id WHERE "
                                         "i.number = :n ORDER BY e.id DESC LIMIT 1"),
                          {{QStringLiteral("n"), number}})
            .value()
            .toString();
    }

    // Opens the dispatch list's action with the issue of `row` selected, fills the dialog and
    // presses OK.
    template<typename Fill> void decide(WeeklyPage *page, const QString &button, const QString &number, Fill fill)
    {
        auto *view = page->findChild<QTableView *>(QStringLiteral("dispatchTableView"));
        int row = -1;
        for (int r = 0; r < page->dispatchModel()->rowCount(); ++r)
            if (page->dispatchModel()->item(r).issue.number == number)
                row = r;
        QVERIFY(row >= 0);
        view->selectRow(row);
        auto *push = page->findChild<QPushButton *>(button);
        QVERIFY(push->isEnabled());
        push->click();
        IssueActionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<IssueActionDialog *>()) && dialog->isVisible());
        fill(dialog);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!page->findChild<IssueActionDialog *>());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installLanguage(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
        QVERIFY(m_reg.open());
        m_monday = IsoWeek::containing(m_today).previous().monday();
        const qint64 h = m_reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).value().meta.id;
        m_late = add(QStringLiteral("楼道堆放杂物"), m_monday, h);
        QVERIFY(act(m_late, IssueAction::Accept, m_monday));
        QVERIFY(act(m_late, IssueAction::Dispatch, m_monday, QStringLiteral("城管"), m_monday.addDays(2)));
        m_onTime = add(QStringLiteral("路灯不亮"), m_monday.addDays(1), h);
        QVERIFY(act(m_onTime, IssueAction::Accept, m_monday.addDays(1)));
        QVERIFY(act(m_onTime, IssueAction::Dispatch, m_monday.addDays(1), QStringLiteral("物业"), m_today.addDays(20)));
        m_waiting = add(QStringLiteral("绿化带缺损"), m_monday.addDays(3), h);
        QVERIFY(act(m_waiting, IssueAction::Accept, m_monday.addDays(3)));
        const QString done = add(QStringLiteral("下水道堵塞"), m_monday.addDays(1), h);
        QVERIFY(act(done, IssueAction::Accept, m_monday.addDays(1)));
        QVERIFY(act(done, IssueAction::Dispatch, m_monday.addDays(1), QStringLiteral("物业"), m_monday.addDays(5)));
        QVERIFY(act(done, IssueAction::Start, m_monday.addDays(2)));
        QVERIFY(act(done, IssueAction::Resolve, m_monday.addDays(4)));
    }

    void lastWeeksCycle();
};

void TestWeeklyPage::lastWeeksCycle()
{
    MainWindow window;
    QVERIFY(window.openRegister(m_reg.path(), false));
    window.resize(1366, 768);
    window.show();
    WeeklyPage *page = window.weeklyPage();
    QVERIFY(page);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("pagesTabWidget"));
    tabs->setCurrentWidget(page);
    auto *pageTabs = page->findChild<QTabWidget *>(QStringLiteral("weeklyTabWidget"));
    pageTabs->setCurrentIndex(0);

    // Last week by default, the whole register.
    const IsoWeek last = IsoWeek::containing(m_today).previous();
    QCOMPARE(page->week().label(), last.label());
    QCOMPARE(page->findChild<QComboBox *>(QStringLiteral("weekComboBox"))->currentText(), last.chineseLabel());
    QCOMPARE(page->scope().kind, WeeklyScope::Kind::All);

    // 周调度: the red issue first, then the other open one, then the one waiting for dispatch.
    DispatchListModel *list = page->dispatchModel();
    QCOMPARE(list->rowCount(), 3);
    QCOMPARE(list->item(0).issue.number, m_late);
    QCOMPARE(list->item(0).warning, WarningLevel::Red);
    QCOMPARE(list->index(0, DispatchListModel::WarningColumn).data().toString(), QStringLiteral("红色"));
    QCOMPARE(list->item(1).issue.number, m_onTime);
    QCOMPARE(list->item(2).issue.number, m_waiting);
    QCOMPARE(list->index(2, DispatchListModel::StatusColumn).data().toString(), QStringLiteral("已受理"));
    QCOMPARE(list->index(0, DispatchListModel::WeeksCarriedColumn).data().toInt(), 1);
    QVERIFY(
        page->findChild<QLabel *>(QStringLiteral("dispatchSummaryLabel"))->text().contains(QStringLiteral("红色预警")));
    // Only the decisions legal for the selection: an issue not yet dispatched cannot be redispatched.
    auto *view = page->findChild<QTableView *>(QStringLiteral("dispatchTableView"));
    view->selectRow(2);
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("redispatchButton"))->isEnabled());
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("escalateButton"))->isEnabled());
    screenshot(&window, QStringLiteral("weekly-dispatch"));

    // The meeting's decisions, each an event of the issue: a new deadline with a reason, …
    const QDate newDeadline = m_today.addDays(7);
    decide(page, QStringLiteral("changeDeadlineButton"), m_late, [&](IssueActionDialog *d) {
        d->findChild<QDateEdit *>(QStringLiteral("deadlineEdit"))->setDate(newDeadline);
        d->findChild<QLineEdit *>(QStringLiteral("reasonLineEdit"))->setText(QStringLiteral("需协调施工单位"));
    });
    IssueRepository repo(*m_reg.db);
    QCOMPARE(lastEventKind(m_late), QStringLiteral("change-deadline"));
    QCOMPARE(repo.getByNumber(m_late)->deadline, newDeadline.toString(Qt::ISODate));
    // … another department, …
    decide(page, QStringLiteral("redispatchButton"), m_late, [](IssueActionDialog *d) {
        d->findChild<QComboBox *>(QStringLiteral("departmentComboBox"))->setCurrentText(QStringLiteral("住建"));
    });
    QCOMPARE(lastEventKind(m_late), QStringLiteral("redispatch"));
    QCOMPARE(repo.getByNumber(m_late)->departmentName, QStringLiteral("住建"));
    // … and up to the street office.
    decide(page, QStringLiteral("escalateButton"), m_onTime, [](IssueActionDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("reasonLineEdit"))->setText(QStringLiteral("涉及多个部门"));
    });
    QCOMPARE(lastEventKind(m_onTime), QStringLiteral("escalate"));
    QVERIFY(repo.getByNumber(m_onTime)->escalated);
    // The list shows them at once, beside each issue as it stood on Sunday: the record of last
    // week does not change (the ledger page shows the issues as they are now).
    QCOMPARE(list->rowCount(), 3);
    QCOMPARE(list->item(0).issue.number, m_late);
    QCOMPARE(list->item(0).warning, WarningLevel::Red);
    QVERIFY(list->item(0).issue.deadline < m_today.toString(Qt::ISODate));
    QVERIFY(list->item(0).issue.departmentName != QStringLiteral("住建"));
    const QString monday = m_today.toString(QStringLiteral("MM-dd"));
    QCOMPARE(list->index(0, DispatchListModel::DecisionsColumn).data().toString(),
             QStringLiteral("%1 改期 %2；%1 改派 住建").arg(monday, newDeadline.toString(Qt::ISODate)));
    QCOMPARE(list->item(1).issue.number, m_onTime);
    QVERIFY(!list->item(1).issue.escalated);
    QCOMPARE(list->index(1, DispatchListModel::DecisionsColumn).data().toString(), monday + QStringLiteral(" 上报"));
    screenshot(&window, QStringLiteral("weekly-dispatch-decided"));
    // The decisions still open to an issue are those of its state now: escalated, it cannot be
    // escalated again.
    view->selectRow(1);
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("escalateButton"))->isEnabled());
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("changeDeadlineButton"))->isEnabled());

    // The scope: one department's list.
    QVERIFY(page->selectScope(QStringLiteral("department:物业")));
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->item(0).issue.number, m_onTime);
    QVERIFY(page->selectScope(QStringLiteral("all")));

    // 周汇总: the figures and the change from the week before, as on paper.
    pageTabs->setCurrentIndex(1);
    auto report = WeeklyStatistics(*m_reg.db).report(last);
    LINLI_VERIFY_OK(report);
    KeyFiguresModel *figures = page->keyFiguresModel();
    QCOMPARE(figures->index(0, KeyFiguresModel::FigureColumn).data().toString(), QStringLiteral("本周新增"));
    QCOMPARE(figures->index(0, KeyFiguresModel::ThisWeekColumn).data().toString(), QStringLiteral("4"));
    QCOMPARE(figures->index(0, KeyFiguresModel::PreviousWeekColumn).data().toString(), QStringLiteral("0"));
    QCOMPARE(figures->index(0, KeyFiguresModel::ChangeColumn).data().toString(), QStringLiteral("+4"));
    QCOMPARE(figures->index(1, KeyFiguresModel::ThisWeekColumn).data().toString(), QStringLiteral("1")); // resolved
    QCOMPARE(figures->index(5, KeyFiguresModel::ThisWeekColumn).data().toString(),
             QString::number(report->totals.overdueOpen));
    QCOMPARE(figures->index(6, KeyFiguresModel::ThisWeekColumn).data().toString(),
             WeeklyDocuments::percent(report->totals.resolutionRate()));
    QCOMPARE(figures->index(6, KeyFiguresModel::ThisWeekColumn).data().toString(), QStringLiteral("25.0%"));
    QCOMPARE(figures->index(6, KeyFiguresModel::PreviousWeekColumn).data().toString(), QStringLiteral("—"));
    auto *breakdown = page->findChild<QComboBox *>(QStringLiteral("breakdownComboBox"));
    breakdown->setCurrentIndex(2);
    BreakdownModel *rows = page->breakdownModel();
    QCOMPARE(rows->rowCount(), int(report->byDepartment.size()));
    int accepted = 0;
    for (int r = 0; r < rows->rowCount(); ++r)
        accepted += rows->index(r, BreakdownModel::AcceptedColumn).data().toInt();
    QCOMPARE(accepted, report->totals.accepted); // the rows add up
    screenshot(&window, QStringLiteral("weekly-summary"));

    // 周通报: a draft until published.
    pageTabs->setCurrentIndex(2);
    auto *status = page->findChild<QLabel *>(QStringLiteral("bulletinStatusLabel"));
    QVERIFY(status->text().contains(QStringLiteral("草稿")));
    QVERIFY(page->bulletinDocument());
    const QString draft = page->bulletinDocument()->plainText();
    QVERIFY(draft.contains(QStringLiteral("问题办理情况周通报")));
    QVERIFY(draft.contains(QStringLiteral("草稿")));
    QVERIFY(draft.contains(QStringLiteral("红色预警")));
    auto *preview = page->findChild<QPrintPreviewWidget *>(QStringLiteral("bulletinPreview"));
    QTRY_VERIFY(preview->pageCount() >= 1);
    QCOMPARE(preview->pageCount(), page->bulletinDocument()->pageCount());
    screenshot(&window, QStringLiteral("weekly-bulletin-draft"));

    // 发布: asked first; declined, nothing is published.
    auto *publish = page->findChild<QPushButton *>(QStringLiteral("publishButton"));
    QVERIFY(publish->isEnabled());
    prompts::queueAnswer(QMessageBox::No);
    publish->click();
    QCOMPARE(WeeklyBulletins(*m_reg.db).editions(last, QStringLiteral("all"))->size(), 0);
    prompts::queueAnswer(QMessageBox::Yes);
    prompts::queueAnswer(QMessageBox::Ok);
    prompts::clearShownMessages();
    publish->click();
    auto editions = WeeklyBulletins(*m_reg.db).editions(last, QStringLiteral("all"));
    QCOMPARE(editions->size(), 1);
    QVERIFY(prompts::shownMessages().constLast().contains(editions->constFirst().figuresHash));
    QVERIFY(status->text().contains(QStringLiteral("已发布")));
    QVERIFY(page->bulletin().edition.has_value());
    const QString frozen = page->bulletinDocument()->plainText();
    QVERIFY(frozen.contains(QStringLiteral("第1版")));
    QVERIFY(!frozen.contains(QStringLiteral("草稿")));
    screenshot(&window, QStringLiteral("weekly-bulletin-published"));

    // The ledger changes afterwards (a late resolution back-dated into the week): the live
    // figures move, the published bulletin does not.
    QVERIFY(act(m_waiting, IssueAction::Dispatch, m_monday.addDays(4), QStringLiteral("物业"), m_monday.addDays(6)));
    QVERIFY(act(m_waiting, IssueAction::Start, m_monday.addDays(5)));
    QVERIFY(act(m_waiting, IssueAction::Resolve, m_monday.addDays(5)));
    page->refresh();
    QCOMPARE(page->bulletinDocument()->plainText(), frozen);

    // A correction needs a reason; then it is the edition shown, and both stay listed.
    prompts::queueText(QString());
    publish->click();
    QCOMPARE(WeeklyBulletins(*m_reg.db).editions(last, QStringLiteral("all"))->size(), 1);
    prompts::queueText(QStringLiteral("补录办结"));
    prompts::queueAnswer(QMessageBox::Ok);
    publish->click();
    QCOMPARE(WeeklyBulletins(*m_reg.db).editions(last, QStringLiteral("all"))->size(), 2);
    auto *edition = page->findChild<QComboBox *>(QStringLiteral("editionComboBox"));
    QCOMPARE(edition->count(), 2);
    QCOMPARE(edition->currentData().toInt(), 2);
    // The box shows its edition whole, not 第1版（: it follows its longest entry, not the 草稿 it
    // held when first shown.
    QCOMPARE(edition->sizeAdjustPolicy(), QComboBox::AdjustToContents);
    QVERIFY(edition->sizeHint().width() > edition->fontMetrics().horizontalAdvance(edition->currentText()));
    QVERIFY(page->bulletinDocument()->plainText().contains(QStringLiteral("第2版")));
    QVERIFY(status->text().contains(QStringLiteral("补录办结")));

    // Excel: the bulletin tab writes the 周通报 workbook.
    const QString xlsx = m_reg.dir.filePath(QStringLiteral("周通报.xlsx"));
    prompts::queueFileName(xlsx);
    prompts::queueAnswer(QMessageBox::Ok);
    page->findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    QFile written(xlsx);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.read(2), QByteArray("PK"));
}

LINLI_GUI_TEST_MAIN(TestWeeklyPage)
#include "tst_weeklypage.moc"
