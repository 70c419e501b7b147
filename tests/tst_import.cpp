#include "testregister.h"

#include "interchange.h"
#include "registerexport.h"
#include "registerimport.h"
#include "storage/sql.h"
#include "tablewriter.h"
#include "xlsreader.h"

#include "demo/demogenerator.h"
#include "ledger/issuerepository.h"
#include "register/residentrepository.h"
#include "visits/visitrepository.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace linli;
using linli::test::TestRegister;

// Importing households: everything checked before anything is written, then all or nothing.
class TestImport final : public QObject
{
    Q_OBJECT

    static QString data(const char *name) { return QStringLiteral(LINLI_TEST_DATA "/") + QString::fromLatin1(name); }
    static Result<HeaderMatch> read(const QString &path, ImportKind kind = ImportKind::Households)
    {
        return RegisterImport::readFile(path, kind);
    }
    static Result<ImportReport> run(TestRegister &reg, const HeaderMatch &file, bool dryRun = false,
                                    bool skipInvalid = false, ImportKind kind = ImportKind::Households)
    {
        ImportOptions options;
        options.dryRun = dryRun;
        options.skipInvalid = skipInvalid;
        options.actor = reg.actor;
        options.today = QDate(2026, 11, 23);
        return RegisterImport::run(kind, *reg.db, file, options);
    }
    static void writeFile(const QString &path, const QString &text)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
    static int count(TestRegister &reg, const QString &sql) { return queryValue(*reg.db, sql).value().toInt(); }
    // Where the problems are, as (row, column).
    static QList<std::pair<int, QString>> where(const ImportReport &report)
    {
        QList<std::pair<int, QString>> list;
        for (const ImportProblem &p : report.problems)
            list.append({p.row, p.column});
        return list;
    }
    static int households(TestRegister &reg)
    {
        return queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM household")).value().toInt();
    }

private slots:
    void gbkCsvIntoAnEmptyRegister();
    void problemsNamedAndNothingWritten();
    void roundTripThroughXlsx();
    void residentsCompleteHeadsAndNameExcelDamage();
    void movingOutNeedsADate();
    void issueLedgerFromOpenpyxl();
    void issueRowsThatDisagreeWithTheirStatus();
    void visitsFoundByAddress();
    void roundTripOfEveryTable();
    void oldExcelWorkbooks();
    void formulaCellsRoundTripThroughCsv();
};

void TestImport::gbkCsvIntoAnEmptyRegister()
{
    TestRegister reg;
    QVERIFY(reg.open(false));
    auto file = read(data("households-gbk.csv"));
    LINLI_VERIFY_OK(file);
    auto report = run(reg, file.value());
    LINLI_VERIFY_OK(report);
    QCOMPARE(report->rows, 3);
    QCOMPARE(report->written, 3);
    QVERIFY(report->problems.isEmpty());
    QCOMPARE(report->created.size(), 7); // 1 community, 2 grids, 2 compounds, 2 buildings
    QCOMPARE(households(reg), 3);
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM resident WHERE relation = 'head'"))->toInt(), 3);
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT housing_use FROM household WHERE room = '1102'"))->toString(),
             QStringLiteral("rented"));
    // Again: every row is already registered; nothing is written.
    auto again = run(reg, file.value());
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
    auto report = run(reg, file.value());
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
    QCOMPARE(run(reg, file.value(), true, true)->written, 0);
    QCOMPARE(households(reg), 0);
    auto skipped = run(reg, file.value(), false, true);
    LINLI_VERIFY_OK(skipped);
    QCOMPARE(skipped->written, 1);
    QCOMPARE(households(reg), 1);
}

