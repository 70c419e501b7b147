#include "visitdialog.h"

#include "ui_visitdialog.h"

#include "common/fieldmessages.h"
#include "ledger/issuedialog.h"
#include "register/householdrepository.h"
#include "register/residentrepository.h"
#include "register/searchindex.h"
#include "storage/database.h"
#include "visits/visitrepository.h"

#include <QKeyEvent>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

namespace linli {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kShown = 20;
} // namespace

VisitDialog::VisitDialog(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::VisitDialog>()), m_db(std::move(db)), m_actor(actor)
{
    m_ui->setupUi(this);
    m_ui->dateEdit->setMaximumDate(QDate::currentDate());
    m_ui->dateEdit->setDate(QDate::currentDate());
    for (const Choice &c : choices::visitKind())
        m_ui->kindComboBox->addItem(choiceLabel(choices::visitKind(), QString::fromLatin1(c.code)),
                                    QString::fromLatin1(c.code));
    // The visitor is usually the same person as last time on this computer.
    m_ui->visitorLineEdit->setText(QSettings().value(QStringLiteral("visits/visitor")).toString());
    m_ui->householdList->hide();
    clearMessage(m_ui->householdChosenLabel);
    clearMessage(m_ui->errorLabel);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &VisitDialog::search);
    connect(m_ui->householdLineEdit, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->householdList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            setHousehold(item->data(kIdRole).toLongLong());
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &VisitDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->householdLineEdit->installEventFilter(this);
    m_ui->householdLineEdit->setFocus();
}

bool VisitDialog::eventFilter(QObject *watched, QEvent *event)
{
    // From the search box, Down (or Enter) goes to the households found, the first one chosen.
    if (watched == m_ui->householdLineEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
        if ((key == Qt::Key_Down || enter) && m_ui->householdList->count() > 0) {
            m_ui->householdList->setFocus();
            if (m_ui->householdList->currentRow() < 0)
                m_ui->householdList->setCurrentRow(0);
            return true;
        }
        if (enter)
            return true; // not the dialog's OK while a household is being looked for
    }
    return QDialog::eventFilter(watched, event);
}

VisitDialog::~VisitDialog() = default;

void VisitDialog::search()
{
    const QString text = m_ui->householdLineEdit->text().simplified();
    m_ui->householdList->clear();
    if (text.size() < SearchIndex::kMinimumQueryLength) {
        m_ui->householdList->hide();
        return;
    }
    auto ids = SearchIndex::findHouseholds(*m_db, text, kShown);
    if (!ids) {
        showProblem(m_ui->errorLabel, ids.error().message);
        return;
    }
    HouseholdRepository households(*m_db);
    ResidentRepository residents(*m_db);
    const QSignalBlocker blocker(m_ui->householdList);
    for (qint64 id : ids.value()) {
        auto h = households.get(id);
        if (!h || h->status != QLatin1String("active"))
            continue;
        auto head = residents.head(id);
        auto *item = new QListWidgetItem(head ? QStringLiteral("%1  %2").arg(h->address, head->name) : h->address,
                                         m_ui->householdList);
        item->setData(kIdRole, id);
    }
    m_ui->householdList->setVisible(m_ui->householdList->count() > 0);
    if (m_ui->householdList->count() == 0)
        showNote(m_ui->householdChosenLabel, tr("No household in the register matches '%1'.").arg(text));
}

void VisitDialog::setHousehold(qint64 householdId)
{
    auto household = HouseholdRepository(*m_db).get(householdId);
    if (!household) {
        showProblem(m_ui->errorLabel, household.error().message);
        return;
    }
    m_householdId = householdId;
    QString note = household->address;
    if (auto due = VisitRepository(*m_db).dueFor(householdId, QDate::currentDate())) {
        note += QStringLiteral("\n");
        note += due->lastVisit.isValid()
            ? tr("Last visit %1, next due %2.")
                  .arg(due->lastVisit.toString(Qt::ISODate), due->dueDate.toString(Qt::ISODate))
            : tr("Not visited yet.");
        if (!due->tags.isEmpty())
            note += QStringLiteral(" ") + tr("Care: %1.").arg(due->tags.join(QStringLiteral("、")));
        // Care visits for households that need them.
        if (!due->tags.isEmpty())
            m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(QStringLiteral("care")));
    }
    showNote(m_ui->householdChosenLabel, note);
    m_ui->membersList->clear();
    if (auto members = ResidentRepository(*m_db).listByHousehold(householdId, false)) {
        for (const Resident &r : members.value()) {
            auto *item = new QListWidgetItem(r.name, m_ui->membersList);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    setWindowTitle(tr("Log a visit to %1").arg(household->address));
}

void VisitDialog::accept()
{
    clearMessage(m_ui->errorLabel);
    Visit v;
    v.householdId = m_householdId;
    v.visitDate = m_ui->dateEdit->date().toString(Qt::ISODate);
    v.kind = m_ui->kindComboBox->currentData().toString();
    v.visitor = m_ui->visitorLineEdit->text();
    for (int i = 0; i < m_ui->membersList->count(); ++i)
        if (m_ui->membersList->item(i)->checkState() == Qt::Checked)
            v.personsMet << m_ui->membersList->item(i)->text();
    v.notes = m_ui->notesPlainTextEdit->toPlainText();
    v.findings = m_ui->findingsPlainTextEdit->toPlainText();
    auto visit = VisitRepository(*m_db).add(v, m_actor);
    if (!visit) {
        showProblem(m_ui->errorLabel, visit.error().message);
        if (visit.error().field == QLatin1String("household"))
            m_ui->householdLineEdit->setFocus();
        else if (visit.error().field == QLatin1String("visitor"))
            m_ui->visitorLineEdit->setFocus();
        return;
    }
    m_visitId = visit->meta.id;
    QSettings().setValue(QStringLiteral("visits/visitor"), visit->visitor);
    m_visitDate = m_ui->dateEdit->date();
    m_findings = v.findings;
    QDialog::accept();
}

bool VisitDialog::wantsIssue() const
{
    return m_ui->issueCheckBox->isChecked();
}

void VisitDialog::logVisit(QWidget *parent, const std::shared_ptr<Database> &db, const Actor &actor, qint64 householdId,
                           const std::function<void(const QString &)> &logged)
{
    auto *dialog = new VisitDialog(db, actor, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (householdId)
        dialog->setHousehold(householdId);
    QObject::connect(dialog, &QDialog::accepted, parent, [dialog, parent, db, actor, logged] {
        if (logged)
            logged(QString());
        if (!dialog->wantsIssue())
            return;
        // The visit is saved; the issue form follows, linked to it.
        auto *issue = new IssueDialog(db, actor, parent);
        issue->setAttribute(Qt::WA_DeleteOnClose);
        issue->setVisit(dialog->visitId(), dialog->m_householdId, dialog->m_visitDate, dialog->m_findings);
        QObject::connect(issue, &QDialog::accepted, parent, [issue, logged] {
            if (logged)
                logged(issue->number());
        });
        issue->open();
    });
    dialog->open();
}

} // namespace linli
