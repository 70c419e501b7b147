#include "ledgersettingsdialog.h"

#include "ui_ledgersettingsdialog.h"

#include "common/fieldmessages.h"
#include "common/prompts.h"
#include "ledger/workflow.h"
#include "storage/database.h"

#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>

namespace linli {

namespace {

constexpr int kIdRole = Qt::UserRole;

template<typename T> std::optional<T> byId(const QList<T> &list, qint64 id)
{
    for (const T &item : list)
        if (item.id == id)
            return item;
    return std::nullopt;
}

QString shownName(const QString &name, bool retired)
{
    return retired ? LedgerSettingsDialog::tr("%1 (retired)").arg(name) : name;
}

} // namespace

LedgerSettingsDialog::LedgerSettingsDialog(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LedgerSettingsDialog>()), m_db(std::move(db)), m_actor(actor)
{
    m_ui->setupUi(this);
    clearMessage(m_ui->errorLabel);
    const auto &types = choices::handlingType();
    m_ui->immediateLabel->setText(choiceLabel(types, QStringLiteral("immediate")));
    m_ui->timeLimitedLabel->setText(choiceLabel(types, QStringLiteral("time_limited")));
    m_ui->phasedLabel->setText(choiceLabel(types, QStringLiteral("phased")));
    for (QSpinBox *box : {m_ui->immediateSpinBox, m_ui->timeLimitedSpinBox, m_ui->phasedSpinBox}) {
        box->setRange(1, LedgerSettings::kMaxDeadlineDays);
        box->setSuffix(tr(" days"));
    }

    connect(m_ui->categoryTree, &QTreeWidget::currentItemChanged, this, &LedgerSettingsDialog::updateButtons);
    connect(m_ui->addCategoryButton, &QPushButton::clicked, this, [this] { addCategory(false); });
    connect(m_ui->addSubcategoryButton, &QPushButton::clicked, this, [this] { addCategory(true); });
    connect(m_ui->renameCategoryButton, &QPushButton::clicked, this, &LedgerSettingsDialog::renameCategory);
    connect(m_ui->upCategoryButton, &QPushButton::clicked, this, [this] { moveCategory(-1); });
    connect(m_ui->downCategoryButton, &QPushButton::clicked, this, [this] { moveCategory(1); });
    connect(m_ui->retireCategoryButton, &QPushButton::clicked, this, &LedgerSettingsDialog::retireCategory);
    connect(m_ui->removeCategoryButton, &QPushButton::clicked, this, &LedgerSettingsDialog::removeCategory);

    connect(m_ui->departmentList, &QListWidget::currentRowChanged, this, [this] {
        loadAssignees();
        updateButtons();
    });
    connect(m_ui->assigneeList, &QListWidget::currentRowChanged, this, &LedgerSettingsDialog::updateButtons);
    connect(m_ui->addDepartmentButton, &QPushButton::clicked, this, &LedgerSettingsDialog::addDepartment);
    connect(m_ui->renameDepartmentButton, &QPushButton::clicked, this, &LedgerSettingsDialog::renameDepartment);
    connect(m_ui->retireDepartmentButton, &QPushButton::clicked, this, &LedgerSettingsDialog::retireDepartment);
    connect(m_ui->removeDepartmentButton, &QPushButton::clicked, this, &LedgerSettingsDialog::removeDepartment);
    connect(m_ui->addAssigneeButton, &QPushButton::clicked, this, &LedgerSettingsDialog::addAssignee);
    connect(m_ui->editAssigneeButton, &QPushButton::clicked, this, &LedgerSettingsDialog::editAssignee);
    connect(m_ui->retireAssigneeButton, &QPushButton::clicked, this, &LedgerSettingsDialog::retireAssignee);
    connect(m_ui->removeAssigneeButton, &QPushButton::clicked, this, &LedgerSettingsDialog::removeAssignee);
    connect(m_ui->saveDeadlinesButton, &QPushButton::clicked, this, &LedgerSettingsDialog::saveDeadlines);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LedgerSettingsDialog::reject);

    loadCategories();
    loadDepartments();
    loadDeadlines();
}

LedgerSettingsDialog::~LedgerSettingsDialog() = default;

