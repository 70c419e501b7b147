// Damaged registers and files that are not registers, opened as staff and scripts open them:
// each gives a one-line error naming the file, never a crash, and leaves the file as it was.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

class TestDamaged final : public QObject
{
    Q_OBJECT

    struct Run {
        QProcess::ExitStatus status = QProcess::CrashExit;
        int code = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args, bool asAnotherUser = false)
    {
        QProcess p;
        // Permissions bind everyone but root: the test running as root runs Linli as nobody.
        if (asAnotherUser && ::geteuid() == 0)
            p.setChildProcessModifier([] {
                if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                    ::_exit(99);
            });
        p.start(QStringLiteral(LINLI_CLI), args);
        p.waitForFinished(120000);
        return {p.exitStatus(), p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    static QByteArray bytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void write(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(data), data.size());
    }
    // Runs SQL on the file with SQLite itself, as another program (or an attacker) would.
    static void sqlite(const QString &path, const char *sql)
    {
        sqlite3 *handle = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &handle), SQLITE_OK);
        char *message = nullptr;
        const int rc = sqlite3_exec(handle, sql, nullptr, nullptr, &message);
        QVERIFY2(rc == SQLITE_OK, message);
        sqlite3_close(handle);
    }
    QString copyOfRegister(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::copy(m_register, path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    QTemporaryDir m_dir;
    QString m_register;

private slots:
    void initTestCase();
    void refusedWithOneLine_data();
    void refusedWithOneLine();
    void checkFindsTheSchemaChanged_data();
    void checkFindsTheSchemaChanged();
    void readOnlyFolder();
    void tamperingFailsCheck();
};

void TestDamaged::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_register = m_dir.filePath(QStringLiteral("good.linli"));
    const Run made = run({QStringLiteral("demo"), QStringLiteral("--preset"), QStringLiteral("community"),
                          QStringLiteral("--households"), QStringLiteral("60"), QStringLiteral("--today"),
                          QStringLiteral("2026-11-30"), QStringLiteral("--db"), m_register});
    QVERIFY2(made.code == 0, qPrintable(made.err));
    // A register written with its WAL folded in, so that a copy is the whole register.
    sqlite(m_register, "PRAGMA wal_checkpoint(TRUNCATE)");
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--db"), m_register}).code, 0);
}

void TestDamaged::refusedWithOneLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("says"); // a part of the message

    auto version = [this](const char *name, qint32 value) {
        const QString path = copyOfRegister(QString::fromLatin1(name));
        QFile f(path);
        if (f.open(QIODevice::ReadWrite)) {
            f.seek(60); // the header's user_version, big-endian
            const char be[4]
                = {char(quint32(value) >> 24), char(quint32(value) >> 16), char(quint32(value) >> 8), char(value)};
            f.write(be, 4);
        }
        return path;
    };
    QTest::newRow("negative version") << version("negative.linli", qint32(0x80000000u | 14)) << QStringLiteral("损坏");
    QTest::newRow("version -1") << version("minus-one.linli", -1) << QStringLiteral("损坏");
    QTest::newRow("huge version") << version("huge.linli", 0x7FFFFFFF) << QStringLiteral("2147483647");

    const QString zero = m_dir.filePath(QStringLiteral("zero.linli"));
    write(zero, {});
    QTest::newRow("zero-length file") << zero << QStringLiteral("0 字节");

    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QFile::remove(empty);
    sqlite(empty, "PRAGMA user_version = 0; VACUUM");
    QTest::newRow("empty SQLite database") << empty << QStringLiteral("空数据库");

    const QString other = m_dir.filePath(QStringLiteral("music.sqlite"));
    QFile::remove(other);
    sqlite(other, "CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('x')");
    QTest::newRow("another program's database") << other << QStringLiteral("不是邻里台账登记册");

    const QString text = m_dir.filePath(QStringLiteral("notes.linli"));
    write(text, "户主,姓名\n张三,李四\n");
    QTest::newRow("text file") << text << QStringLiteral("不是");

    const QString truncated = copyOfRegister(QStringLiteral("truncated.linli"));
    write(truncated, bytes(m_register).left(3 * 4096 + 100));
    QTest::newRow("truncated file") << truncated << QString();

    QTest::newRow("folder") << m_dir.path() << QStringLiteral("文件夹");
}

