#pragma once

#include "access/audittrail.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AuditLogDialog;
}

namespace linli {

class AuditLogModel;
class Database;

// 审计日志 (设置 menu, administrators): the audit log filtered by user, action, table, record
// and dates, read a page at a time as it scrolls, and exported to .xlsx.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxExportRows = 1000000; // one sheet of Excel

    AuditLogDialog(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent = nullptr);
    ~AuditLogDialog() override;

    AuditLogModel *model() const { return m_model; }
    // The filter as the fields give it; an error naming the field that is wrong.
    Result<AuditFilter> filter() const;
    void search();
    // Writes the rows of the filter to `path` (.xlsx or .csv); the number written.
    Result<int> exportTo(const QString &path);

private:
    void chooseExportFile();
    void showError(const QString &message);

    std::unique_ptr<Ui::AuditLogDialog> m_ui;
    std::shared_ptr<Database> m_db;
    Actor m_actor;
    AuditLogModel *m_model = nullptr;
};

} // namespace linli
