#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "ledger/ledgersettings.h"

#include <QDialog>

#include <memory>

class QTreeWidgetItem;

namespace Ui {
class LedgerSettingsDialog;
}

namespace linli {

class Database;

// 问题台账设置: the categories with their subcategories, the departments with their
// assignees, and the default deadline of each handling type. Every change is saved at once
// (each in its own transaction with its audit row); entries in use are retired, not deleted.
class LedgerSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    LedgerSettingsDialog(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent = nullptr);
    ~LedgerSettingsDialog() override;

    bool changed() const { return m_changed; }

signals:
    void listsChanged();

public slots:
    void reject() override;

private:
    bool deadlinesChanged();
    void loadCategories(qint64 select = 0);
    void loadDepartments(qint64 select = 0);
    void loadAssignees(qint64 select = 0);
    void loadDeadlines();
    void updateButtons();
    // Shows the problem, or notes the change and tells the pages; true when it worked.
    bool report(const Status &status);

    std::optional<IssueCategory> currentCategory() const;
    std::optional<Department> currentDepartment() const;
    std::optional<Assignee> currentAssignee() const;

    void addCategory(bool sub);
    void renameCategory();
    void moveCategory(int delta);
    void retireCategory();
    void removeCategory();
    void addDepartment();
    void renameDepartment();
    void retireDepartment();
    void removeDepartment();
    void addAssignee();
    void editAssignee();
    void retireAssignee();
    void removeAssignee();
    void saveDeadlines();

    std::unique_ptr<Ui::LedgerSettingsDialog> m_ui;
    std::shared_ptr<Database> m_db;
    Actor m_actor;
    QList<IssueCategory> m_categories;
    QList<Department> m_departments;
    QList<Assignee> m_assignees;
    bool m_changed = false;
};

} // namespace linli