void TestImport::roundTripThroughXlsx()
{
    TestRegister source;
    QVERIFY(source.open(false));
    auto file = read(data("households-gbk.csv"));
    QVERIFY(run(source, file.value()).ok());
    auto first = RegisterExport::households(*source.db, RegisterExport::Numbers::Full);
    QVERIFY(first.ok());
    const QString xlsx = source.dir.filePath(QStringLiteral("住户.xlsx"));
    QVERIFY(TableWriter::write(xlsx, first.value()).ok());

    TestRegister target;
    QVERIFY(target.open(false));
    auto exported = read(xlsx);
    LINLI_VERIFY_OK(exported);
    auto report = run(target, exported.value());
    LINLI_VERIFY_OK(report);
    QCOMPARE(report->written, 3);
    auto second = RegisterExport::households(*target.db, RegisterExport::Numbers::Full);
    QVERIFY(second.ok());
    QCOMPARE(second->rows, first->rows);
}

void TestImport::residentsCompleteHeadsAndNameExcelDamage()
{
    TestRegister reg;
    QVERIFY(reg.open(false));
    QVERIFY(run(reg, read(data("households-gbk.csv")).value()).ok());
    QCOMPARE(count(reg, QStringLiteral("SELECT count(*) FROM resident")), 3); // the heads, by name only

    // Excel's UTF-8 CSV: the heads are completed, not registered twice.
    auto file = read(data("residents-utf8-bom.csv"), ImportKind::Residents);
    LINLI_VERIFY_OK(file);
    auto report = run(reg, file.value(), false, false, ImportKind::Residents);
    LINLI_VERIFY_OK(report);
    QVERIFY(report->problems.isEmpty());
    QCOMPARE(report->written, 3);
    QCOMPARE(report->completed, 2);
    QCOMPARE(count(reg, QStringLiteral("SELECT count(*) FROM resident")), 4);
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT id_number FROM resident WHERE name = '王秀英'"))->toString(),
             QStringLiteral("11010519491231002X"));
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT relation FROM resident WHERE name = '王秀英'"))->toString(),
             QStringLiteral("head"));
    QCOMPARE(count(reg,
                   QStringLiteral("SELECT count(*) FROM resident_tag rt JOIN resident r ON r.id = "
                                  "rt.resident_id WHERE r.name = '王秀英'")),
             2);
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT notes FROM resident WHERE name = '李建国'"))->toString(),
             QStringLiteral("第一行\n第二行"));

    // The openpyxl workbook: 王秀英 is registered now, Excel turned 王小明's ID number into
    // 4.41E+17, and 李建国's row names unit 2, where nobody lives. Nothing is written.
    auto openpyxl = read(data("residents-openpyxl.xlsx"), ImportKind::Residents);
    LINLI_VERIFY_OK(openpyxl);
    auto again = run(reg, openpyxl.value(), false, false, ImportKind::Residents);
    LINLI_VERIFY_OK(again);
    QCOMPARE(where(again.value()),
             (QList<std::pair<int, QString>>{{3, QStringLiteral("公民身份号码")},
                                             {4, QStringLiteral("公民身份号码")},
                                             {5, QStringLiteral("房号")}}));
    QVERIFY(again->problems.at(0).reason.contains(QStringLiteral("王秀英")));
    QVERIFY(again->problems.at(1).reason.contains(QStringLiteral("Excel")));
    QCOMPARE(again->written, 0);
    QCOMPARE(count(reg, QStringLiteral("SELECT count(*) FROM resident")), 4);
}

void TestImport::movingOutNeedsADate()
{
    TestRegister reg;
    QVERIFY(reg.open(false));
    QVERIFY(run(reg, read(data("households-gbk.csv")).value()).ok());
    const QString header = QStringLiteral("社区,网格,小区,楼栋,单元,房号,姓名,公民身份号码,与户主关系,状态");
    const QString row = QStringLiteral("幸福社区,第一网格,幸福里小区,3号楼,1,101,王大力,,子女,迁出");
    const QString path = reg.dir.filePath(QStringLiteral("moved.csv"));
    writeFile(path, header + QLatin1Char('\n') + row + QLatin1Char('\n'));
    auto report = run(reg, read(path, ImportKind::Residents).value(), false, false, ImportKind::Residents);
    LINLI_VERIFY_OK(report);
    QCOMPARE(where(report.value()), (QList<std::pair<int, QString>>{{2, QStringLiteral("状态")}}));
    QVERIFY(report->problems.constFirst().reason.contains(QStringLiteral("状态日期")));
    QCOMPARE(count(reg, QStringLiteral("SELECT count(*) FROM resident")), 3);

    writeFile(path, header + QStringLiteral(",状态日期\n") + row + QStringLiteral(",2026年3月5日\n"));
    report = run(reg, read(path, ImportKind::Residents).value(), false, false, ImportKind::Residents);
    LINLI_VERIFY_OK(report);
    QCOMPARE(report->written, 1);
    QCOMPARE(report->completed, 0);
    QCOMPARE(queryValue(*reg.db,
                        QStringLiteral("SELECT status || ' ' || status_date FROM resident WHERE name = "
                                       "'王大力'"))
                 ->toString(),
             QStringLiteral("moved_out 2026-03-05"));
}

