// linli-cli backup create|list|verify|restore: the register's copies (DESIGN.md, Backups).
#include "commands.h"

#include "access/permissions.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace linli::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linli::cli", text);
}

QString usageText()
{
    return tr("Say what to do: linli-cli backup create [--to DIR] --db DB | backup list [--format json] --db DB | "
              "backup verify FILE | backup restore FILE --to NEW_FILE");
}

// On a server, the server's own tool makes the copy.
int pgDump(Database &db, const Arguments &args, QTextStream &out)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
    if (tool.isEmpty())
        return fail(tr("A register on a PostgreSQL server is backed up with the server's pg_dump, which is not "
                       "installed here; install postgresql-client, or ask the server's administrator."));
    const QUrl url(db.location());
    const QString folder = args.value(QStringLiteral("to"), QStringLiteral("备份"));
    if (!QDir().mkpath(folder))
        return fail(tr("The backup folder %1 cannot be made.").arg(folder));
    const QString file = QDir(folder).filePath(
        QStringLiteral("%1-%2.dump")
            .arg(url.path().mid(1), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QProcess dump;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!url.password().isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), url.password()); // never on the command line
    dump.setProcessEnvironment(env);
    QStringList dumpArgs{QStringLiteral("-Fc"),
                         QStringLiteral("-f"),
                         file,
                         QStringLiteral("-h"),
                         url.host().isEmpty() ? QStringLiteral("localhost") : url.host(),
                         QStringLiteral("-p"),
                         QString::number(url.port(5432))};
    if (!url.userName().isEmpty())
        dumpArgs << QStringLiteral("-U") << url.userName();
    dumpArgs << url.path().mid(1);
    dump.start(tool, dumpArgs);
    if (!dump.waitForFinished(-1) || dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0) {
        QFile::remove(file);
        return fail(tr("pg_dump failed: %1").arg(QString::fromLocal8Bit(dump.readAllStandardError()).trimmed()));
    }
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    out << tr("The server's register was dumped with pg_dump -Fc to %1.").arg(QFileInfo(file).absoluteFilePath())
        << Qt::endl;
    return 0;
}

QJsonObject toJson(const Backups::Manifest &m)
{
    QJsonObject counts;
    for (auto it = m.counts.cbegin(); it != m.counts.cend(); ++it)
        counts.insert(it.key(), it.value());
    return {{QStringLiteral("file"), m.file},       {QStringLiteral("time"), m.time.toString(Qt::ISODate)},
            {QStringLiteral("version"), m.version}, {QStringLiteral("bytes"), m.bytes},
            {QStringLiteral("reason"), m.reason},   {QStringLiteral("audit_digest"), m.digest},
            {QStringLiteral("counts"), counts}};
}

} // namespace

int runBackup(const Arguments &args, QTextStream &out)
{
    const QString action = args.positional.value(0);
    if (action == QLatin1String("verify")) {
        const QString file = args.positional.value(1);
        if (file.isEmpty())
            return fail(usageText(), kUsageError);
        auto m = Backups::verify(file);
        if (!m)
            return fail(m.error().message);
        out << tr("The backup %1 is whole: version %2, made %3, %4 households, %5 residents, %6 issues, audit digest "
                  "%7.")
                   .arg(QFileInfo(file).absoluteFilePath())
                   .arg(m->version)
                   .arg(m->time.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                   .arg(m->counts.value(QStringLiteral("household")))
                   .arg(m->counts.value(QStringLiteral("resident")))
                   .arg(m->counts.value(QStringLiteral("issue")))
                   .arg(m->digest)
            << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("restore")) {
        const QString file = args.positional.value(1);
        const QString target = args.value(QStringLiteral("to"));
        if (file.isEmpty() || target.isEmpty())
            return fail(usageText(), kUsageError);
        if (Status s = Backups::restore(file, target); !s)
            return fail(s.error().message);
        out << tr("Restored %1 to the new register %2.").arg(file, QFileInfo(target).absoluteFilePath()) << Qt::endl;
        return 0;
    }
    if (action != QLatin1String("create") && action != QLatin1String("list"))
        return fail(usageText(), kUsageError);
    int code = 0;
    auto db = openRegister(args, &code);
    if (!db)
        return code;
    if (Status s = Access::require(*db, actingUser(), Permission::Backups); !s)
        return fail(s.error().message);
    if (action == QLatin1String("create")) {
        if (!db->isSQLite())
            return pgDump(*db, args, out);
        auto m = Backups::create(*db, QStringLiteral("manual"), args.value(QStringLiteral("to")));
        if (!m)
            return fail(m.error().message);
        out << tr("Backed up to %1 (%2 bytes, checked; audit digest %3).").arg(m->file).arg(m->bytes).arg(m->digest)
            << Qt::endl;
        return 0;
    }
    const QString folder = args.value(QStringLiteral("to"), Backups::defaultFolder(db->location()));
    auto all = Backups::list(folder);
    if (!all)
        return fail(all.error().message);
    if (args.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray array;
        for (const Backups::Manifest &m : all.value())
            array << toJson(m);
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const Backups::Manifest &m : all.value())
        out << m.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << '\t' << m.file << '\t' << m.bytes << '\t'
            << (m.digest.isEmpty() ? tr("(no manifest)") : m.digest) << Qt::endl;
    if (all->isEmpty())
        out << tr("No backups in %1.").arg(folder) << Qt::endl;
    return 0;
}

} // namespace linli::cli
