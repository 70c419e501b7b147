#pragma once

#include "registerimport.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ImportDialog;
}

namespace linli {

class Database;
class Job;

// Import from Excel or CSV: choose the table and the file; the sheet and header row are
// found by their names and each field of the register is matched to a column of the file,
// which the user can change; 检查 checks every row and lists the problems by row, column and
// reason; 导入 writes all rows in one transaction, or none. Both run off the GUI thread on
// their own connection, with a progress bar and 停止.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads `path` as the table `kind` (also what 选择… does after its file dialog).
    void openFile(ImportKind kind, const QString &path);
    bool isBusy() const { return m_busy; }
    // The last report shown.
    const ImportReport &report() const { return m_report; }

signals:
    void imported(int rows);

protected:
    void reject() override;

private:
    void chooseFile();
    void showMapping();
    // The file's header match with the user's choice of columns; false, with a message,
    // if a required field has no column.
    bool mapping(HeaderMatch *match);
    void start(bool dryRun);
    void finished(const Result<ImportReport> &report, bool dryRun);
    void showReport(const ImportReport &report, bool dryRun);
    void setBusy(bool busy);
    ImportKind kind() const;

    std::unique_ptr<Ui::ImportDialog> m_ui;
    std::shared_ptr<Database> m_db;
    Actor m_actor;
    std::optional<HeaderMatch> m_file;
    ImportReport m_report;
    bool m_busy = false;
    std::unique_ptr<Job> m_job; // the check or import running, if any
};

} // namespace linli
