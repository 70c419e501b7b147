#include "sql.h"

#include "database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

#include <sqlite3.h>

namespace linli {

namespace {

// A failed statement, named by its first 80 characters.
Error statementError(const QString &why, const QString &sql)
{
    return Error{ErrorCode::Storage, QStringLiteral("%1 [%2]").arg(why, sql.simplified().left(80)), {}};
}

} // namespace

Result<QSqlQuery> runQuery(Database &db, const QString &sql, const QVariantMap &binds)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return statementError(q.lastError().text(), sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!q.exec())
        return statementError(q.lastError().text(), sql);
    return q;
}

namespace {

// Binds values by name (a map) or by position (a list of values for the ? in order).
void bind(QSqlQuery *q, const QVariantMap &binds)
{
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q->bindValue(QLatin1Char(':') + it.key(), it.value());
}

void bind(QSqlQuery *q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
}

template<typename Binds> Result<QSqlQuery *> execPrepared(Database &db, const QString &sql, const Binds &binds)
{
    QString error;
    QSqlQuery *q = db.preparedStatement(sql, &error);
    if (!q)
        return statementError(error, sql);
    bind(q, binds);
    if (!q->exec()) {
        const QString text = q->lastError().text();
        q->finish();
        return statementError(text, sql);
    }
    return q;
}

// What QtSql binds as NULL: a null variant, or a null text, bytes, date or time in one.
bool bindsNull(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString: return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray: return static_cast<const QByteArray *>(v.constData())->isNull();
    case QMetaType::QDate: return static_cast<const QDate *>(v.constData())->isNull();
    case QMetaType::QTime: return static_cast<const QTime *>(v.constData())->isNull();
    case QMetaType::QDateTime: return static_cast<const QDateTime *>(v.constData())->isNull();
    default: return false;
    }
}

// Binds one value as Qt's SQLite driver would.
int bindSqlite(sqlite3_stmt *statement, int index, const QVariant &v)
{
    if (bindsNull(v))
        return sqlite3_bind_null(statement, index);
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::Bool:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort: return sqlite3_bind_int64(statement, index, v.toLongLong());
    case QMetaType::Double: return sqlite3_bind_double(statement, index, v.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = v.toByteArray();
        return sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::QDateTime: {
        const QByteArray text = v.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
        return sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::QTime: {
        const QByteArray text = v.toTime().toString(QStringLiteral("hh:mm:ss.zzz")).toUtf8();
        return sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray text = v.toString().toUtf8();
        return sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
}

// The number of the statement's parameters given a value, or -1 when one failed to bind.
int bindSqlite(sqlite3_stmt *statement, const QVariantMap &binds)
{
    QByteArray name;
    int bound = 0;
    for (auto it = binds.cbegin(); it != binds.cend(); ++it) {
        name = ':' + it.key().toUtf8();
        const int index = sqlite3_bind_parameter_index(statement, name.constData());
        if (index == 0)
            continue; // as QtSql: a value the statement does not use is left out
        if (bindSqlite(statement, index, it.value()) != SQLITE_OK)
            return -1;
        ++bound;
    }
    return bound;
}

int bindSqlite(sqlite3_stmt *statement, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        if (bindSqlite(statement, i + 1, values.at(i)) != SQLITE_OK)
            return -1;
    }
    return int(values.size());
}

struct Written {
    int changes = 0;
    qint64 rowId = 0;
};

// Runs a statement on SQLite through its own interface: prepared once, bound, stepped and
// reset. With `firstRow`, a query: the first row it yields is handed over and the rest left
// unread. Without, a write, stepped to its end.
template<typename Binds>
Result<Written> sqliteRun(Database &db, const QString &sql, const Binds &binds,
                          const std::function<bool(sqlite3_stmt *)> &onRow = {})
{
    QString error;
    sqlite3_stmt *statement = db.sqliteStatement(sql, &error);
    if (!statement)
        return statementError(error, sql);
    sqlite3 *handle = sqlite3_db_handle(statement);
    const int bound = bindSqlite(statement, binds);
    int rc = SQLITE_MISUSE;
    if (bound < 0)
        error = QString::fromUtf8(sqlite3_errmsg(handle));
    else if (bound != sqlite3_bind_parameter_count(statement))
        error = QStringLiteral("Parameter count mismatch");
    else {
        rc = sqlite3_step(statement);
        // Rows go to onRow while it asks for more; without it a write is stepped to its end.
        while (rc == SQLITE_ROW && onRow) {
            if (!onRow(statement)) {
                rc = SQLITE_DONE;
                break;
            }
            rc = sqlite3_step(statement);
        }
        while (rc == SQLITE_ROW)
            rc = sqlite3_step(statement);
        if (rc != SQLITE_DONE)
            error = QString::fromUtf8(sqlite3_errmsg(handle));
    }
    const Written written{sqlite3_changes(handle), sqlite3_last_insert_rowid(handle)};
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (rc != SQLITE_DONE)
        return statementError(error, sql);
    return written;
}

// A column of the row SQLite's statement is on, as Qt's SQLite driver gives it.
QVariant sqliteValue(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER: return QVariant(qlonglong(sqlite3_column_int64(statement, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(statement, column));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, column)),
                          sqlite3_column_bytes(statement, column));
    case SQLITE_NULL: return QVariant(QMetaType::fromType<QString>());
    default:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                 sqlite3_column_bytes(statement, column));
    }
}