void TestImport::issueLedgerFromOpenpyxl()
{
    TestRegister reg;
    QVERIFY(reg.open(false));
    auto file = read(data("issues-openpyxl.xlsx"), ImportKind::Issues);
    LINLI_VERIFY_OK(file);
    QCOMPARE(file->headerRow, 1); // under the title row
    auto report = run(reg, file.value(), false, false, ImportKind::Issues);
    LINLI_VERIFY_OK(report);
    for (const ImportProblem &p : report->problems)
        qWarning("row %d, %s: %s", p.row, qPrintable(p.column), qPrintable(p.reason));
    QVERIFY(report->problems.isEmpty());
    QCOMPARE(report->written, 5);
    QVERIFY(report->created.contains(QStringLiteral("community 幸福社区")));
    QVERIFY(report->created.contains(QStringLiteral("department 房管所")));

    IssueRepository issues(*reg.db);
    auto kinds = [&](const QString &number) {
        QStringList list;
        for (const IssueEvent &e : issues.events(issues.getByNumber(number)->meta.id).value())
            list << e.kind + QLatin1Char('@') + e.eventDate;
        return list.join(QLatin1Char(' '));
    };
    auto closed = issues.getByNumber(QStringLiteral("2026-000101"));
    LINLI_VERIFY_OK(closed);
    QCOMPARE(closed->status, QStringLiteral("closed"));
    QCOMPARE(closed->title, QStringLiteral("楼道灯不亮"));
    QCOMPARE(closed->description, QStringLiteral("三楼到五楼的楼道灯坏了一个月"));
    QCOMPARE(closed->reporterPhone, QStringLiteral("13912345678"));
    QCOMPARE(kinds(QStringLiteral("2026-000101")),
             QStringLiteral("register@2026-03-02 accept@2026-03-02 dispatch@2026-03-02 start@2026-03-02 "
                            "resolve@2026-03-04 follow-up@2026-03-06 close@2026-03-06"));
    // Reopened after a dissatisfied follow-up, with one return before.
    auto reopened = issues.getByNumber(QStringLiteral("2026-000102"));
    QCOMPARE(reopened->status, QStringLiteral("in_progress"));
    QCOMPARE(reopened->returnCount, 1);
    QCOMPARE(reopened->satisfaction, QStringLiteral("dissatisfied"));
    QCOMPARE(kinds(QStringLiteral("2026-000102")),
             QStringLiteral("register@2026-05-08 accept@2026-05-08 dispatch@2026-05-10 return@2026-05-10 "
                            "dispatch@2026-05-10 start@2026-05-10 resolve@2026-05-20 follow-up@2026-05-22"));
    QCOMPARE(kinds(QStringLiteral("2026-000103")), QStringLiteral("register@2026-06-01 reject@2026-06-01"));
    // Without a deadline, 限期办理 gives 15 days; a row without a number gets the next one.
    QCOMPARE(issues.getByNumber(QStringLiteral("2026-000104"))->deadline, QStringLiteral("2026-12-02"));
    QCOMPARE(issues.getByNumber(QStringLiteral("2026-000105"))->status, QStringLiteral("new"));

    // Exported again, the rows are those of the workbook (dates as dates, the phone as text).
    auto exported = RegisterExport::issues(*reg.db, RegisterExport::Numbers::Full);
    LINLI_VERIFY_OK(exported);
    QCOMPARE(exported->rows.size(), 5);
    const QStringList reopenedRow = exported->rows.at(1);
    QCOMPARE(reopenedRow.mid(14, 8),
             (QStringList{QStringLiteral("2026-05-10"), QStringLiteral("2026-05-25"), QStringLiteral("2026-05-20"),
                          QStringLiteral("已维修防水层"), QStringLiteral("2026-05-22"), QStringLiteral("不满意"),
                          QStringLiteral("1"), QStringLiteral("办理中")}));
    QCOMPARE(exported->rows.at(2).at(17), QStringLiteral("不属于社区职责，已告知业主委员会程序"));
    // Imported twice: every number is taken now.
    auto again = run(reg, file.value(), false, false, ImportKind::Issues);
    QCOMPARE(again->problems.size(), 4);
    QCOMPARE(again->written, 0);
}

