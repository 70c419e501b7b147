#include "issueactiondialog.h"

#include "ui_issueactiondialog.h"

#include "common/fieldmessages.h"
#include "ledger/issuerepository.h"
#include "ledger/ledgersettings.h"
#include "storage/database.h"

#include <QPushButton>

namespace linli {

namespace {

void fill(QComboBox *box, const QList<Choice> &list)
{
    for (const Choice &c : list)
        box->addItem(choiceLabel(list, QString::fromLatin1(c.code)), QString::fromLatin1(c.code));
}

} // namespace

IssueActionDialog::IssueActionDialog(std::shared_ptr<Database> db, const Actor &actor, IssueAction action,
                                     const QStringList &numbers, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::IssueActionDialog>()), m_db(std::move(db)), m_actor(actor),
      m_action(action), m_numbers(numbers)
{
    m_ui->setupUi(this);
    setWindowTitle(Workflow::actionLabel(action));
    m_ui->introLabel->setText(numbers.size() == 1
                                  ? tr("%1 issue %2").arg(Workflow::actionLabel(action), numbers.constFirst())
                                  : tr("%1 %n issue(s): %2", nullptr, int(numbers.size()))
                                        .arg(Workflow::actionLabel(action), numbers.join(QStringLiteral("、"))));
    m_ui->dateEdit->setMaximumDate(QDate::currentDate());
    m_ui->dateEdit->setDate(QDate::currentDate());
    fill(m_ui->handlingComboBox, choices::handlingType());
    m_ui->handlingComboBox->setCurrentIndex(m_ui->handlingComboBox->findData(QStringLiteral("time_limited")));
    // No result is chosen for the person: 满意 by default would be recorded by mistake.
    m_ui->satisfactionComboBox->addItem(tr("(choose the result)"), QString());
    fill(m_ui->satisfactionComboBox, choices::satisfaction());
    m_ui->satisfactionComboBox->setCurrentIndex(0);
    // A message about a missing field goes once the field is filled in.
    for (QLineEdit *edit : {m_ui->resultLineEdit, m_ui->reasonLineEdit})
        connect(edit, &QLineEdit::textChanged, this, [this] { clearMessage(m_ui->errorLabel); });
    connect(m_ui->satisfactionComboBox, &QComboBox::currentIndexChanged, this,
            [this] { clearMessage(m_ui->errorLabel); });
    connect(m_ui->departmentComboBox, &QComboBox::currentTextChanged, this,
            [this] { clearMessage(m_ui->errorLabel); });
    if (auto departments = LedgerSettings(*m_db).departments(LedgerSettings::Retired::Exclude))
        for (const Department &d : departments.value())
            m_ui->departmentComboBox->addItem(d.name, d.id);
    m_ui->departmentComboBox->setCurrentIndex(-1);
    m_ui->departmentComboBox->setCurrentText(QString());

    const bool dispatching = action == IssueAction::Dispatch || action == IssueAction::Redispatch;
    const bool deadline = dispatching || action == IssueAction::ChangeDeadline;
    const bool reason = action == IssueAction::Reject || action == IssueAction::Return
        || action == IssueAction::ChangeDeadline || action == IssueAction::Escalate;
    auto show = [](bool visible, std::initializer_list<QWidget *> widgets) {
        for (QWidget *w : widgets)
            w->setVisible(visible);
    };
    show(dispatching,
         {m_ui->departmentLabel, m_ui->departmentComboBox, m_ui->assigneeLabel, m_ui->assigneeComboBox,
          m_ui->handlingLabel, m_ui->handlingComboBox});
    show(deadline, {m_ui->deadlineLabel, m_ui->deadlineEdit});
    show(action == IssueAction::Resolve, {m_ui->resultLabel, m_ui->resultLineEdit});
    show(action == IssueAction::FollowUp, {m_ui->satisfactionLabel, m_ui->satisfactionComboBox});
    show(reason, {m_ui->reasonLabel, m_ui->reasonLineEdit});
    clearMessage(m_ui->errorLabel);
    updateDeadline();

    // The deadline follows the handling type and the date until it is set by hand.
    connect(m_ui->handlingComboBox, &QComboBox::currentIndexChanged, this, &IssueActionDialog::updateDeadline);
    connect(m_ui->departmentComboBox, &QComboBox::currentIndexChanged, this, &IssueActionDialog::fillAssignees);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &IssueActionDialog::updateDeadline);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &IssueActionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    adjustSize();
}

IssueActionDialog::~IssueActionDialog() = default;

void IssueActionDialog::fillAssignees()
{
    const QString typed = m_ui->assigneeComboBox->currentText();
    m_ui->assigneeComboBox->clear();
    const qint64 department = m_ui->departmentComboBox->currentData().toLongLong();
    if (department)
        if (auto people = LedgerSettings(*m_db).assignees(department, LedgerSettings::Retired::Exclude))
            for (const Assignee &a : people.value())
                m_ui->assigneeComboBox->addItem(a.name);
    m_ui->assigneeComboBox->setCurrentIndex(-1);
    m_ui->assigneeComboBox->setCurrentText(typed);
}

void IssueActionDialog::updateDeadline()
{
    if (m_action == IssueAction::Dispatch || m_action == IssueAction::Redispatch) {
        auto days = LedgerSettings(*m_db).deadlineDays(m_ui->handlingComboBox->currentData().toString());
        m_ui->deadlineEdit->setDate(m_ui->dateEdit->date().addDays(
            days ? days.value() : LedgerSettings::builtInDeadlineDays(QStringLiteral("time_limited"))));
    } else if (m_action == IssueAction::ChangeDeadline && !m_ui->deadlineEdit->date().isValid())
        m_ui->deadlineEdit->setDate(QDate::currentDate());
}

void IssueActionDialog::accept()
{
    clearMessage(m_ui->errorLabel);
    IssueActionRequest r;
    r.action = m_action;
    r.date = m_ui->dateEdit->date();
    r.department = m_ui->departmentComboBox->currentText();
    r.assignee = m_ui->assigneeComboBox->currentText();
    r.handlingType = m_ui->handlingComboBox->currentData().toString();
    if (m_ui->deadlineEdit->isVisible())
        r.deadline = m_ui->deadlineEdit->date();
    r.result = m_ui->resultLineEdit->text();
    r.satisfaction = m_ui->satisfactionComboBox->currentData().toString();
    if (m_action == IssueAction::FollowUp && r.satisfaction.isEmpty()) {
        showProblem(m_ui->errorLabel, tr("Choose the result of the follow-up call: 满意, 基本满意 or 不满意."));
        m_ui->satisfactionComboBox->setFocus();
        return;
    }
    r.reason = m_ui->reasonLineEdit->text();

    IssueRepository repo(*m_db);
    Status status;
    {
        Transaction tx(*m_db);
        status = tx.status();
        for (const QString &number : std::as_const(m_numbers)) {
            if (!status)
                break;
            auto applied = repo.apply(number, r, m_actor);
            if (!applied)
                status = applied.error();
        }
        if (status)
            status = tx.commit();
    }
    if (!status) {
        showProblem(m_ui->errorLabel, status.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace linli
