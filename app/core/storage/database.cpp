#include "database.h"

#include "auditledger.h"
#include "backups.h"
#include "migrations.h"
#include "privatefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <sqlite3.h>
#include <sys/vfs.h>

namespace linli {

namespace {

Error storageError(const QString &what, const QSqlError &error)
{
    return Error{ErrorCode::Storage, QStringLiteral("%1: %2").arg(what, error.text()), {}};
}

// SQLite's locking does not hold on network filesystems; WAL needs shared memory.
bool isNetworkFilesystem(const QString &directory, QString *kind)
{
    struct statfs info {
    };
    if (statfs(QFile::encodeName(directory).constData(), &info) != 0)
        return false;
    switch (static_cast<unsigned long>(info.f_type)) {
    case 0x6969UL: *kind = QStringLiteral("NFS"); return true;
    case 0x517BUL: *kind = QStringLiteral("SMB"); return true;
    case 0xFF534D42UL: *kind = QStringLiteral("CIFS"); return true;
    case 0xFE534D42UL: *kind = QStringLiteral("SMB2"); return true;
    case 0x5346414FUL: *kind = QStringLiteral("AFS"); return true;
    case 0x73757245UL: *kind = QStringLiteral("Coda"); return true;
    case 0x564CUL: *kind = QStringLiteral("NCP"); return true;
    default: return false;
    }
}

} // namespace

Result<std::shared_ptr<Database>> Database::open(const QString &location, OpenMode mode)
{
    // What a crash left of files being made beside the register goes first.
    if (!location.startsWith(QLatin1String("postgres")) && location != QLatin1String(":memory:"))
        PrivateFile::removeLeftovers(QFileInfo(location).absolutePath());
    auto db = openRaw(location, mode);
    if (!db)
        return db;
    // A register about to be upgraded is backed up first, as it is.
    if (db.value()->isSQLite() && !db.value()->isReadOnly() && location != QLatin1String(":memory:")) {
        auto version = db.value()->schemaVersion();
        if (!version)
            return version.error();
        if (version.value() > 0 && version.value() < Migrations::latestVersion())
            if (auto backup = Backups::create(*db.value(), QStringLiteral("migration")); !backup)
                return Error{ErrorCode::Storage,
                             tr("The register %1 must be upgraded, but could not be backed up first, so it was left "
                                "as it was: %2")
                                 .arg(location, backup.error().message),
                             QStringLiteral("db")};
    }
    if (Status migrated = Migrations::migrate(*db.value()); !migrated)
        return migrated.error();
    return db;
}

Status Database::createFile(const QString &path, const std::function<Status(const std::shared_ptr<Database> &)> &fill)
{
    if (QFileInfo::exists(path))
        return Error{ErrorCode::Conflict,
                     tr("%1 already exists; a new register is never written over a file.").arg(path),
                     QStringLiteral("db")};
    const QString temporary = PrivateFile::temporaryPath(path);
    PrivateFile::discard(temporary);
    Status status;
    {
        auto db = open(temporary, OpenMode::CreateIfMissing);
        if (!db)
            return db.error();
        QFile::setPermissions(temporary, QFile::ReadOwner | QFile::WriteOwner);
        db.value()->m_shownAs = QFileInfo(path).absoluteFilePath(); // what the user chose, in every message
        status = fill(db.value());
        if (status)
            status = db.value()->execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (db.value().use_count() > 1 && status)
            status = Error{ErrorCode::Storage, tr("The new register %1 is still in use.").arg(path), {}};
    } // closed: SQLite folds the write-ahead log into the file
    if (status)
        status = PrivateFile::publish(temporary, path);
    PrivateFile::discard(temporary);
    if (status) // a new register at this path: the digests of an earlier one there no longer apply
        AuditLedger::forget(path);
    return status;
}

Result<std::shared_ptr<Database>> Database::openAnother() const
{
    auto db = open(m_location, OpenMode::MustExist);
    if (db)
        db.value()->setActor(m_actor);
    return db;
}

Result<std::shared_ptr<Database>> Database::openRaw(const QString &location, OpenMode mode)
{
    std::shared_ptr<Database> db(new Database);
    db->m_location = location;
    db->m_connectionName = QStringLiteral("linli-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    if (location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(location);
        if (!url.isValid() || url.path().size() < 2)
            return Error{
                ErrorCode::Invalid,
                tr("The database address %1 is not of the form postgresql://user@host:port/dbname.").arg(location),
                QStringLiteral("db")};
        db->m_kind = Kind::PostgreSQL;
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
        c.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
        c.setPort(url.port(5432));
        c.setUserName(url.userName());
        c.setPassword(url.password());
        c.setDatabaseName(url.path().mid(1));
        // libpq's "options" (e.g. -csearch_path=...) may follow as a query parameter.
        const QString options = QUrlQuery(url).queryItemValue(QStringLiteral("options"), QUrl::FullyDecoded);
        if (!options.isEmpty())
            c.setConnectOptions(QStringLiteral("options=") + options);
        if (!c.open())
            return Error{ErrorCode::Storage,
                         tr("Cannot connect to the PostgreSQL database %1: %2").arg(location, c.lastError().text()),
                         QStringLiteral("db")};
        if (Status s = db->checkIsRegister(mode); !s)
            return s.error();
        return db;
    }

    const QFileInfo info(location);
    const bool inMemory = location == QLatin1String(":memory:"); // a scratch register, e.g. the schema's reference
    if (inMemory) {
        if (mode != OpenMode::CreateIfMissing)
            return Error{ErrorCode::NotFound, tr("The register %1 does not exist.").arg(location),
                         QStringLiteral("db")};
    } else if (!info.exists()) {
        if (mode != OpenMode::CreateIfMissing)
            return Error{ErrorCode::NotFound, tr("The register %1 does not exist.").arg(location),
                         QStringLiteral("db")};
        if (!info.absoluteDir().exists())
            return Error{
                ErrorCode::NotFound,
                tr("Cannot create the register %1: the folder %2 does not exist.").arg(location, info.absolutePath()),
                QStringLiteral("db")};
    } else {
        if (info.isDir())
            return Error{ErrorCode::NotARegister, tr("%1 is a folder, not a Linli register.").arg(location),
                         QStringLiteral("db")};
        QFile file(location);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Storage, tr("Cannot read the register %1: %2").arg(location, file.errorString()),
                         QStringLiteral("db")};
        const QByteArray header = file.read(16);
        // An empty file is a register only to a command that creates one.
        if (header.isEmpty() && mode != OpenMode::CreateIfMissing)
            return Error{ErrorCode::NotARegister,
                         tr("The file %1 is empty (0 bytes), not a Linli register.").arg(location),
                         QStringLiteral("db")};
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
            return Error{ErrorCode::NotARegister,
                         tr("The file %1 is not a Linli register (it is not a database file).").arg(location),
                         QStringLiteral("db")};
    }

