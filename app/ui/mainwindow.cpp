#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "access/accountrepository.h"
#include "access/auditlogdialog.h"
#include "access/idlelock.h"
#include "access/logindialog.h"
#include "access/logins.h"
#include "access/permissions.h"
#include "access/usersdialog.h"
#include "backup/backupdialog.h"
#include "backup/backupkeeper.h"
#include "charts/chartspage.h"
#include "common/job.h"
#include "common/language.h"
#include "common/prompts.h"
#include "demo/demogenerator.h"
#include "help/helpdialogs.h"
#include "interchange.h"
#include "ledger/ledgerpage.h"
#include "livechanges.h"
#include "register/registerpage.h"
#include "settings/ledgersettingsdialog.h"
#include "start/startpage.h"
#include "storage/auditledger.h"
#include "storage/database.h"
#include "tablewriter.h"
#include "transfer/exportactions.h"
#include "transfer/importdialog.h"
#include "visits/visitspage.h"
#include "weekly/weeklypage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace linli {

namespace {

constexpr int kRecentCount = 8;

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Linli"));
    connect(m_ui->newRegisterAction, &QAction::triggered, this, [this] { newRegister(); });
    connect(m_ui->openRegisterAction, &QAction::triggered, this, &MainWindow::chooseRegister);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->manualAction, &QAction::triggered, this, [this] { help::showManual(this); });
    connect(m_ui->shortcutsAction, &QAction::triggered, this, [this] { help::showShortcuts(this); });
    connect(m_ui->ledgerSettingsAction, &QAction::triggered, this, &MainWindow::editLedgerSettings);
    connect(m_ui->changePasswordAction, &QAction::triggered, this, &MainWindow::changePassword);
    connect(m_ui->logoutAction, &QAction::triggered, this, &MainWindow::switchUser);
    m_userLabel = new QLabel(this);
    m_ui->statusBar->addPermanentWidget(m_userLabel);
    m_backups = new BackupKeeper(this, m_ui->statusBar);
    m_liveChanges = new LiveChanges(m_ui->pagesTabWidget, this);
    m_idleLock = new IdleLock(this);
    connect(m_idleLock, &IdleLock::lockRequested, this, &MainWindow::lockNow);
    connect(m_ui->idleLockAction, &QAction::triggered, this, &MainWindow::chooseIdleTime);
    connect(m_ui->usersAction, &QAction::triggered, this, [this] { manageUsers(); });
    connect(m_ui->auditLogAction, &QAction::triggered, this, [this] { showAuditLog(); });
    connect(m_ui->backupAction, &QAction::triggered, this, [this] { showBackups(); });
    connect(m_ui->importAction, &QAction::triggered, this, [this] { importFile(); });
    connect(m_ui->templateAction, &QAction::triggered, this, &MainWindow::saveImportTemplate);
    connect(m_ui->placesAction, &QAction::triggered, this, [this] {
        if (m_registerPage)
            m_registerPage->managePlaces();
    });
    m_startPage = new StartPage(this);
    m_ui->centralLayout->addWidget(m_startPage);
    m_ui->pagesTabWidget->hide();
    connect(m_startPage, &StartPage::newRequested, this, [this] { newRegister(); });
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::chooseRegister);
    connect(m_startPage, &StartPage::demoRequested, this, [this] { openDemoRegister(); });
    connect(m_startPage, &StartPage::excelRequested, this, [this] { newRegisterFromExcel(); });
    connect(m_startPage, &StartPage::recentChosen, this, [this](const QString &path) { openRegister(path, false); });
    for (ImportKind kind : RegisterImport::kinds()) {
        QAction *action = m_ui->exportMenu->addAction(RegisterImport::label(kind) + QStringLiteral("…"));
        connect(action, &QAction::triggered, this, [this, kind] {
            if (m_db)
                exportRegisterTable(this, m_db, kind);
        });
    }
    connect(m_ui->chineseAction, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("zh_CN")); });
    connect(m_ui->englishAction, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("en")); });
    const QString language = QSettings().value(QStringLiteral("language"), defaultLanguage()).toString();
    m_ui->chineseAction->setChecked(!language.startsWith(QLatin1String("en")));
    m_ui->englishAction->setChecked(language.startsWith(QLatin1String("en")));

    QSettings settings;
    // The first time, a size that fits the screen (a 1366×768 or 1024×600 laptop included).
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect room = screen->availableGeometry();
            resize(std::min(1200, room.width() - 40), std::min(720, room.height() - 60));
        }
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateRecentMenu();
    m_ui->statusBar->showMessage(tr("No register is open."));
}

