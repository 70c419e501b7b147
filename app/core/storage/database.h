#pragma once

#include "access/actor.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace linli {

// One open register: a SQLite file or a PostgreSQL database. Each thread opens its own.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Kind { SQLite, PostgreSQL };
    // ReadOnly: an existing SQLite register opened only to be read (a backup being checked).
    enum class OpenMode { MustExist, CreateIfMissing, ReadOnly };

    // `location` is a file path or postgresql://user[:password]@host[:port]/dbname.
    // Opens, checks that it is a Linli register no newer than this build, and migrates it.
    static Result<std::shared_ptr<Database>> open(const QString &location, OpenMode mode);
    // Makes a new register file that appears at `path` only once `fill` has succeeded on it
    // (its first administrator, an import, a demo): until then it is a hidden file beside
    // `path`, readable by its owner only, removed if anything fails or, after a crash, at the
    // next start. Never replaces an existing file.
    static Status createFile(const QString &path, const std::function<Status(const std::shared_ptr<Database> &)> &fill);
    // The same register again, for another thread, acting for the same user.
    Result<std::shared_ptr<Database>> openAnother() const;
    // Opens without migrating (tests of the migrations use it).
    static Result<std::shared_ptr<Database>> openRaw(const QString &location, OpenMode mode);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    Kind kind() const { return m_kind; }
    bool isSQLite() const { return m_kind == Kind::SQLite; }
    QString location() const { return m_location; }
    QString displayName() const;
    // Whether the register could only be opened for reading, and why (a read-only file or
    // folder); every transaction on it is refused with the reason.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }

    // Dialect seam: the few places where SQLite and PostgreSQL SQL differ.
    QString idColumn() const; // integer primary key that numbers itself
    QString blobType() const;
    QString beginWriteSql() const; // BEGIN IMMEDIATE on SQLite
    QString withoutRowId() const; // table suffix for clustered key tables
    // "column is one of the ids bound as :name", with the ids passed as one value made by
    // idListValue(): json_each on SQLite, an array on PostgreSQL. Binding thousands of
    // separate placeholders costs more than the query itself.
    QString idListCondition(const QString &column, const QString &name) const;
    QVariant idListValue(const QList<qint64> &ids) const;

    // Runs statement text that contains no user data (DDL, pragmas, transaction control).
    Status execute(const QString &sql);

    // Schema version: PRAGMA user_version on SQLite, the schema_version table on PostgreSQL.
    Result<int> schemaVersion();
    Status setSchemaVersion(int version);

    // The user this connection acts for: the session made at login. Repositories read through
    // it, so that every list, count, search and record read keeps to the user's scope; a
    // connection nobody logged in on (a default Actor) reads nothing of the register.
    const Actor &actor() const { return m_actor; }
    void setActor(const Actor &actor) { m_actor = actor; }

    // Transaction nesting, managed by Transaction.
    int transactionDepth() const { return m_depth; }

    // A statement prepared once on this connection and kept for reuse: for statements that
    // are executed and done with at once (INSERT, UPDATE, DELETE), never for a query whose
    // rows are still being read when another statement runs. Null if it does not prepare.
    QSqlQuery *preparedStatement(const QString &sql, QString *error);
    // On SQLite, a write statement prepared once through SQLite's own interface, with the
    // connection it runs on: QtSql's binding costs more than the write itself when an import
    // makes millions of them. Null on PostgreSQL, or with the error if it does not prepare.
    sqlite3_stmt *sqliteStatement(const QString &sql, QString *error);
    sqlite3 *sqliteHandle() const;

    // The hash at the head of the audit chain as written inside the open transaction, so that
    // each audit row need not read it back; empty when not known.
    QString auditHead() const { return m_auditHead; }
    void setAuditHead(const QString &hash) { m_auditHead = m_depth > 0 ? hash : QString(); }
    // The tables the open transaction changed (each audit row names one): on PostgreSQL, the
    // commit tells the other workstations which, on the channel kChangeChannel (ChangeFeed).
    void noteChange(const QString &table)
    {
        if (m_depth > 0)
            m_changedTables.insert(table);
    }
    static constexpr const char *kChangeChannel = "linli_changes";

private:
    friend class Transaction;
    Database() = default;
    Status configureSqlite();
    Status checkIsRegister(OpenMode mode);

    Kind m_kind = Kind::SQLite;
    Actor m_actor;
    QString m_location;
    QString m_connectionName;
    QString m_readOnlyReason;
    QString m_shownAs; // a register being made: the name it will have
    int m_depth = 0;
    bool m_rollbackOnly = false;
    QString m_auditHead;
    QSet<QString> m_changedTables;
    void clearStatements();
    struct Finalize {
        void operator()(sqlite3_stmt *statement) const;
    };
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unordered_map<QString, std::unique_ptr<sqlite3_stmt, Finalize>> m_sqliteStatements;
};

// Begins a write transaction; rolls back unless commit() succeeds. Nested guards join the
// outer transaction: only the outermost commits, and a failed inner one dooms the outer.
class Transaction final
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // The error, if BEGIN failed; check it before writing.
    Status status() const { return m_status; }
    Status commit();

private:
    Database &m_db;
    Status m_status;
    bool m_active = false;
};

// A file that holds a Linli register is an SQLite database with this application_id.
inline constexpr int kApplicationId = 0x4C4E4C49; // "LNLI"

} // namespace linli
