#include "storage/database.h"
#include "storage/sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace linli;

namespace {

QStringList lines(const QString &text)
{
    return text.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    // With `env`, the variables set (or, given empty, removed) for this run.
    static Run run(const QStringList &args, const QHash<QString, QString> &env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (auto it = env.cbegin(); it != env.cend(); ++it) {
            if (it.value().isEmpty())
                e.remove(it.key());
            else
                e.insert(it.key(), it.value());
        }
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(LINLI_CLI), args);
        p.waitForFinished(120000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase();
    void version();
    void helpForEveryCommand();
    void checkId();
    void searchPrintsMaskedResidents();
    void checkReportsHealth();
    void errorsAreOneLine();
    void issueWorkflow();
    void visitsAndCoverage();
    void exportsTheRegister();
    void importsHouseholds();
    void printsDocuments();
    void weeklyFiguresAndPublishing();
    void refusedWithoutCredentials();
    void userCommands();
    void initMakesTheFirstAdministrator();
    void buildsARegisterFromNothing();
    void templateAndColumns();
    void exportsAreScopedAndMasked();
};

void TestCli::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("demo.linli"));
    const Run r
        = run({QStringLiteral("demo"), QStringLiteral("--preset"), QStringLiteral("community"),
               QStringLiteral("--households"), QStringLiteral("80"), QStringLiteral("--seed"), QStringLiteral("3"),
               QStringLiteral("--today"), QStringLiteral("2026-11-23"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("80 户")));
}

void TestCli::helpForEveryCommand()
{
    for (const QStringList &words :
         {QStringList{QStringLiteral("export"), QStringLiteral("--help")},
          QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--help")},
          QStringList{QStringLiteral("report"), QStringLiteral("--help")},
          QStringList{QStringLiteral("issue"), QStringLiteral("dispatch"), QStringLiteral("--help")}}) {
        const Run r = run(words);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("  ") + words.constFirst() + u' '), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }
    QCOMPARE(run({QStringLiteral("nonsense"), QStringLiteral("--help")}).code, 2);
}

void TestCli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("linli-cli ")));
}

void TestCli::checkId()
{
    Run r
        = run({QStringLiteral("check-id"), QStringLiteral("11010519491231002x"), QStringLiteral("440524188001010014")});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("11010519491231002X\tvalid\t1949-12-31\t女"));
    QCOMPARE(lines.at(1), QStringLiteral("440524188001010014\tvalid\t1880-01-01\t男"));
    r = run({QStringLiteral("check-id"), QStringLiteral("11010519491231002X"), QStringLiteral("110105194912310021")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QStringLiteral("110105194912310021\tinvalid: ")));
    QVERIFY(r.out.contains(QStringLiteral("校验码")));
}

void TestCli::searchPrintsMaskedResidents()
{
    auto db = Database::open(m_db, Database::OpenMode::MustExist).value();
    const QString name = queryValue(*db, QStringLiteral("SELECT name FROM resident WHERE length(name) = 3 ORDER BY id"))
                             .value()
                             .toString();
    const QString id = queryValue(*db, QStringLiteral("SELECT id_number FROM resident WHERE name = :n"),
                                  {{QStringLiteral("n"), name}})
                           .value()
                           .toString();
    const Run r = run({QStringLiteral("search"), QStringLiteral("--db"), m_db, name.right(2)});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QVERIFY(!lines.isEmpty());
    bool found = false;
    for (const QString &line : lines) {
        const QStringList f = line.split(QLatin1Char('\t'));
        QVERIFY(f.size() >= 3);
        QVERIFY(f.at(0).contains(name.right(2)));
        QVERIFY(!line.contains(id)); // never the full number
        if (f.at(0) == name && !id.isEmpty())
            found = found || f.at(1) == id.left(6) + QStringLiteral("********") + id.right(4);
    }
    QVERIFY(found || id.isEmpty());
    QCOMPARE(run({QStringLiteral("search"), QStringLiteral("--db"), m_db, QStringLiteral("王")}).code, 2);
}