MainWindow::~MainWindow() = default;

void MainWindow::openInitialRegister(const QString &path)
{
    if (!path.isEmpty()) {
        if (!openRegister(path, !QFileInfo::exists(path)))
            offerRegister();
        return;
    }
    const QString last = QSettings().value(QStringLiteral("lastRegister")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last) && openRegister(last, false))
        return;
    offerRegister();
}

std::optional<Actor> MainWindow::logIn(const std::shared_ptr<Database> &db)
{
    AccountRepository accounts(*db);
    auto hasAdmin = accounts.hasAdministrator();
    if (!hasAdmin) {
        prompts::warning(this, tr("Open register"), hasAdmin.error().message);
        return std::nullopt;
    }
    std::optional<Actor> actor;
    if (!hasAdmin.value()) {
        actor = LoginDialog::run(db, LoginDialog::Mode::FirstAdministrator, this);
    } else {
        QString hint;
        if (auto demo = accounts.demoLogins(); demo && !demo->isEmpty())
            hint = tr("This is a demo register. Its accounts: admin (系统管理员), street (街道工作人员), "
                      "community1, community2 … (社区管理员 of each community), grid1-1, grid1-2 … (网格员 of "
                      "each grid: grid<community>-<grid>). The password of each is %1.")
                       .arg(DemoGenerator::kDemoPassword);
        actor = LoginDialog::run(db, LoginDialog::Mode::Login, this, {}, hint);
    }
    if (!actor)
        return std::nullopt;
    if (actor->mustChangePassword) {
        // An administrator set this password: the account chooses its own before anything else.
        auto changed = LoginDialog::run(db, LoginDialog::Mode::ChangePassword, this, actor.value());
        if (!changed) {
            (void)Logins(*db).logout(actor.value());
            return std::nullopt;
        }
        actor = changed;
    }
    return actor;
}

bool MainWindow::openRegister(const QString &path, bool create)
{
    std::optional<Actor> actor;
    if (create) {
        // The new file appears once its first administrator is in it.
        const Status made = Database::createFile(path, [&](const std::shared_ptr<Database> &created) -> Status {
            actor = logIn(created);
            return actor ? Status() : Status(Error{ErrorCode::Cancelled, {}, {}});
        });
        if (!made) {
            if (made.error().code != ErrorCode::Cancelled)
                prompts::warning(this, tr("New register"), made.error().message);
            return false;
        }
    }
    auto db = Database::open(path, Database::OpenMode::MustExist);
    if (!db) {
        // A damaged register: its latest good backup is offered, restored into a new file.
        if (db.error().code != ErrorCode::NotFound)
            if (auto restored = offerBackup(path, db.error().message))
                return restored.value();
        prompts::warning(this, tr("Open register"), db.error().message);
        return false;
    }
    if (!actor)
        actor = logIn(db.value());
    if (!actor)
        return false;
    if (!showRegister(db.value(), actor.value()))
        return false;
    if (create && m_guideNewRegisters)
        guideNewRegister();
    return true;
}