    QString fsKind;
    if (!inMemory && isNetworkFilesystem(info.absolutePath(), &fsKind))
        return Error{ErrorCode::Unsupported,
                     tr("The register %1 is on a network share (%2). SQLite cannot lock files safely there; "
                        "keep the register on a local disk, or use a PostgreSQL server for shared work.")
                         .arg(location, fsKind),
                     QStringLiteral("db")};

    // A register on a CD, in a folder shared read-only or a file marked read-only is opened
    // for reading: SQLite's write-ahead log needs to write beside the file even to read it, so
    // the file is taken as unchanging (immutable) when its folder cannot be written.
    const QFileInfo folder(info.absolutePath());
    if (mode == OpenMode::ReadOnly)
        db->m_readOnlyReason = tr("it was opened only to be read");
    else if (!inMemory && info.exists() && !folder.isWritable())
        db->m_readOnlyReason = tr("its folder %1 cannot be written to").arg(info.absolutePath());
    else if (!inMemory && info.exists() && !info.isWritable())
        db->m_readOnlyReason = tr("the file %1 is read-only").arg(info.absoluteFilePath());
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (db->m_readOnlyReason.isEmpty()) {
        c.setDatabaseName(location);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
        uri.setScheme(QStringLiteral("file"));
        uri.setQuery(folder.isWritable() ? QStringLiteral("mode=ro") : QStringLiteral("mode=ro&immutable=1"));
        c.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    }
    if (!c.open())
        return Error{ErrorCode::Storage, tr("Cannot open the register %1: %2").arg(location, c.lastError().text()),
                     QStringLiteral("db")};
    // Read before anything is written: a file that is not a register is left as it was.
    if (Status s = db->checkIsRegister(mode); !s)
        return s.error();
    if (db->isReadOnly())
        return db;
    if (Status s = db->configureSqlite(); !s)
        return s.error();
    return db;
}

