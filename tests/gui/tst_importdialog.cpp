#include "guitest.h"
#include "testregister.h"

#include "common/job.h"
#include "common/language.h"
#include "common/prompts.h"
#include "mainwindow.h"
#include "storage/backups.h"
#include "storage/sql.h"
#include "transfer/importdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace linli;
using linli::test::TestRegister;

// The import dialog, driven as a person would: choose the file, look at the columns found,
// check, then import.
class TestImportDialog final : public QObject
{
    Q_OBJECT

    static QString data(const char *name)
    {
        return QStringLiteral(LINLI_SOURCE_DIR "/tests/data/") + QString::fromLatin1(name);
    }
    static int count(TestRegister &reg, const QString &table)
    {
        return queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM ") + table).value().toInt();
    }
    // Clicks `button` and waits until the work it started in the background is done.
    static bool clickAndWait(ImportDialog *dialog, const char *button)
    {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QString::fromLatin1(button)), Qt::LeftButton);
        return QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 20000);
    }
    // A picture of the dialog for people to look at, when LINLI_SCREENSHOTS names a folder.
    static void screenshot(QWidget *w, const QString &name)
    {
        const QString folder = qEnvironmentVariable("LINLI_SCREENSHOTS");
        if (!folder.isEmpty())
            w->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installLanguage(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    }
    void checksThenImports();
    void aMissingRequiredColumnIsRefused();
    void aStoppedImportWritesNothing();
    void exportsFromTheFileMenu();
};

void TestImportDialog::checksThenImports()
{
    TestRegister reg;
    QVERIFY(reg.open(false));
    MainWindow window;
    QVERIFY(window.openRegister(reg.path(), false));
    window.show();
    ImportDialog *dialog = window.importFile();
    QVERIFY(dialog);
    QSignalSpy imported(dialog, &ImportDialog::imported);

    // The households of the GBK CSV: every field matched to its column.
    prompts::queueFileName(data("households-gbk.csv"));
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindComboBox"));
    QCOMPARE(kind->currentText(), QStringLiteral("住户"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("browseButton")), Qt::LeftButton);
    auto *mapping = dialog->findChild<QTableWidget *>(QStringLiteral("mappingTable"));
    QCOMPARE(mapping->rowCount(), 13); // the 住户 columns of DESIGN.md
    QCOMPARE(mapping->item(0, 0)->text(), QStringLiteral("社区 *"));
    QCOMPARE(static_cast<QComboBox *>(mapping->cellWidget(7, 1))->currentText(), QStringLiteral("户主姓名"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("sheetLabel"))->text().contains(QStringLiteral("3 行数据")));

    // 检查 writes nothing and says what the import would create.
    QVERIFY(clickAndWait(dialog, "checkButton"));
    QCOMPARE(dialog->report().valid, 3);
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("未写入")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("小区 幸福里小区")), qPrintable(summary));
    QCOMPARE(count(reg, QStringLiteral("household")), 0);
    screenshot(dialog, QStringLiteral("import-checked"));

    // 导入 writes them, and the pages are made again with the new households.
    prompts::queueAnswer(QMessageBox::Ok);
    QVERIFY(clickAndWait(dialog, "importButton"));
    // The register was backed up before the import wrote into it.
    auto backups = Backups::list(Backups::defaultFolder(reg.path()));
    QVERIFY(backups && backups->size() == 1);
    QCOMPARE(backups->constFirst().reason, QStringLiteral("import"));
    QCOMPARE(backups->constFirst().counts.value(QStringLiteral("household")), 0);
    QCOMPARE(imported.count(), 1);
    QCOMPARE(count(reg, QStringLiteral("household")), 3);

    // The same file again: every row is a household already registered; the problems are
    // listed by row and column, and nothing is written.
    QVERIFY(clickAndWait(dialog, "importButton"));
    auto *problems = dialog->findChild<QTableWidget *>(QStringLiteral("problemsTable"));
    QCOMPARE(problems->rowCount(), 3);
    QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("2"));
    QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("房号"));
    QVERIFY(problems->item(0, 2)->text().contains(QStringLiteral("已有在册住户")));
    QCOMPARE(count(reg, QStringLiteral("household")), 3);
    screenshot(dialog, QStringLiteral("import-problems"));
    dialog->close();
}