bool MainWindow::showRegister(const std::shared_ptr<Database> &db, const Actor &actor)
{
    m_liveChanges->follow({}, {}); // the pages it knows are about to go
    saveLayout();
    m_db = db;
    m_actor = actor;
    m_db->setActor(actor);
    AuditLedger::remember(*m_db); // this workstation keeps the digest of every state it has seen
    m_backups->setRegister(m_db);
    m_ui->pagesTabWidget->clear();
    m_startPage->hide();
    m_ui->pagesTabWidget->show();
    delete m_registerPage;
    m_registerPage = new RegisterPage(m_db, m_actor, this);
    QSettings settings;
    m_registerPage->restoreState(settings);
    m_ui->pagesTabWidget->addTab(m_registerPage, tr("Households"));
    delete m_visitsPage;
    m_visitsPage = new VisitsPage(m_db, m_actor, this);
    m_visitsPage->restoreState(settings);
    m_ui->pagesTabWidget->addTab(m_visitsPage, tr("Visits"));
    connect(m_registerPage, &RegisterPage::visitLogged, m_visitsPage, &VisitsPage::refresh);
    delete m_ledgerPage;
    m_ledgerPage = new LedgerPage(m_db, m_actor, this);
    m_ledgerPage->restoreState(settings);
    m_ui->pagesTabWidget->addTab(m_ledgerPage, tr("Issue ledger"));
    connect(m_registerPage, &RegisterPage::issueRegistered, m_ledgerPage, &LedgerPage::refresh);
    connect(m_registerPage, &RegisterPage::issueRegistered, m_visitsPage, &VisitsPage::refresh);
    connect(m_visitsPage, &VisitsPage::issueRegistered, m_ledgerPage, &LedgerPage::refresh);
    delete m_weeklyPage;
    m_weeklyPage = new WeeklyPage(m_db, m_actor, this);
    m_weeklyPage->restoreState(settings);
    m_ui->pagesTabWidget->addTab(m_weeklyPage, tr("Weekly reports"));
    connect(m_weeklyPage, &WeeklyPage::issuesChanged, m_ledgerPage, &LedgerPage::refresh);
    connect(m_registerPage, &RegisterPage::issueRegistered, m_weeklyPage, &WeeklyPage::refresh);
    connect(m_registerPage, &RegisterPage::visitLogged, m_weeklyPage, &WeeklyPage::refresh);
    connect(m_visitsPage, &VisitsPage::issueRegistered, m_weeklyPage, &WeeklyPage::refresh);
    connect(m_ledgerPage, &LedgerPage::issuesChanged, m_weeklyPage, &WeeklyPage::refresh);
    delete m_chartsPage;
    m_chartsPage = new ChartsPage(m_db, this);
    m_chartsPage->restoreState(settings);
    m_ui->pagesTabWidget->addTab(m_chartsPage, tr("Charts"));
    connect(m_weeklyPage, &WeeklyPage::issuesChanged, m_chartsPage, &ChartsPage::refresh);
    connect(m_ledgerPage, &LedgerPage::issuesChanged, m_chartsPage, &ChartsPage::refresh);
    m_liveChanges->follow(m_db, {m_registerPage, m_ledgerPage, m_visitsPage, m_weeklyPage, m_chartsPage});

    m_ui->ledgerSettingsAction->setEnabled(!m_db->isReadOnly() && Access::allows(m_actor, Permission::LedgerSettings));
    m_ui->importAction->setEnabled(!m_db->isReadOnly() && Access::allows(m_actor, Permission::EditRegister));
    m_ui->placesAction->setEnabled(true);
    m_ui->exportMenu->setEnabled(true);
    m_ui->changePasswordAction->setEnabled(m_actor.userId > 0);
    m_ui->usersAction->setEnabled(!m_db->isReadOnly() && Access::allows(m_actor, Permission::ManageUsers));
    m_ui->auditLogAction->setEnabled(Access::allows(m_actor, Permission::AuditLog));
    m_ui->backupAction->setEnabled(m_db->isSQLite() && Access::allows(m_actor, Permission::Backups));
    m_ui->logoutAction->setEnabled(true);
    m_idleLock->setEnabled(true);

    // A register that can only be read says so above its pages, with the reason.
    m_ui->readOnlyBanner->setVisible(m_db->isReadOnly());
    m_ui->readOnlyBanner->setText(
        m_db->isReadOnly()
            ? tr("Read-only: %1, so this register can be viewed, searched, printed and exported, but "
                 "nothing in it can be changed. Copy it to a folder you can write to in order to edit it.")
                  .arg(m_db->readOnlyReason())
            : QString());
    const QString shown = m_db->displayName();
    setWindowTitle(tr("Linli — %1").arg(QFileInfo(shown).fileName().isEmpty() ? shown : QFileInfo(shown).fileName()));
    m_ui->statusBar->showMessage(tr("Register: %1").arg(shown));
    m_userLabel->setText(tr("%1 (%2)").arg(m_actor.shownName(), choiceLabel(choices::role(), m_actor.role)));
    if (m_db->isSQLite()) {
        settings.setValue(QStringLiteral("lastRegister"), shown);
        QStringList recent = settings.value(QStringLiteral("recentRegisters")).toStringList();
        recent.removeAll(shown);
        recent.prepend(shown);
        settings.setValue(QStringLiteral("recentRegisters"), recent.mid(0, kRecentCount));
        updateRecentMenu();
    }
    return true;
}

