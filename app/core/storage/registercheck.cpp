#include "registercheck.h"

#include "database.h"
#include "migrations.h"
#include "sql.h"

#include <QMap>
#include <QRegularExpression>

namespace linli {

namespace {

// An object of the schema: its kind and the table it belongs to, and how it is made.
struct SchemaObject {
    QString type; // table, index, trigger, view
    QString table;
    QString sql; // whitespace folded; empty for PostgreSQL
    QStringList columns; // tables
};
using Schema = QMap<QString, SchemaObject>; // by name

QString folded(const QString &sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return sql.simplified().replace(space, QStringLiteral(" "));
}

Result<Schema> sqliteSchema(Database &db)
{
    Schema schema;
    // SQLite's own objects (sqlite_sequence, sqlite_stat1, the indexes of UNIQUE constraints)
    // follow from the rest.
    Status s = readRows(
        db,
        QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                       "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"),
        {}, [&](const QSqlQuery &q) {
            schema.insert(
                q.value(1).toString(),
                SchemaObject{q.value(0).toString(), q.value(2).toString(), folded(q.value(3).toString()), {}});
        });
    if (!s)
        return s.error();
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (it->type != QLatin1String("table"))
            continue;
        s = readRows(db, QStringLiteral("SELECT name FROM pragma_table_info(:t) ORDER BY cid"),
                     {{QStringLiteral("t"), it.key()}},
                     [&](const QSqlQuery &q) { it->columns << q.value(0).toString(); });
        if (!s)
            return s.error();
    }
    return schema;
}

Result<Schema> postgresSchema(Database &db)
{
    Schema schema;
    Status s = readRows(db,
                        QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                       "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"),
                        {}, [&](const QSqlQuery &q) {
                            SchemaObject &table = schema[q.value(0).toString()];
                            table.type = QStringLiteral("table");
                            table.table = q.value(0).toString();
                            table.columns << q.value(1).toString();
                        });
    if (!s)
        return s.error();
    s = readRows(
        db, QStringLiteral("SELECT indexname, tablename FROM pg_indexes WHERE schemaname = current_schema()"), {},
        [&](const QSqlQuery &q) {
            schema.insert(q.value(0).toString(), SchemaObject{QStringLiteral("index"), q.value(1).toString(), {}, {}});
        });
    if (!s)
        return s.error();
    // pg_trigger, not information_schema.triggers, which leaves out TRUNCATE triggers.
    s = readRows(db,
                 QStringLiteral("SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                "WHERE NOT t.tgisinternal AND n.nspname = current_schema()"),
                 {}, [&](const QSqlQuery &q) {
                     schema.insert(q.value(0).toString(),
                                   SchemaObject{QStringLiteral("trigger"), q.value(1).toString(), {}, {}});
                 });
    if (!s)
        return s.error();
    return schema;
}

QString kindLabel(const QString &type)
{
    if (type == QLatin1String("table"))
        return RegisterCheck::tr("table");
    if (type == QLatin1String("index"))
        return RegisterCheck::tr("index");
    if (type == QLatin1String("trigger"))
        return RegisterCheck::tr("trigger");
    return RegisterCheck::tr("view");
}

} // namespace

Result<QStringList> RegisterCheck::schema(Database &db)
{
    auto version = db.schemaVersion();
    if (!version)
        return version.error();
    auto reference = Database::openRaw(QStringLiteral(":memory:"), Database::OpenMode::CreateIfMissing);
    if (!reference)
        return reference.error();
    if (Status s = Migrations::migrate(*reference.value(), version.value()); !s)
        return s.error();
    auto reading = sqliteSchema(*reference.value());
    if (!reading)
        return reading.error();
    Schema expected = reading.value();
    auto actual = db.isSQLite() ? sqliteSchema(db) : postgresSchema(db);
    if (!actual)
        return actual.error();

    const bool server = !db.isSQLite();
    if (server) {
        // The server has triggers of its own in place of SQLite's: those that keep its audit log
        // append-only (migration 15).
        for (auto it = expected.begin(); it != expected.end();)
            it = it->type == QLatin1String("trigger") ? expected.erase(it) : std::next(it);
    }
    if (server && version.value() >= 15) {
        for (const char *name : {"audit_log_no_change", "audit_log_no_truncate"})
            expected.insert(QString::fromLatin1(name),
                            SchemaObject{QStringLiteral("trigger"), QStringLiteral("audit_log"), {}, {}});
    }
    QStringList problems;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const SchemaObject &want = it.value();
        if (server && want.type != QLatin1String("table") && want.type != QLatin1String("index")
            && want.type != QLatin1String("trigger"))
            continue;
        const auto found = actual->constFind(it.key());
        if (found == actual->cend() || found->type != want.type) {
            problems << tr("%1 %2 is missing").arg(kindLabel(want.type), it.key());
            continue;
        }
        if (want.type == QLatin1String("table")) {
            QStringList missing;
            for (const QString &c : want.columns) {
                if (!found->columns.contains(c))
                    missing << c;
            }
            QStringList extra;
            for (const QString &c : found->columns) {
                if (!want.columns.contains(c))
                    extra << c;
            }
            if (!missing.isEmpty())
                problems << tr("table %1 lacks the column(s) %2").arg(it.key(), missing.join(QStringLiteral(", ")));
            if (!extra.isEmpty())
                problems << tr("table %1 has the unknown column(s) %2").arg(it.key(), extra.join(QStringLiteral(", ")));
            if (missing.isEmpty() && extra.isEmpty() && !server && found->sql != want.sql)
                problems << tr("table %1 is not defined as version %2 defines it").arg(it.key()).arg(version.value());
        } else if (!server && found->sql != want.sql) {
            problems << tr("%1 %2 is not defined as version %3 defines it")
                            .arg(kindLabel(want.type), it.key())
                            .arg(version.value());
        }
    }
    for (auto it = actual->cbegin(); it != actual->cend(); ++it) {
        if (expected.contains(it.key()))
            continue;
        // On PostgreSQL, the indexes of keys and UNIQUE constraints have names of the server's,
        // and the version is kept in a table.
        if (server && (it->type == QLatin1String("index") || it.key() == QLatin1String("schema_version")))
            continue;
        problems << tr("%1 %2 is not part of a Linli register").arg(kindLabel(it->type), it.key());
    }
    return problems;
}

Result<QStringList> RegisterCheck::integrity(Database &db)
{
    QStringList problems;
    if (!db.isSQLite())
        return problems;
    if (Status s = readRows(db, QStringLiteral("PRAGMA integrity_check"), {},
                            [&](const QSqlQuery &q) {
                                const QString line = q.value(0).toString();
                                if (line != QLatin1String("ok"))
                                    problems << line;
                            });
        !s)
        return s.error();
    return problems;
}

std::future<Result<QStringList>> RegisterCheck::integrityInBackground(const Database &db)
{
    return std::async(std::launch::async, [location = db.location()]() -> Result<QStringList> {
        auto other = Database::openRaw(location, Database::OpenMode::MustExist);
        if (!other)
            return other.error();
        return integrity(*other.value());
    });
}

Result<QList<QStringList>> RegisterCheck::foreignKeys(Database &db)
{
    QList<QStringList> broken;
    if (!db.isSQLite())
        return broken;
    if (Status s
        = readRows(db, QStringLiteral("PRAGMA foreign_key_check"), {},
                   [&](const QSqlQuery &q) {
                       broken << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
                   });
        !s)
        return s.error();
    return broken;
}

} // namespace linli