void TestCli::checkReportsHealth()
{
    Run r = run({QStringLiteral("check"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("ok")));
    QVERIFY(r.out.contains(QStringLiteral("哈希链完整")));
    // Tamper with one audit row (the append-only triggers dropped first, as an attacker
    // would): check names it and fails.
    const QString guard = QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT "
                                         "RAISE(ABORT, 'the audit log is append-only'); END");
    qint64 row = 0;
    {
        auto db = Database::open(m_db, Database::OpenMode::MustExist).value();
        row = queryValue(*db, QStringLiteral("SELECT min(id) FROM audit_log WHERE actor = 'admin'"))
                  .value()
                  .toLongLong();
        QVERIFY(row > 0);
        QVERIFY(!db->execute(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE id = %1").arg(row)).ok());
        QVERIFY(db->execute(QStringLiteral("DROP TRIGGER audit_log_no_update")).ok());
        QVERIFY(db->execute(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE id = %1").arg(row)).ok());
    }
    r = run({QStringLiteral("check"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QString::number(row)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("audit_log_no_update")), qPrintable(r.out)); // the schema line
    {
        auto db = Database::open(m_db, Database::OpenMode::MustExist).value();
        QVERIFY(db->execute(QStringLiteral("UPDATE audit_log SET actor = 'admin' WHERE id = %1").arg(row)).ok());
        QVERIFY(db->execute(guard).ok());
    }
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--db"), m_db}).code, 0);
}

void TestCli::errorsAreOneLine()
{
    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a register\n");
    f.close();
    const Run r = run({QStringLiteral("search"), QStringLiteral("--db"), text, QStringLiteral("秀英")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(r.err.startsWith(QStringLiteral("linli-cli: ")));
    QVERIFY(r.err.contains(text));
    QCOMPARE(run({QStringLiteral("nonsense")}).code, 2);
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), m_db}).code, 1); // never overwrites
}

void TestCli::issueWorkflow()
{
    auto db = Database::open(m_db, Database::OpenMode::MustExist).value();
    const QString uuid = queryValue(*db,
                                    QStringLiteral("SELECT uuid FROM household WHERE housing_use = 'owner' "
                                                   "ORDER BY id"))
                             .value()
                             .toString();
    const QString dbArg = m_db;
    auto issue = [&](QStringList args) {
        args.prepend(QStringLiteral("issue"));
        args << QStringLiteral("--db") << dbArg;
        return run(args);
    };
    // The demo has issues of its own this year: the new one comes next.
    const int last2026
        = queryValue(*db, QStringLiteral("SELECT count(*) FROM issue WHERE number LIKE '2026-%'")).value().toInt();
    Run r = issue({QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("电梯停运"),
                   QStringLiteral("--category"), QStringLiteral("住房与城市建设"), QStringLiteral("--subcategory"),
                   QStringLiteral("电梯故障"), QStringLiteral("--household-uuid"), uuid, QStringLiteral("--source"),
                   QStringLiteral("hotline"), QStringLiteral("--date"), QStringLiteral("2026-11-16")});
    QCOMPARE(r.code, 0);
    const QString number = r.out.trimmed();
    QCOMPARE(number, QStringLiteral("2026-%1").arg(last2026 + 1, 6, 10, QLatin1Char('0')));

    QCOMPARE(issue({QStringLiteral("accept"), number, QStringLiteral("--date"), QStringLiteral("2026-11-16")}).code, 0);
    r = issue({QStringLiteral("dispatch"), number, QStringLiteral("--department"), QStringLiteral("物业"),
               QStringLiteral("--handling"), QStringLiteral("立行立改"), QStringLiteral("--date"),
               QStringLiteral("2026-11-17")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("2026-11-20")));

    // Illegal: 办结 before the department has taken it on. Exits non-zero, writes nothing.
    const int events = queryValue(*db, QStringLiteral("SELECT count(*) FROM issue_event")).value().toInt();
    r = issue({QStringLiteral("resolve"), number, QStringLiteral("--result"), QStringLiteral("已修复")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("已交办")));
    QVERIFY(r.err.contains(QStringLiteral("办理中")));
    QCOMPARE(queryValue(*db, QStringLiteral("SELECT count(*) FROM issue_event")).value().toInt(), events);

    QCOMPARE(issue({QStringLiteral("start"), number, QStringLiteral("--date"), QStringLiteral("2026-11-18")}).code, 0);
    QCOMPARE(issue({QStringLiteral("resolve"), number, QStringLiteral("--result"), QStringLiteral("已修复"),
                    QStringLiteral("--date"), QStringLiteral("2026-11-19")})
                 .code,
             0);
    QCOMPARE(issue({QStringLiteral("follow-up"), number, QStringLiteral("--satisfaction"), QStringLiteral("满意"),
                    QStringLiteral("--date"), QStringLiteral("2026-11-20")})
                 .code,
             0);
    QCOMPARE(issue({QStringLiteral("close"), number, QStringLiteral("--date"), QStringLiteral("2026-11-21")}).code, 0);

    r = issue({QStringLiteral("show"), number});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("已销号")));
    QVERIFY(r.out.contains(QStringLiteral("2026-11-20")));
    const QStringList timeline = r.out.section(QStringLiteral("办理记录"), 1).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(timeline.size(), 7); // 登记, 受理, 交办, 接收, 办结, 回访, 销号

    r = issue({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("已销号")});
    QCOMPARE(r.code, 0);
    const QStringList closed = r.out.trimmed().split(QLatin1Char('\n'));
    static const QRegularExpression numbered(QStringLiteral("^\\d{4}-\\d{6}\t"));
    for (const QString &line : closed)
        QVERIFY2(numbered.match(line).hasMatch(), qPrintable(line)); // one issue a line, number first
    QVERIFY(closed.contains(QRegularExpression(QStringLiteral("^") + number + QStringLiteral("\t.*"))));
    QCOMPARE(issue({QStringLiteral("list"), QStringLiteral("--warning"), QStringLiteral("purple")}).code, 2);
    // Warning levels in words: 红色, not red. An escalated issue is red.
    r = issue({QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("井盖松动"),
               QStringLiteral("--category"), QStringLiteral("环境卫生"), QStringLiteral("--location"),
               QStringLiteral("幸福里北门"), QStringLiteral("--date"), QStringLiteral("2026-11-20")});
    QCOMPARE(r.code, 0);
    const QString escalated = r.out.trimmed();
    QCOMPARE(
        issue({QStringLiteral("escalate"), escalated, QStringLiteral("--date"), QStringLiteral("2026-11-20")}).code, 0);
    r = issue({QStringLiteral("list"), QStringLiteral("--warning"), QStringLiteral("red")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(escalated + u'\t'));
    for (const QString &line : lines(r.out))
        QVERIFY2(line.section(QLatin1Char('\t'), 3, 3) == QStringLiteral("红色"), qPrintable(line));

    // Free text has limits, and the error names the field, the limit and the length given.
    const int issues = queryValue(*db, QStringLiteral("SELECT count(*) FROM issue")).value().toInt();
    const QString huge(40000, QChar(0x5E7F)); // 广…
    const QList<std::pair<QString, QString>> fields{
        {QStringLiteral("--location"), QStringLiteral("地点最多 200 个字")},
        {QStringLiteral("--reporter"), QStringLiteral("反映人姓名最多 50 个字")},
        {QStringLiteral("--description"), QStringLiteral("问题描述最多 5000 个字")}};
    for (const auto &[option, message] : fields) {
        QStringList args{QStringLiteral("add"),        QStringLiteral("--title"),  QStringLiteral("路灯不亮"),
                         QStringLiteral("--category"), QStringLiteral("环境卫生"), QStringLiteral("--date"),
                         QStringLiteral("2026-11-20")};
        if (option != QLatin1String("--location"))
            args << QStringLiteral("--location") << QStringLiteral("幸福里北门");
        args << option << huge;
        r = issue(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("40000")), qPrintable(r.err));
    }
    QCOMPARE(queryValue(*db, QStringLiteral("SELECT count(*) FROM issue")).value().toInt(), issues);
}

void TestCli::visitsAndCoverage()
{
    const QString S = QStringLiteral("--db");
    // The first household due on the first grid's route.
    Run due = run({QStringLiteral("visits"), QStringLiteral("due"), S, m_db, QStringLiteral("--grid"),
                   QStringLiteral("第一网格"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    QCOMPARE(due.code, 0);
    const QStringList lines = due.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    const QStringList first = lines.constFirst().split(QLatin1Char('\t'));
    QCOMPARE(first.size(), 4);
    QCOMPARE(first.at(0).size(), 36); // a uuid
    QVERIFY(QDate::fromString(first.at(3), Qt::ISODate).isValid());
    QVERIFY(QDate::fromString(first.at(3), Qt::ISODate) <= QDate(2026, 11, 23));

    auto coverage = [&] {
        const Run r = run({QStringLiteral("coverage"), S, m_db, QStringLiteral("--year"), QStringLiteral("2026"),
                           QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    };
    const QJsonObject before = coverage();
    QCOMPARE(before.value(QStringLiteral("year")).toInt(), 2026);
    QVERIFY(before.contains(QStringLiteral("as_of")));
    const QJsonObject total = before.value(QStringLiteral("total")).toObject();
    QCOMPARE(total.keys(),
             (QStringList{QStringLiteral("active_households"), QStringLiteral("coverage_rate"),
                          QStringLiteral("unvisited"), QStringLiteral("visited_households")}));
    const int active = total.value(QStringLiteral("active_households")).toInt();
    const int visited = total.value(QStringLiteral("visited_households")).toInt();
    QCOMPARE(total.value(QStringLiteral("unvisited")).toInt(), active - visited);
    QCOMPARE(total.value(QStringLiteral("coverage_rate")).toDouble(), double(visited) / active);
    QVERIFY(before.value(QStringLiteral("by_grid")).toObject().contains(QStringLiteral("第一网格")));

    // Visiting a household on the list that was not visited this year raises the figure by one.
    QString unvisitedUuid;
    for (const QString &line : lines) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.at(2) == QStringLiteral("-") || f.at(2) < QStringLiteral("2026-01-01")) {
            unvisitedUuid = f.at(0);
            break;
        }
    }
    // A fixed date in the demo's year, so that this holds whatever the clock says.
    QVERIFY(!unvisitedUuid.isEmpty());
    {
        const Run added
            = run({QStringLiteral("visit"), QStringLiteral("add"), S, m_db, QStringLiteral("--household-uuid"),
                   unvisitedUuid, QStringLiteral("--date"), QStringLiteral("2026-11-23"), QStringLiteral("--kind"),
                   QStringLiteral("routine"), QStringLiteral("--visitor"), QStringLiteral("李网格"),
                   QStringLiteral("--notes"), QStringLiteral("一切正常")});
        QCOMPARE(added.code, 0);
        QCOMPARE(added.out.trimmed().size(), 36);
    }
    // A visit in the future, to an unknown household, or of an unknown kind: refused, one line, nothing written.
    const Run future
        = run({QStringLiteral("visit"), QStringLiteral("add"), S, m_db, QStringLiteral("--household-uuid"), first.at(0),
               QStringLiteral("--date"), QDate::currentDate().addDays(1).toString(Qt::ISODate),
               QStringLiteral("--visitor"), QStringLiteral("李网格")});
    QCOMPARE(future.code, 1);
    QCOMPARE(future.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(
        run({QStringLiteral("visit"), QStringLiteral("add"), S, m_db, QStringLiteral("--household-uuid"),
             QStringLiteral("00000000-0000-0000-0000-000000000000"), QStringLiteral("--visitor"), QStringLiteral("李")})
            .code,
        1);
    QCOMPARE(
        run({QStringLiteral("visit"), QStringLiteral("add"), S, m_db, QStringLiteral("--household-uuid"), first.at(0),
             QStringLiteral("--kind"), QStringLiteral("party"), QStringLiteral("--visitor"), QStringLiteral("李")})
            .code,
        1);
    QCOMPARE(run({QStringLiteral("visits"), QStringLiteral("due"), S, m_db, QStringLiteral("--grid"),
                  QStringLiteral("第九十九网格")})
                 .code,
             1);
    const QJsonObject after = coverage();
    QCOMPARE(after.value(QStringLiteral("total")).toObject().value(QStringLiteral("visited_households")).toInt(),
             visited + 1);
}

void TestCli::exportsTheRegister()
{
    const QString xlsx = m_dir.filePath(QStringLiteral("居民.xlsx"));
    const QString csv = m_dir.filePath(QStringLiteral("住户.csv"));
    Run r = run({QStringLiteral("export"), QStringLiteral("residents"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--out"), xlsx});
    QCOMPARE(r.code, 0);
    QFile workbook(xlsx);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    QVERIFY(workbook.read(2) == "PK"); // a zip archive
    r = run({QStringLiteral("export"), QStringLiteral("households"), QStringLiteral("--db"), m_db,
             QStringLiteral("--out"), csv});
    QCOMPARE(r.code, 0);
    QFile text(csv);
    QVERIFY(text.open(QIODevice::ReadOnly));
    const QByteArray bytes = text.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(QString::fromUtf8(bytes).contains(
        QStringLiteral("社区,网格,小区,楼栋,单元,房号,住房用途,户主姓名,联系电话,户标签,状态,状态日期,备注")));
    QCOMPARE(bytes.count("\r\n"), 81); // the header and 80 households
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("households"), QStringLiteral("--db"), m_db,
                  QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.xls"))})
                 .code,
             2);
}

void TestCli::importsHouseholds()
{
    const QString file = QStringLiteral(LINLI_SOURCE_DIR "/tests/data/households-gbk.csv");
    const QString fresh = m_dir.filePath(QStringLiteral("imported.linli"));
    const QStringList args{QStringLiteral("import"), QStringLiteral("households"), file, QStringLiteral("--db"), fresh};
    Run r = run(args + QStringList{QStringLiteral("--dry-run")});
    QCOMPARE(r.code, 0);
    QVERIFY(!QFile::exists(fresh)); // a dry run creates nothing
    r = run(args); // into a register that does not exist yet: created
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(fresh));
    r = run(args); // again: every row already registered, nothing written
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out.count(QLatin1Char('\n')), 4); // three problems and the summary
}

void TestCli::printsDocuments()
{
    auto pdfText = [](const QString &pdf) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    auto db = Database::open(m_db, Database::OpenMode::MustExist);
    QVERIFY(db.ok());
    auto row
        = queryRow(*db.value(),
                   QStringLiteral("SELECT h.uuid, h.address, b.name, cp.name, g.name FROM household h JOIN building b "
                                  "ON b.id = h.building_id JOIN compound cp ON cp.id = h.compound_id JOIN grid g ON "
                                  "g.id = h.grid_id WHERE EXISTS (SELECT 1 FROM resident r WHERE r.household_id = "
                                  "h.id AND r.id_number IS NOT NULL AND r.status = 'active') ORDER BY h.id LIMIT 1"),
                   {});
    QVERIFY(row.ok() && row->size() == 5);
    const QString uuid = row->at(0).toString();
    const QString address = row->at(1).toString();
    const QString building = row->at(3).toString() + QLatin1Char('/') + row->at(2).toString();
    const QString grid = row->at(4).toString();
    const QString idNumber = queryValue(*db.value(),
                                        QStringLiteral("SELECT r.id_number FROM resident r JOIN household h ON h.id = "
                                                       "r.household_id WHERE h.uuid = :u AND r.id_number IS NOT NULL "
                                                       "AND r.status = 'active' LIMIT 1"),
                                        {{QStringLiteral("u"), uuid}})
                                 .value()
                                 .toString();
    QCOMPARE(idNumber.size(), 18);
    const QString masked = idNumber.left(6) + QStringLiteral("********") + idNumber.right(4);

    const QString card = m_dir.filePath(QStringLiteral("card.pdf"));
    Run r = run({QStringLiteral("print"), QStringLiteral("household-card"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--household-uuid"), uuid, QStringLiteral("--out"), card});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("住户情况登记卡")), qPrintable(r.out));
    QString text = pdfText(card);
    QVERIFY(text.contains(address));
    QVERIFY(text.contains(masked));
    QVERIFY(!text.contains(idNumber));

    r = run({QStringLiteral("print"), QStringLiteral("household-card"), QStringLiteral("--db"), m_db,
             QStringLiteral("--household-uuid"), uuid, QStringLiteral("--out"), card, QStringLiteral("--full-ids")});
    QCOMPARE(r.code, 0);
    QVERIFY(pdfText(card).contains(idNumber));
    QVERIFY(r.out.contains(QStringLiteral("审计")));

    const QString booklet = m_dir.filePath(QStringLiteral("booklet.pdf"));
    for (const QStringList &scope :
         {QStringList{QStringLiteral("--building"), building}, QStringList{QStringLiteral("--grid"), grid}}) {
        r = run(QStringList{QStringLiteral("print"), QStringLiteral("booklet"), QStringLiteral("--db"), m_db,
                            QStringLiteral("--out"), booklet}
                + scope);
        QCOMPARE(r.code, 0);
        text = pdfText(booklet);
        QVERIFY(text.startsWith(QStringLiteral("一户一册")));
        QVERIFY(text.contains(address));
    }

    const QString ledger = m_dir.filePath(QStringLiteral("ledger.pdf"));
    r = run({QStringLiteral("print"), QStringLiteral("ledger"), QStringLiteral("--db"), m_db, QStringLiteral("--from"),
             QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-11-23"),
             QStringLiteral("--status"), QStringLiteral("closed"), QStringLiteral("--out"), ledger});
    QCOMPARE(r.code, 0);
    text = pdfText(ledger);
    QVERIFY(text.contains(QStringLiteral("问题台账")));
    QVERIFY(text.contains(QStringLiteral("状态：已销号")));

    const QString visits = m_dir.filePath(QStringLiteral("visits.pdf"));
    r = run({QStringLiteral("print"), QStringLiteral("visits"), QStringLiteral("--db"), m_db, QStringLiteral("--from"),
             QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-11-23"),
             QStringLiteral("--grid"), grid, QStringLiteral("--out"), visits});
    QCOMPARE(r.code, 0);
    QVERIFY(pdfText(visits).contains(QStringLiteral("走访台账")));

    // Bad input: one line on stderr naming what is wrong, a usage error, no file.
    const QString never = m_dir.filePath(QStringLiteral("never.pdf"));
    const QList<std::pair<QStringList, QString>> bad{
        {{QStringLiteral("booklet"), QStringLiteral("--building"), QStringLiteral("不存在的楼")},
         QStringLiteral("不存在的楼")},
        {{QStringLiteral("booklet")}, QStringLiteral("--building")},
        {{QStringLiteral("ledger"), QStringLiteral("--status"), QStringLiteral("finished")},
         QStringLiteral("finished")},
        {{QStringLiteral("visits"), QStringLiteral("--from"), QStringLiteral("2026-10-01")}, QStringLiteral("--to")},
        {{QStringLiteral("visits"), QStringLiteral("--from"), QStringLiteral("2026-13-01"), QStringLiteral("--to"),
          QStringLiteral("2026-11-01")},
         QStringLiteral("2026-13-01")},
        {{QStringLiteral("household-card")}, QStringLiteral("--household-uuid")},
        {{QStringLiteral("poster")}, QStringLiteral("household-card")},
    };
    for (const auto &[words, named] : bad) {
        r = run(QStringList{QStringLiteral("print")} + words
                + QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--out"), never});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(!QFile::exists(never));
    }
    r = run({QStringLiteral("print"), QStringLiteral("household-card"), QStringLiteral("--db"), m_db,
             QStringLiteral("--household-uuid"), QStringLiteral("no-such-uuid"), QStringLiteral("--out"), never});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
}

void TestCli::weeklyFiguresAndPublishing()
{
    Run r = run({QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--week"), QStringLiteral("2026-W46"), QStringLiteral("--format"),
                 QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("week")).toString(), QStringLiteral("2026-W46"));
    QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-09"));
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("2026-11-15"));
    QCOMPARE(o.value(QStringLiteral("scope")).toString(), QStringLiteral("all"));
    for (const char *key : {"totals", "previous", "by_category", "by_grid", "by_department"})
        QVERIFY2(o.value(QString::fromLatin1(key)).isObject(), key);
    const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
    QVERIFY(totals.value(QStringLiteral("accepted")).toInt() > 0);
    QCOMPARE(totals.value(QStringLiteral("open")).toInt(),
             totals.value(QStringLiteral("accepted")).toInt()
                 - totals.value(QStringLiteral("resolved_to_date")).toInt());
    const double rate = totals.value(QStringLiteral("resolution_rate")).toDouble();
    QVERIFY(rate > 0 && rate <= 1);
    QCOMPARE(totals.value(QStringLiteral("active_households")).toInt(), 80);

    const QString json = m_dir.filePath(QStringLiteral("w46.json"));
    r = run({QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--db"), m_db, QStringLiteral("--week"),
             QStringLiteral("2026-W46"), QStringLiteral("--scope"), QStringLiteral("category:环境卫生"),
             QStringLiteral("--out"), json});
    QCOMPARE(r.code, 0);
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("scope")).toString(),
             QStringLiteral("category:环境卫生"));

    for (const QStringList &bad : {QStringList{QStringLiteral("--week"), QStringLiteral("2026-W60")},
                                   QStringList{QStringLiteral("--week"), QStringLiteral("2026-W46"),
                                               QStringLiteral("--scope"), QStringLiteral("street:x")},
                                   QStringList{QStringLiteral("--week"), QStringLiteral("2026-W46"),
                                               QStringLiteral("--format"), QStringLiteral("csv")}}) {
        r = run(QStringList{QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--db"), m_db} + bad);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    const QStringList publish{QStringLiteral("report"), QStringLiteral("publish"), QStringLiteral("--db"), m_db,
                              QStringLiteral("--week"), QStringLiteral("2026-W46")};
    r = run(publish);
    QCOMPARE(r.code, 0);
    QVERIFY(QRegularExpression(QStringLiteral("[0-9a-f]{64}")).match(r.out).hasMatch());
    r = run(publish); // a second edition needs a reason
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("--reason")) || r.err.contains(QStringLiteral("原因")));

    // The documents: the summary of live figures, the published bulletin, a draft of another week.
    auto pdfText = [](const QString &pdf) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString summary = m_dir.filePath(QStringLiteral("周汇总.pdf"));
    r = run({QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--db"), m_db, QStringLiteral("--week"),
             QStringLiteral("2026-W46"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
             summary});
    QCOMPARE(r.code, 0);
    QVERIFY(pdfText(summary).contains(QStringLiteral("问题办理情况周汇总")));
    const QString bulletin = m_dir.filePath(QStringLiteral("周通报.pdf"));
    const QStringList print{QStringLiteral("report"), QStringLiteral("bulletin"),
                            QStringLiteral("--db"),   m_db,
                            QStringLiteral("--out"),  bulletin,
                            QStringLiteral("--week")};
    QCOMPARE(run(print + QStringList{QStringLiteral("2026-W46")}).code, 0);
    QVERIFY(pdfText(bulletin).contains(QStringLiteral("第1版")));
    QCOMPARE(run(print + QStringList{QStringLiteral("2026-W45")}).code, 0);
    QVERIFY(pdfText(bulletin).contains(QStringLiteral("草稿")));
    r = run(print + QStringList{QStringLiteral("2026-W46"), QStringLiteral("--edition"), QStringLiteral("5")});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    const QString dispatch = m_dir.filePath(QStringLiteral("周调度.pdf"));
    r = run({QStringLiteral("report"), QStringLiteral("dispatch"), QStringLiteral("--db"), m_db,
             QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("--out"), dispatch});
    QCOMPARE(r.code, 0);
    const QString text = pdfText(dispatch);
    QVERIFY(text.contains(QStringLiteral("周调度问题清单")));
    QVERIFY(text.contains(QStringLiteral("会议决定")));

    // The workbooks, read by another program: the totals row agrees with the JSON.
    const QString workbook = m_dir.filePath(QStringLiteral("周汇总.xlsx"));
    r = run({QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--db"), m_db, QStringLiteral("--week"),
             QStringLiteral("2026-W46"), QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"),
             workbook});
    QCOMPARE(r.code, 0);
    const QString dispatchBook = m_dir.filePath(QStringLiteral("周调度.xlsx"));
    r = run({QStringLiteral("report"), QStringLiteral("dispatch"), QStringLiteral("--db"), m_db,
             QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("--format"), QStringLiteral("xlsx"),
             QStringLiteral("--out"), dispatchBook});
    QCOMPARE(r.code, 0);
    const QString bulletinBook = m_dir.filePath(QStringLiteral("周通报.xlsx"));
    r = run({QStringLiteral("report"), QStringLiteral("bulletin"), QStringLiteral("--db"), m_db,
             QStringLiteral("--week"), QStringLiteral("2026-W46"), QStringLiteral("--format"), QStringLiteral("xlsx"),
             QStringLiteral("--out"), bulletinBook});
    QCOMPARE(r.code, 0);
    // The red warnings frozen with the edition, one row each on their own sheet.
    int redWarnings = -1;
    {
        auto db = Database::open(m_db, Database::OpenMode::MustExist).value();
        const QJsonObject figures
            = QJsonDocument::fromJson(queryValue(*db,
                                                 QStringLiteral("SELECT figures FROM weekly_report WHERE week = "
                                                                "'2026-W46' AND edition = 1"))
                                          .value()
                                          .toByteArray())
                  .object();
        QVERIFY(figures.contains(QStringLiteral("red_warnings")));
        redWarnings = int(figures.value(QStringLiteral("red_warnings")).toArray().size());
    }
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, openpyxl\n"
                                 "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
                                 "print(ws.title, ws['A2'].value, ws['B2'].value, ws['E2'].value, ws['G2'].value)\n"
                                 "print(ws['I2'].data_type, ws['I2'].number_format, ws['L2'].data_type, "
                                 "ws['L2'].number_format)\n"
                                 "print(repr(ws['I2'].value), repr(ws['L2'].value))\n"
                                 "ws = openpyxl.load_workbook(sys.argv[2]).active\n"
                                 "print(ws.title, ws['A1'].value, ws['M1'].value)\n"
                                 "wb = openpyxl.load_workbook(sys.argv[3])\n"
                                 "ws = wb.active\n"
                                 "print(ws.title, ws['O1'].value, ws['P1'].value)\n"
                                 "red = wb['红色预警']\n"
                                 "print(wb.sheetnames[1], red['B1'].value, red['F1'].value, red.max_row - 1)\n"),
                  workbook, dispatchBook, bulletinBook});
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, qPrintable(QString::fromUtf8(python.readAllStandardError())));
    QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'));
    // Rates and averages are numbers with number formats, equal to the JSON's unrounded ones.
    QCOMPARE(lines.takeAt(1), QStringLiteral("n 0.0% n 0.0"));
    const QStringList numbers = lines.takeAt(1).split(QLatin1Char(' '));
    QCOMPARE(numbers.value(0).toDouble(), totals.value(QStringLiteral("resolution_rate")).toDouble());
    QCOMPARE(numbers.value(1).toDouble(), totals.value(QStringLiteral("average_days")).toDouble());
    QCOMPARE(lines.join(QLatin1Char('\n')),
             QStringLiteral("周汇总 合计 2026-W46 %1 %2\n周调度 清单 会议决定\n周通报第1版 排名 红黑榜\n"
                            "红色预警 编号 预警原因 %3\n")
                 .arg(totals.value(QStringLiteral("accepted")).toInt())
                 .arg(totals.value(QStringLiteral("open")).toInt())
                 .arg(redWarnings));
}

void TestCli::refusedWithoutCredentials()
{
    auto db = Database::open(m_db, Database::OpenMode::MustExist).value();
    const QStringList search{QStringLiteral("search"), QStringLiteral("--db"), m_db, QStringLiteral("号楼")};
    // No user: a usage error, one line.
    Run r = run(search, {{QStringLiteral("LINLI_USER"), {}}, {QStringLiteral("LINLI_PASSWORD"), {}}});
    QCOMPARE(r.code, 2);
    QCOMPARE(lines(r.err).size(), 1);
    QVERIFY(r.err.contains(QStringLiteral("--user")));
    QVERIFY(r.out.isEmpty());
    // No password, and no terminal to ask on.
    r = run(search, {{QStringLiteral("LINLI_PASSWORD"), {}}});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("LINLI_PASSWORD")));
    // A wrong password: refused, audited, nothing printed.
    auto failures = [&] {
        return queryValue(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login_failed'"))
            .value()
            .toInt();
    };
    const int failedBefore = failures();
    r = run(search, {{QStringLiteral("LINLI_PASSWORD"), QStringLiteral("wrong-pass1")}});
    QCOMPARE(r.code, 1);
    QCOMPARE(lines(r.err).size(), 1);
    QVERIFY2(r.err.contains(QStringLiteral("密码不正确")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(failures(), failedBefore + 1);
    // An unknown user: a write is refused the same way, and nothing is written.
    r = run({QStringLiteral("issue"), QStringLiteral("add"), QStringLiteral("--db"), m_db, QStringLiteral("--title"),
             QStringLiteral("路灯不亮"), QStringLiteral("--category"), QStringLiteral("环境卫生"),
             QStringLiteral("--location"), QStringLiteral("幸福里")},
            {{QStringLiteral("LINLI_USER"), QStringLiteral("nobody")}});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("密码不正确")));
    QCOMPARE(queryValue(*db, QStringLiteral("SELECT count(*) FROM issue WHERE title = '路灯不亮'")).value().toInt(), 0);
    // The password from a file (its first line).
    const QString file = m_dir.filePath(QStringLiteral("password.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("linli-demo\n");
    f.close();
    r = run(search + QStringList{QStringLiteral("--password-file"), file}, {{QStringLiteral("LINLI_PASSWORD"), {}}});
    QCOMPARE(r.code, 0);
    QVERIFY(!r.out.isEmpty());
}

void TestCli::userCommands()
{
    const QStringList db{QStringLiteral("--db"), m_db};
    const QStringList search = QStringList{QStringLiteral("search")} + db + QStringList{QStringLiteral("号楼")};
    const QHash<QString, QString> newPassword{{QStringLiteral("LINLI_NEW_PASSWORD"), QStringLiteral("Start-2026")}};
    Run r = run(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lili"),
                            QStringLiteral("--display-name"), QStringLiteral("李丽"), QStringLiteral("--role"),
                            QStringLiteral("网格员"), QStringLiteral("--grid"), QStringLiteral("第一网格")}
                    + db,
                newPassword);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("李丽")));
    // A bad role, a grid worker without a grid, a taken name, a weak password: one line each.
    r = run(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x1"), QStringLiteral("--role"),
                        QStringLiteral("boss")}
                + db,
            newPassword);
    QCOMPARE(r.code, 2);
    r = run(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x2"), QStringLiteral("--role"),
                        QStringLiteral("grid_worker")}
                + db,
            newPassword);
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("网格")));
    r = run(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lili"), QStringLiteral("--role"),
                        QStringLiteral("street_staff")}
                + db,
            newPassword);
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("lili")));
    r = run(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x3"), QStringLiteral("--role"),
                        QStringLiteral("street_staff")}
                + db,
            {{QStringLiteral("LINLI_NEW_PASSWORD"), QStringLiteral("short")}});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("8")));
    for (const QString &login : {QStringLiteral("x1"), QStringLiteral("x2"), QStringLiteral("x3")})
        QVERIFY(!run(QStringList{QStringLiteral("user"), QStringLiteral("list")} + db).out.contains(login + u'\t'));

    r = run(
        QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}
        + db);
    QCOMPARE(r.code, 0);
    QJsonObject lili;
    QString communityName;
    const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8()).array();
    for (const QJsonValue &v : users) {
        if (v[QStringLiteral("login")].toString() == QLatin1String("lili"))
            lili = v.toObject();
        if (v[QStringLiteral("login")].toString() == QLatin1String("community1"))
            communityName = v[QStringLiteral("community")].toString();
        QVERIFY(!v.toObject().contains(QStringLiteral("password_hash")));
    }
    QCOMPARE(lili.value(QStringLiteral("role")).toString(), QStringLiteral("grid_worker"));
    QCOMPARE(lili.value(QStringLiteral("grids")).toArray(), QJsonArray{QStringLiteral("第一网格")});
    QCOMPARE(lili.value(QStringLiteral("must_change_password")).toBool(), true);
    QVERIFY(!communityName.isEmpty());
    // The demo's accounts: one per role, a community admin per community, a grid worker per grid.
    QVERIFY(r.out.contains(QStringLiteral("\"street_staff\"")));
    QVERIFY(r.out.contains(QStringLiteral("\"grid1-1\"")));

    // lili must choose her own password before anything else.
    const QHash<QString, QString> asLili{{QStringLiteral("LINLI_USER"), QStringLiteral("lili")},
                                         {QStringLiteral("LINLI_PASSWORD"), QStringLiteral("Start-2026")}};
    r = run(search, asLili);
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("user passwd")));
    QHash<QString, QString> change = asLili;
    change.insert(QStringLiteral("LINLI_NEW_PASSWORD"), QStringLiteral("Lili-own-2026"));
    r = run(QStringList{QStringLiteral("user"), QStringLiteral("passwd")} + db, change);
    QCOMPARE(r.code, 0);
    const QHash<QString, QString> lili2{{QStringLiteral("LINLI_USER"), QStringLiteral("lili")},
                                        {QStringLiteral("LINLI_PASSWORD"), QStringLiteral("Lili-own-2026")}};
    QCOMPARE(run(search, lili2).code, 0);
    // A grid worker manages no one, and is told so.
    r = run(QStringList{QStringLiteral("user"), QStringLiteral("list")} + db, lili2);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("无权")), qPrintable(r.err));

    // Disabled, lili cannot log in; enabled again, she can.
    QCOMPARE(run(QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("lili")} + db).code, 0);
    r = run(search, lili2);
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("停用")));
    QCOMPARE(run(QStringList{QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("lili")} + db).code, 0);
    QCOMPARE(run(search, lili2).code, 0);
    // A reset forces a change again.
    r = run(QStringList{QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("lili")} + db,
            {{QStringLiteral("LINLI_NEW_PASSWORD"), QStringLiteral("Reset-2026")}});
    QCOMPARE(r.code, 0);
    r = run(search,
            {{QStringLiteral("LINLI_USER"), QStringLiteral("lili")},
             {QStringLiteral("LINLI_PASSWORD"), QStringLiteral("Reset-2026")}});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("user passwd")));
    // Role and scope: a community admin of the demo's community.
    r = run(QStringList{QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("lili"), QStringLiteral("--role"),
                        QStringLiteral("community_admin"), QStringLiteral("--community"), communityName}
            + db);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(communityName));
    r = run(QStringList{QStringLiteral("user"), QStringLiteral("list")} + db);
    QVERIFY(r.out.contains(QStringLiteral("lili\t李丽\t社区管理员\t") + communityName));
    // The audit log has each change, by admin.
    auto opened = Database::open(m_db, Database::OpenMode::MustExist).value();
    QCOMPARE(queryValue(*opened,
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'admin' AND table_name = 'user' "
                                       "AND action IN ('disable', 'enable', 'password_reset')"))
                 .value()
                 .toInt(),
             3);
}