void TestImport::issueRowsThatDisagreeWithTheirStatus()
{
    TestRegister reg;
    QVERIFY(reg.open(false));
    const QString path = reg.dir.filePath(QStringLiteral("ledger.csv"));
    writeFile(
        path,
        QStringLiteral("编号,登记日期,社区,地址,类别,问题描述,责任单位,交办日期,办结日期,办理结果,回访日期,回访结果,"
                       "退回次数,状态\n"
                       "2026-000001,2026-04-01,幸福社区,幸福里,环境卫生,垃圾,环卫所,2026-04-02,,,,,0,已办结\n"
                       "2026-000002,2026-04-01,幸福社区,幸福里,天气,下雨,,,,,,,,待受理\n"
                       "2026-000003,2026-04-01,幸福社区,幸福里,环境卫生,垃圾,环卫所,2026-04-02,2026-04-03,清运,"
                       "2026-04-05,不满意,0,已回访\n"
                       "2026-000001,2026-04-01,幸福社区,幸福里,环境卫生,垃圾,,,,,,,,待受理\n"
                       "2026-000005,2026-12-01,幸福社区,幸福里,环境卫生,垃圾,,,,,,,,待受理\n"
                       "2026-000006,2026-04-01,幸福社区,幸福里,环境卫生,垃圾,环卫所,2026-04-02,,,,,0,已受理\n"
                       "2026-000007,2026-04-03,幸福社区,幸福里,环境卫生,垃圾,环卫所,2026-04-02,,,,,,已交办\n"
                       "2025-000008,2026-04-01,幸福社区,幸福里,环境卫生,垃圾,,,,,,,,待受理\n"
                       "2026-000009,2026-04-01,幸福社区,幸福里,环境卫生,垃圾,环卫所,2026-04-02,2026-04-03,清运,,,0,"
                       "已办结\n"));
    auto report = run(reg, read(path, ImportKind::Issues).value(), false, false, ImportKind::Issues);
    LINLI_VERIFY_OK(report);
    QCOMPARE(where(report.value()),
             (QList<std::pair<int, QString>>{{2, QStringLiteral("办结日期")},
                                             {2, QStringLiteral("办理结果")},
                                             {3, QStringLiteral("类别")},
                                             {4, QStringLiteral("回访结果")},
                                             {5, QStringLiteral("编号")},
                                             {6, QStringLiteral("登记日期")},
                                             {7, QStringLiteral("交办日期")},
                                             {8, QStringLiteral("交办日期")},
                                             {9, QStringLiteral("编号")}}));
    QVERIFY(report->problems.at(0).reason.contains(QStringLiteral("已办结")));
    QCOMPARE(report->valid, 1);
    QCOMPARE(report->written, 0);
    QCOMPARE(count(reg, QStringLiteral("SELECT count(*) FROM issue")), 0);
    QCOMPARE(count(reg, QStringLiteral("SELECT count(*) FROM community")), 0);
    // Skipping the invalid rows writes the one valid row, with its history.
    auto skipped = run(reg, read(path, ImportKind::Issues).value(), false, true, ImportKind::Issues);
    QCOMPARE(skipped->written, 1);
    // 登记, 受理, 交办, 接收, 办结
    QCOMPARE(count(reg, QStringLiteral("SELECT count(*) FROM issue_event")), 5);
}

