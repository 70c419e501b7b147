#include "guitest.h"
#include "testregister.h"

#include "common/prompts.h"
#include "mainwindow.h"
#include "register/householddialog.h"
#include "register/householdlistmodel.h"
#include "register/registerpage.h"
#include "register/residentdialog.h"
#include "storage/sql.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace linli;
using linli::test::TestRegister;

class TestRegisterPage final : public QObject
{
    Q_OBJECT

    template<typename T> static T *child(QObject *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

    // Dialogs open non-blocking with open(); wait until one is showing.
    template<typename T> static T *waitForDialog(QObject *parent)
    {
        T *found = nullptr;
        (void)QTest::qWaitFor([&] { return (found = parent->findChild<T *>()) && found->isVisible(); }, 3000);
        return found && found->isVisible() ? found : nullptr;
    }

    // Chinese arrives through an input method, which commits whole words.
    static void typeText(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(widget, &event);
    }

    void addMember(HouseholdDialog *household, const QString &name, const QString &idNumber, const QString &phone);

private slots:
    void initTestCase();
    void createsHouseholdWithTwoResidentsAndFindsThem();
    void invalidInputKeepsTheDialogOpenAndWritesNothing();
};

void TestRegisterPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRegisterPage::addMember(HouseholdDialog *household, const QString &name, const QString &idNumber,
                                 const QString &phone)
{
    QTest::mouseClick(child<QPushButton>(household, "addMemberButton"), Qt::LeftButton);
    auto *resident = waitForDialog<ResidentDialog>(household);
    QVERIFY(resident);
    typeText(child<QLineEdit>(resident, "nameLineEdit"), name);
    QTest::keyClicks(child<QLineEdit>(resident, "idNumberLineEdit"), idNumber);
    QTest::keyClicks(child<QLineEdit>(resident, "phoneLineEdit"), phone);
    QTest::mouseClick(child<QDialogButtonBox>(resident, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!resident->isVisible() || resident->result() == QDialog::Accepted);
    QApplication::processEvents();
}

void TestRegisterPage::createsHouseholdWithTwoResidentsAndFindsThem()
{
    TestRegister reg;
    QVERIFY(reg.open());
    MainWindow window;
    QVERIFY(window.openRegister(reg.path(), false));
    window.show();
    RegisterPage *page = window.registerPage();
    QVERIFY(page);
    QCOMPARE(page->householdModel()->totalCount(), 0);

    QTest::mouseClick(child<QPushButton>(page, "newHouseholdButton"), Qt::LeftButton);
    auto *household = waitForDialog<HouseholdDialog>(page);
    QVERIFY(household);
    child<QComboBox>(household, "compoundComboBox")->setCurrentText(QStringLiteral("幸福里小区"));
    child<QComboBox>(household, "buildingComboBox")->setCurrentText(QStringLiteral("3号楼"));
    QTest::keyClicks(child<QLineEdit>(household, "unitLineEdit"), QStringLiteral("2"));
    QTest::keyClicks(child<QLineEdit>(household, "roomLineEdit"), QStringLiteral("501"));
    auto *use = child<QComboBox>(household, "housingUseComboBox");
    use->setCurrentIndex(use->findData(QStringLiteral("rented")));
    QCOMPARE(
        child<QLabel>(household, "addressPreviewLabel")->text().contains(QStringLiteral("幸福里小区3号楼2单元501室")),
        true);

    // The ID number is checked as it is typed: a wrong check character is named at once.
    QTest::mouseClick(child<QPushButton>(household, "addMemberButton"), Qt::LeftButton);
    auto *resident = waitForDialog<ResidentDialog>(household);
    auto *idEdit = child<QLineEdit>(resident, "idNumberLineEdit");
    QTest::keyClicks(idEdit, QStringLiteral("110105194912310021"));
    auto *idMessage = child<QLabel>(resident, "idNumberMessageLabel");
    QVERIFY(idMessage->isVisibleTo(resident));
    QVERIFY2(idMessage->text().contains(QStringLiteral("X")), qPrintable(idMessage->text()));
    // OK with the wrong number keeps the dialog open.
    typeText(child<QLineEdit>(resident, "nameLineEdit"), QStringLiteral("王秀英"));
    QTest::mouseClick(child<QDialogButtonBox>(resident, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(resident->isVisible());
    idEdit->clear();
    QTest::keyClicks(idEdit, QStringLiteral("11010519491231002x"));
    QVERIFY(idMessage->text().contains(QStringLiteral("1949-12-31")));
    QCOMPARE(child<QComboBox>(resident, "sexComboBox")->currentData().toString(), QStringLiteral("F"));
    QTest::keyClicks(child<QLineEdit>(resident, "phoneLineEdit"), QStringLiteral("13912345678"));
    QTest::mouseClick(child<QDialogButtonBox>(resident, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!resident->isVisible());
    QApplication::processEvents();

    addMember(household, QStringLiteral("李建国"), QStringLiteral("440524188001010014"), QStringLiteral("13800001111"));
    auto *members = child<QTableView>(household, "membersTableView");
    QCOMPARE(members->model()->rowCount(), 2);

    QTest::mouseClick(child<QDialogButtonBox>(household, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!household->isVisible());

    // Written in the register: one household, two residents, with derived fields and audit rows.
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM household")).value().toInt(), 1);
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT address FROM household")).value().toString(),
             QStringLiteral("幸福里小区3号楼2单元501室"));
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT housing_use FROM household")).value().toString(),
             QStringLiteral("rented"));
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM resident")).value().toInt(), 2);
    QCOMPARE(
        queryValue(*reg.db, QStringLiteral("SELECT relation FROM resident WHERE name = '王秀英'")).value().toString(),
        QStringLiteral("head"));
    QCOMPARE(
        queryValue(*reg.db, QStringLiteral("SELECT id_number FROM resident WHERE name = '王秀英'")).value().toString(),
        QStringLiteral("11010519491231002X"));
    QCOMPARE(
        queryValue(*reg.db, QStringLiteral("SELECT relation FROM resident WHERE name = '李建国'")).value().toString(),
        QStringLiteral("spouse"));
    QCOMPARE(queryValue(*reg.db,
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name IN "
                                       "('household', 'resident')"))
                 .value()
                 .toInt(),
             3);
    QCOMPARE(page->householdModel()->totalCount(), 1);

    // Found by search while typing: a two-character given name, an ID fragment, a phone fragment.
    auto *search = child<QLineEdit>(page, "searchLineEdit");
    for (const QString &text : {QStringLiteral("秀英"), QStringLiteral("建国"), QStringLiteral("1949"),
                                QStringLiteral("0000"), QStringLiteral("2单元501")}) {
        search->clear();
        typeText(search, text);
        QTRY_COMPARE(page->householdModel()->filter().restrictToIds, true);
        QTRY_COMPARE(page->householdModel()->rowCount(), 1);
        QCOMPARE(page->householdModel()->index(0, HouseholdListModel::HeadColumn).data().toString(),
                 QStringLiteral("王秀英"));
    }
    search->clear();
    typeText(search, QStringLiteral("秀兰"));
    QTRY_COMPARE(page->householdModel()->filter().restrictToIds, true);
    QTRY_COMPARE(page->householdModel()->rowCount(), 0);
    search->clear();
    QTRY_COMPARE(page->householdModel()->filter().restrictToIds, false);
    QCOMPARE(page->householdModel()->rowCount(), 1);
}

void TestRegisterPage::invalidInputKeepsTheDialogOpenAndWritesNothing()
{
    TestRegister reg;
    QVERIFY(reg.open());
    QVERIFY(reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).ok());
    MainWindow window;
    QVERIFY(window.openRegister(reg.path(), false)); // creates the first administrator and logs in
    const int auditBefore = queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM audit_log")).value().toInt();
    window.show();
    RegisterPage *page = window.registerPage();

    QTest::mouseClick(child<QPushButton>(page, "newHouseholdButton"), Qt::LeftButton);
    auto *household = waitForDialog<HouseholdDialog>(page);
    child<QComboBox>(household, "compoundComboBox")->setCurrentText(QStringLiteral("幸福里小区"));
    child<QComboBox>(household, "buildingComboBox")->setCurrentText(QStringLiteral("3号楼"));
    QTest::keyClicks(child<QLineEdit>(household, "unitLineEdit"), QStringLiteral("1"));
    // The room is missing.
    auto *save = child<QDialogButtonBox>(household, "buttonBox")->button(QDialogButtonBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(household->isVisible());
    auto *error = child<QLabel>(household, "errorLabel");
    QVERIFY(error->isVisibleTo(household));
    QVERIFY(!error->text().isEmpty());

    // The dwelling of an existing household.
    QTest::keyClicks(child<QLineEdit>(household, "roomLineEdit"), QStringLiteral("101"));
    addMember(household, QStringLiteral("赵敏"), QString(), QString());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(household->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("101")));
    // Nothing was written, and what was typed is still there.
    QCOMPARE(child<QTableView>(household, "membersTableView")->model()->rowCount(), 1);
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM household")).value().toInt(), 1);
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM resident")).value().toInt(), 0);
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM audit_log")).value().toInt(), auditBefore);

    // Corrected, it saves.
    auto *room = child<QLineEdit>(household, "roomLineEdit");
    room->clear();
    QTest::keyClicks(room, QStringLiteral("102"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!household->isVisible());
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM resident")).value().toInt(), 1);
}

LINLI_GUI_TEST_MAIN(TestRegisterPage)
#include "tst_registerpage.moc"
