#include "backups.h"

#include "audit.h"
#include "auditledger.h"
#include "database.h"
#include "privatefile.h"
#include "registercheck.h"
#include "sql.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>

namespace linli {

namespace {

const QLatin1String kManifestSuffix(".manifest.json");
const QString kTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss");

Error failed(const QString &file, const QString &why)
{
    return Error{ErrorCode::Storage, Backups::tr("The backup %1 failed its check: %2").arg(file, why), {}};
}

// What a backup holds, read from the file itself.
Result<Backups::Manifest> inspect(const QString &file)
{
    auto opened = Database::openRaw(file, Database::OpenMode::ReadOnly);
    if (!opened)
        return opened.error();
    Database &db = *opened.value();
    auto problems = RegisterCheck::integrity(db);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return failed(file, problems->join(QStringLiteral("; ")));
    auto chain = AuditLog::verify(db);
    if (!chain)
        return chain.error();
    if (chain->firstBadId)
        return failed(file, chain->reason);
    Backups::Manifest m;
    m.file = QFileInfo(file).absoluteFilePath();
    m.bytes = QFileInfo(file).size();
    auto version = db.schemaVersion();
    if (!version)
        return version.error();
    m.version = version.value();
    QStringList tables = AuditLedger::tables();
    tables << QStringLiteral("audit_log");
    for (const QString &table : std::as_const(tables)) {
        auto count = queryValue(db,
                                QStringLiteral("SELECT count(*) FROM %1")
                                    .arg(table == QLatin1String("user") ? QStringLiteral("\"user\"") : table));
        if (count) // a table an older version does not have is not counted
            m.counts.insert(table, count->toLongLong());
    }
    auto digest = AuditLedger::current(db);
    if (!digest)
        return digest.error();
    m.digest = digest->text();
    return m;
}

Status writeManifest(const Backups::Manifest &m)
{
    PrivateFile out(Backups::manifestPath(m.file));
    if (Status s = out.open(); !s)
        return s;
    const QByteArray json = m.json();
    if (out.device().write(json) != json.size())
        return Error{ErrorCode::Output, out.device().errorString(), {}};
    return out.commit();
}

} // namespace

QByteArray Backups::Manifest::json() const
{
    QJsonObject counted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        counted.insert(it.key(), it.value());
    const QJsonObject o{{QStringLiteral("file"), QFileInfo(file).fileName()},
                        {QStringLiteral("register"), registerFile},
                        {QStringLiteral("time"), time.toString(kTimeFormat)},
                        {QStringLiteral("version"), version},
                        {QStringLiteral("counts"), counted},
                        {QStringLiteral("audit_digest"), digest},
                        {QStringLiteral("bytes"), bytes},
                        {QStringLiteral("reason"), reason}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<Backups::Manifest> Backups::Manifest::fromJson(const QByteArray &json, const QString &file)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Error{
            ErrorCode::Invalid, tr("The manifest of %1 cannot be read: %2").arg(file, error.errorString()), {}};
    const QJsonObject o = doc.object();
    Manifest m;
    m.file = file;
    m.registerFile = o.value(QStringLiteral("register")).toString();
    m.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), kTimeFormat);
    m.version = o.value(QStringLiteral("version")).toInt();
    const QJsonObject counted = o.value(QStringLiteral("counts")).toObject();
    for (auto it = counted.constBegin(); it != counted.constEnd(); ++it)
        m.counts.insert(it.key(), qint64(it.value().toDouble()));
    m.digest = o.value(QStringLiteral("audit_digest")).toString();
    m.bytes = qint64(o.value(QStringLiteral("bytes")).toDouble());
    m.reason = o.value(QStringLiteral("reason")).toString();
    return m;
}

QString Backups::defaultFolder(const QString &registerPath)
{
    return QFileInfo(registerPath).absoluteDir().filePath(QStringLiteral("备份"));
}

QString Backups::manifestPath(const QString &backupFile)
{
    return backupFile + kManifestSuffix;
}