Database::~Database()
{
    clearStatements();
    {
        QSqlDatabase c = QSqlDatabase::database(m_connectionName, false);
        if (c.isOpen())
            c.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::clearStatements()
{
    m_statements.clear();
    m_sqliteStatements.clear();
}

void Database::Finalize::operator()(sqlite3_stmt *statement) const
{
    sqlite3_finalize(statement);
}

sqlite3 *Database::sqliteHandle() const
{
    if (!isSQLite())
        return nullptr;
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

sqlite3_stmt *Database::sqliteStatement(const QString &sql, QString *error)
{
    if (auto found = m_sqliteStatements.find(sql); found != m_sqliteStatements.end())
        return found->second.get();
    sqlite3 *handle = sqliteHandle();
    if (!handle) {
        *error = isSQLite() ? tr("The register's connection is closed.") : QString();
        return nullptr;
    }
    if (m_sqliteStatements.size() >= 256)
        m_sqliteStatements.clear();
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
        return nullptr;
    }
    return m_sqliteStatements.emplace(sql, std::unique_ptr<sqlite3_stmt, Finalize>(statement)).first->second.get();
}

QSqlQuery *Database::preparedStatement(const QString &sql, QString *error)
{
    if (auto found = m_statements.find(sql); found != m_statements.end())
        return found->second.get();
    if (m_statements.size() >= 256)
        m_statements.clear();
    auto q = std::make_unique<QSqlQuery>(connection());
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        *error = q->lastError().text();
        return nullptr;
    }
    return m_statements.emplace(sql, std::move(q)).first->second.get();
}

QString Database::displayName() const
{
    if (m_kind == Kind::PostgreSQL) {
        QUrl url(m_location);
        url.setPassword({});
        return url.toString();
    }
    return m_shownAs.isEmpty() ? QFileInfo(m_location).absoluteFilePath() : m_shownAs;
}

Status Database::configureSqlite()
{
    // A corrupted header passes the magic check but fails the first real read.
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000", "PRAGMA journal_mode = WAL",
          "PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY"}) {
        if (Status s = execute(QString::fromLatin1(pragma)); !s)
            return Error{ErrorCode::NotARegister,
                         tr("The file %1 is not a usable Linli register: %2").arg(m_location, s.error().message),
                         QStringLiteral("db")};
    }
    return {};
}

Status Database::checkIsRegister(OpenMode mode)
{
    QSqlQuery q(connection());
    int objects = 0;
    int appId = 0;
    if (isSQLite()) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return Error{ErrorCode::NotARegister,
                         tr("The file %1 is damaged or not a Linli register (SQLite: %2).")
                             .arg(m_location, q.lastError().databaseText()),
                         QStringLiteral("db")};
        objects = q.value(0).toInt();
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
            return storageError(m_location, q.lastError());
        appId = q.value(0).toInt();
        if (objects > 0 && appId != kApplicationId)
            return Error{ErrorCode::NotARegister,
                         tr("The file %1 is a database, but not a Linli register.").arg(m_location),
                         QStringLiteral("db")};
    }
    auto version = schemaVersion();
    if (!version)
        return version.error();
    // The version is one number in the file's header: one flipped bit makes it any number.
    if (version.value() < 0)
        return Error{ErrorCode::NotARegister,
                     tr("The register %1 is damaged: its schema version %2 is not one Linli ever wrote.")
                         .arg(m_location)
                         .arg(version.value()),
                     QStringLiteral("db")};
    if (version.value() > Migrations::latestVersion())
        return Error{ErrorCode::TooNew,
                     tr("The register %1 has schema version %2, but this Linli understands only up to version %3. "
                        "Install a newer Linli to open it.")
                         .arg(m_location)
                         .arg(version.value())
                         .arg(Migrations::latestVersion()),
                     QStringLiteral("db")};
    if (version.value() == 0 && mode != OpenMode::CreateIfMissing) {
        // Nothing but a command that creates a register makes one of an empty database.
        if (objects > 0 || appId == kApplicationId)
            return Error{ErrorCode::NotARegister,
                         tr("The register %1 is damaged: its schema version is missing.").arg(m_location),
                         QStringLiteral("db")};
        return Error{
            ErrorCode::NotARegister,
            isSQLite()
                ? tr("The file %1 is an empty database, not a Linli register.").arg(m_location)
                : tr("The database %1 holds no Linli register; create one with linli-cli init.").arg(displayName()),
            QStringLiteral("db")};
    }
    return {};
}

QString Database::idColumn() const
{
    return isSQLite() ? QStringLiteral("INTEGER PRIMARY KEY")
                      : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
}

QString Database::blobType() const
{
    return isSQLite() ? QStringLiteral("BLOB") : QStringLiteral("BYTEA");
}

