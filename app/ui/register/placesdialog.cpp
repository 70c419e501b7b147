#include "placesdialog.h"

#include "access/permissions.h"
#include "common/prompts.h"
#include "storage/database.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace linli {

namespace {

QString kindLabel(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::Community: return PlacesDialog::tr("Community");
    case PlaceKind::Grid: return PlacesDialog::tr("Grid");
    case PlaceKind::Compound: return PlacesDialog::tr("Compound");
    case PlaceKind::Building: break;
    }
    return PlacesDialog::tr("Building");
}

} // namespace

PlacesDialog::PlacesDialog(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_actor(actor)
{
    setWindowTitle(tr("Places"));
    setObjectName(QStringLiteral("PlacesDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("社区 → 网格, and 社区 → 小区/院落 → 楼栋. A building lies in one grid. A place in use "
                               "cannot be deleted: retire it, and it is kept for the records but no longer offered."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *row = new QHBoxLayout;
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("placesTree"));
    m_tree->setHeaderLabels({tr("Name"), tr("Kind"), tr("Grid"), tr("Units"), tr("State")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    row->addWidget(m_tree, 1);
    auto *buttons = new QVBoxLayout;
    auto button = [&](QPushButton **target, const QString &name, const QString &text, auto slot) {
        *target = new QPushButton(text, this);
        (*target)->setObjectName(name);
        (*target)->setAutoDefault(false);
        buttons->addWidget(*target);
        connect(*target, &QPushButton::clicked, this, slot);
    };
    button(&m_addCommunity, QStringLiteral("addCommunityButton"), tr("New &community…"), [this] { addCommunity(); });
    button(&m_addGrid, QStringLiteral("addGridButton"), tr("New &grid…"),
           [this] { addGrid(selectedCommunity()); });
    button(&m_addCompound, QStringLiteral("addCompoundButton"), tr("New com&pound or courtyard…"),
           [this] { addCompound(selectedCommunity()); });
    button(&m_addBuilding, QStringLiteral("addBuildingButton"), tr("New &building…"), [this] {
        QTreeWidgetItem *item = current();
        if (!item)
            return;
        const auto kind = PlaceKind(item->data(0, KindRole).toInt());
        const qint64 compound = kind == PlaceKind::Compound ? item->data(0, IdRole).toLongLong()
            : kind == PlaceKind::Building && item->parent() ? item->parent()->data(0, IdRole).toLongLong()
                                                            : 0;
        addBuilding(compound);
    });
    buttons->addSpacing(12);
    button(&m_rename, QStringLiteral("renameButton"), tr("&Rename…"), [this] {
        if (QTreeWidgetItem *item = current())
            rename(PlaceKind(item->data(0, KindRole).toInt()), item->data(0, IdRole).toLongLong());
    });
    button(&m_move, QStringLiteral("moveButton"), tr("&Move to grid…"), [this] {
        if (QTreeWidgetItem *item = current())
            moveBuilding(item->data(0, IdRole).toLongLong());
    });
    button(&m_units, QStringLiteral("unitsButton"), tr("&Units…"), [this] {
        if (QTreeWidgetItem *item = current())
            setUnits(item->data(0, IdRole).toLongLong());
    });
    button(&m_retire, QStringLiteral("retireButton"), tr("Re&tire"), [this] {
        QTreeWidgetItem *item = current();
        if (!item)
            return;
        const auto kind = PlaceKind(item->data(0, KindRole).toInt());
        const qint64 id = item->data(0, IdRole).toLongLong();
        if (item->data(0, RetiredRole).toBool())
            reinstate(kind, id);
        else
            retire(kind, id);
    });
    button(&m_remove, QStringLiteral("deleteButton"), tr("&Delete"), [this] {
        if (QTreeWidgetItem *item = current())
            remove(PlaceKind(item->data(0, KindRole).toInt()), item->data(0, IdRole).toLongLong());
    });
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    layout->addWidget(m_message);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    box->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PlacesDialog::updateButtons);
    resize(760, 520);
    reload();
}

QTreeWidgetItem *PlacesDialog::current() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->data(0, IdRole).toLongLong() ? item : nullptr;
}

qint64 PlacesDialog::selectedCommunity() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item && m_tree->topLevelItemCount() == 1)
        item = m_tree->topLevelItem(0);
    return item ? item->data(0, CommunityRole).toLongLong() : 0;
}

