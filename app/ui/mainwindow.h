#pragma once

#include "access/actor.h"

#include <QDateTime>
#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;

namespace linli {
class IdleLock;
class UsersDialog;
class AuditLogDialog;
class BackupDialog;
class BackupKeeper;
class LiveChanges;
} // namespace linli

namespace Ui {
class MainWindow;
}

namespace linli {

class ChartsPage;
class Database;
class ImportDialog;
class LedgerPage;
class RegisterPage;
class StartPage;
class VisitsPage;
class WeeklyPage;

// Creates the pages for the open register and wires the menus; the pages do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`; with an empty path, the last register, or offers to create one.
    void openInitialRegister(const QString &path);
    // Opens `path` and logs in (or creates its first administrator); false if either fails or
    // the person cancels.
    bool openRegister(const QString &path, bool create);
    const Actor &actor() const { return m_actor; }
    // Locks the window behind a password prompt until the user logged in gives their password
    // (or logs out): the pages and the open editors are hidden meanwhile, and what was typed in
    // them stays. The idle time calls it; tests call it directly.
    void lockNow();
    bool isLocked() const { return m_locked; }
    IdleLock *idleLock() const { return m_idleLock; }

signals:
    // The window is locked, before the password is asked for.
    void locked();

public:
    RegisterPage *registerPage() const { return m_registerPage; }
    LedgerPage *ledgerPage() const { return m_ledgerPage; }
    VisitsPage *visitsPage() const { return m_visitsPage; }
    WeeklyPage *weeklyPage() const { return m_weeklyPage; }
    ChartsPage *chartsPage() const { return m_chartsPage; }
    // 文件 → 从 Excel 或 CSV 导入: the import dialog, shown (not modal to the code).
    ImportDialog *importFile();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    std::optional<Actor> logIn(const std::shared_ptr<Database> &db);
    bool showRegister(const std::shared_ptr<Database> &db, const Actor &actor);
    void changePassword();
    void switchUser();
    void chooseIdleTime();

public:
    // 设置 → 用户管理: the accounts dialog, shown (not modal to the code).
    UsersDialog *manageUsers();
    // 设置 → 审计日志 (administrators).
    AuditLogDialog *showAuditLog();
    // 文件 → 备份与恢复.
    BackupDialog *showBackups();
    // For a register that cannot be opened (`why`): its latest backup that passes its check,
    // offered to be restored into a new file and opened. Nothing when it has none.
    std::optional<bool> offerBackup(const QString &path, const QString &why);
    // Closes the register (backing up what changed since the newest backup).
    void closeRegister();
    // Backs the register up when its first write no backup holds is 15 minutes old, and waits
    // for it (the window's own check, every minute, does not wait); a failure shows in the status
    // bar until a backup succeeds. Whether a backup was made.
    bool backUpIfDue(const QDateTime &now);

    // The start screen's four ways (public for the tests).
    bool newRegister();
    void chooseRegister();
    bool openDemoRegister();
    bool newRegisterFromExcel();
    StartPage *startPage() const { return m_startPage; }
    // 文件 → 下载导入模板.
    void saveImportTemplate();

private:
    // Shows the start screen (no register open).
    void offerRegister();
    // After a new register is created: what to do next.
    void guideNewRegister();
    void updateRecentMenu();
    void chooseLanguage(const QString &language);
    void showAbout();
    void editLedgerSettings();
    void saveLayout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::shared_ptr<Database> m_db;
    Actor m_actor; // the user logged in
    QLabel *m_userLabel = nullptr;
    BackupKeeper *m_backups = nullptr;
    LiveChanges *m_liveChanges = nullptr; // other workstations' writes, shown on the pages
    IdleLock *m_idleLock = nullptr;
    bool m_locked = false;
    RegisterPage *m_registerPage = nullptr;
    LedgerPage *m_ledgerPage = nullptr;
    VisitsPage *m_visitsPage = nullptr;
    WeeklyPage *m_weeklyPage = nullptr;
    ChartsPage *m_chartsPage = nullptr;
    StartPage *m_startPage = nullptr;
    bool m_guideNewRegisters = true; // not when the new register is for an import
};

} // namespace linli
