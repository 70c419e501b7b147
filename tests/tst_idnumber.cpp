#include "register/idnumber.h"

#include <QTest>

using namespace linli;

class TestIdNumber final : public QObject
{
    Q_OBJECT

    // Builds a number from 17 digits with its correct check character.
    static QString withCheck(const QString &first17) { return first17 + IdNumber::checkCharacter(first17); }

private slots:
    void standardExamples_data();
    void standardExamples();
    void normalises_data();
    void normalises();
    void invalid_data();
    void invalid();
    void futureBirthDateIsRelativeToToday();
    void everyWrongCheckCharacterIsCaught();
    void masks();
    void damagedByExcel();
};

void TestIdNumber::standardExamples_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QString>("sex");
    QTest::newRow("GB 11643 example, X check") << "11010519491231002X" << QDate(1949, 12, 31) << "F";
    QTest::newRow("GB 11643 example, 1880") << "440524188001010014" << QDate(1880, 1, 1) << "M";
}

void TestIdNumber::standardExamples()
{
    QFETCH(QString, number);
    QFETCH(QDate, birth);
    QFETCH(QString, sex);
    auto info = IdNumber::parse(number, QDate(2026, 11, 23));
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
    QCOMPARE(info->number, number);
    QCOMPARE(info->birthDate, birth);
    QCOMPARE(info->sex, sex);
}

void TestIdNumber::normalises_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lower-case x") << "11010519491231002x"
                                  << "11010519491231002X";
    QTest::newRow("full-width digits and X")
        << QString::fromUtf8("１１０１０５１９４９１２３１００２Ｘ") << "11010519491231002X";
    QTest::newRow("full-width lower x") << QString::fromUtf8("11010519491231002ｘ") << "11010519491231002X";
    QTest::newRow("spaces inside") << " 110105 19491231 002X "
                                   << "11010519491231002X";
    QTest::newRow("ideographic space") << QString::fromUtf8("110105\u300019491231002X") << "11010519491231002X";
}

void TestIdNumber::normalises()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(IdNumber::normalise(input), expected);
    auto info = IdNumber::parse(input, QDate(2026, 11, 23));
    QVERIFY(info.ok());
    QCOMPARE(info->number, expected);
}

void TestIdNumber::invalid_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("17 characters") << "11010519491231002"
                                   << "18 characters";
    QTest::newRow("19 characters") << "11010519491231002X1"
                                   << "18 characters";
    QTest::newRow("15-digit old number") << "110105491231002"
                                         << "18 characters";
    QTest::newRow("letter inside") << "1101051949123100AX"
                                   << "Character 17";
    QTest::newRow("X not last") << "X10105194912310021"
                                << "Character 1";
    QTest::newRow("last is Y") << "11010519491231002Y"
                               << "digit or X";
    QTest::newRow("Chinese character") << QString::fromUtf8("11010519491231002号") << "digit or X";
    QTest::newRow("province 00") << withCheck("00010519491231002") << "province";
    QTest::newRow("province 10") << withCheck("10010519491231002") << "province";
    QTest::newRow("province 99") << withCheck("99010519491231002") << "province";
    QTest::newRow("province 24") << withCheck("24010519491231002") << "province";
    QTest::newRow("month 13") << withCheck("11010519491331002") << "not a real date";
    QTest::newRow("month 00") << withCheck("11010519490031002") << "not a real date";
    QTest::newRow("day 00") << withCheck("11010519491200002") << "not a real date";
    QTest::newRow("30 February") << withCheck("11010519490230002") << "not a real date";
    QTest::newRow("29 February 1900") << withCheck("11010519000229002") << "not a real date";
    QTest::newRow("31 April") << withCheck("11010519900431002") << "not a real date";
    QTest::newRow("year 1700") << withCheck("11010517000101002") << "not a real date";
    QTest::newRow("future birth") << withCheck("11010520991231002") << "future";
    QTest::newRow("tomorrow") << withCheck("11010520261124002") << "future";
    QTest::newRow("wrong check digit") << "110105194912310021"
                                       << "check character";
    QTest::newRow("wrong check X") << "44052418800101001X"
                                   << "check character";
    QTest::newRow("swapped digits") << "11010519491213002X"
                                    << "check character";
}

void TestIdNumber::invalid()
{
    QFETCH(QString, number);
    QFETCH(QString, reasonContains);
    auto info = IdNumber::parse(number, QDate(2026, 11, 23));
    QVERIFY2(!info.ok(), qPrintable(number));
    QVERIFY2(info.error().message.contains(reasonContains), qPrintable(info.error().message));
    QCOMPARE(info.error().field, QStringLiteral("id_number"));
}

void TestIdNumber::futureBirthDateIsRelativeToToday()
{
    const QString born = withCheck(QStringLiteral("11010520261123002"));
    QVERIFY(IdNumber::parse(born, QDate(2026, 11, 23)).ok());
    QVERIFY(!IdNumber::parse(born, QDate(2026, 11, 22)).ok());
}

void TestIdNumber::everyWrongCheckCharacterIsCaught()
{
    const QString first17 = QStringLiteral("44052418800101001");
    const QString valid = QStringLiteral("0123456789X");
    int accepted = 0;
    for (QChar c : valid) {
        if (IdNumber::parse(first17 + c, QDate(2026, 11, 23)).ok())
            ++accepted;
    }
    QCOMPARE(accepted, 1);
}

void TestIdNumber::masks()
{
    QCOMPARE(IdNumber::mask(QStringLiteral("150781197001010017")), QStringLiteral("150781********0017"));
    QCOMPARE(IdNumber::mask(QString()), QString());
}

void TestIdNumber::damagedByExcel()
{
    // How the readers hand over an 18-digit number Excel kept: 15 significant digits.
    QVERIFY(IdNumber::damagedByExcel(QStringLiteral("440524188001010000")).contains(QStringLiteral("000")));
    QVERIFY(!IdNumber::damagedByExcel(QStringLiteral("1.10105194912310E+17")).isEmpty());
    QVERIFY(!IdNumber::damagedByExcel(QStringLiteral("1.10105E17")).isEmpty());
    // Good numbers, and numbers wrong in other ways, are not called damaged.
    QVERIFY(IdNumber::damagedByExcel(QStringLiteral("11010519491231002X")).isEmpty());
    QVERIFY(IdNumber::damagedByExcel(QStringLiteral("440524188001010014")).isEmpty());
    QVERIFY(IdNumber::damagedByExcel(QStringLiteral("110105194912310021")).isEmpty()); // a wrong check digit
    QVERIFY(IdNumber::damagedByExcel(QStringLiteral("12345")).isEmpty());
    QVERIFY(IdNumber::damagedByExcel(QString()).isEmpty());
}

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
