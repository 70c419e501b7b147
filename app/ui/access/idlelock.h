#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace linli {

// Watches the application's keyboard and mouse; after `limit` without either it asks for the
// window to be locked (lockRequested). 等保: the session locks after 15 idle minutes (a setting,
// 5 to 60).
class IdleLock final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultMinutes = 15;
    static constexpr int kMinMinutes = 5;
    static constexpr int kMaxMinutes = 60;

    explicit IdleLock(QObject *parent = nullptr);
    ~IdleLock() override;

    // The idle time in minutes, from the settings (clamped to 5–60).
    static int configuredMinutes();
    static void setConfiguredMinutes(int minutes);

    void setLimit(qint64 msecs); // tests use short limits
    qint64 limit() const { return m_limit; }
    void setEnabled(bool enabled); // off while no one is logged in, or while locked
    void touch() { m_idle.restart(); }

signals:
    void lockRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();
    QElapsedTimer m_idle;
    QTimer m_timer;
    qint64 m_limit;
    bool m_enabled = false;
};

} // namespace linli
