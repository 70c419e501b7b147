#include "issuedialog.h"

#include "ui_issuedialog.h"

#include "common/fieldmessages.h"
#include "ledger/issuerepository.h"
#include "ledger/ledgersettings.h"
#include "register/householdrepository.h"
#include "register/residentrepository.h"
#include "storage/database.h"

namespace linli {

IssueDialog::IssueDialog(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::IssueDialog>()), m_db(std::move(db)), m_actor(actor)
{
    m_ui->setupUi(this);
    if (auto categories = LedgerSettings(*m_db).categories(LedgerSettings::Retired::Exclude)) {
        m_categories = categories.value();
        for (const IssueCategory &c : std::as_const(m_categories))
            if (!c.parentId)
                m_ui->categoryComboBox->addItem(c.name, c.id);
    }
    for (const Choice &c : choices::issueSource())
        m_ui->sourceComboBox->addItem(choiceLabel(choices::issueSource(), QString::fromLatin1(c.code)),
                                      QString::fromLatin1(c.code));
    m_ui->dateEdit->setMaximumDate(QDate::currentDate());
    m_ui->dateEdit->setDate(QDate::currentDate());
    fillSubcategories();
    clearMessage(m_ui->errorLabel);
    connect(m_ui->categoryComboBox, &QComboBox::currentIndexChanged, this, &IssueDialog::fillSubcategories);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &IssueDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

IssueDialog::~IssueDialog() = default;

void IssueDialog::fillSubcategories()
{
    m_ui->subcategoryComboBox->clear();
    m_ui->subcategoryComboBox->addItem(QString());
    const qint64 category = m_ui->categoryComboBox->currentData().toLongLong();
    for (const IssueCategory &c : std::as_const(m_categories))
        if (c.parentId && c.parentId == category)
            m_ui->subcategoryComboBox->addItem(c.name);
}

void IssueDialog::setHousehold(qint64 householdId)
{
    auto household = HouseholdRepository(*m_db).get(householdId);
    if (!household)
        return;
    m_householdId = householdId;
    m_ui->locationLineEdit->setText(household->address);
    m_ui->phoneLineEdit->setText(household->phone);
    m_ui->sourceComboBox->setCurrentIndex(m_ui->sourceComboBox->findData(QStringLiteral("visit")));
    if (auto head = ResidentRepository(*m_db).head(householdId)) {
        m_ui->reporterLineEdit->setText(head->name);
        if (household->phone.isEmpty())
            m_ui->phoneLineEdit->setText(head->phone);
    }
    setWindowTitle(tr("Register an issue for %1").arg(household->address));
    m_ui->titleLineEdit->setFocus();
}

void IssueDialog::setVisit(qint64 visitId, qint64 householdId, const QDate &date, const QString &findings)
{
    setHousehold(householdId);
    m_visitId = visitId;
    m_ui->dateEdit->setDate(date);
    m_ui->sourceComboBox->setCurrentIndex(m_ui->sourceComboBox->findData(QStringLiteral("visit")));
    m_ui->descriptionPlainTextEdit->setPlainText(findings);
    if (m_ui->titleLineEdit->text().isEmpty())
        m_ui->titleLineEdit->setText(findings.section(QLatin1Char('\n'), 0, 0).left(60));
}

void IssueDialog::accept()
{
    clearMessage(m_ui->errorLabel);
    Issue d;
    d.title = m_ui->titleLineEdit->text();
    d.category = m_ui->categoryComboBox->currentText();
    d.subcategory = m_ui->subcategoryComboBox->currentText();
    d.source = m_ui->sourceComboBox->currentData().toString();
    d.reporter = m_ui->reporterLineEdit->text();
    d.reporterPhone = m_ui->phoneLineEdit->text();
    d.location = m_ui->locationLineEdit->text();
    d.householdId = m_householdId;
    d.visitId = m_visitId;
    d.registeredDate = m_ui->dateEdit->date().toString(Qt::ISODate);
    d.description = m_ui->descriptionPlainTextEdit->toPlainText();
    auto issue = IssueRepository(*m_db).add(d, m_actor);
    if (!issue) {
        showProblem(m_ui->errorLabel, issue.error().message);
        if (issue.error().field == QLatin1String("title"))
            m_ui->titleLineEdit->setFocus();
        else if (issue.error().field == QLatin1String("reporter_phone"))
            m_ui->phoneLineEdit->setFocus();
        return;
    }
    m_number = issue->number;
    QDialog::accept();
}

} // namespace linli
