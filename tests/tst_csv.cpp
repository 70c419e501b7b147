#include "csvreader.h"

#include <QTest>

using namespace linli;

// The CSV reader with files other programs wrote (tests/data/make-csv.py) and broken input.
class TestCsv final : public QObject
{
    Q_OBJECT

    static QString data(const char *name) { return QStringLiteral(LINLI_TEST_DATA "/") + QString::fromLatin1(name); }

private slots:
    void gbkFromExcel();
    void utf8WithAndWithoutBom();
    void quotedFields();
    void tabsAndBlankLines();
    void brokenInput();
    void formulaGuard();
    void hostileShapes();
};

void TestCsv::gbkFromExcel()
{
    auto table = CsvReader::readFile(data("households-gbk.csv"));
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().message));
    QCOMPARE(table->encoding, QStringLiteral("GBK"));
    QCOMPARE(table->rows.size(), 4);
    QCOMPARE(table->rows.at(0).value(0), QStringLiteral("社区"));
    QCOMPARE(table->rows.at(0).size(), 10);
    QCOMPARE(table->rows.at(3).at(5), QStringLiteral("2-301"));
    QCOMPARE(table->rows.at(3).at(9), QStringLiteral("独居老人，子女在外地"));
    QCOMPARE(table->rows.at(2).at(8), QStringLiteral("0471-2454845"));
    QCOMPARE(table->sourceRows, (QList<int>{1, 2, 3, 4}));
}

void TestCsv::utf8WithAndWithoutBom()
{
    auto bom = CsvReader::readFile(data("residents-utf8-bom.csv"));
    auto plain = CsvReader::readFile(data("residents-utf8.csv"));
    QVERIFY(bom.ok());
    QVERIFY(plain.ok());
    QCOMPARE(bom->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(bom->rows.at(0).value(0), QStringLiteral("社区")); // no mark left on the first header
    QVERIFY(bom->rows == plain->rows);
    QCOMPARE(bom->rows.at(1).at(7), QStringLiteral("11010519491231002X"));
}

void TestCsv::quotedFields()
{
    auto table = CsvReader::readFile(data("residents-utf8-bom.csv"));
    QVERIFY(table.ok());
    QCOMPARE(table->rows.at(1).at(13), QStringLiteral("腿脚不便, 需上门"));
    QCOMPARE(table->rows.at(2).at(13), QStringLiteral("说\"周末回来\""));
    QCOMPARE(table->rows.at(3).at(13), QStringLiteral("第一行\n第二行")); // CRLF inside: one line break
    // The row after a multi-line field is numbered by the line it starts on.
    auto more = CsvReader::read(QByteArrayLiteral("a,b\n\"x\ny\",1\nz,2\n"));
    QVERIFY(more.ok());
    QCOMPARE(more->sourceRows, (QList<int>{1, 2, 4}));
    QCOMPARE(more->rows.at(2).toList(), (QStringList{QStringLiteral("z"), QStringLiteral("2")}));
    // Empty fields keep the columns of the fields after them; a trailing separator adds nothing.
    auto empty = CsvReader::read(QByteArrayLiteral("a,,c,\n"));
    QCOMPARE(empty->rows.constFirst().toList(), (QStringList{QStringLiteral("a"), QString(), QStringLiteral("c")}));
    QCOMPARE(empty->rows.constFirst().value(2), QStringLiteral("c"));
}

void TestCsv::tabsAndBlankLines()
{
    auto table = CsvReader::read(QStringLiteral("姓名\t电话\n\n王\t139\n,\n").toUtf8());
    QVERIFY(table.ok());
    QCOMPARE(table->rows.size(), 3); // the empty line is skipped; "," is a row of one comma-holding cell
    QCOMPARE(table->rows.at(1).toList(), (QStringList{QStringLiteral("王"), QStringLiteral("139")}));
    QCOMPARE(table->sourceRows.at(1), 3);
}

void TestCsv::brokenInput()
{
    auto unclosed = CsvReader::read(QByteArrayLiteral("a,b\n1,\"never closed\n2,3\n"));
    QVERIFY(!unclosed.ok());
    QVERIFY2(unclosed.error().message.contains(QStringLiteral("2")), qPrintable(unclosed.error().message));

    QByteArray huge = "name,notes\nx,";
    huge += QByteArray(10 * 1024 * 1024, 'y'); // a 10 MB cell
    huge += "\n";
    auto big = CsvReader::read(huge);
    QVERIFY(!big.ok());
    QVERIFY2(big.error().message.contains(QStringLiteral("32767")), qPrintable(big.error().message));

    // Neither UTF-8 nor GBK: bytes no encoding here accepts.
    auto binary = CsvReader::read(QByteArray("\x81\x20\xff\xfe\x00\x81", 6));
    QVERIFY(!binary.ok());

    QVERIFY(!CsvReader::readFile(QStringLiteral("/nonexistent/file.csv")).ok());
}

// A cell that a spreadsheet would run goes out behind one quote and comes back as it was; text
// that only looks guarded keeps its own quotes.
void TestCsv::formulaGuard()
{
    const QStringList risky{QStringLiteral("=1+1"),      QStringLiteral("+8613912345678"),
                            QStringLiteral("-5"),        QStringLiteral("@SUM(A1)"),
                            QStringLiteral("\tx"),       QStringLiteral("\rx"),
                            QStringLiteral("'=already"), QStringLiteral("''+two")};
    for (const QString &cell : risky) {
        const QString out = CsvReader::guardFormula(cell);
        QCOMPARE(out, QLatin1Char('\'') + cell);
        QCOMPARE(CsvReader::unguardFormula(out), cell);
    }
    const QStringList plain{QString(),           QStringLiteral("王秀英"), QStringLiteral("'引号"),
                            QStringLiteral("'"), QStringLiteral("1-2"),    QStringLiteral("a=b")};
    for (const QString &cell : plain) {
        QCOMPARE(CsvReader::guardFormula(cell), cell);
        QCOMPARE(CsvReader::unguardFormula(cell), cell);
    }
    // Read from a file: the quote goes, inside quoted fields as well.
    auto table = CsvReader::read(QByteArrayLiteral("'=HYPERLINK(1),\"'-1,5\"\n"));
    QVERIFY(table.ok());
    QCOMPARE(table->rows.constFirst().toList(), (QStringList{QStringLiteral("=HYPERLINK(1)"), QStringLiteral("-1,5")}));
}

void TestCsv::hostileShapes()
{
    // A line of 100,000 separators: more fields than a sheet has columns, refused by its line.
    auto wide = CsvReader::read("a,b\n" + QByteArray(100000, ',') + "x\n");
    QVERIFY(!wide.ok());
    QVERIFY2(wide.error().message.contains(QStringLiteral("Line 2")), qPrintable(wide.error().message));
    QVERIFY2(wide.error().message.contains(QStringLiteral("16384")), qPrintable(wide.error().message));
    // A cell in the last column a sheet has is one cell, not a row of 16,384.
    auto last = CsvReader::read(QByteArray(16383, ',') + "x\n");
    QVERIFY(last.ok());
    QCOMPARE(last->rows.constFirst().cells().size(), 1);
    QCOMPARE(last->rows.constFirst().value(16383), QStringLiteral("x"));
    // Four million cells in 8 MB: more than an import reads at once.
    QByteArray line;
    for (int i = 0; i < 1000; ++i)
        line += "1,";
    line += "\n";
    auto many = CsvReader::read(line.repeated(4000));
    QVERIFY(!many.ok());
    QVERIFY2(many.error().message.contains(QStringLiteral("split it")), qPrintable(many.error().message));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
