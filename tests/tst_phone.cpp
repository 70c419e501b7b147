#include "register/phone.h"

#include <QTest>

using namespace linli;

class TestPhone final : public QObject
{
    Q_OBJECT
private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void masks();
};

void TestPhone::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mobile") << "13912345678"
                            << "13912345678";
    QTest::newRow("mobile with spaces") << "139 1234 5678"
                                        << "13912345678";
    QTest::newRow("mobile with dashes") << "139-1234-5678"
                                        << "13912345678";
    QTest::newRow("mobile +86") << "+86 139 1234 5678"
                                << "13912345678";
    QTest::newRow("full-width mobile") << QString::fromUtf8("１３９１２３４５６７８") << "13912345678";
    QTest::newRow("Beijing landline") << "010-12345678"
                                      << "010-12345678";
    QTest::newRow("Guangzhou landline no dash") << "02087654321"
                                                << "020-87654321";
    QTest::newRow("Hohhot 7 digits") << "0471-1234567"
                                     << "0471-1234567";
    QTest::newRow("4-digit area, 8 digits") << "(0755) 12345678"
                                            << "0755-12345678";
    QTest::newRow("empty is allowed") << ""
                                      << "";
}

void TestPhone::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    auto p = Phone::parse(input);
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
    QCOMPARE(p.value(), expected);
}

void TestPhone::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("10-digit mobile") << "1391234567";
    QTest::newRow("12-digit mobile") << "139123456789";
    QTest::newRow("starts 12") << "12912345678";
    QTest::newRow("letters") << "1391234567a";
    QTest::newRow("no area code") << "87654321";
    QTest::newRow("landline too short") << "010-123456";
    QTest::newRow("landline too long") << "0471-123456789";
    QTest::newRow("Chinese") << QString::fromUtf8("一三九");
}

void TestPhone::invalid()
{
    QFETCH(QString, input);
    auto p = Phone::parse(input, QStringLiteral("reporter_phone"));
    QVERIFY2(!p.ok(), qPrintable(input));
    QCOMPARE(p.error().field, QStringLiteral("reporter_phone"));
    QVERIFY(!p.error().message.isEmpty());
}

void TestPhone::masks()
{
    QCOMPARE(Phone::mask(QStringLiteral("13912345678")), QStringLiteral("139****5678"));
    QCOMPARE(Phone::mask(QStringLiteral("0471-1234567")), QStringLiteral("0471-***4567"));
}

QTEST_GUILESS_MAIN(TestPhone)
#include "tst_phone.moc"
