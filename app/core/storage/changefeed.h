#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QTimer;

namespace linli {

class Database;

// Tells the open window when another workstation (or another program on the same file) has
// changed the register, so that open pages can show it. On PostgreSQL it listens on the channel
// every commit notifies (Database::kChangeChannel), with the tables changed; on SQLite it reads
// PRAGMA data_version, which moves when another connection commits, every `pollMs`. Its own
// connection's writes are not reported: the window shows those itself. Changes in quick
// succession come as one signal, at most every `pollMs`.
class ChangeFeed final : public QObject
{
    Q_OBJECT
public:
    explicit ChangeFeed(std::shared_ptr<Database> db, int pollMs = 1000, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Whether it is listening (a server connection that could subscribe, or a SQLite file).
    bool isListening() const { return m_listening; }

signals:
    // The tables changed; empty when it is not known which (SQLite).
    void changed(const QStringList &tables);

private:
    void poll();
    void flush();

    std::shared_ptr<Database> m_db;
    QTimer *m_timer = nullptr;
    bool m_listening = false;
    qint64 m_dataVersion = -1;
    bool m_pending = false;
    QStringList m_tables;
};

} // namespace linli
