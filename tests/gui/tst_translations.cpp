#include "common/language.h"
#include "register/idnumber.h"

#include <QApplication>
#include <QFile>
#include <QTest>

using namespace linli;

class TestTranslations final : public QObject
{
    Q_OBJECT
private slots:
    void chineseIsTheDefault();
    void chineseCatalogueIsComplete();
};

void TestTranslations::chineseIsTheDefault()
{
    qunsetenv("LINLI_LANG");
    QCOMPARE(defaultLanguage(), QStringLiteral("zh_CN"));
    installLanguage(*QCoreApplication::instance(), defaultLanguage());
    QCOMPARE(QCoreApplication::translate("linli::MainWindow", "Households"), QStringLiteral("住户"));
    QCOMPARE(QCoreApplication::translate("RegisterPage", "&New household"), QStringLiteral("新增住户(&N)"));
    auto info = IdNumber::parse(QStringLiteral("110105194912310021"));
    QVERIFY(info.error().message.contains(QStringLiteral("校验码")));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
}

void TestTranslations::chineseCatalogueIsComplete()
{
    QFile ts(QStringLiteral(LINLI_SOURCE_DIR "/translations/linli_zh_CN.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QByteArray text = ts.readAll();
    QVERIFY(text.count("<message") > 100);
    QCOMPARE(text.count("type=\"unfinished\""), 0);
    QCOMPARE(text.count("<translation></translation>"), 0);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