void TestImport::visitsFoundByAddress()
{
    TestRegister reg;
    QVERIFY(reg.open(false));
    QVERIFY(run(reg, read(data("households-gbk.csv")).value()).ok());
    const QString path = reg.dir.filePath(QStringLiteral("visits.csv"));
    writeFile(
        path,
        QStringLiteral("社区,网格,小区,楼栋,单元,房号,走访日期,走访人,走访类型,见面人员,情况记录\n"
                       "幸福社区,第一网格,幸福里小区,3号楼,1,101,2026/11/2,李丽,重点关怀,王秀英、王小明,身体还好\n"
                       "幸福社区,第二网格,金桥嘉园,10号楼,,2-301,2026-11-03,李丽,,,\n"
                       "幸福社区,第一网格,幸福里小区,3号楼,1,101,2026-11-02,李丽,,,\n"
                       "幸福社区,第一网格,幸福里小区,3号楼,1,909,2026-11-02,李丽,,,\n"
                       "幸福社区,第二网格,幸福里小区,3号楼,1,1102,2026-11-02,李丽,,,\n"
                       "幸福社区,第一网格,幸福里小区,3号楼,1,1102,2026-11-02,,串门,,\n"));
    auto report = run(reg, read(path, ImportKind::Visits).value(), false, false, ImportKind::Visits);
    LINLI_VERIFY_OK(report);
    QCOMPARE(where(report.value()),
             (QList<std::pair<int, QString>>{{4, QStringLiteral("走访日期")},
                                             {5, QStringLiteral("房号")},
                                             {6, QStringLiteral("网格")},
                                             {7, QStringLiteral("走访人")},
                                             {7, QStringLiteral("走访类型")}}));
    QCOMPARE(count(reg, QStringLiteral("SELECT count(*) FROM visit")), 0);
    auto skipped = run(reg, read(path, ImportKind::Visits).value(), false, true, ImportKind::Visits);
    QCOMPARE(skipped->written, 2);
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT persons_met FROM visit WHERE kind = 'care'"))->toString(),
             QStringLiteral("王秀英、王小明"));
    QCOMPARE(count(reg, QStringLiteral("SELECT count(*) FROM household WHERE last_visit IS NOT NULL")), 2);
}

