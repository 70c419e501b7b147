#pragma once

#include "access/actor.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace linli {

class Database;

struct AuditFilter {
    QString actor; // a login name, exactly
    QString action; // insert, update, login, refused, unmask, export_full, ...
    QString table;
    qint64 recordId = 0;
    QDate from; // the day of the row's time, when valid
    QDate to;
};

struct AuditRow {
    qint64 id = 0;
    QString time;
    QString actor;
    QString action;
    QString table;
    qint64 recordId = 0;
    QString recordUuid;
    QString oldValues; // JSON
    QString newValues; // JSON
};

// The audit log as the 审计日志 viewer reads it: newest first, a page at a time by id (keyset
// paging, so that the millions of rows of a district register are never read at once); for
// administrators only.
class AuditTrail final
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
public:
    // At most `limit` rows of the filter with an id below `beforeId` (0: from the newest).
    static Result<QList<AuditRow>> page(Database &db, const Actor &actor, const AuditFilter &filter, qint64 beforeId,
                                        int limit);
    // The actions the register writes, for the viewer's filter.
    static QStringList knownActions();
};

} // namespace linli