ImportDialog *MainWindow::importFile()
{
    if (!m_db)
        return nullptr;
    auto *dialog = new ImportDialog(m_db, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The pages show the imported rows: they are made again for the same register.
    connect(dialog, &ImportDialog::imported, this, [this] {
        if (m_db)
            openRegister(m_db->location(), false);
    });
    dialog->open();
    return dialog;
}

void MainWindow::updateRecentMenu()
{
    m_ui->recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentRegisters")).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_ui->recentMenu->addAction(path);
        connect(action, &QAction::triggered, this, [this, path] { openRegister(path, false); });
    }
    m_ui->recentMenu->setEnabled(!recent.isEmpty());
    if (m_startPage)
        m_startPage->setRecent(recent);
}

bool MainWindow::newRegister()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = prompts::saveFileName(this, tr("New register"), dir + QStringLiteral("/登记册.linli"),
                                         tr("Linli registers (*.linli)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".linli");
    if (QFileInfo::exists(path)) {
        prompts::warning(this, tr("New register"),
                         tr("%1 already exists. Open it with File → Open register, or choose another name.").arg(path));
        return false;
    }
    return openRegister(path, true);
}

bool MainWindow::newRegisterFromExcel()
{
    m_guideNewRegisters = false;
    const bool created = newRegister();
    m_guideNewRegisters = true;
    if (!created)
        return false;
    importFile();
    return true;
}

bool MainWindow::openDemoRegister()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("演示登记册.linli"));
    if (!QFileInfo::exists(path)) {
        DemoOptions options;
        options.preset = QStringLiteral("community");
        options.households = QSettings().value(QStringLiteral("demo/households"), 0).toInt(); // 0: the preset's
        const Status made = Job::run(this, tr("Demo register"),
                                     tr("Making the demo register: a made-up community of about 3,000 "
                                        "households with a year of visits and issues…"),
                                     1, [&path, &options](Job::Control &control) -> Status {
                                         auto summary
                                             = DemoGenerator::generate(path, options, [&control](int done, int total) {
                                                   return control.progress(done, total);
                                               });
                                         return summary ? Status() : Status(summary.error());
                                     });
        if (!made) {
            if (made.error().code != ErrorCode::Cancelled)
                prompts::warning(this, tr("Demo register"), made.error().message);
            return false;
        }
    }
    return openRegister(path, false);
}

void MainWindow::saveImportTemplate()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = prompts::saveFileName(this, tr("Import template"), dir + QStringLiteral("/导入模板.xlsx"),
                                         tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    if (Status s = TableWriter::writeXlsx(path, Interchange::templateTables()); !s) {
        prompts::warning(this, tr("Import template"), s.error().message);
        return;
    }
    prompts::status(this, tr("The import template was written to %1.").arg(path));
}

void MainWindow::chooseRegister()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = prompts::openFileName(this, tr("Open register"), dir, tr("Linli registers (*.linli);;All files (*)"));
    if (!path.isEmpty())
        openRegister(path, false);
}

