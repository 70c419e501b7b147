// ChangeFeed: a write on another connection to the same register is heard within two seconds
// (on PostgreSQL by LISTEN/NOTIFY with the tables changed, on SQLite by data_version); the
// connection's own writes are not; a rolled-back write announces nothing.
#include "testregister.h"

#include "register/householdrepository.h"
#include "storage/changefeed.h"

#include <QSignalSpy>
#include <QTest>

using namespace linli;
using linli::test::TestRegister;

class TestChangeFeed final : public QObject
{
    Q_OBJECT

private slots:
    void anotherConnectionsWriteIsHeard();
};

void TestChangeFeed::anotherConnectionsWriteIsHeard()
{
    TestRegister reg;
    QVERIFY(reg.open());
    ChangeFeed feed(reg.db, 100);
    QVERIFY(feed.isListening());
    QSignalSpy heard(&feed, &ChangeFeed::changed);

    // Its own connection's write: not reported.
    LINLI_VERIFY_OK(reg.addHousehold(QStringLiteral("1"), QStringLiteral("101")));
    QTest::qWait(400);
    QCOMPARE(heard.size(), 0);

    // Another workstation's: reported within two seconds, on a server with the table.
    auto other = Database::open(reg.path(), Database::OpenMode::MustExist);
    LINLI_VERIFY_OK(other);
    other.value()->setActor(reg.actor);
    LINLI_VERIFY_OK(HouseholdRepository(*other.value())
                        .create(reg.household(QStringLiteral("1"), QStringLiteral("102")), reg.actor));
    QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, 2000);
    if (!reg.db->isSQLite())
        QVERIFY2(heard.at(0).at(0).toStringList().contains(QStringLiteral("household")),
                 qPrintable(heard.at(0).at(0).toStringList().join(QLatin1Char(','))));

    // A write that is rolled back changes nothing and, on a server, announces nothing.
    {
        Transaction tx(*other.value());
        LINLI_VERIFY_OK(tx.status());
        LINLI_VERIFY_OK(HouseholdRepository(*other.value())
                            .create(reg.household(QStringLiteral("1"), QStringLiteral("103")), reg.actor));
    }
    QTest::qWait(500);
    QCOMPARE(heard.size(), 1);
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
