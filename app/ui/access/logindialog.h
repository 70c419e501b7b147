#pragma once

#include "access/actor.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace linli {

class Database;

// The ways into a register: log in; create the first administrator of a register that has
// none; choose a new password (forced after a reset, or 修改密码); unlock the window after the
// idle time. The dialog asks the core itself, so that a wrong password is said in the dialog
// and what was typed stays.
class LoginDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Login, FirstAdministrator, ChangePassword, Unlock };

    LoginDialog(std::shared_ptr<Database> db, Mode mode, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // The user logged in (Login, FirstAdministrator), or whose password or lock this is.
    const Actor &actor() const { return m_actor; }
    void setActor(const Actor &actor);
    // Demo registers list their accounts (DemoGenerator::kDemoPassword) under the fields.
    void setHint(const QString &text);

    void accept() override;

    // Runs the dialog: the actor on success, null when the person cancelled. Tests queue the
    // answers (user name, password, new password) instead of typing them.
    static std::optional<Actor> run(const std::shared_ptr<Database> &db, Mode mode, QWidget *parent,
                                    const Actor &actor = {}, const QString &hint = {});
    static void queueAnswer(const QString &user, const QString &password, const QString &newPassword = {});
    // Every later dialog answered with these, until cleared with empty strings (GUI tests).
    static void answerAllWith(const QString &user, const QString &password);
    // The error the last dialog showed.
    static QString lastError();

private:
    bool tryAccept();
    void showError(const QString &message);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    std::shared_ptr<Database> m_db;
    Mode m_mode;
    Actor m_actor;
};

} // namespace linli
