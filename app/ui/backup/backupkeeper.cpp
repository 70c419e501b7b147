#include "backupkeeper.h"

#include "common/job.h"
#include "common/prompts.h"
#include "storage/auditledger.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>

namespace linli {

BackupKeeper::BackupKeeper(QWidget *window, QStatusBar *statusBar)
    : QObject(window), m_window(window), m_statusBar(statusBar)
{
    m_warning = new QLabel(window);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #b02a37; font-weight: bold; }"));
    m_warning->hide();
    statusBar->addPermanentWidget(m_warning);
    m_timer = new QTimer(this);
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] { backUpIfDue(QDateTime::currentDateTime()); });
    m_timer->start();
}

BackupKeeper::~BackupKeeper() = default; // a backup still running is waited for (~Job)

void BackupKeeper::setRegister(std::shared_ptr<Database> db)
{
    waitForBackup();
    m_db = std::move(db);
}

void BackupKeeper::failed(const QString &message)
{
    m_warning->setText(tr("Backup failed: %1").arg(message));
    m_warning->show();
}

bool BackupKeeper::backUpIfDue(const QDateTime &now)
{
    if (!m_db || !m_db->isSQLite() || m_db->isReadOnly() || (m_job && m_job->isRunning()))
        return false;
    // The first write no backup holds: the audit row after the newest backup's digest.
    auto all = Backups::list(Backups::defaultFolder(m_db->location()));
    qint64 saved = 0;
    if (all && !all->isEmpty())
        if (auto digest = AuditLedger::Digest::parse(all->constFirst().digest))
            saved = digest->rows;
    auto first = AuditLedger::rowTime(*m_db, saved + 1);
    if (!first || !Backups::due(first.value(), now))
        return false;
    // A copy of a large register takes seconds: it is made on the job's thread, from a read
    // transaction of its own, while the person goes on working.
    m_job = std::make_unique<Job>(tr("Backup"), tr("Backing up the register…"));
    connect(m_job.get(), &Job::finished, this, [this](const Status &status) {
        m_statusBar->clearMessage();
        m_lastOk = status.ok();
        if (status)
            m_warning->hide();
        else
            failed(status.error().message);
    });
    m_statusBar->showMessage(tr("Backing up the register…"));
    m_job->start(m_db, [now](Database &db, Job::Control &) -> Status {
        auto made = Backups::create(db, QStringLiteral("interval"), {}, now);
        return made ? Status() : Status(made.error());
    });
    return true;
}

bool BackupKeeper::waitForBackup()
{
    if (m_job) {
        while (m_job->isRunning())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents | QEventLoop::ExcludeUserInputEvents, 50);
        m_job.reset();
    }
    return m_lastOk;
}

void BackupKeeper::registerClosing()
{
    waitForBackup();
    if (!m_db)
        return;
    if (auto backup = Backups::createIfChanged(*m_db, QStringLiteral("close")); !backup) {
        failed(backup.error().message);
        prompts::warning(m_window, tr("Backup"), backup.error().message);
    } else {
        m_warning->hide();
    }
}

std::optional<QString> BackupKeeper::restoreLatest(const QString &path, const QString &why)
{
    if (path.startsWith(QLatin1String("postgres")))
        return std::nullopt;
    auto all = Backups::list(Backups::defaultFolder(path));
    if (!all)
        return std::nullopt;
    for (const Backups::Manifest &listed : all.value()) {
        auto good = Backups::verify(listed.file);
        if (!good)
            continue;
        const Backups::Manifest &m = good.value();
        if (prompts::question(m_window, tr("Open register"),
                              tr("%1\n\nThe latest good backup of this register was made %2 (%3 households, %4 "
                                 "residents, %5 issues). Restore it into a new register and open that? The damaged "
                                 "file is left as it is.")
                                  .arg(why, m.time.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                  .arg(m.counts.value(QStringLiteral("household")))
                                  .arg(m.counts.value(QStringLiteral("resident")))
                                  .arg(m.counts.value(QStringLiteral("issue"))),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            != QMessageBox::Yes)
            return QString();
        const QFileInfo damaged(path);
        const QString target
            = prompts::saveFileName(m_window, tr("Restore to a new register"),
                                    damaged.absoluteDir().filePath(damaged.completeBaseName() + tr("-restored-")
                                                                   + m.time.toString(QStringLiteral("yyyyMMdd-HHmmss"))
                                                                   + QStringLiteral(".linli")),
                                    tr("Linli registers (*.linli)"));
        if (target.isEmpty())
            return QString();
        if (Status s = Backups::restore(m.file, target); !s) {
            prompts::warning(m_window, tr("Restore"), s.error().message);
            return QString();
        }
        return target;
    }
    return std::nullopt;
}

} // namespace linli