void MainWindow::offerRegister()
{
    closeRegister();
}

void MainWindow::guideNewRegister()
{
    const int next = prompts::buttons(
        this, tr("New register"),
        tr("The register is ready, and empty. Next, add its places (社区, 网格, 小区/院落, 楼栋) under 区域管理, or "
           "import the households from a workbook: the communities, grids, compounds and buildings it names are "
           "created with them. 文件 → 下载导入模板 gives a workbook with the columns to fill in."),
        {tr("Places…"), tr("Import from Excel…")});
    if (next == 0 && m_registerPage)
        m_registerPage->managePlaces();
    else if (next == 1)
        importFile();
}

void MainWindow::changePassword()
{
    if (!m_db || m_actor.userId <= 0)
        return;
    if (LoginDialog::run(m_db, LoginDialog::Mode::ChangePassword, this, m_actor))
        m_ui->statusBar->showMessage(tr("The password was changed."), 5000);
}

void MainWindow::lockNow()
{
    if (!m_db || m_locked)
        return;
    m_locked = true;
    m_idleLock->setEnabled(false);
    (void)Logins(*m_db).recordIdleLock(m_actor);
    // Out of sight: the pages and the editors open over them. Editors open with open(), not
    // exec(), so hiding them keeps them, with what was typed, until they are shown again.
    m_ui->pagesTabWidget->hide();
    m_ui->menuBar->setEnabled(false);
    QList<QPointer<QWidget>> hidden;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w == this || !w->isVisible() || !qobject_cast<QDialog *>(w) || qobject_cast<QMessageBox *>(w)
            || qobject_cast<QProgressDialog *>(w) || qobject_cast<LoginDialog *>(w))
            continue;
        w->hide();
        hidden << w;
    }
    emit locked();
    for (;;) {
        if (LoginDialog::run(m_db, LoginDialog::Mode::Unlock, this, m_actor))
            break;
        if (LoginDialog::lastError().isEmpty()) {
            // 注销 instead of the password: the session ends; its editors go with its pages.
            m_locked = false;
            m_ui->pagesTabWidget->show();
            m_ui->menuBar->setEnabled(true);
            switchUser();
            return;
        }
    }
    m_ui->pagesTabWidget->show();
    m_ui->menuBar->setEnabled(true);
    for (const QPointer<QWidget> &w : std::as_const(hidden))
        if (w)
            w->show();
    m_locked = false;
    m_idleLock->setEnabled(true);
}

