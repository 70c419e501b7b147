#include "registerpage.h"

#include "ui_registerpage.h"

#include "access/permissions.h"

#include "common/printbutton.h"
#include "common/prompts.h"
#include "ledger/issuedialog.h"
#include "register/householddialog.h"
#include "register/householdlistmodel.h"
#include "register/householdrepository.h"
#include "register/placetreemodel.h"
#include "register/searchindex.h"
#include "register/statusdialog.h"
#include "storage/database.h"
#include "visits/visitdialog.h"

#include <QHeaderView>
#include <QSettings>
#include <QShortcut>
#include <QTimer>

namespace linli {

RegisterPage::RegisterPage(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RegisterPage>()), m_db(std::move(db)), m_actor(actor)
{
    m_ui->setupUi(this);
    // What the user's role may change (the core refuses the rest anyway).
    const bool edits = Access::allows(m_actor, Permission::EditRegister);
    for (QPushButton *b : {m_ui->newHouseholdButton, m_ui->editHouseholdButton, m_ui->moveOutHouseholdButton,
                           m_ui->logVisitButton})
        b->setEnabled(edits);
    m_ui->newIssueButton->setEnabled(Access::allows(m_actor, Permission::RegisterIssue));
    m_places = new PlaceTreeModel(m_db, this);
    m_ui->placeTreeView->setModel(m_places);
    m_households = new HouseholdListModel(m_db, this);
    m_ui->householdTableView->setModel(m_households);
    m_ui->householdTableView->verticalHeader()->hide();
    m_ui->householdTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_ui->householdTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(HouseholdListModel::AddressColumn, 300);
    header->setStretchLastSection(true);
    m_ui->registerSplitter->setStretchFactor(1, 1);
    m_ui->registerSplitter->setSizes({220, 900});

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120); // long enough to skip keystrokes typed in one go
    connect(m_searchTimer, &QTimer::timeout, this, &RegisterPage::applyFilter);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilter();
        m_ui->householdTableView->setFocus();
        if (m_households->rowCount() > 0)
            m_ui->householdTableView->selectRow(0);
    });
    connect(m_ui->activeOnlyCheckBox, &QCheckBox::toggled, this, &RegisterPage::applyFilter);
    connect(m_ui->placeTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RegisterPage::applyFilter);
    connect(m_households, &HouseholdListModel::totalCountChanged, this, &RegisterPage::updateCountLabel);
    connect(m_households, &HouseholdListModel::errorOccurred, this,
            [this](const QString &message) { prompts::warning(this, tr("Register"), message); });
    connect(m_places, &PlaceTreeModel::errorOccurred, this,
            [this](const QString &message) { prompts::warning(this, tr("Register"), message); });
    connect(m_ui->newHouseholdButton, &QPushButton::clicked, this, &RegisterPage::newHousehold);
    connect(m_ui->editHouseholdButton, &QPushButton::clicked, this, &RegisterPage::editHousehold);
    connect(m_ui->moveOutHouseholdButton, &QPushButton::clicked, this, &RegisterPage::moveOutHousehold);
    connect(m_ui->newIssueButton, &QPushButton::clicked, this, &RegisterPage::registerIssue);
    connect(m_ui->logVisitButton, &QPushButton::clicked, this, &RegisterPage::logVisit);
    connect(m_ui->householdTableView, &QAbstractItemView::activated, this, &RegisterPage::editHousehold);
    auto *print = new PrintButton(m_db, m_actor, this);
    print->addDocument(
        tr("Household card"),
        [this]() -> std::optional<PrintRequest> {
            const qint64 id = currentHouseholdId();
            if (!id) {
                prompts::information(this, tr("Print"), tr("Choose the household whose card to print."));
                return std::nullopt;
            }
            return PrintRequest{QStringLiteral("住户情况登记卡"), [id](Database &reg, const PrintOptions &options) {
                                    return Printing::householdCard(reg, id, options);
                                }};
        },
        QKeySequence::Print);
    print->addDocument(tr("一户一册 booklet"), [this]() -> std::optional<PrintRequest> {
        const QModelIndex place = m_ui->placeTreeView->currentIndex();
        const auto level = PlaceTreeModel::Level(place.data(PlaceTreeModel::LevelRole).toInt());
        const qint64 id = place.data(PlaceTreeModel::IdRole).toLongLong();
        Printing::Scope scope;
        switch (level) {
        case PlaceTreeModel::Level::Building: scope = Printing::Scope::Building; break;
        case PlaceTreeModel::Level::Compound: scope = Printing::Scope::Compound; break;
        case PlaceTreeModel::Level::Grid: scope = Printing::Scope::Grid; break;
        default:
            prompts::information(this, tr("Print"),
                                 tr("Choose a building, compound or grid on the left: the booklet holds its "
                                    "households."));
            return std::nullopt;
        }
        return PrintRequest{QStringLiteral("一户一册（%1）").arg(place.data().toString()),
                            [scope, id](Database &reg, const PrintOptions &options) {
                                return Printing::booklet(reg, scope, id, options);
                            }};
    });
    m_ui->toolLayout->addWidget(print);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, &RegisterPage::focusSearch);
    auto *insert = new QShortcut(QKeySequence(Qt::Key_Insert), this);
    connect(insert, &QShortcut::activated, this, &RegisterPage::newHousehold);

    // Open the first community so the tree shows where the households are.
    if (m_places->rowCount() == 0 && m_places->canFetchMore({}))
        m_places->fetchMore({});
    if (m_places->rowCount() > 0)
        m_ui->placeTreeView->expand(m_places->index(0, 0));
    applyFilter();
}