void PlacesDialog::reload()
{
    // Keep the selection across the reload.
    QTreeWidgetItem *was = current();
    const int kind = was ? was->data(0, KindRole).toInt() : -1;
    const qint64 id = was ? was->data(0, IdRole).toLongLong() : 0;
    m_tree->clear();
    PlaceRepository places(*m_db);
    auto communities = places.communities();
    if (!communities) {
        prompts::warning(this, windowTitle(), communities.error().message);
        return;
    }
    auto item = [this](QTreeWidgetItem *parent, PlaceKind placeKind, qint64 placeId, qint64 community,
                       const QString &name, const QString &retiredAt) {
        auto *i = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        i->setText(0, name);
        i->setText(1, kindLabel(placeKind));
        i->setText(4, retiredAt.isEmpty() ? tr("In use") : tr("Retired %1").arg(retiredAt));
        i->setData(0, KindRole, int(placeKind));
        i->setData(0, IdRole, placeId);
        i->setData(0, CommunityRole, community);
        i->setData(0, RetiredRole, !retiredAt.isEmpty());
        if (!retiredAt.isEmpty())
            for (int c = 0; c < 5; ++c)
                i->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
        return i;
    };
    auto folder = [this](QTreeWidgetItem *parent, const QString &name, qint64 community) {
        auto *f = new QTreeWidgetItem(parent);
        f->setText(0, name);
        f->setData(0, CommunityRole, community);
        f->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        QFont bold = f->font(0);
        bold.setBold(true);
        f->setFont(0, bold);
        return f;
    };
    for (const Community &c : communities.value()) {
        QTreeWidgetItem *community = item(nullptr, PlaceKind::Community, c.meta.id, c.meta.id, c.name, c.retiredAt);
        QTreeWidgetItem *gridFolder = folder(community, tr("Grids"), c.meta.id);
        QHash<qint64, QString> gridNames;
        if (auto grids = places.grids(c.meta.id)) {
            for (const Grid &g : grids.value()) {
                gridNames.insert(g.meta.id, g.name);
                item(gridFolder, PlaceKind::Grid, g.meta.id, c.meta.id, g.name, g.retiredAt)
                    ->setData(0, GridRole, g.meta.id);
            }
        }
        QTreeWidgetItem *compoundFolder = folder(community, tr("Compounds and courtyards"), c.meta.id);
        if (auto compounds = places.compounds(c.meta.id)) {
            for (const Compound &p : compounds.value()) {
                QTreeWidgetItem *compound = item(compoundFolder, PlaceKind::Compound, p.meta.id, c.meta.id, p.name,
                                                 p.retiredAt);
                if (auto buildings = places.buildings(p.meta.id)) {
                    for (const Building &b : buildings.value()) {
                        QTreeWidgetItem *building
                            = item(compound, PlaceKind::Building, b.meta.id, c.meta.id, b.name, b.retiredAt);
                        building->setText(2, gridNames.value(b.gridId));
                        building->setText(3, b.units ? QString::number(b.units) : QString());
                        building->setData(0, GridRole, b.gridId);
                    }
                }
            }
        }
        community->setExpanded(true);
        gridFolder->setExpanded(true);
        compoundFolder->setExpanded(true);
    }
    if (kind >= 0)
        select(PlaceKind(kind), id);
    updateButtons();
}

void PlacesDialog::select(PlaceKind kind, qint64 id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, IdRole).toLongLong() == id && (*it)->data(0, KindRole).toInt() == int(kind)) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return;
        }
    }
}

