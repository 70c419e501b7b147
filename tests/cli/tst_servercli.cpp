// linli-cli against a PostgreSQL server (the fixture of tests/pg): init makes the schema and the
// first administrator in an empty database, demo fills an empty one and refuses one that holds
// a register, the server's address is shown without its password, and the demo's weekly
// figures are those of the same demo in a SQLite file, byte for byte.
#include "testregister.h"

#include <QProcess>
#include <QTest>
#include <QUrl>

using namespace linli;

class TestServerCli final : public QObject
{
    Q_OBJECT

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(LINLI_CLI), args);
        p.waitForFinished(300000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    // A fresh schema's address, with a password in it that must never be shown.
    static QString withPassword(const QString &address)
    {
        QUrl url(address);
        url.setPassword(QStringLiteral("s3cret-pw"));
        return url.toString();
    }
    QTemporaryDir m_dir;

private slots:
    void initTestCase();
    void initMakesTheSchemaAndTheAdministrator();
    void demoFillsAnEmptyDatabaseOnly();
    void issuesAtAPlaceOfAStreet();
    void eightClientsAtOnce_data();
    void eightClientsAtOnce();
};

void TestServerCli::initTestCase()
{
    if (test::postgresUrl().isEmpty())
        QSKIP("no PostgreSQL server (LINLI_TEST_PG_URL); run through ctest's pg_servercli");
    QVERIFY(m_dir.isValid());
}

