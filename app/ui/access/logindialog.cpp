#include "logindialog.h"

#include "ui_logindialog.h"

#include "access/accountrepository.h"
#include "access/logins.h"
#include "common/waitcursor.h"
#include "storage/database.h"

#include <QPushButton>
#include <QSettings>

namespace linli {

namespace {

struct Answer {
    QString user;
    QString password;
    QString newPassword;
};

QList<Answer> &queued()
{
    static QList<Answer> answers;
    return answers;
}

std::optional<Answer> &standing()
{
    static std::optional<Answer> answer;
    return answer;
}

QString &lastErrorText()
{
    static QString text;
    return text;
}

const QString kLastUserKey = QStringLiteral("login/lastUser");

} // namespace

LoginDialog::LoginDialog(std::shared_ptr<Database> db, Mode mode, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_db(std::move(db)), m_mode(mode)
{
    m_ui->setupUi(this);
    const QString where = m_db ? m_db->displayName() : QString();
    const bool first = mode == Mode::FirstAdministrator;
    const bool change = mode == Mode::ChangePassword;
    m_ui->displayNameLabel->setVisible(first);
    m_ui->displayNameLineEdit->setVisible(first);
    m_ui->newPasswordLabel->setVisible(change);
    m_ui->newPasswordLineEdit->setVisible(change);
    m_ui->confirmLabel->setVisible(first || change);
    m_ui->confirmLineEdit->setVisible(first || change);
    m_ui->errorLabel->hide();
    m_ui->hintLabel->hide();
    setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    switch (mode) {
    case Mode::Login:
        setWindowTitle(tr("Log in"));
        m_ui->introLabel->setText(tr("Log in to the register %1.").arg(where));
        m_ui->userLineEdit->setText(QSettings().value(kLastUserKey).toString());
        break;
    case Mode::FirstAdministrator:
        setWindowTitle(tr("First administrator"));
        m_ui->introLabel->setText(
            tr("The register %1 has no administrator yet. Create the first 系统管理员 account: it adds the other "
               "accounts and can do everything. The password needs at least 8 characters of at least two kinds "
               "(letters, digits, other signs).")
                .arg(where));
        m_ui->confirmLabel->setText(tr("Password &again"));
        break;
    case Mode::ChangePassword:
        setWindowTitle(tr("Change password"));
        m_ui->introLabel->setText(tr("Choose a new password: at least 8 characters of at least two kinds (letters, "
                                     "digits, other signs)."));
        m_ui->passwordLabel->setText(tr("&Current password"));
        m_ui->userLineEdit->setEnabled(false);
        break;
    case Mode::Unlock:
        setWindowTitle(tr("Locked"));
        m_ui->introLabel->setText(
            tr("Linli was locked after a time without use. Enter your password to go on; nothing you typed is lost."));
        m_ui->userLineEdit->setEnabled(false);
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Log &out"));
        break;
    }
    if (!m_ui->userLineEdit->text().isEmpty() || !m_ui->userLineEdit->isEnabled())
        m_ui->passwordLineEdit->setFocus();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Login || mode == Mode::Unlock ? tr("Log in") : tr("OK"));
    adjustSize();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setActor(const Actor &actor)
{
    m_actor = actor;
    m_ui->userLineEdit->setText(actor.login);
    m_ui->passwordLineEdit->setFocus();
}

void LoginDialog::setHint(const QString &text)
{
    m_ui->hintLabel->setText(text);
    m_ui->hintLabel->setVisible(!text.isEmpty());
    adjustSize();
}

void LoginDialog::showError(const QString &message)
{
    lastErrorText() = message;
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    // Room for the message: a shown dialog does not grow by itself.
    adjustSize();
}

bool LoginDialog::tryAccept()
{
    AccountRepository accounts(*m_db);
    const QString user = m_ui->userLineEdit->text().trimmed();
    const QString password = m_ui->passwordLineEdit->text();
    WaitCursor wait;
    switch (m_mode) {
    case Mode::Login: {
        if (user.isEmpty()) {
            showError(tr("Give your user name."));
            m_ui->userLineEdit->setFocus();
            return false;
        }
        auto actor = Logins(*m_db).login(user, password);
        if (!actor) {
            showError(actor.error().message);
            m_ui->passwordLineEdit->clear();
            m_ui->passwordLineEdit->setFocus();
            return false;
        }
        QSettings().setValue(kLastUserKey, user);
        m_actor = actor.value();
        return true;
    }
    case Mode::FirstAdministrator: {
        if (password != m_ui->confirmLineEdit->text()) {
            showError(tr("The two passwords differ."));
            m_ui->confirmLineEdit->setFocus();
            return false;
        }
        auto actor = accounts.createFirstAdministrator(user, m_ui->displayNameLineEdit->text(), password);
        if (!actor) {
            showError(actor.error().message);
            return false;
        }
        QSettings().setValue(kLastUserKey, actor->login);
        m_actor = actor.value();
        return true;
    }
    case Mode::ChangePassword: {
        const QString chosen = m_ui->newPasswordLineEdit->text();
        if (chosen != m_ui->confirmLineEdit->text()) {
            showError(tr("The two new passwords differ."));
            m_ui->confirmLineEdit->setFocus();
            return false;
        }
        if (Status s = Logins(*m_db).changePassword(m_actor, password, chosen); !s) {
            showError(s.error().message);
            return false;
        }
        m_actor.mustChangePassword = false;
        return true;
    }
    case Mode::Unlock: {
        if (Status s = Logins(*m_db).confirm(m_actor, password); !s) {
            showError(s.error().message);
            m_ui->passwordLineEdit->clear();
            return false;
        }
        return true;
    }
    }
    return false;
}

void LoginDialog::accept()
{
    if (tryAccept())
        QDialog::accept();
}

std::optional<Actor> LoginDialog::run(const std::shared_ptr<Database> &db, Mode mode, QWidget *parent,
                                      const Actor &actor, const QString &hint)
{
    LoginDialog dialog(db, mode, parent);
    dialog.setHint(hint);
    if (!actor.login.isEmpty())
        dialog.setActor(actor);
    lastErrorText().clear();
    std::optional<Answer> answer;
    if (!queued().isEmpty())
        answer = queued().takeFirst();
    else if (standing())
        answer = standing();
    if (answer) {
        if (dialog.m_ui->userLineEdit->isEnabled())
            dialog.m_ui->userLineEdit->setText(answer->user);
        dialog.m_ui->passwordLineEdit->setText(answer->password);
        dialog.m_ui->newPasswordLineEdit->setText(answer->newPassword);
        dialog.m_ui->confirmLineEdit->setText(mode == Mode::FirstAdministrator ? answer->password
                                                                               : answer->newPassword);
        if (!dialog.tryAccept())
            return std::nullopt;
        return dialog.actor();
    }
    if (dialog.exec() != QDialog::Accepted) {
        lastErrorText().clear(); // cancelled, not refused
        return std::nullopt;
    }
    return dialog.actor();
}

void LoginDialog::queueAnswer(const QString &user, const QString &password, const QString &newPassword)
{
    queued() << Answer{user, password, newPassword};
}

void LoginDialog::answerAllWith(const QString &user, const QString &password)
{
    if (user.isEmpty())
        standing().reset();
    else
        standing() = Answer{user, password, {}};
}

QString LoginDialog::lastError()
{
    return lastErrorText();
}

} // namespace linli
