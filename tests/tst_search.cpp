#include "testregister.h"

#include "register/householdrepository.h"
#include "register/residentrepository.h"
#include "register/searchindex.h"
#include "storage/database.h"
#include "storage/sql.h"

using namespace linli;
using linli::test::TestRegister;

class TestSearch final : public QObject
{
    Q_OBJECT

    TestRegister m_reg;
    qint64 m_wang = 0, m_li = 0, m_zhang = 0, m_h1 = 0, m_h2 = 0;

    // The whole index as text, in key order.
    QStringList indexRows()
    {
        QStringList rows;
        for (const char *sql : {"SELECT gram, household_id, resident_id FROM search_gram ORDER BY 1, 2, 3",
                                "SELECT resident_id, household_id, indexed_text FROM search_owner ORDER BY 1, 2"}) {
            auto q = runQuery(*m_reg.db, QString::fromLatin1(sql));
            if (!q)
                return {q.error().message};
            while (q.value().next())
                rows << QStringLiteral("%1 %2 %3")
                            .arg(q.value().value(0).toString(), q.value().value(1).toString(),
                                 q.value().value(2).toString());
        }
        return rows;
    }

    int gramCount(qint64 householdId, qint64 residentId)
    {
        return queryValue(
                   *m_reg.db,
                   QStringLiteral("SELECT count(*) FROM search_gram WHERE household_id = :h AND resident_id = :r"),
                   {{QStringLiteral("h"), householdId}, {QStringLiteral("r"), residentId}})
            .value()
            .toInt();
    }

    QList<qint64> residents(const QString &text)
    {
        QList<qint64> ids;
        auto hits = SearchIndex::find(*m_reg.db, text, 100);
        if (!hits)
            return {-1};
        for (const auto &h : hits.value())
            ids << h.residentId;
        return ids;
    }

private slots:
    void initTestCase();
    void twoChineseCharactersFindAGivenName();
    void findsByIdNumberFragments();
    void findsByPhoneFragments();
    void findsByAddressAndBuilding();
    void gramsAcrossFieldsDoNotMatch();
    void oneCharacterFindsNothing();
    void followsEdits();
    void movingLeavesNothingBehind();
    void keptUpIndexEqualsRebuilt();
    void foldsWidthAndCase();
};

void TestSearch::initTestCase()
{
    QVERIFY(m_reg.open());
    m_h1 = m_reg.addHousehold(QStringLiteral("1"), QStringLiteral("101"))->meta.id;
    m_h2 = m_reg.addHousehold(QStringLiteral("2"), QStringLiteral("1102"))->meta.id;
    m_wang = m_reg
                 .addResident(m_h1, QStringLiteral("王秀英"), QStringLiteral("11010519491231002X"),
                              QStringLiteral("head"), QStringLiteral("13912345678"))
                 ->meta.id;
    m_li = m_reg
               .addResident(m_h1, QStringLiteral("李建国"), QStringLiteral("440524188001010014"),
                            QStringLiteral("spouse"), QStringLiteral("13800001111"))
               ->meta.id;
    m_zhang = m_reg
                  .addResident(m_h2, QStringLiteral("张秀兰"), QString(), QStringLiteral("head"),
                               QStringLiteral("15055556666"))
                  ->meta.id;
}

void TestSearch::twoChineseCharactersFindAGivenName()
{
    QCOMPARE(residents(QStringLiteral("秀英")), QList<qint64>{m_wang});
    QCOMPARE(residents(QStringLiteral("建国")), QList<qint64>{m_li});
    QCOMPARE(residents(QStringLiteral("王秀英")), QList<qint64>{m_wang});
    QCOMPARE(residents(QStringLiteral("秀")), QList<qint64>{}); // below the minimum length
    QCOMPARE(residents(QStringLiteral("英兰")), QList<qint64>{});
}

void TestSearch::findsByIdNumberFragments()
{
    QCOMPARE(residents(QStringLiteral("1949")), QList<qint64>{m_wang});
    QCOMPARE(residents(QStringLiteral("002x")), QList<qint64>{m_wang});
    QCOMPARE(residents(QStringLiteral("440524188001010014")), QList<qint64>{m_li});
}