// The first row of a query on SQLite through its own interface.
Result<QVariantList> sqliteRow(Database &db, const QString &sql, const QVariantMap &binds, QStringList *names)
{
    QVariantList row;
    auto ran = sqliteRun(db, sql, binds, [&](sqlite3_stmt *statement) {
        const int columns = sqlite3_column_count(statement);
        row.reserve(columns);
        for (int i = 0; i < columns; ++i) {
            row << sqliteValue(statement, i);
            if (names)
                *names << QString::fromUtf8(sqlite3_column_name(statement, i));
        }
        return false; // the first row only
    });
    if (!ran)
        return ran.error();
    return row;
}

} // namespace

Status execStatement(Database &db, const QString &sql, const QVariantMap &binds, int *rowsAffected)
{
    if (db.isSQLite()) {
        auto written = sqliteRun(db, sql, binds);
        if (!written)
            return written.error();
        if (rowsAffected)
            *rowsAffected = written->changes;
        return {};
    }
    auto q = execPrepared(db, sql, binds);
    if (!q)
        return q.error();
    if (rowsAffected)
        *rowsAffected = q.value()->numRowsAffected();
    q.value()->finish();
    return {};
}

Status execValues(Database &db, const QString &sql, const QVariantList &values)
{
    if (db.isSQLite()) {
        auto written = sqliteRun(db, sql, values);
        return written ? Status() : Status(written.error());
    }
    auto q = execPrepared(db, sql, values);
    if (!q)
        return q.error();
    q.value()->finish();
    return {};
}

namespace {

class SqliteRow final : public Row
{
public:
    explicit SqliteRow(sqlite3_stmt *statement) : m_statement(statement) { }
    bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    QString text(int column) const override
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
                                 sqlite3_column_bytes(m_statement, column));
    }
    QByteArrayView utf8(int column) const override
    {
        return QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
                              sqlite3_column_bytes(m_statement, column));
    }

private:
    sqlite3_stmt *m_statement;
};

class QueryRow final : public Row
{
public:
    explicit QueryRow(const QSqlQuery &query) : m_query(query) { }
    bool isNull(int column) const override { return m_query.isNull(column); }
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    QString text(int column) const override { return m_query.value(column).toString(); }
    QByteArrayView utf8(int column) const override
    {
        m_bytes = m_query.value(column).toString().toUtf8();
        return m_bytes;
    }

private:
    const QSqlQuery &m_query;
    mutable QByteArray m_bytes;
};

} // namespace