void TestCli::initMakesTheFirstAdministrator()
{
    const QString path = m_dir.filePath(QStringLiteral("new.linli"));
    const QHash<QString, QString> wang{{QStringLiteral("LINLI_USER"), QStringLiteral("wang")},
                                       {QStringLiteral("LINLI_PASSWORD"), QStringLiteral("Wang-2026!")}};
    // A weak password creates nothing.
    Run r = run({QStringLiteral("init"), QStringLiteral("--db"), path},
                {{QStringLiteral("LINLI_USER"), QStringLiteral("wang")},
                 {QStringLiteral("LINLI_PASSWORD"), QStringLiteral("wang")}});
    QCOMPARE(r.code, 1);
    QVERIFY(!QFile::exists(path));
    r = run({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--display-name"),
             QStringLiteral("王主任")},
            wang);
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(path));
    r = run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), path}, wang);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("wang\t王主任\t系统管理员")), qPrintable(r.out));
    // Once only.
    r = run({QStringLiteral("init"), QStringLiteral("--db"), path},
            {{QStringLiteral("LINLI_USER"), QStringLiteral("li")},
             {QStringLiteral("LINLI_PASSWORD"), QStringLiteral("Li-2026!x")}});
    QCOMPARE(r.code, 1);
    // A demo register made by wang has wang among its administrators, beside the demo's accounts.
    const QString demo = m_dir.filePath(QStringLiteral("wang-demo.linli"));
    r = run(
        {QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("30"), QStringLiteral("--db"), demo},
        wang);
    QCOMPARE(r.code, 0);
    r = run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), demo}, wang);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("wang\twang\t系统管理员")));
    QVERIFY(r.out.contains(QStringLiteral("admin\t系统管理员\t系统管理员")));
    // The demo's admin is no user of this register.
    QCOMPARE(run({QStringLiteral("search"), QStringLiteral("--db"), path, QStringLiteral("秀英")}).code, 1);
}

