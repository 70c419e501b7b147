#include "audittrail.h"

#include "access/permissions.h"
#include "storage/database.h"
#include "storage/sql.h"

namespace linli {

Result<QList<AuditRow>> AuditTrail::page(Database &db, const Actor &actor, const AuditFilter &filter, qint64 beforeId,
                                         int limit)
{
    if (Status s = Access::require(db, actor, Permission::AuditLog); !s)
        return s.error();
    QStringList where{QStringLiteral("1 = 1")};
    QVariantMap binds{{QStringLiteral("limit"), std::max(1, limit)}};
    if (beforeId > 0) {
        where << QStringLiteral("id < :before");
        binds.insert(QStringLiteral("before"), beforeId);
    }
    auto equals = [&](const QString &value, const char *column) {
        if (value.trimmed().isEmpty())
            return;
        where << QStringLiteral("%1 = :%1").arg(QLatin1String(column));
        binds.insert(QLatin1String(column), value.trimmed());
    };
    equals(filter.actor, "actor");
    equals(filter.action, "action");
    equals(filter.table, "table_name");
    if (filter.recordId > 0) {
        where << QStringLiteral("record_id = :record");
        binds.insert(QStringLiteral("record"), filter.recordId);
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("event_time >= :from");
        binds.insert(QStringLiteral("from"), filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("event_time < :to");
        binds.insert(QStringLiteral("to"), filter.to.addDays(1).toString(Qt::ISODate));
    }
    QList<AuditRow> rows;
    Status read = readEach(db,
                           QStringLiteral("SELECT id, event_time, actor, action, table_name, record_id, record_uuid, "
                                          "old_values, new_values FROM audit_log WHERE %1 ORDER BY id DESC LIMIT "
                                          ":limit")
                               .arg(where.join(QLatin1String(" AND "))),
                           binds, [&](const Row &r) {
                               rows << AuditRow{r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4),
                                                r.integer(5), r.text(6), r.text(7), r.text(8)};
                           });
    if (!read)
        return read.error();
    return rows;
}

QStringList AuditTrail::knownActions()
{
    return {QStringLiteral("insert"),      QStringLiteral("update"),        QStringLiteral("status"),
            QStringLiteral("delete"),      QStringLiteral("login"),         QStringLiteral("login_failed"),
            QStringLiteral("lock"),        QStringLiteral("login_locked"),  QStringLiteral("login_disabled"),
            QStringLiteral("logout"),      QStringLiteral("idle_lock"),     QStringLiteral("password_set"),
            QStringLiteral("password_change"), QStringLiteral("password_reset"), QStringLiteral("enable"),
            QStringLiteral("disable"),     QStringLiteral("refused"),       QStringLiteral("unmask"),
            QStringLiteral("export"),      QStringLiteral("export_full"),   QStringLiteral("retire"),
            QStringLiteral("reinstate")};
}

} // namespace linli
