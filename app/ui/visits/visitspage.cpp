#include "visitspage.h"

#include "ui_visitspage.h"

#include "access/permissions.h"

#include "common/flowlayout.h"
#include "common/gridchoices.h"
#include "common/printbutton.h"
#include "common/prompts.h"
#include "storage/database.h"
#include "visits/visitdialog.h"
#include "visits/visitmodels.h"
#include "visits/visitrepository.h"

#include <QHeaderView>
#include <QSettings>
#include <QShortcut>
#include <QTimer>

namespace linli {

namespace {

const QDate kAnyDate(2000, 1, 1);
constexpr int kIdRole = Qt::UserRole;
constexpr int kGridRole = Qt::UserRole + 1;

// A coverage table: each row keeps its place's id (for a building, in kIdRole with its grid in
// kGridRole; for a grid, in kGridRole).
void fillCoverage(QTableWidget *table, const QString &placeHeader, const QList<CoverageRow> &rows, bool buildings)
{
    table->clear();
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels(
        {placeHeader, VisitsPage::tr("Active"), VisitsPage::tr("Visited"), VisitsPage::tr("Coverage")});
    table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const CoverageRow &r = rows.at(i);
        const QStringList cells{r.name, QString::number(r.figures.activeHouseholds),
                                QString::number(r.figures.visitedHouseholds),
                                r.figures.percentText(QStringLiteral("—"))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            item->setData(buildings ? kIdRole : kGridRole, r.id);
            if (buildings)
                item->setData(kGridRole, r.gridId);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(i, c, item);
        }
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
}

} // namespace

VisitsPage::VisitsPage(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::VisitsPage>()), m_db(std::move(db)), m_actor(actor)
{
    m_ui->setupUi(this);
    m_ui->logVisitButton->setEnabled(Access::allows(m_actor, Permission::EditRegister));
    fillGrids(m_ui->logGridComboBox);
    fillGrids(m_ui->dueGridComboBox);
    for (QDateEdit *edit : {m_ui->fromDateEdit, m_ui->toDateEdit}) {
        edit->setMinimumDate(kAnyDate);
        edit->setSpecialValueText(tr("Any"));
        edit->setDate(kAnyDate);
    }
    m_ui->asOfDateEdit->setDate(QDate::currentDate());
    // A worker's list covers the grids where they have visited in the past year.
    m_ui->workerComboBox->addItem(tr("Anyone"), QString());
    if (auto workers = VisitRepository(*m_db).workers(QDate::currentDate()))
        for (const QString &name : workers.value())
            m_ui->workerComboBox->addItem(name, name);
    m_ui->yearSpinBox->setRange(2000, QDate::currentDate().year());
    m_ui->yearSpinBox->setValue(QDate::currentDate().year());

    m_visits = new VisitTableModel(m_db, this);
    m_ui->visitTableView->setModel(m_visits);
    m_ui->visitTableView->verticalHeader()->hide();
    m_ui->visitTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->visitTableView->horizontalHeader()->resizeSection(VisitTableModel::AddressColumn, 260);
    m_due = new DueTableModel(this);
    m_ui->dueTableView->setModel(m_due);
    m_ui->dueTableView->verticalHeader()->hide();
    m_ui->dueTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->dueTableView->horizontalHeader()->resizeSection(DueTableModel::AddressColumn, 280);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    // A changed filter reloads its tab if it is in view; otherwise the tab loads when shown.
    auto changed = [this](Tab tab) {
        return [this, tab] {
            m_stale[tab] = true;
            if (isVisible())
                loadCurrentTab();
        };
    };
    connect(m_searchTimer, &QTimer::timeout, this, changed(LogTab));
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setWhatsThis(tr("Search the visits"));
    connect(find, &QShortcut::activated, m_ui->searchLineEdit, qOverload<>(&QWidget::setFocus));
    connect(m_ui->logGridComboBox, &QComboBox::currentIndexChanged, this, changed(LogTab));
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, changed(LogTab));
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, changed(LogTab));
    connect(m_ui->dueGridComboBox, &QComboBox::currentIndexChanged, this, changed(DueTab));
    connect(m_ui->asOfDateEdit, &QDateEdit::dateChanged, this, changed(DueTab));
    connect(m_ui->workerComboBox, &QComboBox::currentIndexChanged, this, changed(DueTab));
    connect(m_ui->yearSpinBox, &QSpinBox::valueChanged, this, changed(CoverageTab));
    connect(m_ui->logVisitButton, &QPushButton::clicked, this, [this] { logVisit(); });
    connect(m_ui->visitDueButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->dueTableView->currentIndex();
        if (current.isValid())
            logVisit(current.data(DueTableModel::HouseholdIdRole).toLongLong());
    });
    connect(m_ui->dueTableView, &QTableView::activated, this,
            [this](const QModelIndex &index) { logVisit(index.data(DueTableModel::HouseholdIdRole).toLongLong()); });
    auto *printLog = new PrintButton(m_db, m_actor, m_ui->logTab);
    printLog->addDocument(
        tr("Visit register"),
        [this]() -> std::optional<PrintRequest> {
            const VisitFilter filter = m_visits->filter(); // what the page shows
            return PrintRequest{QStringLiteral("走访台账"), [filter](Database &reg, const PrintOptions &options) {
                                    return Printing::visits(reg, filter, options);
                                }};
        },
        QKeySequence::Print);
    m_ui->logFilters->addWidget(printLog);
    auto *printDue = new PrintButton(m_db, m_actor, m_ui->dueTab);
    printDue->addDocument(
        tr("Route list"),
        [this]() -> std::optional<PrintRequest> {
            const DueFilter filter = dueFilter();
            return PrintRequest{QStringLiteral("待走访清单"), [filter](Database &reg, const PrintOptions &options) {
                                    return Printing::routeList(reg, filter, options);
                                }};
        },
        QKeySequence::Print);
    m_ui->dueFilters->addWidget(printDue);
    FlowLayout::wrap(m_ui->logFilters); // each bar wraps on a narrow window
    FlowLayout::wrap(m_ui->dueFilters);
    FlowLayout::wrap(m_ui->coverageFilters);
    connect(m_ui->gridCoverageTable, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        showUnvisited(item->data(kGridRole).toLongLong(), 0, m_ui->gridCoverageTable->item(item->row(), 0)->text());
    });
    // A grid chosen in the grid table narrows the building table to that grid's buildings.
    connect(m_ui->gridCoverageTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto chosen = m_ui->gridCoverageTable->selectedItems();
        const qint64 grid = chosen.isEmpty() ? 0 : chosen.first()->data(kGridRole).toLongLong();
        QTableWidget *buildings = m_ui->buildingCoverageTable;
        for (int row = 0; row < buildings->rowCount(); ++row)
            buildings->setRowHidden(row, grid && buildings->item(row, 0)->data(kGridRole).toLongLong() != grid);
    });
    connect(m_ui->buildingCoverageTable, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        showUnvisited(0, item->data(kIdRole).toLongLong(), m_ui->buildingCoverageTable->item(item->row(), 0)->text());
    });
    connect(m_ui->unvisitedList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { logVisit(item->data(kIdRole).toLongLong()); });
    connect(m_ui->visitsTabWidget, &QTabWidget::currentChanged, this, [this] {
        if (isVisible())
            loadCurrentTab();
    });
    connect(m_visits, &VisitTableModel::errorOccurred, this,
            [this](const QString &message) { prompts::warning(this, tr("Visits"), message); });
    refresh();
}

