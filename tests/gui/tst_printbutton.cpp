// Printing from the pages, as a person does it: the 打印 button's menu, the progress dialog, the
// print preview (seen through the preview hook), the PDF file and the full-numbers choice.
#include "guitest.h"
#include "testregister.h"

#include "common/language.h"
#include "common/job.h"
#include "common/printbutton.h"
#include "common/prompts.h"
#include "demo/demogenerator.h"
#include "ledger/issuerepository.h"
#include "ledger/ledgerpage.h"
#include "mainwindow.h"
#include "register/idnumber.h"
#include "register/placetreemodel.h"
#include "register/registerpage.h"
#include "storage/sql.h"
#include "visits/visitspage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace linli;
using linli::test::TestRegister;

class TestPrintButton final : public QObject
{
    Q_OBJECT

    struct Preview {
        int pages = 0;
        QString text;
        QString title;
    };
    QList<Preview> m_previews;

    static void screenshot(QWidget *w, const QString &name)
    {
        const QString folder = qEnvironmentVariable("LINLI_SCREENSHOTS");
        if (!folder.isEmpty())
            w->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    // The page's print button and the n-th entry of its menu.
    static QAction *menuEntry(QWidget *page, int n, PrintButton **button = nullptr)
    {
        auto *print = page->findChild<PrintButton *>();
        if (button)
            *button = print;
        return print ? print->menu()->actions().value(n) : nullptr;
    }

    // The tree's first place of `level`, fetching the tree as a person expands it.
    static QModelIndex findPlace(QAbstractItemModel *model, PlaceTreeModel::Level level, const QModelIndex &parent = {})
    {
        if (model->canFetchMore(parent))
            model->fetchMore(parent);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (PlaceTreeModel::Level(index.data(PlaceTreeModel::LevelRole).toInt()) == level)
                return index;
            if (const QModelIndex found = findPlace(model, level, index); found.isValid())
                return found;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installLanguage(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
        PrintButton::setPreviewHook([this](const PrintDocument &d) {
            m_previews << Preview{d.pageCount(), d.plainText(), d.title()};
        });
    }
    void printsFromEveryPage();
    void aLongBookletCanBeCancelled();
};

void TestPrintButton::printsFromEveryPage()
{
    TestRegister reg;
    QVERIFY(reg.open());
    const Household h = reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).value();
    const QString digits = QStringLiteral("11010519491231002");
    const QString idNumber = digits + IdNumber::checkCharacter(digits);
    LINLI_VERIFY_OK(reg.addResident(h.meta.id, QStringLiteral("王建国"), idNumber, QStringLiteral("head"),
                                    QStringLiteral("13912345678")));
    const Household other = reg.addHousehold(QStringLiteral("1"), QStringLiteral("102")).value();
    LINLI_VERIFY_OK(reg.addResident(other.meta.id, QStringLiteral("赵丽华"), QString()));
    Issue draft;
    draft.title = QStringLiteral("楼道灯不亮");
    draft.category = QStringLiteral("住房与城市建设");
    draft.registeredDate = QDate::currentDate().toString(Qt::ISODate);
    draft.householdId = h.meta.id;
    LINLI_VERIFY_OK(IssueRepository(*reg.db).add(draft, reg.actor));

    MainWindow window;
    QVERIFY(window.openRegister(reg.path(), false));
    window.resize(1280, 800);
    window.show();

    // 住户: the card of the selected household.
    RegisterPage *registerPage = window.registerPage();
    auto *households = registerPage->findChild<QTableView *>(QStringLiteral("householdTableView"));
    households->setCurrentIndex(households->model()->index(0, 0));
    PrintButton *button = nullptr;
    QAction *cardPreview = menuEntry(registerPage, 0, &button);
    QVERIFY(cardPreview);
    QCOMPARE(button->text(), QStringLiteral("打印(&P)"));
    QCOMPARE(cardPreview->shortcut(), QKeySequence(QKeySequence::Print));
    cardPreview->trigger();
    QCOMPARE(m_previews.size(), 1);
    QCOMPARE(m_previews.constLast().pages, 1);
    QVERIFY(m_previews.constLast().text.contains(QStringLiteral("住户情况登记卡")));
    QVERIFY(m_previews.constLast().text.contains(h.address));
    QVERIFY(m_previews.constLast().text.contains(IdNumber::mask(idNumber)));
    QVERIFY(!m_previews.constLast().text.contains(idNumber));
    QVERIFY(m_previews.constLast().text.contains(QStringLiteral("楼道灯不亮")));

    // The same card as a PDF, where the person says.
    const QString pdf = reg.dir.filePath(QStringLiteral("登记卡.pdf"));
    prompts::queueFileName(pdf);
    prompts::queueAnswer(QMessageBox::Ok);
    prompts::clearShownMessages();
    menuEntry(registerPage, 1)->trigger();
    QVERIFY(QFile::exists(pdf));
    QVERIFY(prompts::shownMessages().constLast().contains(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("住户情况登记卡")));

    // Full numbers: asked, then printed in full and written to the audit log.
    auto unmasks = [&reg] {
        return queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'unmask'"), {})
            .value()
            .toInt();
    };
    QAction *full = button->menu()->actions().constLast();
    QVERIFY(full->isCheckable());
    full->setChecked(true);
    prompts::queueAnswer(QMessageBox::No);
    cardPreview->trigger();
    QCOMPARE(m_previews.size(), 1); // declined: nothing printed
    QCOMPARE(unmasks(), 0);
    prompts::queueAnswer(QMessageBox::Yes);
    cardPreview->trigger();
    QCOMPARE(m_previews.size(), 2);
    QVERIFY(m_previews.constLast().text.contains(idNumber));
    QCOMPARE(unmasks(), 1);
    full->setChecked(false);

    // 一户一册: asks for a place first, then prints the booklet of the building chosen.
    prompts::clearShownMessages();
    QAction *bookletPreview = menuEntry(registerPage, 2);
    auto *tree = registerPage->findChild<QTreeView *>(QStringLiteral("placeTreeView"));
    tree->setCurrentIndex(QModelIndex());
    prompts::queueAnswer(QMessageBox::Ok);
    bookletPreview->trigger();
    QCOMPARE(m_previews.size(), 2);
    QCOMPARE(prompts::shownMessages().size(), 1);
    const QModelIndex building = findPlace(tree->model(), PlaceTreeModel::Level::Building);
    QVERIFY(building.isValid());
    tree->setCurrentIndex(building);
    bookletPreview->trigger();
    QCOMPARE(m_previews.size(), 3);
    QCOMPARE(m_previews.constLast().pages, 4); // cover, contents, two cards
    QVERIFY(m_previews.constLast().text.contains(QStringLiteral("一户一册")));
    QVERIFY(m_previews.constLast().text.contains(QStringLiteral("赵丽华")));
    button->menu()->popup(button->mapToGlobal(QPoint(0, button->height())));
    screenshot(&window, QStringLiteral("print-register"));
    screenshot(button->menu(), QStringLiteral("print-menu"));
    button->menu()->hide();

    // The real print preview of the booklet: its pages painted on the preview's printer.
    PrintButton::setPreviewHook({});
    int previewPages = 0;
    QTimer poll; // the dialog opens once the booklet is made on its thread
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        auto *widget = preview ? preview->findChild<QPrintPreviewWidget *>() : nullptr;
        if (!widget || widget->pageCount() == 0)
            return;
        poll.stop();
        previewPages = widget->pageCount();
        widget->setCurrentPage(3);
        screenshot(preview, QStringLiteral("print-preview"));
        preview->reject();
    });
    poll.start();
    bookletPreview->trigger();
    QCOMPARE(previewPages, 4);
    PrintButton::setPreviewHook([this](const PrintDocument &d) {
        m_previews << Preview{d.pageCount(), d.plainText(), d.title()};
    });

    // 问题台账 with the ledger page's filter.
    LedgerPage *ledger = window.ledgerPage();
    menuEntry(ledger, 0)->trigger();
    QCOMPARE(m_previews.size(), 4);
    QCOMPARE(m_previews.constLast().title, QStringLiteral("问题台账"));
    QVERIFY(m_previews.constLast().text.contains(QStringLiteral("楼道灯不亮")));
    QVERIFY(m_previews.constLast().text.contains(QStringLiteral("共 1 件")));
    auto *status = ledger->findChild<QComboBox *>(QStringLiteral("statusComboBox"));
    status->setCurrentIndex(status->findData(QStringLiteral("closed")));
    menuEntry(ledger, 0)->trigger();
    QVERIFY(m_previews.constLast().text.contains(QStringLiteral("状态：已销号")));
    QVERIFY(m_previews.constLast().text.contains(QStringLiteral("共 0 件")));

    // 走访台账 and 待走访 from the visits page's two tabs.
    VisitsPage *visits = window.visitsPage();
    auto *tabs = visits->findChild<QTabWidget *>(QStringLiteral("visitsTabWidget"));
    QList<PrintButton *> visitButtons = visits->findChildren<PrintButton *>();
    QCOMPARE(visitButtons.size(), 2);
    for (PrintButton *b : visitButtons)
        b->menu()->actions().constFirst()->trigger();
    QCOMPARE(m_previews.size(), 7);
    QStringList titles{m_previews.at(5).title, m_previews.at(6).title};
    titles.sort();
    QCOMPARE(titles, (QStringList{QStringLiteral("待走访清单"), QStringLiteral("走访台账")}));
    const Preview &route = m_previews.at(5).title == QStringLiteral("待走访清单") ? m_previews.at(5) : m_previews.at(6);
    QVERIFY(route.text.contains(h.address)); // never visited: due
    tabs->setCurrentIndex(1);
    screenshot(&window, QStringLiteral("print-visits"));
}

