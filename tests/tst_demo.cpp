#include "demo/demogenerator.h"
#include "register/idnumber.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace linli;

class TestDemo final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    static QByteArray fingerprint(const QString &path);
    static DemoOptions options(quint64 seed)
    {
        DemoOptions o;
        o.households = 400;
        o.seed = seed;
        o.today = QDate(2026, 11, 23);
        return o;
    }

private slots:
    void initTestCase();
    void sameSeedSameRegister();
    void otherSeedOtherRegister();
    void idNumbersAgreeWithThePerson();
    void householdsHoldTogether();
    void aboutAThirdRented();
    void issuesLiveThroughTheWorkflow();
    void auditChainIsIntact();
    void severalYearsOfIssues();
    void refusesExistingFileAndBadPreset();
    void cancelLeavesNothing();
};

QByteArray TestDemo::fingerprint(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::MustExist);
    if (!db)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table : {"community", "grid", "compound", "building", "household", "resident", "resident_tag",
                              "care_tag", "audit_log", "search_gram", "search_owner"}) {
        QSqlQuery q(db.value()->connection());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3").arg(QString::fromLatin1(table)));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '\x1f');
        }
    }
    return hash.result().toHex();
}

void TestDemo::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("a.linli"));
    auto summary = DemoGenerator::generate(m_path, options(11));
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
    QCOMPARE(summary->households, 400);
    QVERIFY(summary->residents > 800);
}

void TestDemo::sameSeedSameRegister()
{
    const QString again = m_dir.filePath(QStringLiteral("b.linli"));
    QVERIFY(DemoGenerator::generate(again, options(11)).ok());
    const QByteArray a = fingerprint(m_path);
    QVERIFY(!a.isEmpty());
    QCOMPARE(fingerprint(again), a);
}

void TestDemo::otherSeedOtherRegister()
{
    const QString other = m_dir.filePath(QStringLiteral("c.linli"));
    QVERIFY(DemoGenerator::generate(other, options(12)).ok());
    QVERIFY(fingerprint(other) != fingerprint(m_path));
}

void TestDemo::idNumbersAgreeWithThePerson()
{
    auto db = Database::open(m_path, Database::OpenMode::MustExist).value();
    auto q = runQuery(*db,
                      QStringLiteral("SELECT id_number, birth_date, sex, residence_type FROM resident "
                                     "WHERE id_number IS NOT NULL"));
    int checked = 0, local = 0, floatingElsewhere = 0, floating = 0;
    while (q.value().next()) {
        auto info = IdNumber::parse(q.value().value(0).toString(), QDate(2026, 11, 23));
        QVERIFY2(info.ok(), qPrintable(q.value().value(0).toString()));
        QCOMPARE(info->birthDate.toString(Qt::ISODate), q.value().value(1).toString());
        QCOMPARE(info->sex, q.value().value(2).toString());
        const bool isLocal = info->number.startsWith(QLatin1String("1501"));
        local += isLocal;
        if (q.value().value(3).toString() == QLatin1String("floating")) {
            ++floating;
            floatingElsewhere += !isLocal;
        }
        ++checked;
    }
    QVERIFY(checked > 700);
    QVERIFY(local > checked / 2); // most are registered here
    QCOMPARE(floatingElsewhere, floating); // floating residents come from elsewhere
    QCOMPARE(queryValue(*db,
                        QStringLiteral("SELECT count(*) - count(DISTINCT id_number) FROM resident "
                                       "WHERE id_number IS NOT NULL"))
                 .value()
                 .toInt(),
             0);
}

void TestDemo::householdsHoldTogether()
{
    auto db = Database::open(m_path, Database::OpenMode::MustExist).value();
    // Every lived-in household has exactly one active head; vacant ones have nobody.
    QCOMPARE(queryValue(*db,
                        QStringLiteral("SELECT count(*) FROM household h WHERE housing_use <> 'vacant' AND "
                                       "(SELECT count(*) FROM resident r WHERE r.household_id = h.id AND "
                                       "r.relation = 'head' AND r.status = 'active') <> 1"))
                 .value()
                 .toInt(),
             0);
    QCOMPARE(queryValue(*db,
                        QStringLiteral("SELECT count(*) FROM resident r JOIN household h ON h.id = r.household_id "
                                       "WHERE h.housing_use = 'vacant'"))
                 .value()
                 .toInt(),
             0);
    // Children are younger than the head who is their parent, by at least 18 years.
    QCOMPARE(queryValue(*db,
                        QStringLiteral("SELECT count(*) FROM resident c JOIN resident h ON h.household_id = "
                                       "c.household_id AND h.relation = 'head' WHERE c.relation IN ('son', "
                                       "'daughter') AND date(h.birth_date, '+18 years') > c.birth_date"))
                 .value()
                 .toInt(),
             0);
    // Heads are adults; 高龄 only for those 80 and over.
    QCOMPARE(queryValue(*db,
                        QStringLiteral("SELECT count(*) FROM resident WHERE relation = 'head' AND "
                                       "birth_date > '2008-11-23'"))
                 .value()
                 .toInt(),
             0);
    QCOMPARE(queryValue(*db,
                        QStringLiteral("SELECT count(*) FROM resident_tag t JOIN care_tag c ON c.id = "
                                       "t.care_tag_id JOIN resident r ON r.id = t.resident_id WHERE c.name = "
                                       "'高龄' AND r.birth_date > '1946-11-23'"))
                 .value()
                 .toInt(),
             0);
    // ... and it starts on the 80th birthday.
    QCOMPARE(queryValue(*db,
                        QStringLiteral("SELECT count(*) FROM resident_tag t JOIN care_tag c ON c.id = "
                                       "t.care_tag_id JOIN resident r ON r.id = t.resident_id WHERE c.name = "
                                       "'高龄' AND t.start_date <> date(r.birth_date, '+80 years')"))
                 .value()
                 .toInt(),
             0);
}

