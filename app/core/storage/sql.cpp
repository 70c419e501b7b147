#include "sql.h"

#include "database.h"

#include <QDateTime>
#include <QSqlError>
#include <QUuid>

namespace linli {

Result<QSqlQuery> runQuery(Database &db, const QString &sql, const QVariantMap &binds)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error{ErrorCode::Storage, QStringLiteral("%1 [%2]").arg(q.lastError().text(), sql.simplified().left(80)),
                     {}};
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!q.exec())
        return Error{ErrorCode::Storage, QStringLiteral("%1 [%2]").arg(q.lastError().text(), sql.simplified().left(80)),
                     {}};
    return q;
}

Result<QVariant> queryValue(Database &db, const QString &sql, const QVariantMap &binds)
{
    auto q = runQuery(db, sql, binds);
    if (!q)
        return q.error();
    if (!q.value().next())
        return QVariant();
    return q.value().value(0);
}

QString nowText()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace linli