void TestServerCli::initMakesTheSchemaAndTheAdministrator()
{
    const QString db = withPassword(test::freshPostgresRegister());
    const Run made
        = run({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")});
    QVERIFY2(made.code == 0, qPrintable(made.err));
    QVERIFY2(!made.out.contains(QStringLiteral("s3cret-pw")), qPrintable(made.out));
    QVERIFY(made.out.contains(QStringLiteral("postgresql://postgres@")));
    const Run checked = run({QStringLiteral("check"), QStringLiteral("--db"), db});
    QVERIFY2(checked.code == 0, qPrintable(checked.out + checked.err));
    QVERIFY(checked.out.contains(QStringLiteral("结构：ok")));
    // A second init finds its administrator there.
    const Run again
        = run({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")});
    QVERIFY(again.code != 0);
    QCOMPARE(again.err.count(QLatin1Char('\n')), 1);
}

void TestServerCli::demoFillsAnEmptyDatabaseOnly()
{
    const QString db = withPassword(test::freshPostgresRegister());
    const QStringList demo{QStringLiteral("demo"),         QStringLiteral("--preset"), QStringLiteral("community"),
                           QStringLiteral("--households"), QStringLiteral("200"),      QStringLiteral("--today"),
                           QStringLiteral("2026-11-30")};
    const Run filled = run(demo + QStringList{QStringLiteral("--db"), db});
    QVERIFY2(filled.code == 0, qPrintable(filled.err));
    QVERIFY2(!filled.out.contains(QStringLiteral("s3cret-pw")), qPrintable(filled.out));
    QVERIFY(filled.out.contains(QStringLiteral("200 户")));
    const Run twice = run(demo + QStringList{QStringLiteral("--db"), db});
    QVERIFY(twice.code != 0);
    QVERIFY2(twice.err.contains(QStringLiteral("已有登记册")), qPrintable(twice.err));
    QVERIFY(!twice.err.contains(QStringLiteral("s3cret-pw")));
    const Run checked = run({QStringLiteral("check"), QStringLiteral("--db"), db});
    QVERIFY2(checked.code == 0, qPrintable(checked.out + checked.err));

    // The same demo in a file: the same weekly figures.
    const QString file = m_dir.filePath(QStringLiteral("demo.linli"));
    QCOMPARE(run(demo + QStringList{QStringLiteral("--db"), file}).code, 0);
    for (const char *week : {"2026-W40", "2026-W47"}) {
        const QStringList report{QStringLiteral("report"),  QStringLiteral("weekly"),   QStringLiteral("--week"),
                                 QString::fromLatin1(week), QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("--db")};
        const Run onServer = run(report + QStringList{db});
        const Run inFile = run(report + QStringList{file});
        QCOMPARE(onServer.code, 0);
        QVERIFY(onServer.out.contains(QStringLiteral("\"by_community\"")));
        QCOMPARE(onServer.out, inFile.out);
    }
}

void TestServerCli::issuesAtAPlaceOfAStreet()
{
    // A register of two communities: an issue at a place (no household) names its community or
    // grid, and is refused in one line when it names neither.
    const QString db = m_dir.filePath(QStringLiteral("street.linli"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--preset"), QStringLiteral("community"),
                  QStringLiteral("--households"), QStringLiteral("10"), QStringLiteral("--today"),
                  QStringLiteral("2026-11-30"), QStringLiteral("--db"), db})
                 .code,
             0);
    QCOMPARE(run({QStringLiteral("place"), QStringLiteral("add"), QStringLiteral("community"),
                  QStringLiteral("和平社区"), QStringLiteral("--db"), db})
                 .code,
             0);
    QCOMPARE(run({QStringLiteral("place"), QStringLiteral("add"), QStringLiteral("grid"), QStringLiteral("东区网格"),
                  QStringLiteral("--community"), QStringLiteral("和平社区"), QStringLiteral("--db"), db})
                 .code,
             0);
    const QStringList add{
        QStringLiteral("issue"),      QStringLiteral("add"),      QStringLiteral("--db"),       db,
        QStringLiteral("--title"),    QStringLiteral("路灯不亮"), QStringLiteral("--category"), QStringLiteral("其他"),
        QStringLiteral("--location"), QStringLiteral("东门")};
    const Run nowhere = run(add);
    QVERIFY(nowhere.code != 0);
    QCOMPARE(nowhere.err.count(QLatin1Char('\n')), 1);
    QVERIFY(run(add + QStringList{QStringLiteral("--community"), QStringLiteral("和平社区")}).code == 0);
    QVERIFY(run(add + QStringList{QStringLiteral("--grid"), QStringLiteral("东区网格")}).code == 0);
    const Run unknown = run(add + QStringList{QStringLiteral("--grid"), QStringLiteral("西区网格")});
    QVERIFY(unknown.code != 0);
    QVERIFY2(unknown.err.contains(QStringLiteral("西区网格")), qPrintable(unknown.err));
    const Run report
        = run({QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--week"), QStringLiteral("2026-W49"),
               QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--scope"),
               QStringLiteral("community:和平社区"), QStringLiteral("--db"), db});
    QCOMPARE(report.code, 0);
    QVERIFY2(report.out.contains(QStringLiteral("\"new\": 2")), qPrintable(report.out.left(400)));
}

void TestServerCli::eightClientsAtOnce_data()
{
    QTest::addColumn<bool>("server");
    QTest::newRow("SQLite file") << false;
    QTest::newRow("PostgreSQL server") << true;
}

void TestServerCli::eightClientsAtOnce()
{
    // Eight programs registering issues at once lose nothing; eight dispatching the same issue
    // at the same moment: exactly one succeeds, the seven others are refused, and the issue has
    // one 交办. The audit chain and ledger hold throughout.
    QFETCH(bool, server);
    static int registers = 0;
    const QString db
        = server ? test::freshPostgresRegister() : m_dir.filePath(QStringLiteral("eight-%1.linli").arg(++registers));
    const Run made = run({QStringLiteral("demo"), QStringLiteral("--preset"), QStringLiteral("community"),
                          QStringLiteral("--households"), QStringLiteral("20"), QStringLiteral("--today"),
                          QStringLiteral("2026-11-30"), QStringLiteral("--db"), db});
    QVERIFY2(made.code == 0, qPrintable(made.err));
    auto count = [&db] {
        const Run listed = run({QStringLiteral("issue"), QStringLiteral("list"), QStringLiteral("--db"), db});
        return listed.out.count(QLatin1Char('\n'));
    };
    const int before = count();

    // Eight clients, five registrations each, all at once.
    QList<QProcess *> clients;
    for (int client = 0; client < 8; ++client) {
        auto *p = new QProcess(this);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"),
                  QStringLiteral("for i in 1 2 3 4 5; do \"$0\" issue add --db \"$1\" --title \"并发登记 $2-$i\" "
                                 "--category 其他 --location 小区门口 || exit 1; done"),
                  QStringLiteral(LINLI_CLI), db, QString::number(client)});
        clients << p;
    }
    for (QProcess *p : std::as_const(clients)) {
        QVERIFY(p->waitForFinished(240000));
        QVERIFY2(p->exitCode() == 0, p->readAll().constData());
        delete p;
    }
    QCOMPARE(count(), before + 40);

    // Eight clients dispatching one issue at the same moment.
    const Run added = run({QStringLiteral("issue"), QStringLiteral("add"), QStringLiteral("--db"), db,
                           QStringLiteral("--title"), QStringLiteral("同时交办"), QStringLiteral("--category"),
                           QStringLiteral("其他"), QStringLiteral("--location"), QStringLiteral("小区门口")});
    QCOMPARE(added.code, 0);
    const QString number = added.out.section(QLatin1Char('\t'), 0, 0).trimmed();
    QVERIFY2(!number.isEmpty(), qPrintable(added.out));
    QCOMPARE(run({QStringLiteral("issue"), QStringLiteral("accept"), number, QStringLiteral("--db"), db}).code, 0);
    clients.clear();
    for (int client = 0; client < 8; ++client) {
        auto *p = new QProcess(this);
        p->start(QStringLiteral(LINLI_CLI),
                 {QStringLiteral("issue"), QStringLiteral("dispatch"), number, QStringLiteral("--db"), db,
                  QStringLiteral("--department"), QStringLiteral("城管"), QStringLiteral("--handling"),
                  QStringLiteral("限期办理")});
        clients << p;
    }
    int succeeded = 0;
    for (QProcess *p : std::as_const(clients)) {
        QVERIFY(p->waitForFinished(120000));
        if (p->exitCode() == 0)
            ++succeeded;
        else
            QCOMPARE(QString::fromUtf8(p->readAllStandardError()).count(QLatin1Char('\n')), 1); // refused, in a line
        delete p;
    }
    QCOMPARE(succeeded, 1);
    const Run shown = run({QStringLiteral("issue"), QStringLiteral("show"), number, QStringLiteral("--db"), db});
    QCOMPARE(shown.out.count(QStringLiteral("\t交办\t")), 1);
    const Run checked = run({QStringLiteral("check"), QStringLiteral("--db"), db});
    QVERIFY2(checked.code == 0, qPrintable(checked.out + checked.err));
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
