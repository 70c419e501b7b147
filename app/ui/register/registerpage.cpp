#include "registerpage.h"

#include "ui_registerpage.h"

#include "access/permissions.h"

#include "common/flowlayout.h"
#include "common/printbutton.h"
#include "common/prompts.h"
#include "common/viewplace.h"
#include "ledger/issuedialog.h"
#include "register/householddialog.h"
#include "register/householdlistmodel.h"
#include "register/householdrepository.h"
#include "register/placesdialog.h"
#include "register/placetreemodel.h"
#include "register/searchindex.h"
#include "register/statusdialog.h"
#include "storage/database.h"
#include "visits/visitdialog.h"

#include <QHeaderView>
#include <QMenu>

#include <QSettings>
#include <QShortcut>
#include <QTimer>
#include <functional>

namespace linli {

RegisterPage::RegisterPage(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RegisterPage>()), m_db(std::move(db)), m_actor(actor)
{
    m_ui->setupUi(this);
    // What the user's role may change (the core refuses the rest anyway).
    const bool edits = Access::allows(m_actor, Permission::EditRegister);
    for (QPushButton *b :
         {m_ui->newHouseholdButton, m_ui->editHouseholdButton, m_ui->moveOutHouseholdButton, m_ui->logVisitButton})
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
    connect(m_ui->householdTableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RegisterPage::updateButtons);
    connect(m_households, &QAbstractItemModel::modelReset, this, &RegisterPage::updateButtons);
    m_ui->placeTreeView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->placeTreeView, &QWidget::customContextMenuRequested, this, &RegisterPage::showPlaceMenu);
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
    m_ui->searchLineEdit->setMinimumWidth(240);
    FlowLayout::wrap(m_ui->toolLayout); // wraps on a narrow window
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setWhatsThis(tr("Search the households"));
    connect(find, &QShortcut::activated, this, &RegisterPage::focusSearch);
    auto *insert = new QShortcut(QKeySequence(Qt::Key_Insert), this);
    insert->setWhatsThis(tr("New household (Households page)"));
    connect(insert, &QShortcut::activated, this, &RegisterPage::newHousehold);

    // Open the first community so the tree shows where the households are.
    if (m_places->rowCount() == 0 && m_places->canFetchMore({}))
        m_places->fetchMore({});
    if (m_places->rowCount() > 0)
        m_ui->placeTreeView->expand(m_places->index(0, 0));
    applyFilter();
    updateButtons();
}

void RegisterPage::updateButtons()
{
    // The actions on a household wait for one to be chosen, and say so.
    const bool chosen = currentHouseholdId() != 0;
    const QString choose = tr("Choose a household in the list first.");
    const bool edits = Access::allows(m_actor, Permission::EditRegister);
    const QString notAllowed = tr("Your role does not change the register.");
    for (QPushButton *b : {m_ui->editHouseholdButton, m_ui->moveOutHouseholdButton, m_ui->logVisitButton}) {
        b->setEnabled(edits && chosen);
        b->setToolTip(!edits ? notAllowed : chosen ? QString() : choose);
    }
    const bool registers = Access::allows(m_actor, Permission::RegisterIssue);
    m_ui->newIssueButton->setEnabled(registers && chosen);
    m_ui->newIssueButton->setToolTip(!registers   ? tr("Your role does not register issues.")
                                         : chosen ? QString()
                                                  : choose);
    m_ui->newHouseholdButton->setToolTip(edits ? QString() : notAllowed);
}

void RegisterPage::reloadPlaces()
{
    const PlaceTreeModel::Path path = m_places->pathOf(m_ui->placeTreeView->currentIndex());
    // The nodes open now are open again after the reload.
    QList<PlaceTreeModel::Path> expanded;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_places->rowCount(parent); ++row) {
            const QModelIndex child = m_places->index(row, 0, parent);
            if (m_ui->placeTreeView->isExpanded(child)) {
                expanded << m_places->pathOf(child);
                collect(child);
            }
        }
    };
    collect({});
    m_places->reload();
    if (m_places->canFetchMore({}))
        m_places->fetchMore({});
    for (const PlaceTreeModel::Path &open : std::as_const(expanded)) {
        const QModelIndex node = m_places->indexOf(open);
        if (node.isValid() && m_places->pathOf(node) == open)
            m_ui->placeTreeView->expand(node);
    }
    const QModelIndex at = m_places->indexOf(path);
    if (at.isValid()) {
        for (QModelIndex p = at.parent(); p.isValid(); p = p.parent())
            m_ui->placeTreeView->expand(p);
        m_ui->placeTreeView->setCurrentIndex(at);
        m_ui->placeTreeView->scrollTo(at);
    } else if (m_places->rowCount() > 0) {
        m_ui->placeTreeView->expand(m_places->index(0, 0));
    }
    applyFilter();
}