// Export every table of a demo register, import them into an empty one, export again: the
// same rows.
void TestImport::roundTripOfEveryTable()
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.linli"));
    DemoOptions options;
    options.households = 120;
    options.today = QDate(2026, 11, 23);
    LINLI_VERIFY_OK(DemoGenerator::generate(demo, options));
    auto source = Database::open(demo, Database::OpenMode::MustExist);
    LINLI_VERIFY_OK(source);
    source.value()->setActor(Actor::system(QStringLiteral("tester")));
    // Two households with tags of their own, which the demo does not give.
    {
        auto tags = CareTagRepository(*source.value()).tags();
        LINLI_VERIFY_OK(tags);
        QVERIFY(tags->size() >= 2);
        for (qint64 id : {1, 2})
            LINLI_VERIFY_OK(CareTagRepository(*source.value())
                                .setHouseholdTags(id, {tags->at(0).name, tags->at(1).name}, QDate(2026, 1, 5),
                                                  Actor::system(QStringLiteral("tester"))));
        // And a visit that found a problem.
        Visit v;
        v.householdId = 3;
        v.visitDate = QStringLiteral("2026-11-20");
        v.visitor = QStringLiteral("李丽");
        v.notes = QStringLiteral("家中无人应门，电话联系。");
        v.findings = QStringLiteral("楼道堆放杂物");
        VisitRepository visits(*source.value());
        visits.setToday(options.today);
        LINLI_VERIFY_OK(visits.add(v, Actor::system(QStringLiteral("tester"))));
    }
    auto exportAll = [&](Database &db) {
        return QList<Result<ExportTable>>{RegisterExport::households(db, RegisterExport::Numbers::Full),
                                          RegisterExport::residents(db, RegisterExport::Numbers::Full, options.today),
                                          RegisterExport::visits(db),
                                          RegisterExport::issues(db, RegisterExport::Numbers::Full)};
    };
    const auto first = exportAll(*source.value());
    // Every field travels: sex and birth date of residents without an ID number, party
    // membership, household tags and the problems found on visits are in the export.
    auto column = [](ImportKind kind, const char *field) {
        const int i = Interchange::indexOf(kind, QLatin1String(field));
        Q_ASSERT(i >= 0);
        return i;
    };
    auto anyRow = [](const ExportTable &t, const std::function<bool(const QStringList &)> &test) {
        return std::any_of(t.rows.cbegin(), t.rows.cend(), test);
    };
    LINLI_VERIFY_OK(first.at(1));
    QVERIFY(anyRow(first.at(1).value(), [&](const QStringList &r) {
        return r.at(column(ImportKind::Residents, "resident.id_number")).isEmpty()
            && !r.at(column(ImportKind::Residents, "resident.sex")).isEmpty()
            && !r.at(column(ImportKind::Residents, "resident.birth_date")).isEmpty();
    }));
    QVERIFY(anyRow(first.at(1).value(), [&](const QStringList &r) {
        return r.at(column(ImportKind::Residents, "resident.party_member")) == QStringLiteral("是");
    }));
    LINLI_VERIFY_OK(first.at(0));
    QVERIFY(anyRow(first.at(0).value(), [&](const QStringList &r) {
        return !r.at(column(ImportKind::Households, "household.tags")).isEmpty();
    }));
    LINLI_VERIFY_OK(first.at(2));
    QVERIFY(anyRow(first.at(2).value(), [&](const QStringList &r) {
        return !r.at(column(ImportKind::Visits, "visit.findings")).isEmpty();
    }));
    const QList<ImportKind> kinds{ImportKind::Households, ImportKind::Residents, ImportKind::Visits,
                                  ImportKind::Issues};
    TestRegister target;
    QVERIFY(target.open(false));
    for (int t = 0; t < kinds.size(); ++t) {
        LINLI_VERIFY_OK(first.at(t));
        QVERIFY(first.at(t)->rows.size() > 10);
        const QString xlsx = dir.filePath(first.at(t)->sheetName + QStringLiteral(".xlsx"));
        LINLI_VERIFY_OK(TableWriter::write(xlsx, first.at(t).value()));
        auto file = read(xlsx, kinds.at(t));
        LINLI_VERIFY_OK(file);
        auto report = run(target, file.value(), false, false, kinds.at(t));
        LINLI_VERIFY_OK(report);
        for (const ImportProblem &p : report->problems)
            qWarning("%s row %d, %s: %s", qPrintable(first.at(t)->sheetName), p.row, qPrintable(p.column),
                     qPrintable(p.reason));
        QCOMPARE(report->written, int(first.at(t)->rows.size()));
    }
    const auto second = exportAll(*target.db);
    for (int t = 0; t < kinds.size(); ++t) {
        LINLI_VERIFY_OK(second.at(t));
        for (int r = 0; r < std::min(first.at(t)->rows.size(), second.at(t)->rows.size()); ++r)
            QCOMPARE(second.at(t)->rows.at(r), first.at(t)->rows.at(r));
        QCOMPARE(second.at(t)->rows.size(), first.at(t)->rows.size());
    }
}

