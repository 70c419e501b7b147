#include "audit.h"

#include "database.h"
#include "sql.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QStringList>

namespace linli {

namespace {

// The first row's "previous hash".
const QString kGenesis(64, QLatin1Char('0'));

QString canonicalText(const QStringList &fields)
{
    // Unit separators cannot occur in the stored text fields' JSON or names.
    return fields.join(QChar(0x1F));
}

} // namespace

QString AuditLog::hashOf(const QString &previousHash, const QString &canonical)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previousHash.toUtf8());
    h.addData(QByteArrayView("\x1e"));
    h.addData(canonical.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

Status AuditLog::append(Database &db, const Actor &actor, const Entry &entry)
{
    if (db.transactionDepth() == 0)
        return Error{ErrorCode::Storage, tr("An audit row must be written inside the change's transaction."), {}};
    QString prevHash = db.auditHead();
    if (prevHash.isEmpty()) {
        // The first audit row of the transaction reads the head of the chain; the lock (on
        // PostgreSQL) and the transaction keep it there until the commit.
        if (!db.isSQLite()) {
            // Writers take their turn at the head of the chain.
            if (Status s = db.execute(QStringLiteral("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE")); !s)
                return s;
        }
        auto previous = queryValue(db, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        if (!previous)
            return previous.error();
        prevHash = previous.value().isNull() ? kGenesis : previous.value().toString();
    }

    const QString time = nowText();
    const QString oldText = QString::fromUtf8(QJsonDocument(entry.oldValues).toJson(QJsonDocument::Compact));
    const QString newText = QString::fromUtf8(QJsonDocument(entry.newValues).toJson(QJsonDocument::Compact));
    const QString canonical = canonicalText({time, actor.login, entry.action, entry.table,
                                             QString::number(entry.recordId), entry.recordUuid, oldText, newText});
    const QString hash = hashOf(prevHash, canonical);

    Status written
        = execStatement(db,
                        QStringLiteral("INSERT INTO audit_log (event_time, actor, action, table_name, record_id, "
                                       "record_uuid, old_values, new_values, prev_hash, hash) VALUES (:time, :actor, "
                                       ":action, :table, :record_id, :record_uuid, :old, :new, :prev, :hash)"),
                        {{QStringLiteral("time"), time},
                         {QStringLiteral("actor"), actor.login},
                         {QStringLiteral("action"), entry.action},
                         {QStringLiteral("table"), entry.table},
                         {QStringLiteral("record_id"), entry.recordId},
                         {QStringLiteral("record_uuid"), entry.recordUuid},
                         {QStringLiteral("old"), oldText},
                         {QStringLiteral("new"), newText},
                         {QStringLiteral("prev"), prevHash},
                         {QStringLiteral("hash"), hash}});
    if (!written)
        return written;
    db.setAuditHead(hash);
    return {};
}

Result<AuditLog::Verification> AuditLog::verify(Database &db)
{
    auto q = runQuery(db,
                      QStringLiteral("SELECT id, event_time, actor, action, table_name, record_id, record_uuid, "
                                     "old_values, new_values, prev_hash, hash FROM audit_log ORDER BY id"));
    if (!q)
        return q.error();
    Verification v;
    QString expectedPrev = kGenesis;
    QSqlQuery &rows = q.value();
    while (rows.next()) {
        ++v.rows;
        const qint64 id = rows.value(0).toLongLong();
        const QString prev = rows.value(9).toString();
        if (prev != expectedPrev) {
            v.firstBadId = id;
            v.reason = tr("audit row %1 does not follow the row before it (a row was removed or changed)").arg(id);
            return v;
        }
        const QString canonical = canonicalText(
            {rows.value(1).toString(), rows.value(2).toString(), rows.value(3).toString(), rows.value(4).toString(),
             rows.value(5).toString(), rows.value(6).toString(), rows.value(7).toString(), rows.value(8).toString()});
        const QString hash = rows.value(10).toString();
        if (hashOf(prev, canonical) != hash) {
            v.firstBadId = id;
            v.reason = tr("audit row %1 was changed after it was written").arg(id);
            return v;
        }
        expectedPrev = hash;
    }
    return v;
}

} // namespace linli
