#include "residentdialog.h"

#include "ui_residentdialog.h"

#include "common/choices.h"
#include "common/fieldmessages.h"
#include "register/idnumber.h"
#include "register/phone.h"
#include "register/residentrepository.h"

#include <QPushButton>

namespace linli {

namespace {

void fillChoices(QComboBox *box, const QList<Choice> &list, bool withBlank = false)
{
    if (withBlank)
        box->addItem(QString(), QString());
    for (const Choice &c : list)
        box->addItem(choiceLabel(list, QString::fromLatin1(c.code)), QString::fromLatin1(c.code));
}

void selectCode(QComboBox *box, const QString &code)
{
    const int i = box->findData(code);
    box->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

ResidentDialog::ResidentDialog(const QStringList &careTags, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ResidentDialog>())
{
    m_ui->setupUi(this);
    fillChoices(m_ui->sexComboBox, choices::sex(), true);
    fillChoices(m_ui->relationComboBox, choices::relation());
    fillChoices(m_ui->residenceTypeComboBox, choices::residenceType());
    for (const QString &tag : careTags) {
        auto *item = new QListWidgetItem(tag, m_ui->tagsListWidget);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    for (QLabel *l : {m_ui->nameMessageLabel, m_ui->idNumberMessageLabel, m_ui->birthDateMessageLabel,
                      m_ui->relationMessageLabel, m_ui->phoneMessageLabel, m_ui->errorLabel})
        wrapWithinForm(l);
    clearMessages();
    connect(m_ui->idNumberLineEdit, &QLineEdit::textChanged, this, &ResidentDialog::checkIdNumber);
    connect(m_ui->phoneLineEdit, &QLineEdit::editingFinished, this, &ResidentDialog::checkPhone);
    connect(m_ui->nameLineEdit, &QLineEdit::textEdited, this, [this] { clearMessage(m_ui->nameMessageLabel); });
    connect(m_ui->revealButton, &QPushButton::clicked, this, &ResidentDialog::revealIdNumber);
    m_ui->revealButton->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ResidentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ResidentDialog::reject);
    setWindowTitle(tr("New member"));
}

ResidentDialog::~ResidentDialog() = default;

void ResidentDialog::setPrivacy(std::function<Result<QString>()> reveal, bool fullPhones)
{
    m_reveal = std::move(reveal);
    m_fullPhones = fullPhones;
    showNumbers();
}

// A saved member's ID number is masked until revealed; what was typed in this dialog, or
// revealed, shows in full.
void ResidentDialog::showNumbers()
{
    const Resident &r = m_member.resident;
    const bool masked = r.meta.id > 0 && !m_member.revealed && !r.idNumber.isEmpty();
    {
        const QSignalBlocker blocker(m_ui->idNumberLineEdit);
        m_ui->idNumberLineEdit->setText(masked ? IdNumber::mask(r.idNumber) : r.idNumber);
    }
    m_ui->idNumberLineEdit->setReadOnly(masked);
    m_ui->revealButton->setVisible(masked);
    m_ui->revealButton->setEnabled(masked && m_reveal);
    if (!m_reveal)
        m_ui->revealButton->setToolTip(tr("Your role may not see ID numbers in full."));
    m_ui->phoneLineEdit->setText(m_fullPhones ? r.phone : Phone::mask(r.phone));
    m_ui->phoneLineEdit->setReadOnly(!m_fullPhones);
}

void ResidentDialog::revealIdNumber()
{
    if (!m_reveal)
        return;
    auto number = m_reveal();
    if (!number) {
        showProblem(m_ui->idNumberMessageLabel, number.error().message);
        return;
    }
    m_member.resident.idNumber = number.value();
    m_member.revealed = true;
    showNumbers();
    m_ui->idNumberLineEdit->setFocus();
}

void ResidentDialog::setMember(const MemberTableModel::Member &member)
{
    m_member = member;
    const Resident &r = member.resident;
    setWindowTitle(r.name.isEmpty() ? tr("New member") : tr("Member %1").arg(r.name));
    m_ui->nameLineEdit->setText(r.name);
    selectCode(m_ui->sexComboBox, r.sex);
    m_ui->birthDateLineEdit->setText(r.birthDate);
    selectCode(m_ui->relationComboBox, r.relation);
    selectCode(m_ui->residenceTypeComboBox, r.residenceType);
    m_ui->partyMemberCheckBox->setChecked(r.partyMember);
    m_ui->notesLineEdit->setText(r.notes);
    for (int i = 0; i < m_ui->tagsListWidget->count(); ++i) {
        QListWidgetItem *item = m_ui->tagsListWidget->item(i);
        item->setCheckState(member.tags.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    clearMessages();
    showNumbers();
    checkIdNumber();
}

void ResidentDialog::clearMessages()
{
    for (QLabel *l : {m_ui->nameMessageLabel, m_ui->idNumberMessageLabel, m_ui->birthDateMessageLabel,
                      m_ui->relationMessageLabel, m_ui->phoneMessageLabel, m_ui->errorLabel})
        clearMessage(l);
}

void ResidentDialog::checkIdNumber()
{
    const QString text = m_ui->idNumberLineEdit->text();
    const QString normalised = IdNumber::normalise(text);
    const bool derived = normalised.size() == 18 && IdNumber::parse(normalised).ok();
    m_ui->sexComboBox->setEnabled(!derived);
    m_ui->birthDateLineEdit->setEnabled(!derived);
    if (normalised.isEmpty()) {
        clearMessage(m_ui->idNumberMessageLabel);
        return;
    }
    if (normalised.size() < 18) {
        // Still typing: count, do not scold.
        showNote(m_ui->idNumberMessageLabel, tr("%1 of 18 characters").arg(normalised.size()));
        return;
    }
    auto info = IdNumber::parse(normalised);
    if (!info) {
        showProblem(m_ui->idNumberMessageLabel, info.error().message);
        return;
    }
    selectCode(m_ui->sexComboBox, info->sex);
    m_ui->birthDateLineEdit->setText(info->birthDate.toString(Qt::ISODate));
    showNote(m_ui->idNumberMessageLabel,
             tr("Born %1, %2").arg(info->birthDate.toString(Qt::ISODate), choiceLabel(choices::sex(), info->sex)));
}

void ResidentDialog::checkPhone()
{
    auto phone = Phone::parse(m_ui->phoneLineEdit->text());
    if (phone)
        clearMessage(m_ui->phoneMessageLabel);
    else
        showProblem(m_ui->phoneMessageLabel, phone.error().message);
}

void ResidentDialog::showError(const Error &error)
{
    QLabel *label = m_ui->errorLabel;
    QWidget *field = nullptr;
    if (error.field == QLatin1String("name")) {
        label = m_ui->nameMessageLabel;
        field = m_ui->nameLineEdit;
    } else if (error.field == QLatin1String("id_number")) {
        label = m_ui->idNumberMessageLabel;
        field = m_ui->idNumberLineEdit;
    } else if (error.field == QLatin1String("birth_date") || error.field == QLatin1String("sex")) {
        label = m_ui->birthDateMessageLabel;
        field = m_ui->birthDateLineEdit;
    } else if (error.field == QLatin1String("relation")) {
        label = m_ui->relationMessageLabel;
        field = m_ui->relationComboBox;
    } else if (error.field == QLatin1String("phone")) {
        label = m_ui->phoneMessageLabel;
        field = m_ui->phoneLineEdit;
    }
    showProblem(label, error.message);
    if (field)
        field->setFocus();
}

void ResidentDialog::accept()
{
    clearMessages();
    MemberTableModel::Member m = m_member;
    Resident &r = m.resident;
    r.name = m_ui->nameLineEdit->text();
    // A masked number was not changed: the member keeps the one it has.
    if (!m_ui->idNumberLineEdit->isReadOnly())
        r.idNumber = m_ui->idNumberLineEdit->text();
    r.sex = m_ui->sexComboBox->currentData().toString();
    r.birthDate = m_ui->birthDateLineEdit->text().trimmed();
    r.relation = m_ui->relationComboBox->currentData().toString();
    if (!m_ui->phoneLineEdit->isReadOnly())
        r.phone = m_ui->phoneLineEdit->text();
    r.residenceType = m_ui->residenceTypeComboBox->currentData().toString();
    r.partyMember = m_ui->partyMemberCheckBox->isChecked();
    r.notes = m_ui->notesLineEdit->text();
    if (Status s = ResidentRepository::validate(r); !s) {
        showError(s.error());
        return;
    }
    QStringList tags;
    for (int i = 0; i < m_ui->tagsListWidget->count(); ++i) {
        if (m_ui->tagsListWidget->item(i)->checkState() == Qt::Checked)
            tags << m_ui->tagsListWidget->item(i)->text();
    }
    m.tagsChanged = m.tagsChanged || tags != m.tags;
    m.tags = tags;
    m.changed = true;
    m_member = m;
    QDialog::accept();
}

} // namespace linli
