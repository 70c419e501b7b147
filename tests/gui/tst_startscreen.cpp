// The start screen's four ways into a register, and a register built from nothing in the GUI:
// community, grid, compound and building under 区域管理, then a household with a member.
#include "guitest.h"

#include "../testregister.h"

#include "common/job.h"
#include "common/prompts.h"
#include "mainwindow.h"
#include "register/householddialog.h"
#include "register/householdrepository.h"
#include "register/placerepository.h"
#include "register/placesdialog.h"
#include "register/registerpage.h"
#include "register/residentdialog.h"
#include "register/residentrepository.h"
#include "start/startpage.h"
#include "storage/database.h"
#include "transfer/importdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>

using namespace linli;
using linli::test::child;
using linli::test::TestRegister;
using linli::test::waitForDialog;

class TestStartScreen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString mainText(const char *text) { return QCoreApplication::translate("linli::MainWindow", text); }
    static void click(QWidget *parent, const char *button)
    {
        auto *b = child<QPushButton>(parent, button);
        QVERIFY(b);
        QVERIFY2(b->isEnabled(), button);
        QTest::mouseClick(b, Qt::LeftButton);
    }

private slots:
    void initTestCase() { QSettings().clear(); }
    void shownWithoutARegister();
    void buildsARegisterFromNothing();
    void opensAnExistingRegister();
    void opensTheDemoRegister();
    void newRegisterFromExcel();
};

void TestStartScreen::shownWithoutARegister()
{
    MainWindow window;
    window.openInitialRegister(QString());
    window.show();
    StartPage *start = window.startPage();
    QVERIFY(start->isVisible());
    QVERIFY(!child<QTabWidget>(&window, "pagesTabWidget")->isVisible());
    for (const char *name : {"newRegisterButton", "openRegisterButton", "demoRegisterButton", "excelRegisterButton"})
        QVERIFY2(child<QPushButton>(start, name)->isVisible(), name);
    // It fits a 1024×600 laptop.
    const QSize minimum = window.layout()->totalMinimumSize();
    QVERIFY2(minimum.width() <= 1000 && minimum.height() <= 580,
             qPrintable(QStringLiteral("%1×%2").arg(minimum.width()).arg(minimum.height())));
}

void TestStartScreen::buildsARegisterFromNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("新登记册.linli"));
    MainWindow window;
    window.openInitialRegister(QString());
    window.show();
    // 新建登记册: the file, the first administrator (answered by the test account), then the
    // guide, answered with 区域管理.
    prompts::queueFileName(path);
    prompts::queueText(mainText("Places…"));
    click(window.startPage(), "newRegisterButton");
    QVERIFY(window.registerPage());
    QVERIFY(!window.startPage()->isVisible());
    auto *places = waitForDialog<PlacesDialog>(&window);
    QVERIFY(places);

    // Community, grid, compound and building, each by its button.
    prompts::queueText(QStringLiteral("幸福社区"));
    click(places, "addCommunityButton");
    prompts::queueText(QStringLiteral("第一网格"));
    click(places, "addGridButton");
    prompts::queueText(QStringLiteral("第二网格"));
    click(places, "addGridButton");
    prompts::queueText(QStringLiteral("平安小区"));
    click(places, "addCompoundButton");
    // The compound is chosen: its building, in the second grid, with 3 units.
    prompts::queueText(QStringLiteral("1号楼"));
    prompts::queueText(QStringLiteral("第二网格"));
    prompts::queueText(QStringLiteral("3"));
    click(places, "addBuildingButton");
    // The same grid name twice is refused with a message, and nothing is added.
    prompts::clearShownMessages();
    prompts::queueText(QStringLiteral("第一网格"));
    prompts::queueAnswer(QMessageBox::Ok);
    click(places, "addGridButton");
    QVERIFY(prompts::shownMessages().join(QString()).contains(QStringLiteral("第一网格")));

    auto *tree = child<QTreeWidget>(places, "placesTree");
    QStringList shown;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        shown << (*it)->text(0) + QLatin1Char('|') + (*it)->text(2) + QLatin1Char('|') + (*it)->text(3);
    QVERIFY2(shown.contains(QStringLiteral("1号楼|第二网格|3")), qPrintable(shown.join(QLatin1Char(' '))));
    QCOMPARE(shown.filter(QStringLiteral("第一网格|")).size(), 1);
    places->close();

    // The register tree shows them at once, and the new household goes into the building.
    RegisterPage *page = window.registerPage();
    auto *placeTree = child<QTreeView>(page, "placeTreeView");
    QVERIFY(placeTree->model()->rowCount() == 1);
    click(page, "newHouseholdButton");
    auto *household = waitForDialog<HouseholdDialog>(page);
    QVERIFY(household);
    auto *grid = child<QComboBox>(household, "gridComboBox");
    grid->setCurrentIndex(grid->findText(QStringLiteral("第二网格")));
    child<QComboBox>(household, "compoundComboBox")->setCurrentText(QStringLiteral("平安小区"));
    auto *building = child<QComboBox>(household, "buildingComboBox");
    QVERIFY(building->findText(QStringLiteral("1号楼")) >= 0); // offered, though no household lives there yet
    building->setCurrentText(QStringLiteral("1号楼"));
    child<QLineEdit>(household, "unitLineEdit")->setText(QStringLiteral("1"));
    child<QLineEdit>(household, "roomLineEdit")->setText(QStringLiteral("101"));
    click(household, "addMemberButton");
    auto *member = waitForDialog<ResidentDialog>(household);
    QVERIFY(member);
    child<QLineEdit>(member, "nameLineEdit")->setText(QStringLiteral("王秀英"));
    child<QLineEdit>(member, "idNumberLineEdit")->setText(QStringLiteral("11010519491231002X"));
    QTest::mouseClick(member->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!member->isVisible());
    QTest::mouseClick(household->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!page->findChild<HouseholdDialog *>() || !page->findChild<HouseholdDialog *>()->isVisible());

    // Saved, said in the status bar, chosen in the list.
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("平安小区1号楼1单元101室")),
             qPrintable(window.statusBar()->currentMessage()));
    auto db = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY(db.ok());
    db.value()->setActor(Actor::system(QStringLiteral("tester")));
    HouseholdFilter all;
    auto households = HouseholdRepository(*db.value()).list(all, 0, 10);
    QVERIFY(households.ok());
    QCOMPARE(households->size(), 1);
    const Household h = HouseholdRepository(*db.value()).get(households->constFirst().id).value();
    QCOMPARE(h.address, QStringLiteral("平安小区1号楼1单元101室"));
    auto secondGrid = PlaceRepository(*db.value()).findByPath(PlaceKind::Grid, QStringLiteral("幸福社区/第二网格"));
    QCOMPARE(h.gridId, secondGrid.value());
    auto members = ResidentRepository(*db.value()).listByHousehold(h.meta.id, false);
    QCOMPARE(members->size(), 1);
    QCOMPARE(members->constFirst().name, QStringLiteral("王秀英"));
}