bool LedgerSettingsDialog::report(const Status &status)
{
    if (!status) {
        showProblem(m_ui->errorLabel, status.error().message);
        return false;
    }
    clearMessage(m_ui->errorLabel);
    m_changed = true;
    emit listsChanged();
    return true;
}

// Categories ------------------------------------------------------------------------------

void LedgerSettingsDialog::loadCategories(qint64 select)
{
    auto categories = LedgerSettings(*m_db).categories();
    if (!categories) {
        showProblem(m_ui->errorLabel, categories.error().message);
        return;
    }
    m_categories = categories.value();
    m_ui->categoryTree->clear();
    QHash<qint64, QTreeWidgetItem *> parents;
    QTreeWidgetItem *selected = nullptr;
    for (const IssueCategory &c : std::as_const(m_categories)) {
        QTreeWidgetItem *item
            = c.parentId ? new QTreeWidgetItem(parents.value(c.parentId)) : new QTreeWidgetItem(m_ui->categoryTree);
        item->setText(0, shownName(c.name, c.retired));
        item->setData(0, kIdRole, c.id);
        if (c.retired)
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        if (!c.parentId)
            parents.insert(c.id, item);
        if (c.id == select)
            selected = item;
    }
    m_ui->categoryTree->expandAll();
    if (selected)
        m_ui->categoryTree->setCurrentItem(selected);
    updateButtons();
}

std::optional<IssueCategory> LedgerSettingsDialog::currentCategory() const
{
    const QTreeWidgetItem *item = m_ui->categoryTree->currentItem();
    return item ? byId(m_categories, item->data(0, kIdRole).toLongLong()) : std::nullopt;
}

void LedgerSettingsDialog::addCategory(bool sub)
{
    qint64 parent = 0;
    if (sub) {
        const auto current = currentCategory();
        if (!current)
            return;
        parent = current->parentId ? current->parentId : current->id;
    }
    const QString name = prompts::text(this, sub ? tr("New subcategory") : tr("New category"), tr("Name:"));
    if (name.isNull())
        return;
    auto added = LedgerSettings(*m_db).addCategory(name, parent, m_actor);
    if (report(added ? Status() : Status(added.error())))
        loadCategories(added->id);
}

void LedgerSettingsDialog::renameCategory()
{
    const auto current = currentCategory();
    if (!current)
        return;
    const QString name = prompts::text(
        this, tr("Rename"), tr("New name for %1 (the issues filed under it are renamed with it):").arg(current->name),
        current->name);
    if (name.isNull())
        return;
    if (report(LedgerSettings(*m_db).renameCategory(current->id, current->version, name, m_actor)))
        loadCategories(current->id);
}

void LedgerSettingsDialog::moveCategory(int delta)
{
    const auto current = currentCategory();
    if (current && report(LedgerSettings(*m_db).moveCategory(current->id, delta, m_actor)))
        loadCategories(current->id);
}

void LedgerSettingsDialog::retireCategory()
{
    const auto current = currentCategory();
    if (current
        && report(LedgerSettings(*m_db).setCategoryRetired(current->id, current->version, !current->retired, m_actor)))
        loadCategories(current->id);
}

void LedgerSettingsDialog::removeCategory()
{
    const auto current = currentCategory();
    if (!current)
        return;
    if (prompts::question(this, tr("Delete"), tr("Delete %1 from the list?").arg(current->name)) != QMessageBox::Yes)
        return;
    if (report(LedgerSettings(*m_db).removeCategory(current->id, m_actor)))
        loadCategories(current->parentId);
}

// Departments and assignees -----------------------------------------------------------------

void LedgerSettingsDialog::loadDepartments(qint64 select)
{
    auto departments = LedgerSettings(*m_db).departments();
    if (!departments) {
        showProblem(m_ui->errorLabel, departments.error().message);
        return;
    }
    m_departments = departments.value();
    const QSignalBlocker blocker(m_ui->departmentList);
    m_ui->departmentList->clear();
    for (const Department &d : std::as_const(m_departments)) {
        auto *item = new QListWidgetItem(shownName(d.name, d.retired), m_ui->departmentList);
        item->setData(kIdRole, d.id);
        if (d.retired)
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        if (d.id == select)
            m_ui->departmentList->setCurrentItem(item);
    }
    loadAssignees();
    updateButtons();
}

