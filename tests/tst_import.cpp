#include "testregister.h"

#include "householdimport.h"
#include "registerexport.h"
#include "storage/sql.h"
#include "tablewriter.h"

#include <QFile>

using namespace linli;
using linli::test::TestRegister;

// Importing households: everything checked before anything is written, then all or nothing.
class TestImport final : public QObject
{
    Q_OBJECT

    static QString data(const char *name) { return QStringLiteral(LINLI_TEST_DATA "/") + QString::fromLatin1(name); }
    static Result<HeaderMatch> read(const QString &path)
    {
        return HouseholdImport::readFile(
            path, HouseholdImport::columns(),
            {QStringLiteral("社区"), QStringLiteral("网格"), QStringLiteral("小区"), QStringLiteral("房号")});
    }
    static int households(TestRegister &reg)
    {
        return queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM household")).value().toInt();
    }

private slots:
    void gbkCsvIntoAnEmptyRegister();
    void problemsNamedAndNothingWritten();
    void roundTripThroughXlsx();
};

void TestImport::gbkCsvIntoAnEmptyRegister()
{
    TestRegister reg;
    QVERIFY(reg.open(false));
    auto file = read(data("households-gbk.csv"));
    LINLI_VERIFY_OK(file);
    auto report = HouseholdImport::run(*reg.db, file.value(), false, false, reg.actor);
    LINLI_VERIFY_OK(report);
    QCOMPARE(report->rows, 3);
    QCOMPARE(report->written, 3);
    QVERIFY(report->problems.isEmpty());
    QCOMPARE(report->newPlaces.size(), 7); // 1 community, 2 grids, 2 compounds, 2 buildings
    QCOMPARE(households(reg), 3);
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM resident WHERE relation = 'head'"))->toInt(), 3);
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT housing_use FROM household WHERE room = '1102'"))->toString(),
             QStringLiteral("rented"));
    // Again: every row is already registered; nothing is written.
    auto again = HouseholdImport::run(*reg.db, file.value(), false, false, reg.actor);
    LINLI_VERIFY_OK(again);
    QCOMPARE(again->problems.size(), 3);
    QCOMPARE(again->problems.constFirst().row, 2);
    QCOMPARE(again->problems.constFirst().column, QStringLiteral("房号"));
    QCOMPARE(again->written, 0);
    QCOMPARE(households(reg), 3);
}

void TestImport::problemsNamedAndNothingWritten()
{
    TestRegister reg;
    QVERIFY(reg.open());
    const QString path = reg.dir.filePath(QStringLiteral("problems.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("幸福社区住户登记表\n"
                           "社区,网格,小区,楼栋,单元,房号,住房用途,户主姓名,联系电话,备注,填表人\n"
                           "幸福社区,第一网格,幸福里小区,3号楼,1,101,自住,王秀英,13912345678,,李\n"
                           "幸福社区,第一网格,幸福里小区,3号楼,1,102,租住,张三,,,李\n"
                           "幸福社区,第一网格,幸福里小区,3号楼,1,103,,李四,12345,,李\n"
                           "幸福社区,第一网格,幸福里小区,3号楼,1,,自住,赵五,,,李\n"
                           "幸福社区,第一网格,幸福里小区,3号楼,1,101,出租,钱六,,,李\n")
                .toUtf8());
    f.close();
    auto file = read(path);
    LINLI_VERIFY_OK(file);
    QCOMPARE(file->ignored, QStringList{QStringLiteral("填表人")});
    auto report = HouseholdImport::run(*reg.db, file.value(), false, false, reg.actor);
    LINLI_VERIFY_OK(report);
    QCOMPARE(report->rows, 5);
    QCOMPARE(report->valid, 1);
    QCOMPARE(report->written, 0); // not all valid: nothing written
    QCOMPARE(households(reg), 0);
    QList<std::pair<int, QString>> where;
    for (const ImportProblem &p : report->problems)
        where.append({p.row, p.column});
    QCOMPARE(where,
             (QList<std::pair<int, QString>>{{4, QStringLiteral("住房用途")},
                                             {5, QStringLiteral("联系电话")},
                                             {6, QStringLiteral("房号")},
                                             {7, QStringLiteral("房号")}}));
    // A dry run writes nothing either; skipping the invalid rows writes the valid one.
    QCOMPARE(HouseholdImport::run(*reg.db, file.value(), true, true, reg.actor)->written, 0);
    QCOMPARE(households(reg), 0);
    auto skipped = HouseholdImport::run(*reg.db, file.value(), false, true, reg.actor);
    LINLI_VERIFY_OK(skipped);
    QCOMPARE(skipped->written, 1);
    QCOMPARE(households(reg), 1);
}

void TestImport::roundTripThroughXlsx()
{
    TestRegister source;
    QVERIFY(source.open(false));
    auto file = read(data("households-gbk.csv"));
    QVERIFY(HouseholdImport::run(*source.db, file.value(), false, false, source.actor).ok());
    auto first = RegisterExport::households(*source.db);
    QVERIFY(first.ok());
    const QString xlsx = source.dir.filePath(QStringLiteral("住户.xlsx"));
    QVERIFY(TableWriter::write(xlsx, first.value()).ok());

    TestRegister target;
    QVERIFY(target.open(false));
    auto exported = read(xlsx);
    LINLI_VERIFY_OK(exported);
    auto report = HouseholdImport::run(*target.db, exported.value(), false, false, target.actor);
    LINLI_VERIFY_OK(report);
    QCOMPARE(report->written, 3);
    auto second = RegisterExport::households(*target.db);
    QVERIFY(second.ok());
    QCOMPARE(second->rows, first->rows);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
