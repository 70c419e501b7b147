#pragma once

#include "access/actor.h"
#include "ledger/workflow.h"

#include <QDialog>

#include <memory>

namespace Ui {
class IssueActionDialog;
}

namespace linli {

class Database;

// Asks for what one workflow action needs (only those fields) and applies it to one or more
// issues in one transaction: all of them change, or none. On failure it stays open as it was.
class IssueActionDialog final : public QDialog
{
    Q_OBJECT
public:
    IssueActionDialog(std::shared_ptr<Database> db, const Actor &actor, IssueAction action, const QStringList &numbers,
                      QWidget *parent = nullptr);
    ~IssueActionDialog() override;

    void accept() override;

private:
    void updateDeadline();
    void fillAssignees();

    std::unique_ptr<Ui::IssueActionDialog> m_ui;
    std::shared_ptr<Database> m_db;
    Actor m_actor;
    IssueAction m_action;
    QStringList m_numbers;
};

} // namespace linli
