// What Linli leaves on disk: every file it writes is readable by its owner only, and a
// linli-cli killed in the middle of its work leaves either the whole result or nothing, with
// no half file and no readable leftover once Linli has started again.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>

class TestCrash final : public QObject
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
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    // Starts the command, kills it after `ms` milliseconds (or lets it finish first).
    static void killAfter(const QStringList &args, int ms)
    {
        QProcess p;
        p.start(QStringLiteral(LINLI_CLI), args);
        QVERIFY(p.waitForStarted());
        if (!p.waitForFinished(ms)) {
            ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished();
        }
    }
    static qint64 count(const QString &path, const char *table)
    {
        sqlite3 *handle = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            sqlite3_close(handle);
            return -1;
        }
        sqlite3_stmt *statement = nullptr;
        qint64 n = -1;
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
        if (sqlite3_prepare_v2(handle, sql.constData(), -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            n = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        sqlite3_close(handle);
        return n;
    }
    static bool ownerOnly(const QString &path)
    {
        struct stat st {
        };
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 && (st.st_mode & 077) == 0;
    }
    // The files of `dir` other than those named.
    static QStringList others(const QDir &dir, const QStringList &known)
    {
        QStringList found = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
        for (const QString &name : known)
            found.removeAll(name);
        return found;
    }
    static int measure(const QStringList &args)
    {
        QElapsedTimer timer;
        timer.start();
        const Run r = run(args);
        if (r.code != 0)
            qWarning("%s", qPrintable(r.err));
        return int(timer.elapsed());
    }

    QTemporaryDir m_dir;
    QString m_register;
    QString m_households;
    int m_householdCount = 0;

private slots:
    void initTestCase();
    void everyFileIsTheOwnersOnly();
    void killedImportIntoANewRegister();
    void killedExport();
    void killedBackupAndRestore();
};

void TestCrash::initTestCase()
{
    // The program, not the test's environment, keeps files private.
    ::umask(022);
    QVERIFY(m_dir.isValid());
    m_register = m_dir.filePath(QStringLiteral("source.linli"));
    const Run made = run({QStringLiteral("demo"), QStringLiteral("--preset"), QStringLiteral("community"),
                          QStringLiteral("--households"), QStringLiteral("400"), QStringLiteral("--today"),
                          QStringLiteral("2026-11-30"), QStringLiteral("--db"), m_register});
    QVERIFY2(made.code == 0, qPrintable(made.err));
    m_households = m_dir.filePath(QStringLiteral("households.xlsx"));
    const Run exported = run({QStringLiteral("export"), QStringLiteral("households"), QStringLiteral("--db"),
                              m_register, QStringLiteral("--out"), m_households});
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    m_householdCount = int(count(m_register, "household"));
    QVERIFY(m_householdCount >= 400);
}

void TestCrash::everyFileIsTheOwnersOnly()
{
    QTemporaryDir dir;
    const QDir d(dir.path());
    const QString db = m_register;
    const QList<std::pair<QString, QStringList>> commands{
        {QStringLiteral("init.linli"),
         {QStringLiteral("init"), QStringLiteral("--db"), d.filePath(QStringLiteral("init.linli"))}},
        {QStringLiteral("demo.linli"),
         {QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("30"), QStringLiteral("--today"),
          QStringLiteral("2026-11-30"), QStringLiteral("--db"), d.filePath(QStringLiteral("demo.linli"))}},
        {QStringLiteral("imported.linli"),
         {QStringLiteral("import"), QStringLiteral("households"), m_households, QStringLiteral("--db"),
          d.filePath(QStringLiteral("imported.linli"))}},
        {QStringLiteral("r.xlsx"),
         {QStringLiteral("export"), QStringLiteral("residents"), QStringLiteral("--db"), db, QStringLiteral("--out"),
          d.filePath(QStringLiteral("r.xlsx"))}},
        {QStringLiteral("r.csv"),
         {QStringLiteral("export"), QStringLiteral("residents"), QStringLiteral("--db"), db, QStringLiteral("--out"),
          d.filePath(QStringLiteral("r.csv"))}},
        {QStringLiteral("ledger.pdf"),
         {QStringLiteral("print"), QStringLiteral("ledger"), QStringLiteral("--db"), db, QStringLiteral("--out"),
          d.filePath(QStringLiteral("ledger.pdf"))}},
        {QStringLiteral("week.json"),
         {QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--week"), QStringLiteral("2026-W48"),
          QStringLiteral("--db"), db, QStringLiteral("--out"), d.filePath(QStringLiteral("week.json"))}},
    };
    QStringList made;
    for (const auto &[name, args] : commands) {
        const Run r = run(args);
        QVERIFY2(r.code == 0, qPrintable(name + QLatin1Char(' ') + r.err));
        QVERIFY2(QFileInfo::exists(d.filePath(name)), qPrintable(name));
        QVERIFY2(ownerOnly(d.filePath(name)), qPrintable(name));
        made << name;
    }
    // Nothing else is left beside them: no temporary file, no journal.
    QCOMPARE(others(d, made), QStringList());
}