QString Database::beginWriteSql() const
{
    return isSQLite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

QString Database::withoutRowId() const
{
    return isSQLite() ? QStringLiteral(" WITHOUT ROWID") : QString();
}

QString Database::idListCondition(const QString &column, const QString &name) const
{
    if (isSQLite())
        return QStringLiteral("%1 IN (SELECT value FROM json_each(:%2))").arg(column, name);
    return QStringLiteral("%1 = ANY(CAST(string_to_array(:%2, ',') AS BIGINT[]))").arg(column, name);
}

QVariant Database::idListValue(const QList<qint64> &ids) const
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    const QString joined = parts.join(QLatin1Char(','));
    return isSQLite() ? QLatin1Char('[') + joined + QLatin1Char(']') : joined;
}

Status Database::execute(const QString &sql)
{
    // A schema change would leave kept statements describing the old tables.
    if (!sql.startsWith(QLatin1String("BEGIN")) && sql != QLatin1String("COMMIT") && sql != QLatin1String("ROLLBACK")
        && !sql.startsWith(QLatin1String("LOCK")))
        clearStatements();
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return storageError(sql.left(60), q.lastError());
    return {};
}

Result<int> Database::schemaVersion()
{
    QSqlQuery q(connection());
    if (isSQLite()) {
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return storageError(QStringLiteral("user_version"), q.lastError());
        return q.value(0).toInt();
    }
    if (!q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                               "WHERE table_schema = current_schema() AND table_name = 'schema_version'"))
        || !q.next())
        return storageError(QStringLiteral("schema_version"), q.lastError());
    if (q.value(0).toInt() == 0)
        return 0;
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")))
        return storageError(QStringLiteral("schema_version"), q.lastError());
    return q.next() ? q.value(0).toInt() : 0;
}

Status Database::setSchemaVersion(int version)
{
    if (isSQLite())
        return execute(QStringLiteral("PRAGMA user_version = %1").arg(version));
    if (Status s = execute(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")); !s)
        return s;
    if (Status s = execute(QStringLiteral("DELETE FROM schema_version")); !s)
        return s;
    return execute(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version));
}

Transaction::Transaction(Database &db) : m_db(db)
{
    if (m_db.isReadOnly()) {
        m_status = Error{ErrorCode::Denied,
                         tr("The register %1 is open read-only (%2): it can be read and printed, not changed.")
                             .arg(m_db.displayName(), m_db.readOnlyReason()),
                         {}};
        return;
    }
    if (m_db.m_depth == 0) {
        m_db.m_rollbackOnly = false;
        m_db.m_auditHead.clear();
        m_db.m_changedTables.clear();
        m_status = m_db.execute(m_db.beginWriteSql());
        if (!m_status) {
            m_status = Error{ErrorCode::Storage,
                             tr("Cannot start writing to the register (another program may be writing): %1")
                                 .arg(m_status.error().message),
                             {}};
            return;
        }
    }
    ++m_db.m_depth;
    m_active = true;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    --m_db.m_depth;
    if (m_db.m_depth == 0) {
        m_db.m_auditHead.clear();
        m_db.m_changedTables.clear();
        (void)m_db.execute(QStringLiteral("ROLLBACK"));
    } else
        m_db.m_rollbackOnly = true;
}

Status Transaction::commit()
{
    if (!m_active)
        return m_status.ok() ? Status(Error{ErrorCode::Storage, tr("The transaction is not active."), {}}) : m_status;
    m_active = false;
    --m_db.m_depth;
    if (m_db.m_depth > 0)
        return {};
    m_db.m_auditHead.clear();
    const QStringList changed(m_db.m_changedTables.cbegin(), m_db.m_changedTables.cend());
    m_db.m_changedTables.clear();
    if (m_db.m_rollbackOnly) {
        (void)m_db.execute(QStringLiteral("ROLLBACK"));
        return Error{ErrorCode::Storage, tr("A part of this change failed, so none of it was saved."), {}};
    }
    // The other workstations hear of it when it commits (NOTIFY is delivered on COMMIT only).
    if (!m_db.isSQLite() && !changed.isEmpty()) {
        QSqlQuery notify(m_db.connection());
        notify.prepare(QStringLiteral("SELECT pg_notify(:channel, :tables)"));
        notify.bindValue(QStringLiteral(":channel"), QString::fromLatin1(Database::kChangeChannel));
        QStringList sorted = changed;
        sorted.sort();
        notify.bindValue(QStringLiteral(":tables"), sorted.join(QLatin1Char(',')));
        if (!notify.exec()) {
            (void)m_db.execute(QStringLiteral("ROLLBACK"));
            return Error{ErrorCode::Storage,
                         tr("The change could not be announced to the other workstations, so it was not saved: %1")
                             .arg(notify.lastError().text()),
                         {}};
        }
    }
    if (Status s = m_db.execute(QStringLiteral("COMMIT")); !s) {
        (void)m_db.execute(QStringLiteral("ROLLBACK"));
        return s;
    }
    return {};
}

} // namespace linli