Status readEach(Database &db, const QString &sql, const QVariantMap &binds, const std::function<void(const Row &)> &row)
{
    if (db.isSQLite()) {
        auto ran = sqliteRun(db, sql, binds, [&row](sqlite3_stmt *statement) {
            row(SqliteRow(statement));
            return true;
        });
        return ran ? Status() : Status(ran.error());
    }
    return readRows(db, sql, binds, [&row](const QSqlQuery &q) { row(QueryRow(q)); });
}

Status readRows(Database &db, const QString &sql, const QVariantMap &binds,
                const std::function<void(const QSqlQuery &)> &row)
{
    auto q = execPrepared(db, sql, binds);
    if (!q)
        return q.error();
    QSqlQuery *query = q.value();
    while (query->next())
        row(*query);
    const QSqlError error = query->lastError();
    query->finish();
    if (error.isValid())
        return statementError(error.text(), sql);
    return {};
}

Result<qint64> insertRow(Database &db, const QString &sql, const QVariantList &values)
{
    if (db.isSQLite()) {
        auto written = sqliteRun(db, sql, values);
        if (!written)
            return written.error();
        return written->rowId;
    }
    auto q = execPrepared(db, sql + QStringLiteral(" RETURNING id"), values);
    if (!q)
        return q.error();
    QSqlQuery *query = q.value();
    const bool found = query->next();
    const qint64 id = found ? query->value(0).toLongLong() : 0;
    query->finish();
    if (!found)
        return statementError(QStringLiteral("no id returned"), sql);
    return id;
}

Result<QVariant> queryValue(Database &db, const QString &sql, const QVariantMap &binds)
{
    auto row = queryRow(db, sql, binds);
    if (!row)
        return row.error();
    return row->isEmpty() ? QVariant() : row->constFirst();
}

Result<QVariantList> queryRow(Database &db, const QString &sql, const QVariantMap &binds, QStringList *names)
{
    if (db.isSQLite())
        return sqliteRow(db, sql, binds, names);
    auto q = execPrepared(db, sql, binds);
    if (!q)
        return q.error();
    QSqlQuery *query = q.value();
    QVariantList row;
    if (query->next()) {
        const QSqlRecord record = query->record();
        for (int i = 0; i < record.count(); ++i) {
            row << query->value(i);
            if (names)
                *names << record.fieldName(i);
        }
    }
    query->finish();
    return row;
}

namespace {

struct Determinism {
    bool active = false;
    QString now;
    quint64 state = 0;
};
thread_local Determinism t_determinism;

quint64 splitmix(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

} // namespace

DeterministicWrites::DeterministicWrites(const QString &fixedNow, quint64 seed)
{
    t_determinism = Determinism{true, fixedNow, seed ^ 0x5EEDC0DEULL};
}

DeterministicWrites::~DeterministicWrites()
{
    t_determinism = Determinism{};
}

QString nowText()
{
    if (t_determinism.active)
        return t_determinism.now;
    // Formatting the local time is slow (time zone rules); an import asks many times a second.
    thread_local qint64 second = -1;
    thread_local QString text;
    if (const qint64 s = QDateTime::currentSecsSinceEpoch(); s != second) {
        second = s;
        text = QDateTime::fromSecsSinceEpoch(s).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    }
    return text;
}

QString newUuid()
{
    if (t_determinism.active) {
        QByteArray bytes(16, Qt::Uninitialized);
        const quint64 a = splitmix(t_determinism.state);
        const quint64 b = splitmix(t_determinism.state);
        for (int i = 0; i < 8; ++i) {
            bytes[i] = char(quint8(a >> (8 * i)));
            bytes[8 + i] = char(quint8(b >> (8 * i)));
        }
        bytes[6] = char((quint8(bytes[6]) & 0x0F) | 0x40); // version 4
        bytes[8] = char((quint8(bytes[8]) & 0x3F) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace linli
