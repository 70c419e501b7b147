#include "issuedialog.h"

#include "ui_issuedialog.h"

#include "common/fieldmessages.h"
#include "common/gridchoices.h"
#include "ledger/issuerepository.h"
#include "ledger/ledgersettings.h"
#include "register/householdrepository.h"
#include "register/residentrepository.h"
#include "storage/database.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

#include <algorithm>

namespace linli {

IssueDialog::IssueDialog(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::IssueDialog>()), m_db(std::move(db)), m_actor(actor)
{
    m_ui->setupUi(this);
    // The grid of an issue about a place with no household (a compound, a road): beside 地点.
    m_gridComboBox = new QComboBox(this);
    m_gridComboBox->setObjectName(QStringLiteral("gridComboBox"));
    m_gridComboBox->addItem(tr("(choose the grid)"), 0);
    addGridChoices(m_gridComboBox, *m_db);
    if (m_gridComboBox->count() == 2)
        m_gridComboBox->setCurrentIndex(1);
    auto *gridLabel = new QLabel(tr("&Grid"), this);
    gridLabel->setBuddy(m_gridComboBox);
    int row = 0;
    QFormLayout::ItemRole role;
    m_ui->formLayout->getWidgetPosition(m_ui->locationLineEdit, &row, &role);
    m_ui->formLayout->insertRow(row + 1, gridLabel, m_gridComboBox);
    // No category is chosen for the person: a default one would be kept by mistake.
    m_ui->categoryComboBox->addItem(tr("(choose the category)"), 0);
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
    m_gridComboBox->setCurrentIndex(std::max(0, m_gridComboBox->findData(household->gridId)));
    m_gridComboBox->setEnabled(false); // the household's
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
    if (!m_ui->categoryComboBox->currentData().toLongLong()) {
        showProblem(m_ui->errorLabel, tr("Choose the category of the issue."));
        m_ui->categoryComboBox->setFocus();
        return;
    }
    d.category = m_ui->categoryComboBox->currentText();
    d.subcategory = m_ui->subcategoryComboBox->currentText();
    d.source = m_ui->sourceComboBox->currentData().toString();
    d.reporter = m_ui->reporterLineEdit->text();
    d.reporterPhone = m_ui->phoneLineEdit->text();
    d.location = m_ui->locationLineEdit->text();
    d.householdId = m_householdId;
    if (!m_householdId) {
        d.gridId = m_gridComboBox->currentData().toLongLong();
        if (!d.gridId && m_gridComboBox->count() > 1) {
            showProblem(m_ui->errorLabel, tr("Choose the grid the place lies in."));
            m_gridComboBox->setFocus();
            return;
        }
    }
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