void TestSearch::findsByPhoneFragments()
{
    QCOMPARE(residents(QStringLiteral("5678")), QList<qint64>{m_wang});
    QCOMPARE(residents(QStringLiteral("5555")), QList<qint64>{m_zhang});
    QCOMPARE(residents(QStringLiteral("139 1234")), QList<qint64>{m_wang});
}

void TestSearch::findsByAddressAndBuilding()
{
    auto households = SearchIndex::findHouseholds(*m_reg.db, QStringLiteral("1102"), 10);
    QCOMPARE(households.value(), QList<qint64>{m_h2});
    households = SearchIndex::findHouseholds(*m_reg.db, QStringLiteral("3号楼"), 10);
    QCOMPARE(households.value(), (QList<qint64>{m_h1, m_h2}));
    households = SearchIndex::findHouseholds(*m_reg.db, QStringLiteral("2单元"), 10);
    QCOMPARE(households.value(), QList<qint64>{m_h2});
    // An address hit is the household itself (resident 0).
    auto hits = SearchIndex::find(*m_reg.db, QStringLiteral("幸福里"), 10).value();
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).residentId, 0);
}

void TestSearch::gramsAcrossFieldsDoNotMatch()
{
    // "1391949": 139 is in Wang's phone and 1949 in her ID, but no field holds the whole text.
    QCOMPARE(residents(QStringLiteral("1391949")), QList<qint64>{});
}

void TestSearch::oneCharacterFindsNothing()
{
    QCOMPARE(residents(QStringLiteral("王")), QList<qint64>{});
    QCOMPARE(residents(QStringLiteral("  ")), QList<qint64>{});
}

void TestSearch::followsEdits()
{
    ResidentRepository repo(*m_reg.db);
    Resident r = repo.get(m_zhang).value();
    r.name = QStringLiteral("张桂芳");
    QVERIFY(repo.update(r, m_reg.actor).ok());
    QCOMPARE(residents(QStringLiteral("秀兰")), QList<qint64>{});
    QCOMPARE(residents(QStringLiteral("桂芳")), QList<qint64>{m_zhang});
    // The old name's grams are gone: what is left is exactly the new name's and the phone's.
    const int expected = int(SearchIndex::grams(SearchIndex::fold(r.name), true)
                                 .unite(SearchIndex::grams(QStringLiteral("15055556666"), false))
                                 .size());
    QCOMPARE(gramCount(m_h2, m_zhang), expected);
}

void TestSearch::movingLeavesNothingBehind()
{
    ResidentRepository repo(*m_reg.db);
    Resident r = repo.get(m_li).value();
    r.householdId = m_h2;
    r.relation = QStringLiteral("other");
    QVERIFY(repo.update(r, m_reg.actor).ok());
    QCOMPARE(gramCount(m_h1, m_li), 0);
    QVERIFY(gramCount(m_h2, m_li) > 0);
    auto hits = SearchIndex::find(*m_reg.db, QStringLiteral("建国"), 10);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->constFirst().householdId, m_h2);
}

void TestSearch::keptUpIndexEqualsRebuilt()
{
    // After the edits above, the index kept up write by write is the one built from scratch.
    const QStringList kept = indexRows();
    QVERIFY(kept.size() > 50);
    QVERIFY(SearchIndex::rebuild(*m_reg.db).ok());
    QCOMPARE(indexRows(), kept);
    {
        // And so is one written by a deferred index in one pass.
        Transaction tx(*m_reg.db);
        SearchIndex::Deferred deferred(*m_reg.db);
        HouseholdRepository households(*m_reg.db);
        QVERIFY(households.update(households.get(m_h1).value(), m_reg.actor).ok());
        ResidentRepository residents(*m_reg.db);
        Resident r = residents.get(m_wang).value();
        r.phone = QStringLiteral("13700001234");
        QVERIFY(residents.update(r, m_reg.actor).ok());
        r = residents.get(m_wang).value();
        r.phone = QStringLiteral("13912345678"); // back again before the flush
        QVERIFY(residents.update(r, m_reg.actor).ok());
        QVERIFY(deferred.flush().ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(indexRows(), kept);
}

void TestSearch::foldsWidthAndCase()
{
    QCOMPARE(residents(QString::fromUtf8("５６７８")), QList<qint64>{m_wang});
    QCOMPARE(residents(QStringLiteral("002X")), QList<qint64>{m_wang});
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
