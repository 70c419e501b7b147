#pragma once

#include "access/actor.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

namespace linli {

class Database;

// The columns every table has.
struct RecordMeta {
    qint64 id = 0;
    QString uuid;
    QString createdAt;
    QString createdBy;
    QString updatedAt;
    QString updatedBy;
    int version = 0;

    static RecordMeta fromQuery(const QSqlQuery &q); // reads the columns by name
};

// Generic writes used by the repositories: each writes its audit row in the caller's
// transaction. Column names come from code, never from user input.
class Records final
{
    Q_DECLARE_TR_FUNCTIONS(Records)
public:
    // Inserts with new uuid (unless `columns` has one), timestamps and version 1.
    static Result<RecordMeta> insert(Database &db, const Actor &actor, const QString &table, QVariantMap columns);
    // Updates `columns` of row `id` if its version is still `expectedVersion`; otherwise a
    // conflict naming `label`. Writes only what changed; an update that changes nothing is a no-op.
    static Result<RecordMeta> update(Database &db, const Actor &actor, const QString &table, qint64 id,
                                     int expectedVersion, const QVariantMap &columns, const QString &label,
                                     const QString &action = QStringLiteral("update"));
    static Result<QVariantMap> read(Database &db, const QString &table, qint64 id);
};

} // namespace linli
