#include "statusdialog.h"

#include "ui_statusdialog.h"

#include "common/fieldmessages.h"

namespace linli {

StatusDialog::StatusDialog(const QString &title, const QString &intro, bool askDestination, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::StatusDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->introLabel->setText(intro);
    m_ui->dateEdit->setMaximumDate(QDate::currentDate()); // a status change is never in the future
    m_ui->dateEdit->setDate(QDate::currentDate());
    m_ui->destinationLabel->setVisible(askDestination);
    m_ui->destinationLineEdit->setVisible(askDestination);
    clearMessage(m_ui->errorLabel);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

StatusDialog::~StatusDialog() = default;

QDate StatusDialog::date() const
{
    return m_ui->dateEdit->date();
}

QString StatusDialog::destination() const
{
    return m_ui->destinationLineEdit->text().trimmed();
}

void StatusDialog::setDate(const QDate &date)
{
    m_ui->dateEdit->setDate(date);
}

} // namespace linli