void PlacesDialog::updateButtons()
{
    const bool manage = Access::allows(m_actor, Permission::ManagePlaces);
    const bool admin = manage && Access::reach(m_actor) == Access::Reach::Everything;
    QTreeWidgetItem *item = current();
    const auto kind = item ? PlaceKind(item->data(0, KindRole).toInt()) : PlaceKind::Community;
    const bool community = selectedCommunity() != 0;
    m_addCommunity->setEnabled(admin);
    m_addGrid->setEnabled(manage && community);
    m_addCompound->setEnabled(manage && community);
    m_addBuilding->setEnabled(manage && item && (kind == PlaceKind::Compound || kind == PlaceKind::Building));
    const bool change = manage && item && (kind != PlaceKind::Community || admin);
    m_rename->setEnabled(change);
    m_move->setEnabled(change && kind == PlaceKind::Building);
    m_units->setEnabled(change && kind == PlaceKind::Building);
    m_retire->setEnabled(change);
    m_retire->setText(item && item->data(0, RetiredRole).toBool() ? tr("Re&instate") : tr("Re&tire"));
    m_remove->setEnabled(change);
    const QString why = manage ? QString() : tr("Only a community admin or an administrator manages the places.");
    for (QPushButton *b : {m_addCommunity, m_addGrid, m_addCompound, m_addBuilding, m_rename, m_move, m_units,
                           m_retire, m_remove})
        b->setToolTip(b->isEnabled() ? QString() : why);
}

bool PlacesDialog::done(const Status &status, const QString &message)
{
    if (!status) {
        prompts::warning(this, windowTitle(), status.error().message);
        return false;
    }
    reload();
    emit placesChanged();
    m_message->setText(message.isEmpty() ? tr("Saved.") : message);
    return true;
}

QList<Grid> PlacesDialog::openGrids(qint64 communityId)
{
    QList<Grid> out;
    if (auto grids = PlaceRepository(*m_db).grids(communityId))
        for (const Grid &g : grids.value())
            if (g.retiredAt.isEmpty())
                out << g;
    return out;
}

bool PlacesDialog::addCommunity()
{
    const QString name = prompts::text(this, tr("New community"), tr("Name of the community (such as 幸福社区):"));
    if (name.isNull())
        return false;
    auto added = PlaceRepository(*m_db).addCommunity(name, m_actor);
    if (!done(added ? Status() : Status(added.error()), {}))
        return false;
    select(PlaceKind::Community, added->meta.id);
    return true;
}

bool PlacesDialog::addGrid(qint64 communityId)
{
    if (!communityId)
        return false;
    const QString name = prompts::text(this, tr("New grid"), tr("Name of the grid (such as 第一网格):"));
    if (name.isNull())
        return false;
    auto added = PlaceRepository(*m_db).addGrid(communityId, name, m_actor);
    if (!done(added ? Status() : Status(added.error()), {}))
        return false;
    select(PlaceKind::Grid, added->meta.id);
    return true;
}

bool PlacesDialog::addCompound(qint64 communityId)
{
    if (!communityId)
        return false;
    const QString name = prompts::text(this, tr("New compound or courtyard"),
                                       tr("Name of the compound or courtyard (such as 平安小区):"));
    if (name.isNull())
        return false;
    auto added = PlaceRepository(*m_db).addCompound(communityId, name, m_actor);
    if (!done(added ? Status() : Status(added.error()), {}))
        return false;
    select(PlaceKind::Compound, added->meta.id);
    return true;
}

bool PlacesDialog::addBuilding(qint64 compoundId, qint64 gridId)
{
    PlaceRepository places(*m_db);
    auto compound = places.compound(compoundId);
    if (!compound)
        return false;
    const QList<Grid> grids = openGrids(compound->communityId);
    if (grids.isEmpty()) {
        prompts::warning(this, tr("New building"),
                         tr("The community has no grid yet: add a grid first, then the buildings that lie in it."));
        return false;
    }
    const QString name
        = prompts::text(this, tr("New building"), tr("Name of the building in %1 (such as 1号楼):").arg(compound->name));
    if (name.isNull())
        return false;
    QStringList names;
    int current = 0;
    for (const Grid &g : grids) {
        if (g.meta.id == gridId)
            current = int(names.size());
        names << g.name;
    }
    const int chosen = grids.size() == 1 ? 0
                                         : prompts::choice(this, tr("New building"),
                                                           tr("The grid the building lies in:"), names, current);
    if (chosen < 0)
        return false;
    const QString unitsText = prompts::text(this, tr("New building"),
                                            tr("Number of units (单元数; leave empty if it has none):"));
    if (unitsText.isNull())
        return false;
    bool ok = true;
    const int units = unitsText.trimmed().isEmpty() ? 0 : unitsText.trimmed().toInt(&ok);
    if (!ok) {
        prompts::warning(this, tr("New building"), tr("'%1' is not a number of units.").arg(unitsText));
        return false;
    }
    auto added = places.addBuilding(compoundId, grids.at(chosen).meta.id, name, units, m_actor);
    if (!done(added ? Status() : Status(added.error()), {}))
        return false;
    select(PlaceKind::Building, added->meta.id);
    return true;
}