void TestDamaged::refusedWithOneLine()
{
    QFETCH(QString, file);
    QFETCH(QString, says);
    const QByteArray before = bytes(file);
    for (const QStringList &command :
         {QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("visits"), QStringLiteral("due")},
          QStringList{QStringLiteral("search"), QStringLiteral("王")}}) {
        const Run r = run(QStringList(command) << QStringLiteral("--db") << file);
        const QString what = command.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err;
        QVERIFY2(r.status == QProcess::NormalExit, qPrintable(what)); // no crash
        QVERIFY2(r.code == 1, qPrintable(what));
        QVERIFY2(r.err.count(QLatin1Char('\n')) == 1, qPrintable(what));
        QVERIFY2(r.err.contains(QFileInfo(file).fileName()), qPrintable(what));
        QVERIFY2(r.err.contains(says), qPrintable(what));
        QVERIFY2(!r.out.contains(QStringLiteral("完整")), qPrintable(what));
    }
    // Nothing was written to it, nor made beside it.
    QCOMPARE(bytes(file), before);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")) || QFileInfo(file + QStringLiteral("-wal")).size() == 0);
}

void TestDamaged::checkFindsTheSchemaChanged_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("named"); // what check names
    QTest::newRow("dropped table") << QStringLiteral("DROP TABLE visit") << QStringLiteral("表 visit 缺失");
    QTest::newRow("dropped index") << QStringLiteral("DROP INDEX household_grid")
                                   << QStringLiteral("索引 household_grid 缺失");
    QTest::newRow("added column") << QStringLiteral("ALTER TABLE resident ADD COLUMN secret TEXT")
                                  << QStringLiteral("secret");
    QTest::newRow("changed index") << QStringLiteral("DROP INDEX household_grid; CREATE INDEX household_grid ON "
                                                     "household (grid_id)")
                                   << QStringLiteral("household_grid");
    QTest::newRow("added trigger") << QStringLiteral(
        "CREATE TRIGGER quiet AFTER UPDATE ON resident BEGIN SELECT 1; END")
                                   << QStringLiteral("触发器 quiet");
    QTest::newRow("added table") << QStringLiteral("CREATE TABLE notes (x)") << QStringLiteral("notes");
}

void TestDamaged::checkFindsTheSchemaChanged()
{
    QFETCH(QString, sql);
    QFETCH(QString, named);
    const QString file = copyOfRegister(QStringLiteral("schema.linli"));
    sqlite(file, sql.toUtf8().constData());
    const Run r = run({QStringLiteral("check"), QStringLiteral("--db"), file});
    QVERIFY2(r.status == QProcess::NormalExit, qPrintable(r.err));
    QCOMPARE(r.code, 1);
    const QString schemaLine = r.out.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(schemaLine.startsWith(QStringLiteral("结构：")), qPrintable(r.out));
    QVERIFY2(schemaLine.contains(named), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("有问题")), qPrintable(r.err));
    // A command that reads the missing part says so in one line; none crashes.
    const Run due = run({QStringLiteral("visits"), QStringLiteral("due"), QStringLiteral("--db"), file,
                         QStringLiteral("--as-of"), QStringLiteral("2026-11-30")});
    QVERIFY2(due.status == QProcess::NormalExit, qPrintable(due.err));
    QVERIFY(due.code == 0 || due.err.count(QLatin1Char('\n')) == 1);
}