void TestImport::oldExcelWorkbooks()
{
    // An Excel 97–2003 workbook written by another program (python3-xlwt): the same header
    // matching, checks and all-or-nothing write as an .xlsx.
    TestRegister reg;
    QVERIFY(reg.open(false));
    auto file = read(data("households-excel97.xls"));
    LINLI_VERIFY_OK(file);
    QCOMPARE(file->sheetName, QStringLiteral("住户台账"));
    QCOMPARE(file->sourceRow(file->headerRow), 2); // under the merged title row
    auto report = run(reg, file.value());
    LINLI_VERIFY_OK(report);
    QCOMPARE(report->written, 3);
    // A phone and a room typed as numbers come out as Excel shows them; a date cell is a date.
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT phone FROM household WHERE room = '101'"))->toString(),
             QStringLiteral("13912345678"));
    QCOMPARE(
        queryValue(*reg.db, QStringLiteral("SELECT status_date FROM household WHERE status = 'moved_out'"))->toString(),
        QStringLiteral("2019-05-03"));
    // Its head moved out with it.
    QCOMPARE(queryValue(*reg.db, QStringLiteral("SELECT count(*) FROM resident WHERE status = 'moved_out'"))->toInt(),
             1);

    // An ID number stored as a number is named as Excel's damage, at its row.
    auto damaged = read(data("residents-id-as-number.xls"), ImportKind::Residents);
    LINLI_VERIFY_OK(damaged);
    auto refused = run(reg, damaged.value(), true, false, ImportKind::Residents);
    LINLI_VERIFY_OK(refused);
    QCOMPARE(refused->problems.size(), 1);
    QCOMPARE(refused->problems.constFirst().row, 2);
    QCOMPARE(refused->problems.constFirst().column, QStringLiteral("公民身份号码"));

    // Files that only have a workbook's name are named as what they are.
    const QList<std::pair<const char *, QString>> impostors{
        {"html-saved-as.xls", QStringLiteral("HTML")},
        {"opendocument-saved-as.xls", QStringLiteral("OpenDocument")},
        {"broken-truncated.xls", QStringLiteral(".xls")},
    };
    for (const auto &[name, said] : impostors) {
        auto r = read(data(name));
        QVERIFY2(!r.ok(), name);
        QVERIFY2(r.error().message.contains(said) && r.error().message.contains(QLatin1String(name)),
                 qPrintable(r.error().message));
    }
    // A file crafted against FreeXL (found by fuzzing) is an error, not a crash.
    auto crafted = read(data("crafted-freexl-iconv.xls"));
    QVERIFY(!crafted.ok());
    QVERIFY(crafted.error().message.contains(QStringLiteral("crafted-freexl-iconv.xls")));
    // A reader process that crashes, or answers garbage, costs only that file an error.
    QTemporaryDir dir;
    const QString crashing = dir.filePath(QStringLiteral("crashing-reader"));
    const QString garbage = dir.filePath(QStringLiteral("garbage-reader"));
    for (const auto &[path, body] : {std::pair{crashing, QByteArray("#!/bin/sh\nkill -SEGV $$\n")},
                                     std::pair{garbage, QByteArray("#!/bin/sh\necho LXLS garbage\n")}}) {
        QFile script(path);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(body);
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("LINLI_XLS_READER", QFile::encodeName(path));
        auto r = XlsReader::readFile(data("households-excel97.xls"));
        QVERIFY2(!r.ok() && r.error().message.contains(QStringLiteral("households-excel97.xls")),
                 qPrintable(r.ok() ? QStringLiteral("read") : r.error().message));
    }
    qunsetenv("LINLI_XLS_READER");
    QCOMPARE(WorkbookFile::sniff(data("households-excel97.xls")), WorkbookKind::Xls);
    QCOMPARE(WorkbookFile::sniff(data("residents-openpyxl.xlsx")), WorkbookKind::Xlsx);
    QCOMPARE(households(reg), 3);
}