void TestDemo::aboutAThirdRented()
{
    auto db = Database::open(m_path, Database::OpenMode::MustExist).value();
    const double rented
        = queryValue(*db, QStringLiteral("SELECT avg(housing_use = 'rented') FROM household")).value().toDouble();
    QVERIFY2(rented > 0.2 && rented < 0.45, qPrintable(QString::number(rented)));
}

void TestDemo::issuesLiveThroughTheWorkflow()
{
    auto db = Database::open(m_path, Database::OpenMode::MustExist).value();
    auto count = [&](const char *sql) { return queryValue(*db, QString::fromUtf8(sql)).value().toInt(); };
    // 500 a year for 3,000 households: 67 for 400.
    QCOMPARE(count("SELECT count(*) FROM issue"), 67);
    QCOMPARE(
        count("SELECT count(*) FROM issue WHERE registered_date > '2026-11-23' OR registered_date <= '2025-11-23'"), 0);
    // Every issue's row agrees with the last event of its history.
    QCOMPARE(count("SELECT count(*) FROM issue i WHERE i.status <> (SELECT e.to_status FROM issue_event e WHERE "
                   "e.issue_id = i.id ORDER BY e.id DESC LIMIT 1)"),
             0);
    QCOMPARE(count("SELECT count(*) FROM issue_event WHERE event_date > '2026-11-23'"), 0);
    // Most are closed, and most of the resolved ones were resolved within their deadline.
    QVERIFY(count("SELECT count(*) FROM issue WHERE status = 'closed'") > 67 / 2);
    QVERIFY(count("SELECT count(*) FROM issue WHERE resolved_date <= deadline")
            > 2 * count("SELECT count(*) FROM issue WHERE resolved_date > deadline"));
    QVERIFY(count("SELECT count(*) FROM issue WHERE return_count > 0") > 0);
    QCOMPARE(count("SELECT count(*) FROM issue WHERE return_count <> (SELECT count(*) FROM issue_event e WHERE "
                   "e.issue_id = issue.id AND e.kind = 'return')"),
             0);
}

void TestDemo::auditChainIsIntact()
{
    auto db = Database::open(m_path, Database::OpenMode::MustExist).value();
    auto v = AuditLog::verify(*db);
    QVERIFY(v.ok());
    QCOMPARE(v->firstBadId, 0);
    QVERIFY(v->rows > 1000);
}

void TestDemo::severalYearsOfIssues()
{
    DemoOptions three = options(11);
    three.years = 3;
    const QString path = m_dir.filePath(QStringLiteral("three.linli"));
    auto summary = DemoGenerator::generate(path, three);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
    QCOMPARE(summary->issues, 3 * 67);
    auto db = Database::open(path, Database::OpenMode::MustExist).value();
    auto count = [&](const char *sql) { return queryValue(*db, QString::fromUtf8(sql)).value().toInt(); };
    // Spread over three years, numbered per year.
    QCOMPARE(count("SELECT count(*) FROM issue WHERE registered_date <= '2023-11-23'"), 0);
    QVERIFY(count("SELECT count(*) FROM issue WHERE registered_date < '2024-11-23'") > 30);
    QVERIFY(count("SELECT count(*) FROM issue WHERE number LIKE '2024-%'") > 30);
    QCOMPARE(count("SELECT count(*) FROM issue WHERE substr(number, 1, 4) <> substr(registered_date, 1, 4)"), 0);
    // Old issues have long been closed.
    QCOMPARE(count("SELECT count(*) FROM issue WHERE registered_date < '2025-06-01' AND status NOT IN ('closed', "
                   "'rejected', 'followed_up', 'resolved')"),
             0);

    DemoOptions tooMany = options(11);
    tooMany.years = 6;
    auto refused = DemoGenerator::generate(m_dir.filePath(QStringLiteral("six.linli")), tooMany);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("years"));
}

void TestDemo::refusesExistingFileAndBadPreset()
{
    const QByteArray before = fingerprint(m_path);
    auto again = DemoGenerator::generate(m_path, options(99));
    QVERIFY(!again.ok());
    QCOMPARE(fingerprint(m_path), before);
    DemoOptions bad = options(1);
    bad.preset = QStringLiteral("village");
    QVERIFY(!DemoGenerator::generate(m_dir.filePath(QStringLiteral("v.linli")), bad).ok());
}

void TestDemo::cancelLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.linli"));
    int calls = 0;
    auto result = DemoGenerator::generate(path, options(5), [&](int done, int) {
        ++calls;
        return done < 150;
    });
    QVERIFY(!result.ok());
    QVERIFY(calls > 0);
    const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")});
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