void TestStartScreen::opensAnExistingRegister()
{
    TestRegister reg;
    QVERIFY(reg.open());
    QVERIFY(reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).ok());
    const QString path = reg.path();
    reg.db.reset();
    MainWindow window;
    window.openInitialRegister(QString());
    window.show();
    prompts::queueFileName(path);
    click(window.startPage(), "openRegisterButton");
    QVERIFY(window.registerPage());
    QVERIFY(window.windowTitle().contains(QFileInfo(path).fileName()));
    // Closed again (logging out), the register is among the recent ones.
    QSettings().setValue(QStringLiteral("lastRegister"), QString());
    MainWindow again;
    again.openInitialRegister(QString());
    auto *recent = child<QListWidget>(again.startPage(), "recentList");
    QVERIFY(recent->count() >= 1);
    QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), path);
}

void TestStartScreen::opensTheDemoRegister()
{
    QSettings().setValue(QStringLiteral("demo/households"), 120);
    const QString demo = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                             .filePath(QStringLiteral("演示登记册.linli"));
    QFile::remove(demo);
    MainWindow window;
    window.openInitialRegister(QString());
    window.show();
    // Cancelled while it is made: no demo register is left behind.
    Job::cancelNext();
    click(window.startPage(), "demoRegisterButton");
    QVERIFY(!window.registerPage());
    QVERIFY(!QFile::exists(demo));
    // Made, then opened with a demo account.
    LoginDialog::queueAnswer(QStringLiteral("admin"), QStringLiteral("linli-demo"));
    click(window.startPage(), "demoRegisterButton");
    QVERIFY(QFile::exists(demo));
    QVERIFY(window.registerPage());
    QCOMPARE(window.actor().login, QStringLiteral("admin"));
    // With a register open, every page fits a 1024×600 laptop: the window can be made 1000×580.
    auto *tabs = child<QTabWidget>(&window, "pagesTabWidget");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        window.resize(1000, 580);
        QApplication::processEvents();
        const QSize minimum = window.layout()->totalMinimumSize();
        QVERIFY2(
            minimum.width() <= 1000 && minimum.height() <= 580,
            qPrintable(QStringLiteral("%1: %2×%3").arg(tabs->tabText(i)).arg(minimum.width()).arg(minimum.height())));
        QVERIFY2(window.width() <= 1000 && window.height() <= 580, qPrintable(tabs->tabText(i)));
        // Nothing in the page's bars is cut: every label, button and box as wide as its text
        // wants, and every search box shows its whole hint.
        const QWidget *page = tabs->currentWidget();
        int checked = 0;
        for (const QWidget *w : page->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(page) || w->inherits("QAbstractItemView") || w->inherits("QTabBar"))
                continue;
            const QString where = QStringLiteral("%1: %2").arg(tabs->tabText(i), w->objectName());
            if (const auto *box = qobject_cast<const QLineEdit *>(w); box && !box->placeholderText().isEmpty()) {
                const int wanted = box->fontMetrics().horizontalAdvance(box->placeholderText());
                QVERIFY2(box->width() > wanted, qPrintable(where));
                ++checked;
            } else if ((w->inherits("QLabel") || w->inherits("QAbstractButton") || w->inherits("QComboBox"))
                       && !w->parentWidget()->inherits("QAbstractItemView")
                       && !w->parentWidget()->parentWidget()->inherits("QAbstractItemView")) {
                QVERIFY2(w->width() >= w->minimumSizeHint().width(), qPrintable(where));
                ++checked;
            }
        }
        QVERIFY2(checked >= 3, qPrintable(tabs->tabText(i)));
    }
}

void TestStartScreen::newRegisterFromExcel()
{
    const QString path = m_dir.filePath(QStringLiteral("从Excel.linli"));
    MainWindow window;
    window.openInitialRegister(QString());
    window.show();
    prompts::queueFileName(path);
    click(window.startPage(), "excelRegisterButton");
    QVERIFY(window.registerPage());
    // No guide this time: the import dialog is what comes next.
    auto *import = waitForDialog<ImportDialog>(&window);
    QVERIFY(import);
    import->close();
}

LINLI_GUI_TEST_MAIN(TestStartScreen)
#include "tst_startscreen.moc"