RegisterPage::~RegisterPage() = default;

void RegisterPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("register/splitter"), m_ui->registerSplitter->saveState());
    settings.setValue(QStringLiteral("register/columns"), m_ui->householdTableView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("register/activeOnly"), m_ui->activeOnlyCheckBox->isChecked());
}

void RegisterPage::restoreState(QSettings &settings)
{
    m_ui->registerSplitter->restoreState(settings.value(QStringLiteral("register/splitter")).toByteArray());
    m_ui->householdTableView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("register/columns")).toByteArray());
    m_ui->activeOnlyCheckBox->setChecked(settings.value(QStringLiteral("register/activeOnly"), true).toBool());
}

void RegisterPage::focusSearch()
{
    m_ui->searchLineEdit->setFocus();
    m_ui->searchLineEdit->selectAll();
}

void RegisterPage::applyFilter()
{
    HouseholdFilter filter = m_places->filterFor(m_ui->placeTreeView->currentIndex());
    filter.activeOnly = m_ui->activeOnlyCheckBox->isChecked();
    const QString text = m_ui->searchLineEdit->text();
    const qsizetype length = SearchIndex::fold(text).size();
    m_searchTruncated = false;
    m_searchHint.clear();
    if (length >= SearchIndex::kMinimumQueryLength) {
        auto ids = SearchIndex::findHouseholds(*m_db, text, kSearchLimit);
        if (!ids) {
            prompts::warning(this, tr("Search"), ids.error().message);
            return;
        }
        filter.restrictToIds = true;
        filter.ids = ids.value();
        m_searchTruncated = ids->size() >= kSearchLimit;
    } else if (length == 1) {
        m_searchHint = tr("Type at least two characters to search.");
    }
    m_households->setFilter(filter);
}

void RegisterPage::updateCountLabel()
{
    QString text = m_households->filter().restrictToIds
        ? tr("%n household(s) found", nullptr, m_households->totalCount())
        : tr("%n household(s)", nullptr, m_households->totalCount());
    if (m_searchTruncated)
        text += tr(" (only the first %1 matches are shown: type more to narrow the search)").arg(kSearchLimit);
    if (!m_searchHint.isEmpty())
        text += QStringLiteral("  ") + m_searchHint;
    m_ui->countLabel->setText(text);
}

qint64 RegisterPage::currentHouseholdId() const
{
    const QModelIndex index = m_ui->householdTableView->currentIndex();
    return index.isValid() ? index.data(HouseholdListModel::IdRole).toLongLong() : 0;
}

void RegisterPage::selectHousehold(qint64 id)
{
    const int row = m_households->rowOf(id);
    if (row >= 0) {
        m_ui->householdTableView->selectRow(row);
        m_ui->householdTableView->scrollTo(m_households->index(row, 0));
    }
}

void RegisterPage::newHousehold()
{
    auto *dialog = new HouseholdDialog(m_db, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->startNew(m_places->filterFor(m_ui->placeTreeView->currentIndex()));
    connect(dialog, &HouseholdDialog::saved, this, [this](qint64 id) {
        m_places->reload();
        if (m_places->canFetchMore({}))
            m_places->fetchMore({});
        applyFilter();
        selectHousehold(id);
    });
    dialog->open();
}

void RegisterPage::editHousehold()
{
    const qint64 id = currentHouseholdId();
    if (!id)
        return;
    auto *dialog = new HouseholdDialog(m_db, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (Status s = dialog->load(id); !s) {
        prompts::warning(this, tr("Household"), s.error().message);
        delete dialog;
        return;
    }
    connect(dialog, &HouseholdDialog::saved, this, [this](qint64 saved) {
        m_households->refresh();
        selectHousehold(saved);
    });
    dialog->open();
}

void RegisterPage::registerIssue()
{
    const qint64 id = currentHouseholdId();
    if (!id)
        return;
    auto *dialog = new IssueDialog(m_db, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHousehold(id);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        emit issueRegistered(dialog->number());
        prompts::information(this, tr("Issue registered"), tr("The issue was registered as %1.").arg(dialog->number()));
    });
    dialog->open();
}

void RegisterPage::logVisit()
{
    const qint64 id = currentHouseholdId();
    if (!id)
        return;
    VisitDialog::logVisit(this, m_db, m_actor, id, [this](const QString &issue) {
        if (issue.isEmpty())
            emit visitLogged();
        else
            emit issueRegistered(issue);
    });
}

void RegisterPage::moveOutHousehold()
{
    const qint64 id = currentHouseholdId();
    if (!id)
        return;
    auto household = HouseholdRepository(*m_db).get(id);
    if (!household) {
        prompts::warning(this, tr("Household"), household.error().message);
        return;
    }
    if (household->status != QLatin1String("active")) {
        prompts::information(this, tr("Household"), tr("The household at %1 is not active.").arg(household->address));
        return;
    }
    auto *dialog = new StatusDialog(
        tr("Household moved out"),
        tr("The household at %1 moved out. Its active members move out with it on:").arg(household->address), false,
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Household h = household.value();
    connect(dialog, &QDialog::accepted, this, [this, dialog, h] {
        auto moved = HouseholdRepository(*m_db).setStatus(h.meta.id, h.meta.version, QStringLiteral("moved_out"),
                                                          dialog->date(), m_actor);
        if (!moved)
            prompts::warning(this, tr("Household"), moved.error().message);
        m_households->refresh();
    });
    dialog->open();
}

} // namespace linli
