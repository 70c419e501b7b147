#pragma once

#include "access/accountrepository.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AccountDialog;
}

namespace linli {

class Database;

// One account of 用户管理: a new one (name, role, area and a first password), a change of role
// and area, or a new password. The core checks and writes it; its refusals are shown here.
class AccountDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, Edit, ResetPassword };

    AccountDialog(std::shared_ptr<Database> db, const Actor &actor, Mode mode, QWidget *parent = nullptr);
    ~AccountDialog() override;

    void setAccount(const Account &account);
    void accept() override;

signals:
    void saved(const QString &login);

private:
    void roleChanged();
    AccountDraft draft() const;
    void showError(const QString &message);

    std::unique_ptr<Ui::AccountDialog> m_ui;
    std::shared_ptr<Database> m_db;
    Actor m_actor;
    Mode m_mode;
};

} // namespace linli