void RegisterPage::managePlaces()
{
    auto *dialog = new PlacesDialog(m_db, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QModelIndex at = m_ui->placeTreeView->currentIndex();
    if (at.isValid()) {
        const auto level = PlaceTreeModel::Level(at.data(PlaceTreeModel::LevelRole).toInt());
        const qint64 id = at.data(PlaceTreeModel::IdRole).toLongLong();
        switch (level) {
        case PlaceTreeModel::Level::Community: dialog->select(PlaceKind::Community, id); break;
        case PlaceTreeModel::Level::Grid: dialog->select(PlaceKind::Grid, id); break;
        case PlaceTreeModel::Level::Compound: dialog->select(PlaceKind::Compound, id); break;
        case PlaceTreeModel::Level::Building: dialog->select(PlaceKind::Building, id); break;
        case PlaceTreeModel::Level::Root: break;
        }
    }
    connect(dialog, &PlacesDialog::placesChanged, this, &RegisterPage::reloadPlaces);
    dialog->open();
}

void RegisterPage::showPlaceMenu(const QPoint &position)
{
    const QModelIndex at = m_ui->placeTreeView->indexAt(position);
    if (at.isValid())
        m_ui->placeTreeView->setCurrentIndex(at);
    const auto level = at.isValid() ? PlaceTreeModel::Level(at.data(PlaceTreeModel::LevelRole).toInt())
                                    : PlaceTreeModel::Level::Root;
    const qint64 id = at.data(PlaceTreeModel::IdRole).toLongLong();
    const HouseholdFilter where = m_places->filterFor(at);
    const bool manage = Access::allows(m_actor, Permission::ManagePlaces);
    const bool admin = manage && Access::reach(m_actor) == Access::Reach::Everything;
    // The actions run through a 区域管理 dialog that is not shown: the same questions and checks.
    auto act = [this](auto action) {
        PlacesDialog places(m_db, m_actor, this);
        if (action(places)) {
            reloadPlaces();
            prompts::status(this, tr("The places were saved."));
        }
    };
    QMenu menu(this);
    auto add = [&](const QString &text, bool enabled, auto action) {
        QAction *a = menu.addAction(text);
        a->setEnabled(enabled);
        connect(a, &QAction::triggered, this, [act, action] { act(action); });
    };
    const PlaceKind kind = level == PlaceTreeModel::Level::Community ? PlaceKind::Community
        : level == PlaceTreeModel::Level::Grid                       ? PlaceKind::Grid
        : level == PlaceTreeModel::Level::Compound                   ? PlaceKind::Compound
                                                                     : PlaceKind::Building;
    switch (level) {
    case PlaceTreeModel::Level::Root:
        add(tr("New community…"), admin, [](PlacesDialog &d) { return d.addCommunity(); });
        break;
    case PlaceTreeModel::Level::Community:
        add(tr("New grid…"), manage, [id](PlacesDialog &d) { return d.addGrid(id); });
        add(tr("New compound or courtyard…"), manage, [id](PlacesDialog &d) { return d.addCompound(id); });
        break;
    case PlaceTreeModel::Level::Grid:
        add(tr("New compound or courtyard…"), manage,
            [c = where.communityId ? where.communityId : 0, this, id](PlacesDialog &d) {
                auto grid = PlaceRepository(*m_db).grid(id);
                return grid && d.addCompound(c ? c : grid->communityId);
            });
        break;
    case PlaceTreeModel::Level::Compound:
        add(tr("New building in this grid…"), manage,
            [id, grid = where.gridId](PlacesDialog &d) { return d.addBuilding(id, grid); });
        break;
    case PlaceTreeModel::Level::Building:
        add(tr("Move to grid…"), manage, [id](PlacesDialog &d) { return d.moveBuilding(id); });
        add(tr("Units…"), manage, [id](PlacesDialog &d) { return d.setUnits(id); });
        break;
    }
    if (level != PlaceTreeModel::Level::Root) {
        const bool may = manage && (kind != PlaceKind::Community || admin);
        add(tr("Rename…"), may, [kind, id](PlacesDialog &d) { return d.rename(kind, id); });
        add(tr("Retire…"), may, [kind, id](PlacesDialog &d) { return d.retire(kind, id); });
    }
    menu.addSeparator();
    QAction *manageAction = menu.addAction(tr("Places…"));
    connect(manageAction, &QAction::triggered, this, &RegisterPage::managePlaces);
    menu.exec(m_ui->placeTreeView->viewport()->mapToGlobal(position));
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

void RegisterPage::showChanges()
{
    const qint64 selected = currentHouseholdId();
    reloadPlaces();
    keepViewPlace(m_ui->householdTableView, [this] { m_households->refresh(); });
    if (selected) {
        const int row = m_households->rowOf(selected);
        if (row >= 0)
            m_ui->householdTableView->selectionModel()->setCurrentIndex(
                m_households->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateCountLabel();
    updateButtons();
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
        // The tree keeps its place; the new household is chosen and in view.
        reloadPlaces();
        selectHousehold(id);
        if (auto h = HouseholdRepository(*m_db).get(id))
            prompts::status(this, tr("Saved: %1").arg(h->address));
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
        if (auto h = HouseholdRepository(*m_db).get(saved))
            prompts::status(this, tr("Saved: %1").arg(h->address));
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
        prompts::status(this, tr("Registered: %1").arg(dialog->number()));
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