void LedgerSettingsDialog::loadAssignees(qint64 select)
{
    const QSignalBlocker blocker(m_ui->assigneeList);
    m_ui->assigneeList->clear();
    m_assignees.clear();
    const auto department = currentDepartment();
    if (!department)
        return;
    auto people = LedgerSettings(*m_db).assignees(department->id);
    if (!people) {
        showProblem(m_ui->errorLabel, people.error().message);
        return;
    }
    m_assignees = people.value();
    for (const Assignee &a : std::as_const(m_assignees)) {
        const QString text = a.phone.isEmpty() ? a.name : QStringLiteral("%1  %2").arg(a.name, a.phone);
        auto *item = new QListWidgetItem(shownName(text, a.retired), m_ui->assigneeList);
        item->setData(kIdRole, a.id);
        if (a.retired)
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        if (a.id == select)
            m_ui->assigneeList->setCurrentItem(item);
    }
}

std::optional<Department> LedgerSettingsDialog::currentDepartment() const
{
    const QListWidgetItem *item = m_ui->departmentList->currentItem();
    return item ? byId(m_departments, item->data(kIdRole).toLongLong()) : std::nullopt;
}

std::optional<Assignee> LedgerSettingsDialog::currentAssignee() const
{
    const QListWidgetItem *item = m_ui->assigneeList->currentItem();
    return item ? byId(m_assignees, item->data(kIdRole).toLongLong()) : std::nullopt;
}

void LedgerSettingsDialog::addDepartment()
{
    const QString name = prompts::text(this, tr("New department"), tr("Name:"));
    if (name.isNull())
        return;
    auto added = LedgerSettings(*m_db).addDepartment(name, m_actor);
    if (report(added ? Status() : Status(added.error())))
        loadDepartments(added->id);
}

void LedgerSettingsDialog::renameDepartment()
{
    const auto current = currentDepartment();
    if (!current)
        return;
    const QString name = prompts::text(this, tr("Rename"), tr("New name for %1:").arg(current->name), current->name);
    if (!name.isNull() && report(LedgerSettings(*m_db).renameDepartment(current->id, current->version, name, m_actor)))
        loadDepartments(current->id);
}

void LedgerSettingsDialog::retireDepartment()
{
    const auto current = currentDepartment();
    if (current
        && report(
            LedgerSettings(*m_db).setDepartmentRetired(current->id, current->version, !current->retired, m_actor)))
        loadDepartments(current->id);
}

void LedgerSettingsDialog::removeDepartment()
{
    const auto current = currentDepartment();
    if (!current)
        return;
    if (prompts::question(this, tr("Delete"), tr("Delete %1 and its assignees from the list?").arg(current->name))
        != QMessageBox::Yes)
        return;
    if (report(LedgerSettings(*m_db).removeDepartment(current->id, m_actor)))
        loadDepartments();
}

void LedgerSettingsDialog::addAssignee()
{
    const auto department = currentDepartment();
    if (!department)
        return;
    const QString name
        = prompts::text(this, tr("New assignee"), tr("Name of the assignee at %1:").arg(department->name));
    if (name.isNull())
        return;
    const QString phone = prompts::text(this, tr("New assignee"), tr("Phone (may be left empty):"));
    if (phone.isNull())
        return;
    auto added = LedgerSettings(*m_db).addAssignee(department->id, name, phone, m_actor);
    if (report(added ? Status() : Status(added.error())))
        loadAssignees(added->id);
}

void LedgerSettingsDialog::editAssignee()
{
    const auto current = currentAssignee();
    if (!current)
        return;
    const QString name = prompts::text(this, tr("Edit assignee"), tr("Name:"), current->name);
    if (name.isNull())
        return;
    const QString phone = prompts::text(this, tr("Edit assignee"), tr("Phone (may be left empty):"), current->phone);
    if (phone.isNull())
        return;
    if (report(LedgerSettings(*m_db).updateAssignee(current->id, current->version, name, phone, m_actor)))
        loadAssignees(current->id);
}

void LedgerSettingsDialog::retireAssignee()
{
    const auto current = currentAssignee();
    if (current
        && report(LedgerSettings(*m_db).setAssigneeRetired(current->id, current->version, !current->retired, m_actor)))
        loadAssignees(current->id);
}

