#pragma once

#include "access/actor.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace linli {

class Database;

// The tamper-evident audit log: every row's hash covers the previous row's hash and the row's
// canonical content, so editing or deleting a row breaks the chain from there on.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    struct Entry {
        QString action; // insert, update, status, unmask, ...
        QString table;
        qint64 recordId = 0;
        QString recordUuid;
        QVariantMap oldValues;
        QVariantMap newValues;
    };

    // Must be called inside the transaction of the change it records.
    static Status append(Database &db, const Actor &actor, const Entry &entry);

    struct Verification {
        qint64 rows = 0;
        qint64 firstBadId = 0; // 0 when the chain is intact
        QString reason;
    };
    static Result<Verification> verify(Database &db);

    static QString hashOf(const QString &previousHash, const QString &canonical);
    // What the log keeps of a secret (a password hash): "sha256:" and its digest, never the value.
    static QString secretDigest(const QString &secret);
    // The values as compact JSON, exactly as QJsonDocument writes them, without building a
    // QJsonObject first: an import writes tens of thousands of audit rows.
    static QString jsonText(const QVariantMap &values);
};

} // namespace linli