VisitsPage::~VisitsPage() = default;

void VisitsPage::fillGrids(QComboBox *box)
{
    box->addItem(tr("All"), 0);
    addGridChoices(box, *m_db);
}

void VisitsPage::refresh()
{
    std::fill(std::begin(m_stale), std::end(m_stale), true);
    if (isVisible())
        loadCurrentTab();
}

void VisitsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadCurrentTab();
}

void VisitsPage::loadCurrentTab()
{
    switch (m_ui->visitsTabWidget->currentIndex()) {
    case LogTab:
        if (m_stale[LogTab])
            applyLogFilter();
        break;
    case DueTab:
        if (m_stale[DueTab])
            loadDue();
        break;
    case CoverageTab:
        if (m_stale[CoverageTab])
            loadCoverage();
        break;
    }
}

VisitTableModel *VisitsPage::visitModel()
{
    if (m_stale[LogTab])
        applyLogFilter();
    return m_visits;
}

DueTableModel *VisitsPage::dueModel()
{
    if (m_stale[DueTab])
        loadDue();
    return m_due;
}

void VisitsPage::logVisit(qint64 householdId)
{
    VisitDialog::logVisit(this, m_db, m_actor, householdId, [this](const QString &issue) {
        refresh();
        if (!issue.isEmpty())
            emit issueRegistered(issue);
    });
}

