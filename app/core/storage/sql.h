#pragma once

#include "common/result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

#include <functional>

namespace linli {

class Database;

// Prepares `sql`, binds every value of `binds` by name and executes it. User text only ever
// travels in `binds`.
Result<QSqlQuery> runQuery(Database &db, const QString &sql, const QVariantMap &binds = {});
// Runs a statement that yields no rows (INSERT, UPDATE, DELETE) through the connection's
// prepared-statement cache: for writes repeated many times, as an import makes them.
// With rowsAffected, the number of rows the statement changed.
Status execStatement(Database &db, const QString &sql, const QVariantMap &binds, int *rowsAffected = nullptr);
// Likewise with the values bound by position, to the statement's ? in order.
Status execValues(Database &db, const QString &sql, const QVariantList &values);
// Likewise for an INSERT of one row into a table with an `id` column: the new row's id. On
// PostgreSQL the statement gets RETURNING id; SQLite reports the rowid it gave, since
// RETURNING would cost it a temporary table for each row.
Result<qint64> insertRow(Database &db, const QString &sql, const QVariantList &values);
// Runs a query through the prepared-statement cache, hands each row to `row` and is done with
// it: for queries run many times over (a record read by id, the places of an import). `row`
// only reads the row; it must not run a statement itself.
Status readRows(Database &db, const QString &sql, const QVariantMap &binds,
                const std::function<void(const QSqlQuery &)> &row);
// One row of a query read by readEach(), by column position.
class Row
{
public:
    virtual ~Row() = default;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0; // 0 for null
    virtual QString text(int column) const = 0; // empty for null
    // The text's UTF-8 bytes, valid until the next row: for codes compared, not kept.
    virtual QByteArrayView utf8(int column) const = 0;
};
// Like readRows, for reads of tens of thousands of rows: on SQLite the values come straight
// from SQLite's own interface, without a QVariant for each. The same rules: `row` only reads.
Status readEach(Database &db, const QString &sql, const QVariantMap &binds,
                const std::function<void(const Row &)> &row);
// Convenience for a query that yields one value (count, id, ...); null when there is no row.
Result<QVariant> queryValue(Database &db, const QString &sql, const QVariantMap &binds = {});
// The first row of a query (empty when there is none), with the column names if asked. Both
// read the row at once, so they go through the prepared-statement cache.
Result<QVariantList> queryRow(Database &db, const QString &sql, const QVariantMap &binds = {},
                              QStringList *names = nullptr);

// The current local time as stored: YYYY-MM-DDTHH:MM:SS.
QString nowText();
QString newUuid();

// Makes nowText() and newUuid() reproducible on this thread while it lives: the demo
// generator uses it so that the same seed and day give the same register, byte for byte.
class DeterministicWrites final
{
public:
    DeterministicWrites(const QString &fixedNow, quint64 seed);
    ~DeterministicWrites();
    DeterministicWrites(const DeterministicWrites &) = delete;
    DeterministicWrites &operator=(const DeterministicWrites &) = delete;
};

// A NULL for an empty string, so that optional text and dates are stored as NULL.
QVariant nullIfEmpty(const QString &text);

} // namespace linli
