#include "accountdialog.h"

#include "ui_accountdialog.h"

#include "access/permissions.h"
#include "common/waitcursor.h"
#include "register/placerepository.h"
#include "storage/database.h"

#include <QListWidgetItem>
#include <QPushButton>

namespace linli {

AccountDialog::AccountDialog(std::shared_ptr<Database> db, const Actor &actor, Mode mode, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AccountDialog>()), m_db(std::move(db)), m_actor(actor), m_mode(mode)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    // A community admin makes grid workers only.
    for (const Choice &c : choices::role()) {
        const QString code = QString::fromLatin1(c.code);
        if (m_actor.role == roles::kAdmin || code == roles::kGridWorker)
            m_ui->roleComboBox->addItem(choiceLabel(choices::role(), code), code);
    }
    PlaceRepository places(*m_db);
    if (auto communities = places.communities())
        for (const Community &c : communities.value())
            m_ui->communityComboBox->addItem(c.name, c.meta.id);
    if (auto grids = places.gridNames()) {
        for (const PlaceRepository::GridName &g : grids.value()) {
            auto *item = new QListWidgetItem(g.qualified, m_ui->gridsListWidget);
            item->setData(Qt::UserRole, g.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    connect(m_ui->roleComboBox, &QComboBox::currentIndexChanged, this, &AccountDialog::roleChanged);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AccountDialog::reject);

    const bool passwords = mode != Mode::Edit;
    const bool profile = mode != Mode::ResetPassword;
    for (QWidget *w : {static_cast<QWidget *>(m_ui->passwordLabel), static_cast<QWidget *>(m_ui->passwordLineEdit),
                       static_cast<QWidget *>(m_ui->confirmLabel), static_cast<QWidget *>(m_ui->confirmLineEdit)})
        w->setVisible(passwords);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->displayNameLabel),
                       static_cast<QWidget *>(m_ui->displayNameLineEdit), static_cast<QWidget *>(m_ui->roleLabel),
                       static_cast<QWidget *>(m_ui->roleComboBox)})
        w->setVisible(profile);
    m_ui->loginLineEdit->setReadOnly(mode != Mode::Add);
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("New account"));
        m_ui->noteLabel->setText(tr("The new user must choose their own password at the first login. A password "
                                    "needs at least 8 characters of at least two kinds."));
        break;
    case Mode::Edit: setWindowTitle(tr("Role and area")); break;
    case Mode::ResetPassword:
        setWindowTitle(tr("Reset password"));
        m_ui->noteLabel->setText(tr("The user must choose a new password at the next login; a lock after wrong "
                                    "passwords is lifted."));
        break;
    }
    roleChanged();
}

AccountDialog::~AccountDialog() = default;

void AccountDialog::setAccount(const Account &account)
{
    m_ui->loginLineEdit->setText(account.login);
    m_ui->displayNameLineEdit->setText(account.displayName);
    m_ui->roleComboBox->setCurrentIndex(std::max(0, m_ui->roleComboBox->findData(account.role)));
    m_ui->communityComboBox->setCurrentIndex(std::max(0, m_ui->communityComboBox->findData(account.communityId)));
    for (int i = 0; i < m_ui->gridsListWidget->count(); ++i) {
        QListWidgetItem *item = m_ui->gridsListWidget->item(i);
        item->setCheckState(account.gridIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                           : Qt::Unchecked);
    }
    roleChanged();
}

void AccountDialog::roleChanged()
{
    const QString role = m_ui->roleComboBox->currentData().toString();
    const bool profile = m_mode != Mode::ResetPassword;
    m_ui->communityLabel->setVisible(profile && role == roles::kCommunityAdmin);
    m_ui->communityComboBox->setVisible(profile && role == roles::kCommunityAdmin);
    m_ui->gridsLabel->setVisible(profile && role == roles::kGridWorker);
    m_ui->gridsListWidget->setVisible(profile && role == roles::kGridWorker);
}

AccountDraft AccountDialog::draft() const
{
    AccountDraft d;
    d.login = m_ui->loginLineEdit->text().trimmed();
    d.displayName = m_ui->displayNameLineEdit->text();
    d.role = m_ui->roleComboBox->currentData().toString();
    d.communityId = m_ui->communityComboBox->currentData().toLongLong();
    for (int i = 0; i < m_ui->gridsListWidget->count(); ++i) {
        const QListWidgetItem *item = m_ui->gridsListWidget->item(i);
        if (item->checkState() == Qt::Checked)
            d.gridIds << item->data(Qt::UserRole).toLongLong();
    }
    return d;
}

void AccountDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    // Room for the message: a shown dialog does not grow by itself.
    adjustSize();
}

void AccountDialog::accept()
{
    const AccountDraft d = draft();
    const QString password = m_ui->passwordLineEdit->text();
    if (m_mode != Mode::Edit && password != m_ui->confirmLineEdit->text()) {
        showError(tr("The two passwords differ."));
        m_ui->confirmLineEdit->setFocus();
        return;
    }
    AccountRepository accounts(*m_db);
    WaitCursor wait;
    Status done;
    switch (m_mode) {
    case Mode::Add:
        if (auto added = accounts.add(d, password, m_actor); !added)
            done = added.error();
        break;
    case Mode::Edit:
        if (auto updated = accounts.update(d, m_actor); !updated)
            done = updated.error();
        break;
    case Mode::ResetPassword: done = accounts.resetPassword(d.login, password, m_actor); break;
    }
    if (!done) {
        showError(done.error().message);
        return;
    }
    emit saved(d.login);
    QDialog::accept();
}

} // namespace linli
