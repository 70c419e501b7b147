#include "headermatch.h"
#include "xlsxreader.h"

#include <QDateTime>
#include <QTest>

using namespace linli;

// The .xlsx reader with workbooks that openpyxl and LibreOffice wrote (tests/data/make-xlsx.py)
// and malformed ones derived from them.
class TestXlsx final : public QObject
{
    Q_OBJECT

    static QString data(const char *name) { return QStringLiteral(LINLI_TEST_DATA "/") + QString::fromLatin1(name); }
    static QStringList header()
    {
        return {QStringLiteral("社区"),     QStringLiteral("网格"),         QStringLiteral("小区"),
                QStringLiteral("楼栋"),     QStringLiteral("单元"),         QStringLiteral("房号"),
                QStringLiteral("姓名"),     QStringLiteral("公民身份号码"), QStringLiteral("与户主关系"),
                QStringLiteral("联系电话"), QStringLiteral("户籍类型"),     QStringLiteral("状态"),
                QStringLiteral("标签"),     QStringLiteral("备注"),         QStringLiteral("登记日期")};
    }
    // Checks the register sheet as both programs save it.
    static void checkRegister(const QList<XlsxSheet> &sheets)
    {
        QCOMPARE(sheets.size(), 2);
        QCOMPARE(sheets.at(0).name, QStringLiteral("填表说明"));
        const XlsxSheet &s = sheets.at(1);
        QCOMPARE(s.name, QStringLiteral("居民花名册"));
        // The merged title fills its whole range.
        QCOMPARE(s.table.rows.at(0).size(), 14);
        QCOMPARE(s.table.rows.at(0).at(0), QStringLiteral("幸福社区居民花名册（2026年）"));
        QCOMPARE(s.table.rows.at(0).at(13), QStringLiteral("幸福社区居民花名册（2026年）"));
        QCOMPARE(s.table.rows.at(1), header());
        QCOMPARE(s.table.sourceRows, (QList<int>{1, 2, 3, 4, 5}));
        const QStringList &first = s.table.rows.at(2);
        QCOMPARE(first.at(6), QStringLiteral("王秀英"));
        QCOMPARE(first.at(7), QStringLiteral("11010519491231002X"));
        QCOMPARE(first.at(14), QStringLiteral("2026-03-05"));
        const QStringList &second = s.table.rows.at(3);
        QCOMPARE(second.at(7), QStringLiteral("440524188001010000")); // the number Excel keeps: digits lost
        QCOMPARE(second.at(9), QStringLiteral("13800001111"));
        QCOMPARE(second.at(14), QStringLiteral("2026-11-23 09:30:00"));
        const QStringList &third = s.table.rows.at(4);
        QCOMPARE(third.at(4), QStringLiteral("2"));
        QCOMPARE(third.at(5), QStringLiteral("1102"));
        QCOMPARE(third.at(7), QString()); // an empty cell in the middle
        QCOMPARE(third.at(13), QStringLiteral("TRUE"));
        QCOMPARE(third.at(14), QStringLiteral("1900-03-01"));
    }
    static QString failure(const char *name)
    {
        auto r = XlsxReader::readFile(data(name));
        return r.ok() ? QString() : r.error().message;
    }

private slots:
    void writtenByOpenpyxl();
    void writtenByLibreOffice();
    void richTextRuns();
    void date1904();
    void serialDates();
    void dateFormats();
    void cellReferences();
    void headerRowFoundByItsNames();
    void wrongHeadersAreNamed();
    void malformedFiles_data();
    void malformedFiles();
};

void TestXlsx::writtenByOpenpyxl()
{
    auto sheets = XlsxReader::readFile(data("residents-openpyxl.xlsx"));
    QVERIFY2(sheets.ok(), qPrintable(sheets.ok() ? QString() : sheets.error().message));
    checkRegister(sheets.value());
}

void TestXlsx::writtenByLibreOffice()
{
    auto sheets = XlsxReader::readFile(data("residents-libreoffice.xlsx"));
    QVERIFY2(sheets.ok(), qPrintable(sheets.ok() ? QString() : sheets.error().message));
    checkRegister(sheets.value());
}

void TestXlsx::richTextRuns()
{
    auto sheets = XlsxReader::readFile(data("residents-richtext.xlsx"));
    QVERIFY(sheets.ok());
    // Runs joined; the phonetic guide is not part of the text.
    QCOMPARE(sheets->at(1).table.rows.at(2).at(6), QStringLiteral("王秀英"));
}

void TestXlsx::date1904()
{
    auto sheets = XlsxReader::readFile(data("visits-1904.xlsx"));
    QVERIFY(sheets.ok());
    QCOMPARE(sheets->at(0).table.rows.at(1).at(0), QStringLiteral("2026-11-23"));
}

void TestXlsx::serialDates()
{
    QCOMPARE(XlsxReader::dateFromSerial(1, false).date(), QDate(1900, 1, 1));
    QCOMPARE(XlsxReader::dateFromSerial(59, false).date(), QDate(1900, 2, 28));
    QCOMPARE(XlsxReader::dateFromSerial(61, false).date(), QDate(1900, 3, 1)); // 60 is Excel's 1900-02-29
    QCOMPARE(XlsxReader::dateFromSerial(46349, false).date(), QDate(2026, 11, 23));
    QCOMPARE(XlsxReader::dateFromSerial(44887, true).date(), QDate(2026, 11, 23));
    QCOMPARE(XlsxReader::dateFromSerial(46349.75, false), QDateTime(QDate(2026, 11, 23), QTime(18, 0)));
}