Result<Backups::Manifest> Backups::create(Database &db, const QString &reason, const QString &folder,
                                          const QDateTime &now)
{
    if (!db.isSQLite())
        return Error{ErrorCode::Unsupported,
                     tr("A register on a PostgreSQL server is backed up by the server (pg_dump), not by Linli."),
                     {}};
    const QString dir = folder.isEmpty() ? defaultFolder(db.location()) : QFileInfo(folder).absoluteFilePath();
    if (!QDir().mkpath(dir))
        return Error{ErrorCode::Output, tr("The backup folder %1 cannot be made.").arg(dir), {}};
    PrivateFile::removeLeftovers(dir); // what a backup killed half-way left
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString base = QFileInfo(db.location()).completeBaseName() + QLatin1Char('-')
        + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QDir(dir).filePath(base + QStringLiteral(".linli"));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(dir).filePath(QStringLiteral("%1-%2.linli").arg(base).arg(n));

    // A copy of the register as one transaction sees it, under a hidden name until checked.
    const QString temporary = PrivateFile::temporaryPath(target);
    PrivateFile::discard(temporary);
    if (Status s = execStatement(db, QStringLiteral("VACUUM INTO :file"), {{QStringLiteral("file"), temporary}}); !s) {
        PrivateFile::discard(temporary);
        return Error{
            ErrorCode::Output, tr("The backup %1 could not be written: %2").arg(target, s.error().message), {}};
    }
    QFile::setPermissions(temporary, QFile::ReadOwner | QFile::WriteOwner);
    {
        // One file, no write-ahead log beside it: a backup is read, copied and carried away.
        sqlite3 *handle = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(temporary).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr)
            == SQLITE_OK)
            sqlite3_exec(handle, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        sqlite3_close(handle);
    }
    auto checked = inspect(temporary);
    if (!checked) {
        PrivateFile::discard(temporary);
        return checked.error();
    }
    Manifest m = checked.value();
    m.file = target;
    m.registerFile = QFileInfo(db.location()).absoluteFilePath();
    m.time = now;
    m.reason = reason;
    // The manifest first: a backup never stands without one.
    if (Status s = writeManifest(m); !s) {
        PrivateFile::discard(temporary);
        return s.error();
    }
    Status published = PrivateFile::publish(temporary, target);
    PrivateFile::discard(temporary);
    if (!published) {
        QFile::remove(manifestPath(target));
        return published.error();
    }
    rotate(dir, now);
    return m;
}

Result<std::optional<Backups::Manifest>> Backups::createIfChanged(Database &db, const QString &reason,
                                                                  const QString &folder, const QDateTime &now)
{
    if (!db.isSQLite() || db.isReadOnly())
        return std::optional<Manifest>();
    auto digest = AuditLedger::current(db);
    if (!digest)
        return digest.error();
    auto all = list(folder.isEmpty() ? defaultFolder(db.location()) : folder);
    if (all && !all->isEmpty() && all->constFirst().digest == digest->text())
        return std::optional<Manifest>();
    auto made = create(db, reason, folder, now);
    if (!made)
        return made.error();
    return std::optional<Manifest>(made.value());
}

Result<Backups::Manifest> Backups::verify(const QString &backupFile)
{
    if (!QFileInfo::exists(backupFile))
        return Error{ErrorCode::NotFound, tr("The backup %1 does not exist.").arg(backupFile), {}};
    auto found = inspect(backupFile);
    if (!found)
        return found.error();
    QFile file(manifestPath(backupFile));
    if (!file.open(QIODevice::ReadOnly))
        return failed(backupFile, tr("its manifest %1 is missing").arg(file.fileName()));
    auto manifest = Manifest::fromJson(file.read(1 << 20), QFileInfo(backupFile).absoluteFilePath());
    if (!manifest)
        return manifest.error();
    if (manifest->digest != found->digest)
        return failed(backupFile,
                      tr("its audit digest is %1, its manifest says %2").arg(found->digest, manifest->digest));
    for (auto it = manifest->counts.cbegin(); it != manifest->counts.cend(); ++it)
        if (found->counts.value(it.key(), -1) != it.value())
            return failed(backupFile,
                          tr("table %1 has %2 rows, its manifest says %3")
                              .arg(it.key())
                              .arg(found->counts.value(it.key(), 0))
                              .arg(it.value()));
    return manifest;
}