bool PlacesDialog::rename(PlaceKind kind, qint64 id)
{
    PlaceRepository places(*m_db);
    QString name;
    int version = -1;
    switch (kind) {
    case PlaceKind::Community:
        if (auto p = places.community(id))
            name = p->name, version = p->meta.version;
        break;
    case PlaceKind::Grid:
        if (auto p = places.grid(id))
            name = p->name, version = p->meta.version;
        break;
    case PlaceKind::Compound:
        if (auto p = places.compound(id))
            name = p->name, version = p->meta.version;
        break;
    case PlaceKind::Building:
        if (auto p = places.building(id))
            name = p->name, version = p->meta.version;
        break;
    }
    const QString newName = prompts::text(this, tr("Rename"), tr("New name of %1:").arg(name), name);
    if (newName.isNull() || newName == name)
        return false;
    return done(places.rename(kind, id, version, newName, m_actor), {});
}

bool PlacesDialog::moveBuilding(qint64 buildingId)
{
    PlaceRepository places(*m_db);
    auto building = places.building(buildingId);
    auto compound = building ? places.compound(building->compoundId) : Result<Compound>(building.error());
    if (!compound)
        return done(compound.error(), {});
    const QList<Grid> grids = openGrids(compound->communityId);
    QStringList names;
    int current = 0;
    for (const Grid &g : grids) {
        if (g.meta.id == building->gridId)
            current = int(names.size());
        names << g.name;
    }
    const int chosen = prompts::choice(this, tr("Move to grid"),
                                       tr("The grid %1 %2 lies in from now on (its households move with it):")
                                           .arg(compound->name, building->name),
                                       names, current);
    if (chosen < 0 || grids.at(chosen).meta.id == building->gridId)
        return false;
    return done(places.moveBuilding(buildingId, building->meta.version, grids.at(chosen).meta.id, m_actor), {});
}

bool PlacesDialog::setUnits(qint64 buildingId)
{
    PlaceRepository places(*m_db);
    auto building = places.building(buildingId);
    if (!building)
        return done(building.error(), {});
    const QString text = prompts::text(this, tr("Units"), tr("Number of units of %1:").arg(building->name),
                                       QString::number(building->units));
    if (text.isNull())
        return false;
    bool ok = false;
    const int units = text.trimmed().toInt(&ok);
    if (!ok) {
        prompts::warning(this, tr("Units"), tr("'%1' is not a number of units.").arg(text));
        return false;
    }
    return done(places.setUnits(buildingId, building->meta.version, units, m_actor), {});
}

bool PlacesDialog::retire(PlaceKind kind, qint64 id)
{
    if (prompts::question(this, tr("Retire"),
                          tr("Retire this %1? It stays in the records of its households, issues and visits, but is "
                             "no longer offered for new ones.")
                              .arg(kindLabel(kind)))
        != QMessageBox::Yes)
        return false;
    return done(PlaceRepository(*m_db).retire(kind, id, -1, QDate::currentDate(), m_actor), {});
}

bool PlacesDialog::reinstate(PlaceKind kind, qint64 id)
{
    return done(PlaceRepository(*m_db).reinstate(kind, id, -1, m_actor), {});
}

bool PlacesDialog::remove(PlaceKind kind, qint64 id)
{
    PlaceRepository places(*m_db);
    auto use = places.use(kind, id);
    if (!use)
        return done(use.error(), {});
    if (use->inUse()) {
        // Said before asking: the repository would refuse anyway.
        return done(places.remove(kind, id, m_actor), {});
    }
    if (prompts::question(this, tr("Delete"), tr("Delete this %1? Nothing uses it.").arg(kindLabel(kind)))
        != QMessageBox::Yes)
        return false;
    return done(places.remove(kind, id, m_actor), {});
}

} // namespace linli