QTEST_GUILESS_MAIN(TestImport)
// Cells a spreadsheet would run as formulas go into a CSV export behind a quote, which a
// spreadsheet program (here Python's csv module, reading as Excel does) sees, and which the
// import removes again: the register that comes back is the one that went out.
void TestImport::formulaCellsRoundTripThroughCsv()
{
    TestRegister source;
    QVERIFY(source.open());
    Household h = source.household(QStringLiteral("1"), QStringLiteral("101"));
    h.notes = QStringLiteral("@物业 请核实");
    LINLI_VERIFY_OK(HouseholdRepository(*source.db).create(h, source.actor));
    Household h2 = source.household(QStringLiteral("1"), QStringLiteral("102"));
    h2.notes = QStringLiteral("'=已带引号的公式");
    LINLI_VERIFY_OK(HouseholdRepository(*source.db).create(h2, source.actor));
    Household h3 = source.household(QStringLiteral("1"), QStringLiteral("103"));
    h3.notes = QStringLiteral("'普通的引号开头");
    LINLI_VERIFY_OK(HouseholdRepository(*source.db).create(h3, source.actor));
    Resident r;
    r.householdId = 1;
    r.name = QStringLiteral("王秀英");
    r.relation = QStringLiteral("head");
    r.notes = QStringLiteral("+8613912345678 是她女儿的电话");
    LINLI_VERIFY_OK(ResidentRepository(*source.db).create(r, source.actor));
    Issue issue;
    issue.title = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
    issue.description = QStringLiteral("-1 层车库漏水");
    issue.reporter = QStringLiteral("@张三");
    issue.location = QStringLiteral("+3 号楼旁");
    issue.category = QStringLiteral("环境卫生");
    issue.registeredDate = QStringLiteral("2026-11-02");
    issue.communityId = source.grid.communityId;
    issue.gridId = source.grid.meta.id;
    IssueRepository issues(*source.db);
    issues.setToday(QDate(2026, 11, 2));
    LINLI_VERIFY_OK(issues.add(issue, source.actor));

    QTemporaryDir dir;
    auto exportAll = [](Database &db) {
        return QList<Result<ExportTable>>{RegisterExport::households(db, RegisterExport::Numbers::Full),
                                          RegisterExport::residents(db, RegisterExport::Numbers::Full),
                                          RegisterExport::issues(db, RegisterExport::Numbers::Full)};
    };
    const QList<ImportKind> kinds{ImportKind::Households, ImportKind::Residents, ImportKind::Issues};
    const auto first = exportAll(*source.db);
    TestRegister target;
    QVERIFY(target.open());
    int guarded = 0;
    for (int t = 0; t < kinds.size(); ++t) {
        LINLI_VERIFY_OK(first.at(t));
        const QString csv = dir.filePath(first.at(t)->sheetName + QStringLiteral(".csv"));
        LINLI_VERIFY_OK(TableWriter::write(csv, first.at(t).value()));
        // What a spreadsheet sees: no cell starts with a formula character.
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import csv,sys\n"
                                     "rows=list(csv.reader(open(sys.argv[1],encoding='utf-8-sig',newline='')))\n"
                                     "bad=[c for r in rows for c in r if c[:1] in ('=','+','-','@','\\t','\\r')]\n"
                                     "print(len(bad), sum(1 for r in rows for c in r if c[:1]==\"'\"))"),
                      csv});
        QVERIFY(python.waitForFinished(30000));
        const QStringList counts = QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char(' '));
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.at(0), QStringLiteral("0"));
        guarded += counts.at(1).trimmed().toInt();

        auto file = read(csv, kinds.at(t));
        LINLI_VERIFY_OK(file);
        auto report = run(target, file.value(), false, false, kinds.at(t));
        LINLI_VERIFY_OK(report);
        QVERIFY(report->problems.isEmpty());
        QCOMPARE(report->written, int(first.at(t)->rows.size()));
    }
    // Two households' and one resident's notes, and the issue's description, reporter and
    // location are guarded; 103's notes start with their own quote, which is not doubled.
    QCOMPARE(guarded, 7);
    const auto second = exportAll(*target.db);
    for (int t = 0; t < kinds.size(); ++t) {
        LINLI_VERIFY_OK(second.at(t));
        QCOMPARE(second.at(t)->rows, first.at(t)->rows);
    }
    auto back = IssueRepository(*target.db).list(IssueFilter{});
    LINLI_VERIFY_OK(back);
    QCOMPARE(back->size(), 1);
    QCOMPARE(back->constFirst().issue.title, issue.title);
    QCOMPARE(back->constFirst().issue.reporter, issue.reporter);
}

#include "tst_import.moc"