void VisitsPage::applyLogFilter()
{
    VisitFilter f;
    f.gridId = m_ui->logGridComboBox->currentData().toLongLong();
    if (m_ui->fromDateEdit->date() > kAnyDate)
        f.from = m_ui->fromDateEdit->date();
    if (m_ui->toDateEdit->date() > kAnyDate)
        f.to = m_ui->toDateEdit->date();
    f.text = m_ui->searchLineEdit->text();
    m_stale[LogTab] = false;
    m_visits->setFilter(f);
    m_ui->logCountLabel->setText(tr("%n visit(s)", nullptr, m_visits->total()));
}

DueFilter VisitsPage::dueFilter() const
{
    DueFilter f;
    f.gridId = m_ui->dueGridComboBox->currentData().toLongLong();
    f.asOf = m_ui->asOfDateEdit->date();
    f.worker = m_ui->workerComboBox->currentData().toString();
    return f;
}

void VisitsPage::loadDue()
{
    const DueFilter f = dueFilter();
    m_stale[DueTab] = false;
    auto due = VisitRepository(*m_db).due(f);
    if (!due) {
        prompts::warning(this, tr("Visits"), due.error().message);
        return;
    }
    m_due->setRows(due.value(), f.asOf);
    m_ui->dueCountLabel->setText(tr("%n household(s) due or overdue on %1, in walking order", nullptr, int(due->size()))
                                     .arg(f.asOf.toString(Qt::ISODate)));
}

void VisitsPage::loadCoverage()
{
    VisitRepository repo(*m_db);
    m_stale[CoverageTab] = false;
    auto report = repo.coverage(m_ui->yearSpinBox->value());
    if (!report) {
        m_ui->coverageTotalLabel->setText(report.error().message);
        return;
    }
    m_ui->coverageTotalLabel->setText(tr("As of %1: %2 of %3 households visited, %4")
                                          .arg(report->asOf.toString(Qt::ISODate))
                                          .arg(report->total.visitedHouseholds)
                                          .arg(report->total.activeHouseholds)
                                          .arg(report->total.percentText(QStringLiteral("—"))));
    fillCoverage(m_ui->gridCoverageTable, tr("Grid"), report->byGrid, false);
    fillCoverage(m_ui->buildingCoverageTable, tr("Building"), report->byBuilding, true);
    m_ui->unvisitedLabel->setText(tr("Double-click a grid or building to see its unvisited households."));
    m_ui->unvisitedList->clear();
}

void VisitsPage::showUnvisited(qint64 gridId, qint64 buildingId, const QString &name)
{
    auto list = VisitRepository(*m_db).unvisited(m_ui->yearSpinBox->value(), gridId, 0, buildingId);
    if (!list) {
        prompts::warning(this, tr("Visits"), list.error().message);
        return;
    }
    m_ui->unvisitedList->clear();
    for (const VisitDue &d : list.value()) {
        auto *item = new QListWidgetItem(d.head.isEmpty() ? d.address : d.address + QStringLiteral("  ") + d.head,
                                         m_ui->unvisitedList);
        item->setData(kIdRole, d.householdId);
    }
    m_ui->unvisitedLabel->setText(
        tr("%1: %n household(s) not visited in %2 (double-click one to log a visit)", nullptr, int(list->size()))
            .arg(name)
            .arg(m_ui->yearSpinBox->value()));
}

void VisitsPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("visits/tab"), m_ui->visitsTabWidget->currentIndex());
    settings.setValue(QStringLiteral("visits/logColumns"), m_ui->visitTableView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("visits/dueGrid"), m_ui->dueGridComboBox->currentData());
}

void VisitsPage::restoreState(QSettings &settings)
{
    m_ui->visitsTabWidget->setCurrentIndex(settings.value(QStringLiteral("visits/tab"), 0).toInt());
    m_ui->visitTableView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("visits/logColumns")).toByteArray());
    const int grid = m_ui->dueGridComboBox->findData(settings.value(QStringLiteral("visits/dueGrid")));
    if (grid > 0)
        m_ui->dueGridComboBox->setCurrentIndex(grid);
}

} // namespace linli