// A register in a folder that cannot be written (a CD, a share mounted read-only, a folder of
// another user): every command that reads works, every write is refused with the reason, and
// the file is left as it was.
void TestDamaged::readOnlyFolder()
{
    QTemporaryDir outer;
    const QString folder = outer.filePath(QStringLiteral("只读"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = QDir(folder).filePath(QStringLiteral("register.linli"));
    QVERIFY(QFile::copy(m_register, file));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const auto readable
        = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(outer.path(), readable));
    QVERIFY(QFile::setPermissions(folder, readable));
    const QByteArray before = bytes(file);

    const Run checked = run({QStringLiteral("check"), QStringLiteral("--db"), file}, true);
    QVERIFY2(checked.code == 0, qPrintable(checked.out + checked.err));
    QVERIFY2(checked.out.contains(QStringLiteral("完整")), qPrintable(checked.out));
    const Run search = run({QStringLiteral("search"), QStringLiteral("13"), QStringLiteral("--db"), file}, true);
    QVERIFY2(search.code == 0, qPrintable(search.err));
    QVERIFY(!search.out.trimmed().isEmpty());
    const Run due = run({QStringLiteral("visits"), QStringLiteral("due"), QStringLiteral("--db"), file,
                         QStringLiteral("--as-of"), QStringLiteral("2026-11-30")},
                        true);
    QVERIFY2(due.code == 0, qPrintable(due.err));

    const Run add = run({QStringLiteral("issue"), QStringLiteral("add"), QStringLiteral("--title"),
                         QStringLiteral("路灯不亮"), QStringLiteral("--category"), QStringLiteral("环境卫生"),
                         QStringLiteral("--location"), QStringLiteral("北门"), QStringLiteral("--db"), file},
                        true);
    QCOMPARE(add.status, QProcess::NormalExit);
    QCOMPARE(add.code, 1);
    QCOMPARE(add.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(add.err.contains(QStringLiteral("只读")), qPrintable(add.err));
    QVERIFY2(add.err.contains(QStringLiteral("不可写")), qPrintable(add.err));
    QCOMPARE(bytes(file), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("register.linli")});
    QFile::setPermissions(folder, readable | QFile::WriteOwner);
    QFile::setPermissions(outer.path(), readable | QFile::WriteOwner);
}

// The audit ledger through linli-cli: a direct edit named down to the column, a digest kept
// elsewhere (given on the command line or in a file) that a shortened log no longer reaches.
void TestDamaged::tamperingFailsCheck()
{
    const QString file = copyOfRegister(QStringLiteral("tampered.linli"));
    const Run digest = run({QStringLiteral("audit"), QStringLiteral("digest"), QStringLiteral("--db"), file});
    QCOMPARE(digest.code, 0);
    const QString kept = digest.out.trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+:[0-9a-f]{64}$")).match(kept).hasMatch(), qPrintable(kept));
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--db"), file, QStringLiteral("--digest"), kept}).code, 0);

    sqlite(file, "UPDATE resident SET phone = '13900000000' WHERE id = 2");
    Run r = run({QStringLiteral("check"), QStringLiteral("--db"), file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("resident")) && r.out.contains(QStringLiteral("phone"))
                 && r.out.contains(QStringLiteral("13900000000")),
             qPrintable(r.out));

    // The newest audit rows removed: the chain that is left is whole, the digest is not reached.
    const QString cut = copyOfRegister(QStringLiteral("cut.linli"));
    const QString before
        = run({QStringLiteral("audit"), QStringLiteral("digest"), QStringLiteral("--db"), cut}).out.trimmed();
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--quick"), QStringLiteral("--db"), cut,
                  QStringLiteral("--digest"), before})
                 .code,
             0);
    sqlite(cut,
           "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id > (SELECT max(id) - 30 FROM "
           "audit_log)");
    r = run({QStringLiteral("check"), QStringLiteral("--quick"), QStringLiteral("--db"), cut,
             QStringLiteral("--digest"), before});
    QCOMPARE(r.code, 1);
    QVERIFY(!r.out.contains(QStringLiteral("结构")));
    QVERIFY2(r.out.contains(QStringLiteral("哈希链完整")) && r.out.contains(before), qPrintable(r.out));
    const QString manifest = m_dir.filePath(QStringLiteral("manifest.json"));
    write(manifest, QStringLiteral("{\"audit_digest\": \"%1\"}").arg(before).toUtf8());
    r = run({QStringLiteral("check"), QStringLiteral("--quick"), QStringLiteral("--db"), cut,
             QStringLiteral("--digest-file"), manifest});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(before), qPrintable(r.out));
    // A digest that is not one is a usage error, before anything is opened.
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--db"), cut, QStringLiteral("--digest"),
                  QStringLiteral("12:abc")})
                 .code,
             2);
}

QTEST_GUILESS_MAIN(TestDamaged)
#include "tst_damaged.moc"
