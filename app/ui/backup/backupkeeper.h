#pragma once

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

class QLabel;
class QStatusBar;
class QTimer;
class QWidget;

namespace linli {

class Database;
class Job;

// The window's backups of the register it has open: one once the first write no backup holds
// is 15 minutes old (checked every minute, made on a job's thread with a connection of its own
// while the window stays live), one when the register closes if it changed, a
// warning in the status bar from a failed backup until one succeeds; and, for a register that
// cannot be opened, its latest good backup restored into a new file.
class BackupKeeper final : public QObject
{
    Q_OBJECT
public:
    BackupKeeper(QWidget *window, QStatusBar *statusBar);
    ~BackupKeeper() override;

    // The register open in the window; null when none is.
    void setRegister(std::shared_ptr<Database> db);
    // Whether a backup was due and started (none is while one runs); waitForBackup() waits
    // for it.
    bool backUpIfDue(const QDateTime &now);
    // Waits for a backup still running; whether the last backup succeeded.
    bool waitForBackup();
    // Backs up what changed since the newest backup.
    void registerClosing();
    // For the register at `path` that could not be opened (`why`): its newest backup that passes
    // its check, offered, restored into a new file the person names. The new file's path; an
    // empty one when the person declined or the restore failed; nothing when there is no backup.
    std::optional<QString> restoreLatest(const QString &path, const QString &why);

private:
    void failed(const QString &message);

    QWidget *m_window = nullptr;
    QLabel *m_warning = nullptr;
    QStatusBar *m_statusBar = nullptr;
    QTimer *m_timer = nullptr;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<Job> m_job; // the backup running, if one is
    bool m_lastOk = true;
};

} // namespace linli
