#include "backupdialog.h"

#include "common/prompts.h"
#include "common/waitcursor.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace linli {

namespace {

QString reasonLabel(const QString &reason)
{
    if (reason == QLatin1String("manual"))
        return BackupDialog::tr("by hand");
    if (reason == QLatin1String("close"))
        return BackupDialog::tr("on closing");
    if (reason == QLatin1String("import"))
        return BackupDialog::tr("before an import");
    if (reason == QLatin1String("migration"))
        return BackupDialog::tr("before an upgrade");
    if (reason == QLatin1String("interval"))
        return BackupDialog::tr("every 15 minutes of work");
    return reason;
}

} // namespace

BackupDialog::BackupDialog(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_actor(actor)
{
    setWindowTitle(tr("Backup and restore"));
    auto *layout = new QVBoxLayout(this);
    m_folder = new QLabel(this);
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_folder);
    m_table = new QTableWidget(0, 7, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Made"), tr("Size"), tr("Households"), tr("Residents"), tr("Issues"), tr("Audit digest")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    auto *now = new QPushButton(tr("&Back up now"), this);
    m_verify = new QPushButton(tr("&Check"), this);
    m_restore = new QPushButton(tr("&Restore…"), this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(now);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(now, &QPushButton::clicked, this, [this] { backUpNow(); });
    connect(m_verify, &QPushButton::clicked, this, [this] { verifySelected(); });
    connect(m_restore, &QPushButton::clicked, this, [this] { chooseRestore(); });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_verify->setEnabled(!selectedFile().isEmpty());
        m_restore->setEnabled(!selectedFile().isEmpty());
    });
    resize(900, 420);
    reload();
}

void BackupDialog::reload()
{
    const QString folder = Backups::defaultFolder(m_db->location());
    m_folder->setText(tr("Backups of %1 are kept in %2: the 24 most recent, and one of each of the last 7 days, "
                         "4 weeks and 12 months.")
                          .arg(m_db->displayName(), folder));
    auto all = Backups::list(folder);
    m_backups = all ? all.value() : QList<Backups::Manifest>();
    m_table->setRowCount(int(m_backups.size()));
    const QLocale locale;
    for (int row = 0; row < m_backups.size(); ++row) {
        const Backups::Manifest &m = m_backups.at(row);
        const QStringList cells{m.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                reasonLabel(m.reason),
                                locale.formattedDataSize(m.bytes),
                                QString::number(m.counts.value(QStringLiteral("household"))),
                                QString::number(m.counts.value(QStringLiteral("resident"))),
                                QString::number(m.counts.value(QStringLiteral("issue"))),
                                m.digest.isEmpty() ? tr("(no manifest)") : m.digest};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    m_verify->setEnabled(false);
    m_restore->setEnabled(false);
    if (m_backups.isEmpty())
        m_message->setText(tr("No backup yet."));
}

bool BackupDialog::backUpNow()
{
    WaitCursor wait;
    auto made = Backups::create(*m_db, QStringLiteral("manual"));
    reload();
    if (!made) {
        m_message->setText(made.error().message);
        return false;
    }
    m_message->setText(tr("Backed up and checked: %1.").arg(QFileInfo(made->file).fileName()));
    return true;
}

QString BackupDialog::selectedFile() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return {};
    const int row = items.constFirst()->row();
    return row >= 0 && row < m_backups.size() ? m_backups.at(row).file : QString();
}

void BackupDialog::verifySelected()
{
    WaitCursor wait;
    auto checked = Backups::verify(selectedFile());
    m_message->setText(checked ? tr("%1 is whole: integrity, audit chain, counts and digest as its manifest says.")
                                     .arg(QFileInfo(selectedFile()).fileName())
                               : checked.error().message);
}

QString BackupDialog::restoreTo(const QString &target)
{
    WaitCursor wait;
    if (Status s = Backups::restore(selectedFile(), target); !s) {
        m_message->setText(s.error().message);
        return {};
    }
    m_message->setText(tr("Restored to %1.").arg(target));
    return target;
}

void BackupDialog::chooseRestore()
{
    const QString backup = selectedFile();
    if (backup.isEmpty())
        return;
    const QFileInfo current(m_db->location());
    const QString suggested
        = current.absoluteDir().filePath(current.completeBaseName() + tr("-restored-")
                                         + QFileInfo(backup).completeBaseName().right(15) + QStringLiteral(".linli"));
    const QString target
        = prompts::saveFileName(this, tr("Restore to a new register"), suggested, tr("Linli registers (*.linli)"));
    if (target.isEmpty())
        return;
    const QString restored = restoreTo(target);
    if (restored.isEmpty())
        return;
    if (prompts::question(this, tr("Restore"),
                          tr("The backup was restored to %1 and checked. The register in use, %2, is kept as it is. "
                             "Work in the restored register now?")
                              .arg(restored, m_db->displayName()))
        == QMessageBox::Yes)
        emit switchTo(restored);
}

} // namespace linli
