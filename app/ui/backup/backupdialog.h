#pragma once

#include "access/actor.h"
#include "storage/backups.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace linli {

class Database;

// 文件 → 备份与恢复 (administrators): the register's backups with time, size, counts and audit
// digest; 立即备份; 检查 of one; 恢复 writes a new register from one, checks it, and offers to
// switch to it (the register in use stays as it is, beside it).
class BackupDialog final : public QDialog
{
    Q_OBJECT
public:
    BackupDialog(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent = nullptr);

    void reload();
    // 立即备份; false with the reason shown when it failed.
    bool backUpNow();
    // Restores the selected backup to `target`; the new register's path, or empty.
    QString restoreTo(const QString &target);
    QTableWidget *table() const { return m_table; }

signals:
    // The user chose to work in the restored register.
    void switchTo(const QString &path);

private:
    QString selectedFile() const;
    void verifySelected();
    void chooseRestore();

    std::shared_ptr<Database> m_db;
    Actor m_actor;
    QList<Backups::Manifest> m_backups;
    QLabel *m_folder = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace linli
