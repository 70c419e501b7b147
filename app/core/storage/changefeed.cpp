#include "changefeed.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlDriver>
#include <QTimer>

namespace linli {

ChangeFeed::ChangeFeed(std::shared_ptr<Database> db, int pollMs, QObject *parent) : QObject(parent), m_db(std::move(db))
{
    m_timer = new QTimer(this);
    m_timer->setInterval(pollMs);
    if (!m_db)
        return;
    if (m_db->isSQLite()) {
        connect(m_timer, &QTimer::timeout, this, &ChangeFeed::poll);
        poll(); // where it starts from
        m_listening = m_dataVersion >= 0;
    } else {
        // Notifications arrive on the connection's socket, read by the event loop of this thread.
        QSqlDriver *driver = m_db->connection().driver();
        m_listening = driver && driver->subscribeToNotification(QString::fromLatin1(Database::kChangeChannel));
        if (m_listening)
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                        if (name != QLatin1String(Database::kChangeChannel) || source == QSqlDriver::SelfSource)
                            return;
                        for (const QString &table : payload.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                            if (!m_tables.contains(table))
                                m_tables << table;
                        m_pending = true;
                    });
        connect(m_timer, &QTimer::timeout, this, &ChangeFeed::flush);
    }
    m_timer->start();
}

ChangeFeed::~ChangeFeed()
{
    if (m_db && !m_db->isSQLite() && m_listening)
        if (QSqlDriver *driver = m_db->connection().driver())
            driver->unsubscribeFromNotification(QString::fromLatin1(Database::kChangeChannel));
}

void ChangeFeed::poll()
{
    // data_version moves when a connection other than this one commits to the file.
    auto version = queryValue(*m_db, QStringLiteral("PRAGMA data_version"), {});
    if (!version)
        return;
    const qint64 now = version->toLongLong();
    if (m_dataVersion >= 0 && now != m_dataVersion)
        m_pending = true;
    m_dataVersion = now;
    flush();
}

void ChangeFeed::flush()
{
    if (!m_pending)
        return;
    m_pending = false;
    QStringList tables;
    std::swap(tables, m_tables);
    tables.sort();
    emit changed(tables);
}

} // namespace linli
