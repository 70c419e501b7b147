#include "audit.h"

#include "database.h"
#include "sql.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
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

void appendJsonString(QString &out, const QString &text)
{
    // As Qt's JSON writer: quote, backslash and control characters escaped, the rest as it is,
    // and a lone surrogate (not valid UTF-8) as \uXXXX.
    static const char hex[] = "0123456789abcdef";
    out += QLatin1Char('"');
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < 0x20 || u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            switch (u) {
            case u'"': out += QLatin1Char('"'); break;
            case u'\\': out += QLatin1Char('\\'); break;
            case 0x08: out += QLatin1Char('b'); break;
            case 0x0C: out += QLatin1Char('f'); break;
            case 0x0A: out += QLatin1Char('n'); break;
            case 0x0D: out += QLatin1Char('r'); break;
            case 0x09: out += QLatin1Char('t'); break;
            default:
                out += QLatin1String("u00");
                out += QLatin1Char(hex[u >> 4]);
                out += QLatin1Char(hex[u & 0xF]);
            }
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            out += text.at(i);
            out += text.at(++i);
        } else if (QChar::isSurrogate(u)) {
            out += QLatin1String("\\u");
            for (int shift = 12; shift >= 0; shift -= 4)
                out += QLatin1Char(hex[(u >> shift) & 0xF]);
        } else {
            out += QChar(u);
        }
    }
    out += QLatin1Char('"');
}

} // namespace

QString AuditLog::jsonText(const QVariantMap &values)
{
    QString out;
    out.reserve(64 * values.size());
    out += QLatin1Char('{');
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it != values.cbegin())
            out += QLatin1Char(',');
        appendJsonString(out, it.key());
        out += QLatin1Char(':');
        const QVariant &v = it.value();
        // A NULL a driver read is typed (a null QString): Qt writes it as "" and so does this.
        switch (v.typeId()) {
        case QMetaType::UnknownType:
        case QMetaType::Nullptr: out += QLatin1String("null"); break;
        case QMetaType::QString: appendJsonString(out, v.toString()); break;
        case QMetaType::Bool: out += v.toBool() ? QLatin1String("true") : QLatin1String("false"); break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::Short:
        case QMetaType::UShort:
            // A typed NULL (no household, no visit) is null, not 0.
            out += v.isNull() ? QStringLiteral("null") : QString::number(v.toLongLong());
            break;
        default: {
            // Anything else (a real number, a date, ...) as Qt converts and writes it.
            const QJsonObject one{{QStringLiteral("v"), QJsonValue::fromVariant(v)}};
            const QString text = QString::fromUtf8(QJsonDocument(one).toJson(QJsonDocument::Compact));
            out += QStringView(text).mid(5, text.size() - 6); // {"v":…}
        }
        }
    }
    out += QLatin1Char('}');
    return out;
}

QString AuditLog::hashOf(const QString &previousHash, const QString &canonical)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previousHash.toUtf8());
    h.addData(QByteArrayView("\x1e"));
    h.addData(canonical.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

QString AuditLog::secretDigest(const QString &secret)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
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
    const QString oldText = jsonText(entry.oldValues);
    const QString newText = jsonText(entry.newValues);
    const QString canonical = canonicalText({time, actor.login, entry.action, entry.table,
                                             QString::number(entry.recordId), entry.recordUuid, oldText, newText});
    const QString hash = hashOf(prevHash, canonical);

    Status written = execValues(db,
                                QStringLiteral("INSERT INTO audit_log (event_time, actor, action, table_name, "
                                               "record_id, record_uuid, old_values, new_values, prev_hash, hash) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                {time, actor.login, entry.action, entry.table, entry.recordId, entry.recordUuid,
                                 oldText, newText, prevHash, hash});
    if (!written)
        return written;
    db.setAuditHead(hash);
    db.noteChange(entry.table);
    return {};
}

Result<AuditLog::Verification> AuditLog::verify(Database &db)
{
    // A street's log has hundreds of thousands of rows: the hash is fed the stored bytes
    // directly, which is what hashOf(previous, canonicalText(fields)) computes.
    Verification v;
    QByteArray expectedPrev = kGenesis.toLatin1();
    QCryptographicHash h(QCryptographicHash::Sha256);
    Status read = readEach(db,
                           QStringLiteral("SELECT id, event_time, actor, action, table_name, record_id, record_uuid, "
                                          "old_values, new_values, prev_hash, hash FROM audit_log ORDER BY id"),
                           {}, [&](const Row &row) {
                               if (v.firstBadId)
                                   return;
                               ++v.rows;
                               const qint64 id = row.integer(0);
                               const QByteArrayView prev = row.utf8(9);
                               if (prev != QByteArrayView(expectedPrev)) {
                                   v.firstBadId = id;
                                   v.reason = tr("audit row %1 does not follow the row before it (a row was removed "
                                                 "or changed)")
                                                  .arg(id);
                                   return;
                               }
                               h.reset();
                               h.addData(prev);
                               h.addData(QByteArrayView("\x1e"));
                               for (int column = 1; column <= 8; ++column) {
                                   if (column > 1)
                                       h.addData(QByteArrayView("\x1f"));
                                   h.addData(row.utf8(column));
                               }
                               const QByteArray hash = h.result().toHex();
                               if (row.utf8(10) != QByteArrayView(hash)) {
                                   v.firstBadId = id;
                                   v.reason = tr("audit row %1 was changed after it was written").arg(id);
                                   return;
                               }
                               expectedPrev = hash;
                           });
    if (!read)
        return read.error();
    return v;
}

} // namespace linli
