#include "guitest.h"
#include "testregister.h"

#include "backup/backupdialog.h"
#include "common/prompts.h"
#include "mainwindow.h"
#include "storage/backups.h"
#include "storage/sql.h"

#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QTableWidget>
#include <QTest>

using namespace linli;
using linli::test::TestRegister;

// 文件 → 备份与恢复, and the backups the window makes by itself: every 15 minutes of work and
// when the register closes.
class TestBackupDialog final : public QObject
{
    Q_OBJECT
private slots:
    void backUpCheckAndRestore();
    void fifteenMinutesOfWorkAndClosing();
    void aDamagedRegisterOffersItsBackup();
};

void TestBackupDialog::backUpCheckAndRestore()
{
    TestRegister reg;
    QVERIFY(reg.open());
    LINLI_VERIFY_OK(reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")));
    MainWindow window;
    QVERIFY(window.openRegister(reg.path(), false));
    window.show();
    BackupDialog *dialog = window.showBackups();
    QVERIFY(dialog);
    QCOMPARE(dialog->table()->rowCount(), 0);
    QVERIFY(dialog->backUpNow());
    QCOMPARE(dialog->table()->rowCount(), 1);
    QCOMPARE(dialog->table()->item(0, 3)->text(), QStringLiteral("1")); // one household
    QVERIFY(dialog->table()->item(0, 6)->text().contains(QLatin1Char(':')));
    dialog->table()->selectRow(0);
    const QString target = reg.dir.filePath(QStringLiteral("恢复.linli"));
    QCOMPARE(dialog->restoreTo(target), target);
    QVERIFY(QFileInfo::exists(target));
    // Never over a file that is there.
    QVERIFY(dialog->restoreTo(target).isEmpty());
    const QString said = dialog->findChildren<QLabel *>().constLast()->text();
    QVERIFY2(said.contains(target), qPrintable(said));
}

void TestBackupDialog::fifteenMinutesOfWorkAndClosing()
{
    TestRegister reg;
    QVERIFY(reg.open());
    const QString folder = Backups::defaultFolder(reg.path());
    MainWindow window;
    QVERIFY(window.openRegister(reg.path(), false));
    const QDateTime now = QDateTime::currentDateTime();
    // Logging in is work no backup holds yet: a backup once it is 15 minutes old.
    QVERIFY(!window.backUpIfDue(now.addSecs(14 * 60)));
    QVERIFY(window.backUpIfDue(now.addSecs(16 * 60)));
    QCOMPARE(Backups::list(folder)->size(), 1);
    QVERIFY(!window.backUpIfDue(now.addSecs(40 * 60))); // nothing new since
    LINLI_VERIFY_OK(reg.addHousehold(QStringLiteral("1"), QStringLiteral("102")));
    QVERIFY(window.backUpIfDue(now.addSecs(60 * 60)));
    QCOMPARE(Backups::list(folder)->size(), 2);
    // Closing the register backs up what changed since.
    LINLI_VERIFY_OK(reg.addHousehold(QStringLiteral("1"), QStringLiteral("103")));
    window.closeRegister();
    auto all = Backups::list(folder);
    QCOMPARE(all->size(), 3);
    // (Listed newest first, the close's own comes after the two this test dated ahead.)
    auto closing = std::find_if(all->cbegin(), all->cend(),
                                [](const Backups::Manifest &m) { return m.reason == QLatin1String("close"); });
    QVERIFY(closing != all->cend());
    QCOMPARE(closing->counts.value(QStringLiteral("household")), 2);
}

void TestBackupDialog::aDamagedRegisterOffersItsBackup()
{
    TestRegister reg;
    QVERIFY(reg.open());
    LINLI_VERIFY_OK(reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")));
    LINLI_VERIFY_OK(Backups::create(*reg.db, QStringLiteral("manual")));
    reg.db.reset();
    {
        // The first page overwritten: not a database any more.
        QFile file(reg.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(512, 'x'));
    }
    const QByteArray damaged = [&] {
        QFile f(reg.path());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    MainWindow window;
    prompts::queueAnswer(QMessageBox::Yes);
    const QString target = reg.dir.filePath(QStringLiteral("恢复的登记册.linli"));
    prompts::queueFileName(target);
    QVERIFY(window.openRegister(reg.path(), false));
    QVERIFY(QFileInfo::exists(target));
    QVERIFY(window.registerPage());
    QVERIFY(window.windowTitle().contains(QStringLiteral("恢复的登记册.linli")));
    // The damaged file is left as it was.
    QFile f(reg.path());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), damaged);
}

LINLI_GUI_TEST_MAIN(TestBackupDialog)
#include "tst_backupdialog.moc"