Result<QList<Backups::Manifest>> Backups::list(const QString &folder)
{
    QList<Manifest> out;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.linli")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(name);
        QFile file(manifestPath(path));
        Manifest m;
        if (file.open(QIODevice::ReadOnly)) {
            auto read = Manifest::fromJson(file.read(1 << 20), path);
            if (read)
                m = read.value();
        }
        m.file = path;
        if (!m.time.isValid())
            m.time = QFileInfo(path).lastModified();
        m.bytes = QFileInfo(path).size();
        out << m;
    }
    std::sort(out.begin(), out.end(), [](const Manifest &a, const Manifest &b) { return a.time > b.time; });
    return out;
}

Status Backups::restore(const QString &backupFile, const QString &target)
{
    if (QFileInfo::exists(target))
        return Error{ErrorCode::Conflict,
                     tr("%1 already exists; a restore writes a new file and never replaces one.").arg(target),
                     {}};
    auto checked = verify(backupFile);
    if (!checked)
        return checked.error();
    const QString temporary = PrivateFile::temporaryPath(target);
    PrivateFile::discard(temporary);
    if (!QFile::copy(backupFile, temporary))
        return Error{ErrorCode::Output, tr("%1 could not be written.").arg(target), {}};
    QFile::setPermissions(temporary, QFile::ReadOwner | QFile::WriteOwner);
    Status status;
    {
        // Opened as a register: brought to this version, and its chain checked once more.
        auto db = Database::open(temporary, Database::OpenMode::MustExist);
        status = db ? Status() : Status(db.error());
        if (status) {
            auto chain = AuditLog::verify(*db.value());
            if (!chain)
                status = chain.error();
            else if (chain->firstBadId)
                status = failed(backupFile, chain->reason);
        }
        if (status)
            status = db.value()->execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    if (status)
        status = PrivateFile::publish(temporary, target);
    PrivateFile::discard(temporary);
    if (status) // a restored register starts a new history on this workstation
        AuditLedger::forget(target);
    return status;
}

QList<int> Backups::kept(const QList<QDateTime> &times, const QDateTime &now)
{
    QList<int> order;
    for (int i = 0; i < times.size(); ++i)
        if (times.at(i).isValid() && times.at(i) <= now)
            order << i;
    std::sort(order.begin(), order.end(), [&](int a, int b) { return times.at(a) > times.at(b); });
    QSet<int> keep;
    for (int i = 0; i < order.size() && i < 24; ++i)
        keep.insert(order.at(i));
    // The newest of each period: `same` tells whether a time falls in the period of `back`.
    auto newestOf = [&](int periods, const std::function<bool(const QDate &, int)> &same) {
        for (int back = 0; back < periods; ++back)
            for (int i : std::as_const(order))
                if (same(times.at(i).date(), back)) {
                    keep.insert(i);
                    break;
                }
    };
    const QDate today = now.date();
    newestOf(7, [&](const QDate &d, int back) { return d == today.addDays(-back); });
    newestOf(4, [&](const QDate &d, int back) {
        int year = 0;
        int otherYear = 0;
        const int week = d.weekNumber(&year);
        const int wanted = today.addDays(-7 * back).weekNumber(&otherYear);
        return week == wanted && year == otherYear;
    });
    newestOf(12, [&](const QDate &d, int back) {
        const QDate month = today.addMonths(-back);
        return d.year() == month.year() && d.month() == month.month();
    });
    QList<int> out(keep.cbegin(), keep.cend());
    std::sort(out.begin(), out.end());
    return out;
}

QStringList Backups::rotate(const QString &folder, const QDateTime &now)
{
    QStringList removed;
    auto all = list(folder);
    if (!all)
        return removed;
    QList<QDateTime> times;
    for (const Manifest &m : all.value())
        times << m.time;
    const QList<int> keep = kept(times, now);
    for (int i = 0; i < all->size(); ++i) {
        const Manifest &m = all->at(i);
        if (keep.contains(i) || m.time > now)
            continue;
        if (QFile::remove(m.file)) {
            QFile::remove(manifestPath(m.file));
            removed << m.file;
        }
    }
    // A manifest whose backup never got its name (a crash between the two) goes too.
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*") + kManifestSuffix}, QDir::Files))
        if (!QFileInfo::exists(dir.filePath(name.chopped(kManifestSuffix.size()))))
            QFile::remove(dir.filePath(name));
    return removed;
}

bool Backups::due(const QDateTime &firstUnsavedWrite, const QDateTime &now)
{
    return firstUnsavedWrite.isValid() && firstUnsavedWrite.secsTo(now) >= kIntervalSeconds;
}

} // namespace linli