void TestXlsx::dateFormats()
{
    for (const char *code : {"yyyy-mm-dd", "m/d/yy", "yyyy\"年\"m\"月\"d\"日\"", "[$-804]yyyy/m/d", "hh:mm:ss",
                             "[h]:mm", "d-mmm", "yyyy年m月d日"})
        QVERIFY2(XlsxReader::isDateFormat(QString::fromUtf8(code)), code);
    for (const char *code : {"0.00", "0.00E+00", "#,##0", "@", "\"days\" 0", "[Red]0.0", "General", "0%"})
        QVERIFY2(!XlsxReader::isDateFormat(QString::fromUtf8(code)), code);
}

void TestXlsx::cellReferences()
{
    int row = 0;
    int column = 0;
    QVERIFY(XlsxReader::parseCellReference(QStringLiteral("B12"), &row, &column));
    QCOMPARE(row, 12);
    QCOMPARE(column, 2);
    QVERIFY(XlsxReader::parseCellReference(QStringLiteral("XFD1048576"), &row, &column));
    QCOMPARE(column, 16384);
    QVERIFY(!XlsxReader::parseCellReference(QStringLiteral("XFE1"), &row, &column));
    QVERIFY(!XlsxReader::parseCellReference(QStringLiteral("A1048577"), &row, &column));
    QVERIFY(!XlsxReader::parseCellReference(QStringLiteral("A0"), &row, &column));
    QVERIFY(!XlsxReader::parseCellReference(QStringLiteral("12"), &row, &column));
}

void TestXlsx::headerRowFoundByItsNames()
{
    auto sheets = XlsxReader::readFile(data("residents-libreoffice.xlsx"));
    QVERIFY(sheets.ok());
    QStringList expected = header();
    expected.removeLast(); // 登记日期 is not an interchange column
    auto match = HeaderMatcher::find(sheets.value(), expected, {QStringLiteral("姓名"), QStringLiteral("房号")});
    QVERIFY2(match.ok(), qPrintable(match.ok() ? QString() : match.error().message));
    QCOMPARE(match->sheetName, QStringLiteral("居民花名册")); // not the notes sheet before it
    QCOMPARE(match->sourceRow(match->headerRow), 2); // under the merged title
    QCOMPARE(match->ignored, QStringList{QStringLiteral("登记日期")});
    QCOMPARE(match->cell(match->headerRow + 1, QStringLiteral("公民身份号码")), QStringLiteral("11010519491231002X"));
    QCOMPARE(match->sourceRow(match->headerRow + 1), 3);
    QCOMPARE(HeaderMatcher::normalise(QStringLiteral(" 姓 名* ")), QStringLiteral("姓名"));
    QCOMPARE(HeaderMatcher::normalise(QStringLiteral("联系电话（手机）")), QStringLiteral("联系电话"));
}

void TestXlsx::wrongHeadersAreNamed()
{
    auto sheets = XlsxReader::readFile(data("wrong-headers.xlsx"));
    QVERIFY(sheets.ok());
    auto match = HeaderMatcher::find(sheets.value(), header(),
                                     {QStringLiteral("姓名"), QStringLiteral("公民身份号码"), QStringLiteral("房号")});
    QVERIFY(!match.ok());
    QVERIFY2(match.error().message.contains(QStringLiteral("姓名、公民身份号码")), qPrintable(match.error().message));
    QVERIFY(match.error().message.contains(QStringLiteral("居民花名册")));
}

void TestXlsx::malformedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("says"); // what the message must name
    QTest::newRow("truncated zip") << QStringLiteral("broken-truncated.xlsx")
                                   << QStringLiteral("broken-truncated.xlsx");
    QTest::newRow("no sharedStrings") << QStringLiteral("broken-no-shared-strings.xlsx") << QStringLiteral("!A1");
    QTest::newRow("cell beyond the limits")
        << QStringLiteral("broken-cell-beyond-limits.xlsx") << QStringLiteral("XFE3");
    QTest::newRow("entity expansion") << QStringLiteral("broken-entity-expansion.xlsx") << QStringLiteral("DTD");
    QTest::newRow("10 MB cell") << QStringLiteral("broken-10mb-cell.xlsx") << QStringLiteral("32767");
    QTest::newRow("zip bomb") << QStringLiteral("broken-zip-bomb.xlsx") << QStringLiteral("512 MB");
    // A Zip64 extra field that declares more bytes than the central directory holds (it made
    // the hand-written reader read past its buffer): refused, naming the file.
    QTest::newRow("zip64 extra field past the directory")
        << QStringLiteral("broken-zip64-extra.xlsx") << QStringLiteral("broken-zip64-extra.xlsx");
    QTest::newRow("not a zip") << QStringLiteral("residents-utf8.csv") << QStringLiteral("residents-utf8.csv");
    QTest::newRow("missing file") << QStringLiteral("no-such-file.xlsx") << QStringLiteral("no-such-file.xlsx");
}

void TestXlsx::malformedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, says);
    const QString message = failure(file.toLatin1().constData());
    QVERIFY2(!message.isEmpty(), "read without complaint");
    QVERIFY2(message.contains(says), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
