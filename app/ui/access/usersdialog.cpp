#include "usersdialog.h"

#include "ui_usersdialog.h"

#include "access/accountdialog.h"
#include "access/accountrepository.h"
#include "access/permissions.h"
#include "common/prompts.h"

#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>

namespace linli {

UsersDialog::UsersDialog(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UsersDialog>()), m_db(std::move(db)), m_actor(actor)
{
    m_ui->setupUi(this);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("User name"), tr("Name shown"), tr("Role"), tr("Area"), tr("State"), tr("Last login")});
    m_ui->accountsTableView->setModel(m_model);
    m_ui->accountsTableView->verticalHeader()->hide();
    m_ui->accountsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->accountsTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->introLabel->setText(m_actor.role == roles::kAdmin
                                  ? tr("Accounts are never deleted: disable one that is no longer used.")
                                  : tr("The grid workers of your community. Accounts are never deleted: disable one "
                                       "that is no longer used."));
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] { openAccount(int(AccountDialog::Mode::Add)); });
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] { openAccount(int(AccountDialog::Mode::Edit)); });
    connect(m_ui->resetPasswordButton, &QPushButton::clicked, this,
            [this] { openAccount(int(AccountDialog::Mode::ResetPassword)); });
    connect(m_ui->enableButton, &QPushButton::clicked, this, &UsersDialog::toggleEnabled);
    connect(m_ui->accountsTableView, &QAbstractItemView::doubleClicked, this,
            [this] { openAccount(int(AccountDialog::Mode::Edit)); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

UsersDialog::~UsersDialog() = default;

void UsersDialog::reload()
{
    const QString current = selectedLogin();
    m_model->removeRows(0, m_model->rowCount());
    auto accounts = AccountRepository(*m_db).list(m_actor);
    if (!accounts) {
        prompts::warning(this, windowTitle(), accounts.error().message);
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    for (const Account &a : accounts.value()) {
        QString area = tr("everything");
        if (a.role == roles::kGridWorker)
            area = a.gridNames.join(QStringLiteral("、"));
        else if (a.role == roles::kCommunityAdmin)
            area = a.communityName;
        QString state = tr("enabled");
        if (!a.enabled)
            state = tr("disabled");
        else if (!a.lockedUntil.isEmpty() && QDateTime::fromString(a.lockedUntil, Qt::ISODate) > now)
            state = tr("locked until %1").arg(a.lockedUntil.mid(11, 5));
        else if (a.mustChangePassword)
            state = tr("must change password");
        QList<QStandardItem *> row;
        for (const QString &text : {a.login, a.displayName, choiceLabel(choices::role(), a.role), area, state,
                                    QString(a.lastLoginAt).replace(QLatin1Char('T'), QLatin1Char(' '))}) {
            auto *item = new QStandardItem(text);
            item->setData(a.login, Qt::UserRole);
            item->setData(a.enabled, Qt::UserRole + 1);
            if (!a.enabled)
                item->setForeground(QBrush(Qt::gray));
            row << item;
        }
        m_model->appendRow(row);
        if (a.login == current)
            m_ui->accountsTableView->selectRow(m_model->rowCount() - 1);
    }
    connect(m_ui->accountsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersDialog::updateButtons, Qt::UniqueConnection);
    updateButtons();
}

QString UsersDialog::selectedLogin() const
{
    const QModelIndexList rows = m_ui->accountsTableView->selectionModel()
        ? m_ui->accountsTableView->selectionModel()->selectedRows()
        : QModelIndexList();
    return rows.isEmpty() ? QString() : rows.constFirst().data(Qt::UserRole).toString();
}

void UsersDialog::updateButtons()
{
    const QModelIndexList rows = m_ui->accountsTableView->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty();
    m_ui->editButton->setEnabled(selected);
    m_ui->resetPasswordButton->setEnabled(selected);
    m_ui->enableButton->setEnabled(selected);
    const bool enabled = selected && rows.constFirst().data(Qt::UserRole + 1).toBool();
    m_ui->enableButton->setText(enabled || !selected ? tr("&Disable") : tr("&Enable"));
}

void UsersDialog::openAccount(int mode)
{
    const auto m = AccountDialog::Mode(mode);
    auto *dialog = new AccountDialog(m_db, m_actor, m, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m != AccountDialog::Mode::Add) {
        const QString login = selectedLogin();
        if (login.isEmpty()) {
            delete dialog;
            return;
        }
        auto account = AccountRepository(*m_db).get(login);
        if (!account) {
            prompts::warning(this, windowTitle(), account.error().message);
            delete dialog;
            return;
        }
        dialog->setAccount(account.value());
    }
    connect(dialog, &AccountDialog::saved, this, [this](const QString &login) {
        reload();
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->item(r)->data(Qt::UserRole).toString() == login)
                m_ui->accountsTableView->selectRow(r);
    });
    dialog->open();
}

void UsersDialog::toggleEnabled()
{
    const QModelIndexList rows = m_ui->accountsTableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString login = rows.constFirst().data(Qt::UserRole).toString();
    const bool enabled = rows.constFirst().data(Qt::UserRole + 1).toBool();
    if (Status s = AccountRepository(*m_db).setEnabled(login, !enabled, m_actor); !s) {
        prompts::warning(this, windowTitle(), s.error().message);
        return;
    }
    reload();
}

} // namespace linli