void TestCrash::killedImportIntoANewRegister()
{
    QTemporaryDir dir;
    const QDir d(dir.path());
    const QString probe = d.filePath(QStringLiteral("probe.linli"));
    const QStringList probeArgs{QStringLiteral("import"), QStringLiteral("households"), m_households,
                                QStringLiteral("--db"), probe};
    const int full = measure(probeArgs);
    QVERIFY(count(probe, "household") == m_householdCount);
    for (const char *suffix : {"", "-wal", "-shm"}) // what count() may have made beside it
        QFile::remove(probe + QLatin1String(suffix));
    int complete = 0;
    int none = 0;
    for (int i = 0; i < 20; ++i) {
        const QString target = d.filePath(QStringLiteral("new%1.linli").arg(i));
        killAfter(
            {QStringLiteral("import"), QStringLiteral("households"), m_households, QStringLiteral("--db"), target},
            int(QRandomGenerator::global()->bounded(full * 3 / 10, full * 11 / 10 + 1)));
        if (QFileInfo::exists(target)) {
            // All of it: every household, and a register that passes check.
            QCOMPARE(count(target, "household"), qint64(m_householdCount));
            const Run checked = run({QStringLiteral("check"), QStringLiteral("--db"), target});
            QVERIFY2(checked.code == 0, qPrintable(checked.out + checked.err));
            ++complete;
        } else {
            ++none;
        }
    }
    qInfo("20 kills: %d complete registers, %d with nothing created (a full import takes %d ms)", complete, none, full);
    // The next start in the folder removes what the killed processes were making.
    const QString next = d.filePath(QStringLiteral("next.linli"));
    QVERIFY(run({QStringLiteral("init"), QStringLiteral("--db"), next}).code == 0);
    QStringList registers;
    for (int i = 0; i < 20; ++i)
        if (QFileInfo::exists(d.filePath(QStringLiteral("new%1.linli").arg(i))))
            registers << QStringLiteral("new%1.linli").arg(i);
    const QStringList left = others(d, registers + QStringList{QStringLiteral("next.linli")});
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void TestCrash::killedExport()
{
    QTemporaryDir dir;
    const QDir d(dir.path());
    const QString probe = d.filePath(QStringLiteral("probe.xlsx"));
    const int full = measure({QStringLiteral("export"), QStringLiteral("residents"), QStringLiteral("--db"), m_register,
                              QStringLiteral("--out"), probe});
    // A whole workbook ends with the zip's end of central directory.
    auto whole = [](const QString &path) {
        QFile f(path);
        const QByteArray bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        return bytes.size() > 10000 && bytes.right(22).startsWith(QByteArray("PK\x05\x06", 4));
    };
    QVERIFY(whole(probe));
    QVERIFY(QFile::remove(probe));
    QStringList finished;
    for (int i = 0; i < 20; ++i) {
        const QString name
            = QStringLiteral("r%1.%2").arg(i).arg(i % 2 ? QStringLiteral("csv") : QStringLiteral("xlsx"));
        killAfter({QStringLiteral("export"), QStringLiteral("residents"), QStringLiteral("--db"), m_register,
                   QStringLiteral("--out"), d.filePath(name)},
                  int(QRandomGenerator::global()->bounded(full * 3 / 10, full * 11 / 10 + 1)));
        if (QFileInfo::exists(d.filePath(name))) {
            QVERIFY(ownerOnly(d.filePath(name)));
            if (name.endsWith(QLatin1String(".xlsx")))
                QVERIFY(whole(d.filePath(name)));
            finished << name;
        }
        // Nothing but finished files, even before the next start: the bytes of an unfinished
        // export never had a name.
        const QStringList left = others(d, finished);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }
    qInfo("20 kills: %d finished exports (a full export takes %d ms)", int(finished.size()), full);
}

void TestCrash::killedBackupAndRestore()
{
    QTemporaryDir dir;
    const QDir d(dir.path());
    const QString db = d.filePath(QStringLiteral("register.linli"));
    QVERIFY(QFile::copy(m_register, db));
    const QStringList create{QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--db"), db};
    const int full = measure(create);
    const QDir backups(d.filePath(QStringLiteral("备份")));
    QCOMPARE(backups.entryList({QStringLiteral("*.linli")}, QDir::Files).size(), 1);
    for (int i = 0; i < 20; ++i) {
        killAfter(create, int(QRandomGenerator::global()->bounded(full * 3 / 10, full * 11 / 10 + 1)));
    }
    // Every backup that has a name is whole; the next backup clears what the killed ones left.
    QCOMPARE(run(create).code, 0);
    const QStringList made = backups.entryList({QStringLiteral("*.linli")}, QDir::Files);
    for (const QString &name : made) {
        const Run verified = run({QStringLiteral("backup"), QStringLiteral("verify"), backups.filePath(name)});
        QVERIFY2(verified.code == 0, qPrintable(verified.err));
        QVERIFY(ownerOnly(backups.filePath(name)));
    }
    QStringList expected = made;
    for (const QString &name : made)
        expected << name + QStringLiteral(".manifest.json");
    const QStringList left = others(backups, expected);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    qInfo("21 backups started, 20 killed: %d whole backups (a backup takes %d ms)", int(made.size()), full);

    const QString source = backups.filePath(made.constFirst());
    const int restoreTime = measure({QStringLiteral("backup"), QStringLiteral("restore"), source,
                                     QStringLiteral("--to"), d.filePath(QStringLiteral("probe.linli"))});
    int complete = 0;
    for (int i = 0; i < 20; ++i) {
        const QString target = d.filePath(QStringLiteral("restored%1.linli").arg(i));
        killAfter({QStringLiteral("backup"), QStringLiteral("restore"), source, QStringLiteral("--to"), target},
                  int(QRandomGenerator::global()->bounded(restoreTime * 3 / 10, restoreTime * 11 / 10 + 1)));
        if (QFileInfo::exists(target)) {
            const Run checked = run({QStringLiteral("check"), QStringLiteral("--db"), target});
            QVERIFY2(checked.code == 0, qPrintable(checked.out + checked.err));
            ++complete;
        }
    }
    qInfo("20 restores killed: %d complete, the rest absent (a restore takes %d ms)", complete, restoreTime);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