void LedgerSettingsDialog::removeAssignee()
{
    const auto current = currentAssignee();
    if (!current)
        return;
    if (prompts::question(this, tr("Delete"), tr("Delete %1 from the list?").arg(current->name)) != QMessageBox::Yes)
        return;
    if (report(LedgerSettings(*m_db).removeAssignee(current->id, m_actor)))
        loadAssignees();
}

void LedgerSettingsDialog::updateButtons()
{
    const auto category = currentCategory();
    m_ui->addSubcategoryButton->setEnabled(category.has_value());
    for (QPushButton *b : {m_ui->renameCategoryButton, m_ui->upCategoryButton, m_ui->downCategoryButton,
                           m_ui->retireCategoryButton, m_ui->removeCategoryButton})
        b->setEnabled(category.has_value());
    m_ui->retireCategoryButton->setText(category && category->retired ? tr("Reinstate") : tr("Retire"));

    const auto department = currentDepartment();
    for (QPushButton *b : {m_ui->renameDepartmentButton, m_ui->retireDepartmentButton, m_ui->removeDepartmentButton,
                           m_ui->addAssigneeButton})
        b->setEnabled(department.has_value());
    m_ui->retireDepartmentButton->setText(department && department->retired ? tr("Reinstate") : tr("Retire"));

    const auto assignee = currentAssignee();
    for (QPushButton *b : {m_ui->editAssigneeButton, m_ui->retireAssigneeButton, m_ui->removeAssigneeButton})
        b->setEnabled(assignee.has_value());
    m_ui->retireAssigneeButton->setText(assignee && assignee->retired ? tr("Reinstate") : tr("Retire"));
}

// Deadlines -------------------------------------------------------------------------------------

void LedgerSettingsDialog::loadDeadlines()
{
    LedgerSettings settings(*m_db);
    const std::pair<const char *, QSpinBox *> boxes[] = {{"immediate", m_ui->immediateSpinBox},
                                                         {"time_limited", m_ui->timeLimitedSpinBox},
                                                         {"phased", m_ui->phasedSpinBox}};
    for (const auto &[code, box] : boxes) {
        auto days = settings.deadlineDays(QString::fromLatin1(code));
        box->setValue(days ? days.value() : LedgerSettings::builtInDeadlineDays(QString::fromLatin1(code)));
    }
}

bool LedgerSettingsDialog::deadlinesChanged()
{
    LedgerSettings settings(*m_db);
    const std::pair<const char *, QSpinBox *> boxes[] = {{"immediate", m_ui->immediateSpinBox},
                                                         {"time_limited", m_ui->timeLimitedSpinBox},
                                                         {"phased", m_ui->phasedSpinBox}};
    for (const auto &[code, box] : boxes) {
        auto days = settings.deadlineDays(QString::fromLatin1(code));
        const int stored = days ? days.value() : LedgerSettings::builtInDeadlineDays(QString::fromLatin1(code));
        if (stored != box->value())
            return true;
    }
    return false;
}

// 关闭, Esc and the window's close button: changed deadlines are saved, dropped or kept open
// as the person says, never lost without a word.
void LedgerSettingsDialog::reject()
{
    if (deadlinesChanged()) {
        const auto answer = prompts::question(
            this, tr("Issue ledger settings"),
            tr("The deadlines were changed and not saved. Save them before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            saveDeadlines();
            if (deadlinesChanged())
                return; // not saved: the problem is shown, and the values stay
        }
    }
    QDialog::accept();
}

void LedgerSettingsDialog::saveDeadlines()
{
    LedgerSettings settings(*m_db);
    Transaction tx(*m_db);
    Status status = tx.status();
    const std::pair<const char *, QSpinBox *> boxes[] = {{"immediate", m_ui->immediateSpinBox},
                                                         {"time_limited", m_ui->timeLimitedSpinBox},
                                                         {"phased", m_ui->phasedSpinBox}};
    for (const auto &[code, box] : boxes) {
        if (!status)
            break;
        auto current = settings.deadlineDays(QString::fromLatin1(code));
        if (current && current.value() == box->value())
            continue;
        status = settings.setDeadlineDays(QString::fromLatin1(code), box->value(), m_actor);
    }
    if (status)
        status = tx.commit();
    // On failure the values typed stay in the boxes, with the problem shown below.
    if (report(status))
        showNote(m_ui->errorLabel, tr("The deadlines were saved. They apply to issues dispatched from now on."));
}

} // namespace linli