void TestPrintButton::aLongBookletCanBeCancelled()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.linli"));
    DemoOptions demo;
    demo.households = 1200;
    demo.seed = 5;
    demo.today = QDate(2026, 11, 23);
    LINLI_VERIFY_OK(DemoGenerator::generate(path, demo));
    // A demo register has its own accounts: the administrator's, with the demo password.
    LoginDialog::queueAnswer(QStringLiteral("admin"), DemoGenerator::kDemoPassword);
    MainWindow window;
    QVERIFY(window.openRegister(path, false));
    QCOMPARE(window.actor().login, QStringLiteral("admin"));
    window.resize(1280, 800);
    window.show();
    RegisterPage *registerPage = window.registerPage();
    auto *tree = registerPage->findChild<QTreeView *>(QStringLiteral("placeTreeView"));
    const QModelIndex grid = findPlace(tree->model(), PlaceTreeModel::Level::Grid);
    QVERIFY(grid.isValid());
    tree->setCurrentIndex(grid);

    // The person presses 取消 on the progress dialog while the booklet is being made.
    bool sawProgress = false;
    QTimer poll;
    poll.setInterval(5);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *progress = window.findChild<QProgressDialog *>();
        if (!progress || progress->value() <= 0)
            return; // not yet, or no household read yet
        poll.stop();
        sawProgress = true;
        progress->show();
        screenshot(progress, QStringLiteral("print-progress"));
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QCOMPARE(cancel->text(), QStringLiteral("取消"));
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    poll.start();
    const qsizetype before = m_previews.size();
    prompts::clearShownMessages();
    menuEntry(registerPage, 2)->trigger();
    QVERIFY(sawProgress);
    QCOMPARE(m_previews.size(), before); // no preview of half a booklet
    QVERIFY(prompts::shownMessages().isEmpty()); // and no error: the person chose to stop
    QVERIFY(!window.findChild<QProgressDialog *>());

    // Left alone, the same booklet is made in full.
    menuEntry(registerPage, 2)->trigger();
    QCOMPARE(m_previews.size(), before + 1);
    QVERIFY(m_previews.constLast().pages > 20);

    // Saved as a PDF, it is a job like an export: titled by the document, and cancelled it
    // leaves no file, with a word on the status bar instead of an error.
    QAction *pdfEntry = menuEntry(registerPage, 3);
    QVERIFY(pdfEntry->text().contains(QStringLiteral("PDF")));
    const QString pdf = dir.filePath(QStringLiteral("一户一册.pdf"));
    prompts::queueFileName(pdf);
    Job::cancelNext();
    pdfEntry->trigger();
    QVERIFY(!QFileInfo::exists(pdf));
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.pdf*")}, QDir::Files).isEmpty()); // no temporary file
    QVERIFY(prompts::shownMessages().isEmpty());
    prompts::queueFileName(pdf);
    prompts::queueAnswer(QMessageBox::Ok);
    pdfEntry->trigger();
    QVERIFY(QFileInfo(pdf).size() > 0);
    QCOMPARE(prompts::shownMessages().size(), 1); // 已保存 …, with the page count
}

LINLI_GUI_TEST_MAIN(TestPrintButton)
#include "tst_printbutton.moc"