void TestImportDialog::aMissingRequiredColumnIsRefused()
{
    TestRegister reg;
    QVERIFY(reg.open(false));
    MainWindow window;
    QVERIFY(window.openRegister(reg.path(), false));
    ImportDialog *dialog = window.importFile();
    dialog->openFile(ImportKind::Households, data("households-gbk.csv"));
    auto *mapping = dialog->findChild<QTableWidget *>(QStringLiteral("mappingTable"));
    static_cast<QComboBox *>(mapping->cellWidget(5, 1))->setCurrentIndex(0); // 房号: not imported
    prompts::clearShownMessages();
    prompts::queueAnswer(QMessageBox::Ok);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("checkButton")), Qt::LeftButton);
    QVERIFY(!dialog->isBusy());
    QCOMPARE(prompts::shownMessages().size(), 1);
    QVERIFY(prompts::shownMessages().constFirst().contains(QStringLiteral("房号")));
    QCOMPARE(count(reg, QStringLiteral("household")), 0);
    dialog->close();
}

void TestImportDialog::aStoppedImportWritesNothing()
{
    TestRegister reg;
    QVERIFY(reg.open(false));
    MainWindow window;
    QVERIFY(window.openRegister(reg.path(), false));
    ImportDialog *dialog = window.importFile();
    dialog->openFile(ImportKind::Households, data("households-gbk.csv"));
    QSignalSpy imported(dialog, &ImportDialog::imported);

    // 停止 as soon as the import starts: the job says so in the dialog, and nothing is written.
    prompts::clearShownMessages();
    Job::cancelNext();
    QVERIFY(clickAndWait(dialog, "importButton"));
    QCOMPARE(imported.count(), 0);
    QCOMPARE(count(reg, QStringLiteral("household")), 0);
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("已取消")), qPrintable(summary));
    QVERIFY(prompts::shownMessages().isEmpty()); // a cancel is no error
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("stopButton"))->isVisible());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());

    // The next import is a job of its own and runs to the end.
    prompts::queueAnswer(QMessageBox::Ok);
    QVERIFY(clickAndWait(dialog, "importButton"));
    QCOMPARE(imported.count(), 1);
    QCOMPARE(count(reg, QStringLiteral("household")), 3);
    dialog->close();
}

void TestImportDialog::exportsFromTheFileMenu()
{
    TestRegister reg;
    QVERIFY(reg.open(false));
    MainWindow window;
    QVERIFY(window.openRegister(reg.path(), false));
    ImportDialog *dialog = window.importFile();
    dialog->openFile(ImportKind::Households, data("households-gbk.csv"));
    prompts::queueAnswer(QMessageBox::Ok);
    QVERIFY(clickAndWait(dialog, "importButton"));
    dialog->close();

    // 文件 → 导出 → 住户…, to a CSV file: the three households, read back by the import.
    auto *exportMenu = window.findChild<QMenu *>(QStringLiteral("exportMenu"));
    QVERIFY(exportMenu->isEnabled());
    QCOMPARE(exportMenu->actions().size(), 4);
    const QString path = reg.dir.filePath(QStringLiteral("住户导出.csv"));
    prompts::queueFileName(path);
    prompts::clearShownMessages();
    prompts::queueAnswer(QMessageBox::Ok);
    exportMenu->actions().constFirst()->trigger();
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(prompts::shownMessages().constFirst().contains(path));
    auto file = RegisterImport::readFile(path, ImportKind::Households);
    LINLI_VERIFY_OK(file);
    QCOMPARE(file->table.rows.size(), 4);
    QCOMPARE(file->cell(1, QStringLiteral("户主姓名")), QStringLiteral("王秀英"));
}

LINLI_GUI_TEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