void TestCli::buildsARegisterFromNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("nothing.linli"));
    const QHash<QString, QString> wang{{QStringLiteral("LINLI_USER"), QStringLiteral("wang")},
                                       {QStringLiteral("LINLI_PASSWORD"), QStringLiteral("Wang-2026!")}};
    auto cli = [&](QStringList words) {
        words << QStringLiteral("--db") << path;
        return run(words, wang);
    };
    QCOMPARE(cli({QStringLiteral("init")}).code, 0);
    auto add = [&](const QStringList &words) {
        const Run r = cli(QStringList{QStringLiteral("place"), QStringLiteral("add")} + words);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed().size(), 36); // the new place's uuid
    };
    add({QStringLiteral("community"), QStringLiteral("幸福社区")});
    add({QStringLiteral("grid"), QStringLiteral("第一网格"), QStringLiteral("--community"),
         QStringLiteral("幸福社区")});
    add({QStringLiteral("grid"), QStringLiteral("第二网格"), QStringLiteral("--community"),
         QStringLiteral("幸福社区")});
    add({QStringLiteral("compound"), QStringLiteral("平安小区"), QStringLiteral("--community"),
         QStringLiteral("幸福社区")});
    add({QStringLiteral("building"), QStringLiteral("1号楼"), QStringLiteral("--compound"),
         QStringLiteral("幸福社区/平安小区"), QStringLiteral("--grid"), QStringLiteral("第一网格"),
         QStringLiteral("--units"), QStringLiteral("3")});
    // The same name twice, a grid of no community, a building without its grid: refused.
    Run r = cli({QStringLiteral("place"), QStringLiteral("add"), QStringLiteral("grid"), QStringLiteral("第一网格"),
                 QStringLiteral("--community"), QStringLiteral("幸福社区")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("第一网格")), qPrintable(r.err));
    QCOMPARE(cli({QStringLiteral("place"), QStringLiteral("add"), QStringLiteral("grid"), QStringLiteral("第三网格"),
                  QStringLiteral("--community"), QStringLiteral("无名社区")})
                 .code,
             2);
    QCOMPARE(cli({QStringLiteral("place"), QStringLiteral("add"), QStringLiteral("building"), QStringLiteral("2号楼"),
                  QStringLiteral("--compound"), QStringLiteral("幸福社区/平安小区")})
                 .code,
             2);

    r = cli({QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--building"),
             QStringLiteral("幸福社区/平安小区/1号楼"), QStringLiteral("--unit"), QStringLiteral("1"),
             QStringLiteral("--room"), QStringLiteral("101"), QStringLiteral("--housing"), QStringLiteral("owner"),
             QStringLiteral("--phone"), QStringLiteral("13912345678")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString household = r.out.trimmed();
    QCOMPARE(household.size(), 36);
    r = cli({QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--household-uuid"), household,
             QStringLiteral("--name"), QStringLiteral("王秀英"), QStringLiteral("--id-number"),
             QStringLiteral("11010519491231002X"), QStringLiteral("--relation"), QStringLiteral("head")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--household-uuid"), household,
             QStringLiteral("--name"), QStringLiteral("王小明"), QStringLiteral("--relation"), QStringLiteral("son"),
             QStringLiteral("--sex"), QStringLiteral("男"), QStringLiteral("--birth-date"),
             QStringLiteral("2010-05-01"), QStringLiteral("--party-member")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // A bad relation names itself.
    r = cli({QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--household-uuid"), household,
             QStringLiteral("--name"), QStringLiteral("张三"), QStringLiteral("--relation"), QStringLiteral("boss")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("boss")));

    // The building moves to the second grid with its household; the compound's new name is in
    // the address.
    QCOMPARE(cli({QStringLiteral("place"), QStringLiteral("move"), QStringLiteral("building"),
                  QStringLiteral("幸福社区/平安小区/1号楼"), QStringLiteral("--grid"), QStringLiteral("第二网格")})
                 .code,
             0);
    QCOMPARE(cli({QStringLiteral("place"), QStringLiteral("rename"), QStringLiteral("compound"),
                  QStringLiteral("幸福社区/平安小区"), QStringLiteral("平安家园")})
                 .code,
             0);
    r = cli({QStringLiteral("search"), QStringLiteral("王秀英")});
    QCOMPARE(r.out.trimmed(), QStringLiteral("王秀英\t110105********002X\t平安家园1号楼1单元101室"));
    r = cli({QStringLiteral("export"), QStringLiteral("residents"), QStringLiteral("--out"),
             m_dir.filePath(QStringLiteral("nothing-residents.csv"))});
    QCOMPARE(r.code, 0);
    QFile csv(m_dir.filePath(QStringLiteral("nothing-residents.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString exported = QString::fromUtf8(csv.readAll());
    QVERIFY2(exported.contains(
                 QStringLiteral("幸福社区,第二网格,平安家园,1号楼,1,101,王小明,,男,2010-05-01,子,,户籍,是,在册,,,,")),
             qPrintable(exported));

    // A grid in use is not deleted, and says by what; retired, it is listed with its date.
    r = cli({QStringLiteral("place"), QStringLiteral("delete"), QStringLiteral("grid"),
             QStringLiteral("幸福社区/第二网格")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("第二网格")) && r.err.contains(QStringLiteral("1")), qPrintable(r.err));
    QCOMPARE(cli({QStringLiteral("place"), QStringLiteral("retire"), QStringLiteral("grid"),
                  QStringLiteral("幸福社区/第一网格"), QStringLiteral("--date"), QStringLiteral("2026-11-30")})
                 .code,
             0);
    r = cli({QStringLiteral("place"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    const QJsonObject community = QJsonDocument::fromJson(r.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("communities"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
    QCOMPARE(community.value(QStringLiteral("name")).toString(), QStringLiteral("幸福社区"));
    const QJsonArray grids = community.value(QStringLiteral("grids")).toArray();
    QCOMPARE(grids.size(), 2);
    QCOMPARE(grids.at(0).toObject().value(QStringLiteral("retired_at")).toString(), QStringLiteral("2026-11-30"));
    QVERIFY(grids.at(1).toObject().value(QStringLiteral("retired_at")).isNull());
    const QJsonObject building = community.value(QStringLiteral("compounds"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("buildings"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
    QCOMPARE(building.value(QStringLiteral("grid")).toString(), QStringLiteral("第二网格"));
    QCOMPARE(building.value(QStringLiteral("units")).toInt(), 3);
    // An unused grid can be deleted; every change is in the audit log and the chain holds.
    add({QStringLiteral("grid"), QStringLiteral("第九网格"), QStringLiteral("--community"),
         QStringLiteral("幸福社区")});
    QCOMPARE(cli({QStringLiteral("place"), QStringLiteral("delete"), QStringLiteral("grid"),
                  QStringLiteral("幸福社区/第九网格")})
                 .code,
             0);
    QCOMPARE(cli({QStringLiteral("check")}).code, 0);
    auto db = Database::open(path, Database::OpenMode::MustExist).value();
    QCOMPARE(queryValue(*db,
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'grid' AND action IN "
                                       "('insert', 'retire', 'delete')"))
                 .value()
                 .toInt(),
             5);
}

void TestCli::templateAndColumns()
{
    const QString workbook = m_dir.filePath(QStringLiteral("导入模板.xlsx"));
    QCOMPARE(run({QStringLiteral("template"), QStringLiteral("--out"), workbook}).code, 0);
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, openpyxl\n"
                                 "wb = openpyxl.load_workbook(sys.argv[1])\n"
                                 "print(' '.join(wb.sheetnames))\n"
                                 "for name in wb.sheetnames[:4]:\n"
                                 "    print(','.join(c.value for c in wb[name][1]), wb[name].max_row)\n"
                                 "print(wb['填写说明'].max_row)\n"),
                  workbook});
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, qPrintable(QString::fromUtf8(python.readAllStandardError())));
    const QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("住户 居民 问题台账 走访 填写说明"));
    QCOMPARE(lines.at(1),
             QStringLiteral("社区,网格,小区,楼栋,单元,房号,住房用途,户主姓名,联系电话,户标签,状态,状态日期,备注 1"));
    QCOMPARE(lines.at(2),
             QStringLiteral("社区,网格,小区,楼栋,单元,房号,姓名,公民身份号码,性别,出生日期,与户主关系,联系电话,"
                            "户籍类型,党员,状态,状态日期,去向,标签,备注 1"));
    QVERIFY(lines.at(3).startsWith(
        QStringLiteral("编号,登记日期,来源,反映人,联系电话,社区,网格,地址,类别,子类,问题描述,办理类型,"
                       "责任单位,责任人,交办日期,办理时限,办结日期,办理结果,回访日期,回访结果,退回次数,状态")));
    // A line per column of the four tables, the header and a closing note.
    QCOMPARE(lines.at(5).toInt(), 13 + 19 + 22 + 12 + 2);
    // The README lists the columns as the one declaration has them.
    const Run columns = run({QStringLiteral("columns")});
    QCOMPARE(columns.code, 0);
    QFile readme(QStringLiteral(LINLI_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype begin = text.indexOf(QStringLiteral("<!-- columns:begin -->\n"));
    const qsizetype end = text.indexOf(QStringLiteral("<!-- columns:end -->"));
    QVERIFY(begin > 0 && end > begin);
    QCOMPARE(text.mid(begin + 23, end - begin - 23), columns.out);
}

void TestCli::exportsAreScopedAndMasked()
{
    const QString full = m_dir.filePath(QStringLiteral("full.csv"));
    const QString masked = m_dir.filePath(QStringLiteral("masked.csv"));
    const QString worker = m_dir.filePath(QStringLiteral("worker.csv"));
    auto readAll = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    static const QRegularExpression fullId(QStringLiteral("\\b\\d{17}[\\dX]\\b"));
    static const QRegularExpression maskedId(QStringLiteral("\\b\\d{6}\\*{8}\\d{3}[\\dX]\\b"));
    // An administrator exports in full, and the export is audited with its file.
    Run r = run({QStringLiteral("export"), QStringLiteral("residents"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--out"), full});
    QCOMPARE(r.code, 0);
    QVERIFY(readAll(full).contains(fullId));
    auto db = Database::open(m_db, Database::OpenMode::MustExist).value();
    QCOMPARE(queryValue(*db,
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_full' AND "
                                       "new_values LIKE :f"),
                        {{QStringLiteral("f"), QStringLiteral("%full.csv%")}})
                 .value()
                 .toInt(),
             1);
    // --masked masks, for anyone.
    r = run({QStringLiteral("export"), QStringLiteral("residents"), QStringLiteral("--db"), m_db,
             QStringLiteral("--out"), masked, QStringLiteral("--masked")});
    QCOMPARE(r.code, 0);
    QVERIFY(!readAll(masked).contains(fullId));
    QVERIFY(readAll(masked).contains(maskedId));
    // A grid worker's export is masked, whatever is asked, and holds only their grid.
    const QHash<QString, QString> gridWorker{{QStringLiteral("LINLI_USER"), QStringLiteral("grid1-1")}};
    r = run({QStringLiteral("export"), QStringLiteral("residents"), QStringLiteral("--db"), m_db,
             QStringLiteral("--out"), worker},
            gridWorker);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("遮")));
    const QString text = readAll(worker);
    QVERIFY(!text.contains(fullId));
    QVERIFY(text.contains(maskedId));
    const QStringList rows = lines(text);
    for (const QString &row : rows.mid(1))
        QVERIFY2(row.contains(QStringLiteral(",第一网格,")), qPrintable(row));
    // Nor may a grid worker print numbers in full; the refusal is audited.
    const int refusedBefore
        = queryValue(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused'")).value().toInt();
    r = run({QStringLiteral("print"), QStringLiteral("ledger"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
             m_dir.filePath(QStringLiteral("full-ledger.pdf")), QStringLiteral("--full-ids")},
            gridWorker);
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("无权")));
    QCOMPARE(queryValue(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused'")).value().toInt(),
             refusedBefore + 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
