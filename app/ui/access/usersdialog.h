#pragma once

#include "access/actor.h"

#include <QDialog>

#include <memory>

class QStandardItemModel;

namespace Ui {
class UsersDialog;
}

namespace linli {

class Database;

// 用户管理 (设置 menu): the accounts an administrator manages, or a community admin's grid
// workers; add, change role and area, disable or enable (never delete), reset a password.
class UsersDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Column { LoginColumn, NameColumn, RoleColumn, AreaColumn, StateColumn, LastLoginColumn, ColumnCount };

    UsersDialog(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent = nullptr);
    ~UsersDialog() override;

    void reload();

private:
    QString selectedLogin() const;
    void updateButtons();
    void openAccount(int mode);
    void toggleEnabled();

    std::unique_ptr<Ui::UsersDialog> m_ui;
    std::shared_ptr<Database> m_db;
    Actor m_actor;
    QStandardItemModel *m_model = nullptr;
};

} // namespace linli
