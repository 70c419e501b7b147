#include "sql.h"

#include "database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

namespace linli {

Result<QSqlQuery> runQuery(Database &db, const QString &sql, const QVariantMap &binds)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error{
            ErrorCode::Storage, QStringLiteral("%1 [%2]").arg(q.lastError().text(), sql.simplified().left(80)), {}};
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!q.exec())
        return Error{
            ErrorCode::Storage, QStringLiteral("%1 [%2]").arg(q.lastError().text(), sql.simplified().left(80)), {}};
    return q;
}

namespace {

Result<QSqlQuery *> execPrepared(Database &db, const QString &sql, const QVariantMap &binds)
{
    QString error;
    QSqlQuery *q = db.preparedStatement(sql, &error);
    if (!q)
        return Error{ErrorCode::Storage, QStringLiteral("%1 [%2]").arg(error, sql.simplified().left(80)), {}};
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q->bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!q->exec()) {
        const QString text = q->lastError().text();
        q->finish();
        return Error{ErrorCode::Storage, QStringLiteral("%1 [%2]").arg(text, sql.simplified().left(80)), {}};
    }
    return q;
}

} // namespace

Status execStatement(Database &db, const QString &sql, const QVariantMap &binds)
{
    auto q = execPrepared(db, sql, binds);
    if (!q)
        return q.error();
    q.value()->finish();
    return {};
}

Result<qint64> insertReturningId(Database &db, const QString &sql, const QVariantMap &binds)
{
    auto q = execPrepared(db, sql, binds);
    if (!q)
        return q.error();
    QSqlQuery *query = q.value();
    const bool found = query->next();
    const qint64 id = found ? query->value(0).toLongLong() : 0;
    query->finish(); // SQLite cannot commit while a RETURNING statement is still open
    if (!found)
        return Error{ErrorCode::Storage, QStringLiteral("no id returned [%1]").arg(sql.simplified().left(80)), {}};
    return id;
}

Result<QVariant> queryValue(Database &db, const QString &sql, const QVariantMap &binds)
{
    auto row = queryRow(db, sql, binds);
    if (!row)
        return row.error();
    return row->isEmpty() ? QVariant() : row->constFirst();
}

Result<QVariantList> queryRow(Database &db, const QString &sql, const QVariantMap &binds, QStringList *names)
{
    auto q = execPrepared(db, sql, binds);
    if (!q)
        return q.error();
    QSqlQuery *query = q.value();
    QVariantList row;
    if (query->next()) {
        const QSqlRecord record = query->record();
        for (int i = 0; i < record.count(); ++i) {
            row << query->value(i);
            if (names)
                *names << record.fieldName(i);
        }
    }
    query->finish();
    return row;
}

namespace {

struct Determinism {
    bool active = false;
    QString now;
    quint64 state = 0;
};
thread_local Determinism t_determinism;

quint64 splitmix(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

} // namespace

DeterministicWrites::DeterministicWrites(const QString &fixedNow, quint64 seed)
{
    t_determinism = Determinism{true, fixedNow, seed ^ 0x5EEDC0DEULL};
}

DeterministicWrites::~DeterministicWrites()
{
    t_determinism = Determinism{};
}

QString nowText()
{
    if (t_determinism.active)
        return t_determinism.now;
    // Formatting the local time is slow (time zone rules); an import asks many times a second.
    thread_local qint64 second = -1;
    thread_local QString text;
    if (const qint64 s = QDateTime::currentSecsSinceEpoch(); s != second) {
        second = s;
        text = QDateTime::fromSecsSinceEpoch(s).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    }
    return text;
}

QString newUuid()
{
    if (t_determinism.active) {
        QByteArray bytes(16, Qt::Uninitialized);
        const quint64 a = splitmix(t_determinism.state);
        const quint64 b = splitmix(t_determinism.state);
        for (int i = 0; i < 8; ++i) {
            bytes[i] = char(quint8(a >> (8 * i)));
            bytes[8 + i] = char(quint8(b >> (8 * i)));
        }
        bytes[6] = char((quint8(bytes[6]) & 0x0F) | 0x40); // version 4
        bytes[8] = char((quint8(bytes[8]) & 0x3F) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace linli
