#include "records.h"

#include "audit.h"
#include "database.h"
#include "sql.h"

#include <QSqlRecord>
#include <QStringList>

namespace linli {

namespace {

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull() || a.toString() == b.toString();
    return a.toString() == b.toString();
}

// The audit log names a table without the quotes a reserved word ("user") needs in SQL.
QString auditName(const QString &table)
{
    return QString(table).remove(QLatin1Char('"'));
}

} // namespace

RecordMeta RecordMeta::fromQuery(const QSqlQuery &q)
{
    const QSqlRecord r = q.record();
    RecordMeta m;
    m.id = q.value(r.indexOf(QStringLiteral("id"))).toLongLong();
    m.uuid = q.value(r.indexOf(QStringLiteral("uuid"))).toString();
    m.createdAt = q.value(r.indexOf(QStringLiteral("created_at"))).toString();
    m.createdBy = q.value(r.indexOf(QStringLiteral("created_by"))).toString();
    m.updatedAt = q.value(r.indexOf(QStringLiteral("updated_at"))).toString();
    m.updatedBy = q.value(r.indexOf(QStringLiteral("updated_by"))).toString();
    m.version = q.value(r.indexOf(QStringLiteral("version"))).toInt();
    return m;
}

Result<RecordMeta> Records::insert(Database &db, const Actor &actor, const QString &table, QVariantMap columns)
{
    RecordMeta meta;
    meta.uuid = columns.value(QStringLiteral("uuid")).toString();
    if (meta.uuid.isEmpty())
        meta.uuid = newUuid();
    meta.createdAt = meta.updatedAt = nowText();
    meta.createdBy = meta.updatedBy = actor.login;
    meta.version = 1;
    columns[QStringLiteral("uuid")] = meta.uuid;
    columns[QStringLiteral("created_at")] = meta.createdAt;
    columns[QStringLiteral("created_by")] = meta.createdBy;
    columns[QStringLiteral("updated_at")] = meta.updatedAt;
    columns[QStringLiteral("updated_by")] = meta.updatedBy;
    columns[QStringLiteral("version")] = 1;

    const QStringList names = columns.keys();
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, names.join(QLatin1String(", ")),
                                 QStringList(names.size(), QStringLiteral("?")).join(QLatin1String(", ")));

    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    auto id = insertRow(db, sql, columns.values());
    if (!id)
        return id.error();
    meta.id = id.value();

    AuditLog::Entry entry{QStringLiteral("insert"), auditName(table), meta.id, meta.uuid, {}, columns};
    if (Status s = AuditLog::append(db, actor, entry); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return meta;
}

Result<QVariantMap> Records::read(Database &db, const QString &table, qint64 id)
{
    QStringList names;
    auto values = queryRow(db, QStringLiteral("SELECT * FROM %1 WHERE id = :id").arg(table),
                           {{QStringLiteral("id"), id}}, &names);
    if (!values)
        return values.error();
    if (values->isEmpty())
        return Error{ErrorCode::NotFound, tr("Record %1 of %2 does not exist.").arg(id).arg(table), {}};
    QVariantMap row;
    for (int i = 0; i < names.size(); ++i)
        row.insert(names.at(i), values->at(i));
    return row;
}

Result<RecordMeta> Records::update(Database &db, const Actor &actor, const QString &table, qint64 id,
                                   int expectedVersion, const QVariantMap &columns, const QString &label,
                                   const QString &action)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    auto current = read(db, table, id);
    if (!current)
        return current.error();
    const QVariantMap &old = current.value();
    const int version = old.value(QStringLiteral("version")).toInt();
    if (version != expectedVersion)
        return Error{ErrorCode::Conflict,
                     tr("%1 was changed by %2 at %3 after you opened it (you edited version %4, the register now "
                        "has version %5). Nothing was saved: reload it and make your change again.")
                         .arg(label, old.value(QStringLiteral("updated_by")).toString(),
                              old.value(QStringLiteral("updated_at")).toString())
                         .arg(expectedVersion)
                         .arg(version),
                     QStringLiteral("version")};

    QVariantMap changed;
    QVariantMap oldValues;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (!sameValue(old.value(it.key()), it.value())) {
            changed.insert(it.key(), it.value());
            oldValues.insert(it.key(), old.value(it.key()));
        }
    }
    RecordMeta meta;
    meta.id = id;
    meta.uuid = old.value(QStringLiteral("uuid")).toString();
    meta.createdAt = old.value(QStringLiteral("created_at")).toString();
    meta.createdBy = old.value(QStringLiteral("created_by")).toString();
    if (changed.isEmpty()) {
        meta.updatedAt = old.value(QStringLiteral("updated_at")).toString();
        meta.updatedBy = old.value(QStringLiteral("updated_by")).toString();
        meta.version = version;
        if (Status s = tx.commit(); !s)
            return s.error();
        return meta;
    }

    meta.updatedAt = nowText();
    meta.updatedBy = actor.login;
    meta.version = version + 1;
    QStringList sets;
    QVariantMap binds = changed;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        sets << QStringLiteral("%1 = :%1").arg(it.key());
    sets << QStringLiteral("updated_at = :meta_updated_at") << QStringLiteral("updated_by = :meta_updated_by")
         << QStringLiteral("version = version + 1");
    binds[QStringLiteral("meta_updated_at")] = meta.updatedAt;
    binds[QStringLiteral("meta_updated_by")] = meta.updatedBy;
    binds[QStringLiteral("meta_id")] = id;
    binds[QStringLiteral("meta_version")] = expectedVersion;
    int updated = 0;
    if (Status s = execStatement(db,
                                 QStringLiteral("UPDATE %1 SET %2 WHERE id = :meta_id AND version = :meta_version")
                                     .arg(table, sets.join(QLatin1String(", "))),
                                 binds, &updated);
        !s)
        return s.error();
    if (updated != 1)
        return Error{ErrorCode::Conflict,
                     tr("%1 was changed by someone else at the same moment. Nothing was saved.").arg(label),
                     QStringLiteral("version")};

    QVariantMap newValues = changed;
    newValues.insert(QStringLiteral("version"), meta.version);
    oldValues.insert(QStringLiteral("version"), version);
    if (Status s = AuditLog::append(db, actor, {action, auditName(table), id, meta.uuid, oldValues, newValues}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return meta;
}

} // namespace linli