UsersDialog *MainWindow::manageUsers()
{
    if (!m_db || !Access::allows(m_actor, Permission::ManageUsers))
        return nullptr;
    auto *dialog = new UsersDialog(m_db, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

std::optional<bool> MainWindow::offerBackup(const QString &path, const QString &why)
{
    auto restored = m_backups->restoreLatest(path, why);
    if (!restored)
        return std::nullopt;
    return !restored->isEmpty() && openRegister(restored.value(), false);
}

BackupDialog *MainWindow::showBackups()
{
    if (!m_db)
        return nullptr;
    auto *dialog = new BackupDialog(m_db, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BackupDialog::switchTo, this, [this, dialog](const QString &path) {
        dialog->close();
        closeRegister();
        openRegister(path, false);
    });
    dialog->show();
    return dialog;
}

bool MainWindow::backUpIfDue(const QDateTime &now)
{
    return m_backups->backUpIfDue(now) && m_backups->waitForBackup();
}

AuditLogDialog *MainWindow::showAuditLog()
{
    if (!m_db || !Access::allows(m_actor, Permission::AuditLog))
        return nullptr;
    auto *dialog = new AuditLogDialog(m_db, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::chooseIdleTime()
{
    const QString answer = prompts::text(this, tr("Lock after idle time"),
                                         tr("Lock the window after this many minutes without use (%1 to %2):")
                                             .arg(IdleLock::kMinMinutes)
                                             .arg(IdleLock::kMaxMinutes),
                                         QString::number(IdleLock::configuredMinutes()));
    if (answer.isNull())
        return;
    bool ok = false;
    const int minutes = answer.trimmed().toInt(&ok);
    if (!ok || minutes < IdleLock::kMinMinutes || minutes > IdleLock::kMaxMinutes) {
        prompts::warning(this, tr("Lock after idle time"),
                         tr("Give a whole number of minutes from %1 to %2, not '%3'.")
                             .arg(IdleLock::kMinMinutes)
                             .arg(IdleLock::kMaxMinutes)
                             .arg(answer));
        return;
    }
    IdleLock::setConfiguredMinutes(minutes);
    m_idleLock->setLimit(qint64(minutes) * 60 * 1000);
    m_ui->statusBar->showMessage(tr("The window locks after %1 idle minutes.").arg(minutes), 5000);
}

void MainWindow::switchUser()
{
    if (!m_db)
        return;
    const std::shared_ptr<Database> db = m_db;
    (void)Logins(*db).logout(m_actor);
    closeRegister();
    if (auto actor = logIn(db))
        showRegister(db, actor.value());
}

void MainWindow::closeRegister()
{
    saveLayout();
    m_liveChanges->follow({}, {});
    m_ui->pagesTabWidget->clear();
    delete std::exchange(m_registerPage, nullptr);
    delete std::exchange(m_visitsPage, nullptr);
    delete std::exchange(m_ledgerPage, nullptr);
    delete std::exchange(m_weeklyPage, nullptr);
    delete std::exchange(m_chartsPage, nullptr);
    if (m_db) {
        // The day's work goes to the backup folder when the register closes.
        m_backups->registerClosing();
        m_backups->setRegister({});
        AuditLedger::remember(*m_db);
    }
    m_db.reset();
    m_actor = Actor();
    m_ui->ledgerSettingsAction->setEnabled(false);
    m_ui->importAction->setEnabled(false);
    m_ui->placesAction->setEnabled(false);
    m_ui->exportMenu->setEnabled(false);
    m_ui->changePasswordAction->setEnabled(false);
    m_ui->usersAction->setEnabled(false);
    m_ui->auditLogAction->setEnabled(false);
    m_ui->backupAction->setEnabled(false);
    m_ui->logoutAction->setEnabled(false);
    m_idleLock->setEnabled(false);
    m_userLabel->clear();
    setWindowTitle(tr("Linli"));
    m_ui->statusBar->showMessage(tr("No register is open."));
    m_ui->readOnlyBanner->hide();
    m_ui->pagesTabWidget->hide();
    m_startPage->show();
}

void MainWindow::chooseLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    m_ui->chineseAction->setChecked(!language.startsWith(QLatin1String("en")));
    m_ui->englishAction->setChecked(language.startsWith(QLatin1String("en")));
    prompts::information(this, tr("Language"), tr("The new language is used from the next start of Linli."));
}

void MainWindow::editLedgerSettings()
{
    if (!m_db)
        return;
    auto *dialog = new LedgerSettingsDialog(m_db, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_ledgerPage)
        connect(dialog, &LedgerSettingsDialog::listsChanged, m_ledgerPage, [page = m_ledgerPage] {
            page->reloadLists();
            page->refresh();
        });
    dialog->open();
}

void MainWindow::showAbout()
{
    prompts::information(this, tr("About Linli"),
                         tr("Linli %1\nHousehold register, visit log and issue ledger for neighbourhood committees.\n"
                            "Licensed under the GNU General Public License, version 3 or later.")
                             .arg(QStringLiteral(LINLI_VERSION)));
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    if (m_registerPage)
        m_registerPage->saveState(settings);
    if (m_ledgerPage)
        m_ledgerPage->saveState(settings);
    if (m_visitsPage)
        m_visitsPage->saveState(settings);
    if (m_weeklyPage)
        m_weeklyPage->saveState(settings);
    if (m_chartsPage)
        m_chartsPage->saveState(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (m_db) {
        (void)Logins(*m_db).logout(m_actor);
        m_backups->registerClosing();
        AuditLedger::remember(*m_db);
    }
    event->accept();
}

} // namespace linli
