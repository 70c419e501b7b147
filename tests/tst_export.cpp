#include "testregister.h"

#include "csvreader.h"
#include "registerexport.h"
#include "tablewriter.h"
#include "xlsxreader.h"

#include <QProcess>

using namespace linli;
using linli::test::TestRegister;

// Export of the register as .xlsx and CSV, read back by this program's readers and by
// python3-openpyxl (installed by scripts/setup).
class TestExport final : public QObject
{
    Q_OBJECT

    TestRegister m_reg;

private slots:
    void initTestCase();
    void readsBackTheSame();
    void openpyxlSeesTextIdsAndAFrozenFilteredHeader();
    void refusesOtherSuffixes();
    void writesAWorkbookOfSeveralSheets();
};

void TestExport::initTestCase()
{
    QVERIFY(m_reg.open());
    const Household h = m_reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")).value();
    QVERIFY(m_reg
                .addResident(h.meta.id, QStringLiteral("王秀英"), QStringLiteral("11010519491231002X"),
                             QStringLiteral("head"), QStringLiteral("13912345678"))
                .ok());
    QVERIFY(m_reg
                .addResident(h.meta.id, QStringLiteral("王小明"), QStringLiteral("440524188001010014"),
                             QStringLiteral("grandchild"))
                .ok());
    QVERIFY(m_reg.addHousehold(QStringLiteral("2"), QStringLiteral("2-301")).ok());
}

void TestExport::readsBackTheSame()
{
    auto residents = RegisterExport::residents(*m_reg.db, RegisterExport::Numbers::Full);
    QVERIFY(residents.ok());
    QCOMPARE(residents->rows.size(), 2);
    QCOMPARE(residents->rows.at(0).at(6), QStringLiteral("王秀英"));
    QCOMPARE(residents->rows.at(0).at(10), QStringLiteral("户主"));
    QCOMPARE(residents->rows.at(1).at(10), QStringLiteral("孙子女"));
    // Sex and birth date, from the ID number here; 党员 as 是/否.
    QCOMPARE(residents->rows.at(0).at(8), QStringLiteral("女"));
    QCOMPARE(residents->rows.at(0).at(9), QStringLiteral("1949-12-31"));
    QCOMPARE(residents->rows.at(0).at(13), QStringLiteral("否"));
    const QString xlsx = m_reg.dir.filePath(QStringLiteral("居民.xlsx"));
    const QString csv = m_reg.dir.filePath(QStringLiteral("居民.csv"));
    QVERIFY(TableWriter::write(xlsx, residents.value()).ok());
    QVERIFY(TableWriter::write(csv, residents.value()).ok());
    QStringList header;
    for (const auto &c : residents->columns)
        header << c.header;

    auto sheets = XlsxReader::readFile(xlsx);
    QVERIFY(sheets.ok());
    QCOMPARE(sheets->constFirst().name, QStringLiteral("居民"));
    auto dense = [&header](const QList<TextRow> &rows) {
        QList<QStringList> lists;
        for (const TextRow &row : rows) {
            lists << row.toList();
            while (lists.last().size() < header.size())
                lists.last() << QString(); // trailing empty cells are not kept
        }
        return lists;
    };
    QList<QStringList> rows = dense(sheets->constFirst().table.rows);
    QCOMPARE(rows.takeFirst(), header);
    QCOMPARE(rows, residents->rows);

    auto table = CsvReader::readFile(csv);
    QVERIFY(table.ok());
    QCOMPARE(table->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(dense(table->rows).constFirst(), header);
    QCOMPARE(dense(table->rows).mid(1), residents->rows);

    auto households = RegisterExport::households(*m_reg.db, RegisterExport::Numbers::Full);
    QVERIFY(households.ok());
    QCOMPARE(households->rows.size(), 2);
    QCOMPARE(households->rows.at(0).at(7), QStringLiteral("王秀英")); // the head
    QCOMPARE(households->rows.at(1).at(5), QStringLiteral("2-301"));
}

void TestExport::openpyxlSeesTextIdsAndAFrozenFilteredHeader()
{
    auto residents = RegisterExport::residents(*m_reg.db, RegisterExport::Numbers::Full);
    const QString xlsx = m_reg.dir.filePath(QStringLiteral("openpyxl.xlsx"));
    QVERIFY(TableWriter::write(xlsx, residents.value()).ok());
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, openpyxl\n"
                                 "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
                                 "print(ws.title, ws.freeze_panes, ws.auto_filter.ref, ws.print_title_rows)\n"
                                 "print(ws['H2'].data_type, ws['H2'].value, ws['L2'].data_type, ws['L2'].value)\n"
                                 "print(ws['J1'].value, ws['J2'].data_type, ws['J2'].value.date())\n"),
                  xlsx});
    QVERIFY(python.waitForFinished(60000));
    const QString out = QString::fromUtf8(python.readAllStandardOutput());
    QVERIFY2(python.exitCode() == 0, qPrintable(QString::fromUtf8(python.readAllStandardError())));
    // The ID number and phone are text; the birth date is a real date.
    QCOMPARE(out, QStringLiteral("居民 A2 A1:S3 $1:$1\ns 11010519491231002X s 13912345678\n出生日期 d 1949-12-31\n"));
}

void TestExport::refusesOtherSuffixes()
{
    auto households = RegisterExport::households(*m_reg.db, RegisterExport::Numbers::Full);
    auto refused = TableWriter::write(m_reg.dir.filePath(QStringLiteral("x.xls")), households.value());
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral(".xlsx")));
    QVERIFY(!TableWriter::write(QStringLiteral("/nonexistent/dir/x.xlsx"), households.value()).ok());
}

void TestExport::writesAWorkbookOfSeveralSheets()
{
    auto residents = RegisterExport::residents(*m_reg.db, RegisterExport::Numbers::Full);
    auto households = RegisterExport::households(*m_reg.db, RegisterExport::Numbers::Full);
    const QString xlsx = m_reg.dir.filePath(QStringLiteral("两表.xlsx"));
    LINLI_VERIFY_OK(TableWriter::writeXlsx(xlsx, QList<ExportTable>{households.value(), residents.value()}));
    auto sheets = XlsxReader::readFile(xlsx);
    LINLI_VERIFY_OK(sheets);
    QCOMPARE(sheets->size(), 2);
    QCOMPARE(sheets->at(0).name, households->sheetName);
    QCOMPARE(sheets->at(1).name, QStringLiteral("居民"));
    QCOMPARE(sheets->at(1).table.rows.size(), residents->rows.size() + 1);
    QCOMPARE(sheets->at(1).table.rows.at(1).at(6), QStringLiteral("王秀英"));

    // A sheet name Excel cannot take ([ ] : * ? / \ are not allowed) fails with its name, and
    // leaves no file, not even the earlier sheets.
    ExportTable bad = residents.value();
    bad.sheetName = QStringLiteral("居民/2026");
    const QString refused = m_reg.dir.filePath(QStringLiteral("坏表名.xlsx"));
    auto written = TableWriter::writeXlsx(refused, QList<ExportTable>{households.value(), bad});
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(bad.sheetName), qPrintable(written.error().message));
    QVERIFY(!QFile::exists(refused));
    QVERIFY(!QFile::exists(refused + QStringLiteral(".partial")));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
