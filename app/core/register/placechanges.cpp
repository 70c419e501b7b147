// Managing the places (DESIGN.md "Places"): adding, renaming, moving a building to another grid,
// retiring and deleting an unused place. Reading the places is in placerepository.cpp.
#include "placerepository.h"

#include "access/permissions.h"
#include "register/householdrepository.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/sql.h"

namespace linli {

QString PlaceRepository::tableOf(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::Community: return QStringLiteral("community");
    case PlaceKind::Grid: return QStringLiteral("grid");
    case PlaceKind::Compound: return QStringLiteral("compound");
    case PlaceKind::Building: break;
    }
    return QStringLiteral("building");
}

QString PlaceRepository::kindText(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::Community: return tr("community");
    case PlaceKind::Grid: return tr("grid");
    case PlaceKind::Compound: return tr("compound");
    case PlaceKind::Building: break;
    }
    return tr("building");
}

QString PlaceRepository::Use::text() const
{
    QStringList parts;
    if (households)
        parts << tr("%n household(s)", nullptr, households);
    if (issues)
        parts << tr("%n issue(s)", nullptr, issues);
    if (visits)
        parts << tr("%n visit(s)", nullptr, visits);
    if (places)
        parts << tr("%n place(s) under it", nullptr, places);
    if (users)
        parts << tr("%n account(s)", nullptr, users);
    return parts.join(tr(", "));
}

Result<qint64> PlaceRepository::findByPath(PlaceKind kind, const QString &path)
{
    QStringList parts = path.split(QLatin1Char('/'));
    for (QString &p : parts)
        p = p.simplified();
    if (parts.size() == 1 || kind == PlaceKind::Community)
        return findByName(kind, path.simplified());
    const PlaceKind parentKind = kind == PlaceKind::Building ? PlaceKind::Compound : PlaceKind::Community;
    const QString name = parts.takeLast();
    if (parts.size() > 2 || (parentKind == PlaceKind::Community && parts.size() > 1))
        return Error{ErrorCode::Invalid, tr("'%1' is not a path to a %2.").arg(path, kindText(kind)),
                     tableOf(kind)};
    auto parent = findByPath(parentKind, parts.join(QLatin1Char('/')));
    if (!parent)
        return parent.error();
    auto id = idOf(kind, parent.value(), name);
    if (!id)
        return id.error();
    if (!id.value())
        return Error{ErrorCode::NotFound,
                     tr("There is no %1 named '%2' in %3.").arg(kindText(kind), name, parts.join(QLatin1Char('/'))),
                     tableOf(kind)};
    return id.value();
}

Result<qint64> PlaceRepository::communityOf(PlaceKind kind, qint64 id)
{
    QString sql;
    switch (kind) {
    case PlaceKind::Community: sql = QStringLiteral("SELECT id FROM community WHERE id = :id"); break;
    case PlaceKind::Grid: sql = QStringLiteral("SELECT community_id FROM grid WHERE id = :id"); break;
    case PlaceKind::Compound: sql = QStringLiteral("SELECT community_id FROM compound WHERE id = :id"); break;
    case PlaceKind::Building:
        sql = QStringLiteral("SELECT c.community_id FROM building b JOIN compound c ON c.id = b.compound_id "
                             "WHERE b.id = :id");
        break;
    }
    auto v = queryValue(m_db, sql, {{QStringLiteral("id"), id}});
    if (!v)
        return v.error();
    if (v->isNull())
        return Error{ErrorCode::NotFound, tr("The %1 %2 does not exist.").arg(kindText(kind)).arg(id),
                     tableOf(kind)};
    return v->toLongLong();
}

// A community is the administrator's to change; a grid, compound or building, also the
// community admin's of its community.
Status PlaceRepository::mayChange(PlaceKind kind, qint64 id, const Actor &actor)
{
    if (Status s = Access::require(m_db, actor, Permission::ManagePlaces); !s)
        return s;
    auto community = communityOf(kind, id);
    if (!community)
        return community.error();
    if (kind == PlaceKind::Community && Access::reach(actor) != Access::Reach::Everything)
        return Access::refuse(m_db, actor, tableOf(kind), id, QStringLiteral("scope"),
                              tr("Only an administrator changes a community."));
    return mayAddTo(community.value(), actor);
}

Result<Community> PlaceRepository::addCommunity(const QString &name, const Actor &actor)
{
    auto n = checkedName(name, tr("community"));
    if (!n)
        return n.error();
    auto existing = idOf(PlaceKind::Community, 0, n.value());
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{ErrorCode::Conflict, tr("The community %1 already exists.").arg(n.value()), QStringLiteral("name")};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto c = ensureCommunity(n.value(), actor);
    if (!c)
        return c.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return c;
}

Result<Grid> PlaceRepository::addGrid(qint64 communityId, const QString &name, const Actor &actor)
{
    auto n = checkedName(name, tr("grid"));
    if (!n)
        return n.error();
    auto community = this->community(communityId);
    if (!community)
        return community.error();
    auto existing = idOf(PlaceKind::Grid, communityId, n.value());
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{ErrorCode::Conflict,
                     tr("The community %1 already has a grid named %2.").arg(community->name, n.value()),
                     QStringLiteral("name")};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto g = ensureGrid(communityId, n.value(), actor);
    if (!g)
        return g.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return g;
}

Result<Compound> PlaceRepository::addCompound(qint64 communityId, const QString &name, const Actor &actor)
{
    auto n = checkedName(name, tr("compound"));
    if (!n)
        return n.error();
    auto community = this->community(communityId);
    if (!community)
        return community.error();
    auto existing = idOf(PlaceKind::Compound, communityId, n.value());
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{ErrorCode::Conflict,
                     tr("The community %1 already has a compound named %2.").arg(community->name, n.value()),
                     QStringLiteral("name")};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto c = ensureCompound(communityId, n.value(), actor);
    if (!c)
        return c.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return c;
}

namespace {

Status checkUnits(int units)
{
    if (units < 0 || units > 99)
        return Error{ErrorCode::Invalid, PlaceRepository::tr("A building has 0 to 99 units, not %1.").arg(units),
                     QStringLiteral("units")};
    return {};
}

} // namespace

Result<Building> PlaceRepository::addBuilding(qint64 compoundId, qint64 gridId, const QString &name, int units,
                                              const Actor &actor)
{
    auto n = checkedName(name, tr("building"));
    if (!n)
        return n.error();
    if (Status s = checkUnits(units); !s)
        return s.error();
    auto compound = this->compound(compoundId);
    if (!compound)
        return compound.error();
    auto grid = this->grid(gridId);
    if (!grid)
        return Error{ErrorCode::Invalid, tr("Choose the grid the building lies in."), QStringLiteral("grid")};
    if (grid->communityId != compound->communityId)
        return Error{ErrorCode::Invalid,
                     tr("The grid %1 is not in the community of the compound %2.").arg(grid->name, compound->name),
                     QStringLiteral("grid")};
    auto existing = idOf(PlaceKind::Building, compoundId, n.value());
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{ErrorCode::Conflict,
                     tr("The compound %1 already has a building named %2.").arg(compound->name, n.value()),
                     QStringLiteral("name")};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto ensured = ensureBuilding(compoundId, n.value(), actor, gridId);
    if (!ensured)
        return ensured.error();
    Building b = ensured.value();
    if (units) {
        auto meta = Records::update(m_db, actor, QStringLiteral("building"), b.meta.id, b.meta.version,
                                    {{QStringLiteral("units"), units}}, n.value());
        if (!meta)
            return meta.error();
        b.meta = meta.value();
        b.units = units;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return b;
}

// The households filed under a compound or building take its new name in their address, or
// move with a building to its new grid: each is saved through the household repository, which
// writes its audit row and search index.
Status PlaceRepository::refileHouseholds(const QString &column, qint64 id, qint64 newGridId, const Actor &actor)
{
    QList<qint64> ids;
    if (Status s = readRows(m_db, QStringLiteral("SELECT id FROM household WHERE %1 = :id ORDER BY id").arg(column),
                            {{QStringLiteral("id"), id}}, [&](const QSqlQuery &q) { ids << q.value(0).toLongLong(); });
        !s)
        return s;
    HouseholdRepository households(m_db);
    for (qint64 householdId : std::as_const(ids)) {
        auto stored = households.get(householdId);
        if (!stored)
            return stored.error();
        Household h = stored.value();
        if (newGridId)
            h.gridId = newGridId;
        if (auto saved = households.update(h, actor); !saved)
            return saved.error();
    }
    return {};
}

Status PlaceRepository::rename(PlaceKind kind, qint64 id, int expectedVersion, const QString &name, const Actor &actor)
{
    auto n = checkedName(name, kindText(kind));
    if (!n)
        return n.error();
    if (Status s = mayChange(kind, id, actor); !s)
        return s;
    const QString table = tableOf(kind);
    auto current = Records::read(m_db, table, id);
    if (!current)
        return current.error();
    const QString oldName = current->value(QStringLiteral("name")).toString();
    if (oldName == n.value())
        return {};
    qint64 parent = 0;
    if (kind == PlaceKind::Grid || kind == PlaceKind::Compound)
        parent = current->value(QStringLiteral("community_id")).toLongLong();
    else if (kind == PlaceKind::Building)
        parent = current->value(QStringLiteral("compound_id")).toLongLong();
    auto existing = idOf(kind, parent, n.value());
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{ErrorCode::Conflict, tr("There is already a %1 named %2 there.").arg(kindText(kind), n.value()),
                     QStringLiteral("name")};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const int version = expectedVersion < 0 ? current->value(QStringLiteral("version")).toInt() : expectedVersion;
    auto meta = Records::update(m_db, actor, table, id, version, {{QStringLiteral("name"), n.value()}}, oldName);
    if (!meta)
        return meta.error();
    if (kind == PlaceKind::Compound || kind == PlaceKind::Building) {
        if (Status s = refileHouseholds(kind == PlaceKind::Compound ? QStringLiteral("compound_id")
                                                                    : QStringLiteral("building_id"),
                                        id, 0, actor);
            !s)
            return s;
    }
    return tx.commit();
}

Status PlaceRepository::moveBuilding(qint64 buildingId, int expectedVersion, qint64 gridId, const Actor &actor)
{
    if (Status s = mayChange(PlaceKind::Building, buildingId, actor); !s)
        return s;
    auto b = building(buildingId);
    if (!b)
        return b.error();
    auto community = communityOf(PlaceKind::Building, buildingId);
    if (!community)
        return community.error();
    auto target = grid(gridId);
    if (!target)
        return Error{ErrorCode::Invalid, tr("Choose the grid to move the building to."), QStringLiteral("grid")};
    if (target->communityId != community.value())
        return Error{ErrorCode::Invalid,
                     tr("The grid %1 is in another community: a building moves only between the grids of its "
                        "community.")
                         .arg(target->name),
                     QStringLiteral("grid")};
    if (!target->retiredAt.isEmpty())
        return Error{ErrorCode::Invalid, tr("The grid %1 is retired.").arg(target->name), QStringLiteral("grid")};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const int version = expectedVersion < 0 ? b->meta.version : expectedVersion;
    auto meta = Records::update(m_db, actor, QStringLiteral("building"), buildingId, version,
                                {{QStringLiteral("grid_id"), gridId}}, b->name);
    if (!meta)
        return meta.error();
    if (Status s = refileHouseholds(QStringLiteral("building_id"), buildingId, gridId, actor); !s)
        return s;
    return tx.commit();
}

Status PlaceRepository::setUnits(qint64 buildingId, int expectedVersion, int units, const Actor &actor)
{
    if (Status s = checkUnits(units); !s)
        return s;
    if (Status s = mayChange(PlaceKind::Building, buildingId, actor); !s)
        return s;
    auto b = building(buildingId);
    if (!b)
        return b.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto meta = Records::update(m_db, actor, QStringLiteral("building"), buildingId,
                                expectedVersion < 0 ? b->meta.version : expectedVersion,
                                {{QStringLiteral("units"), units}}, b->name);
    if (!meta)
        return meta.error();
    return tx.commit();
}

Status PlaceRepository::retire(PlaceKind kind, qint64 id, int expectedVersion, const QDate &date, const Actor &actor)
{
    if (!date.isValid())
        return Error{ErrorCode::Invalid, tr("Give the date the place is retired."), QStringLiteral("retired_at")};
    if (Status s = mayChange(kind, id, actor); !s)
        return s;
    auto current = Records::read(m_db, tableOf(kind), id);
    if (!current)
        return current.error();
    if (!current->value(QStringLiteral("retired_at")).toString().isEmpty())
        return Error{ErrorCode::Invalid,
                     tr("The %1 %2 is already retired.")
                         .arg(kindText(kind), current->value(QStringLiteral("name")).toString()),
                     QStringLiteral("retired_at")};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto meta = Records::update(m_db, actor, tableOf(kind), id,
                                expectedVersion < 0 ? current->value(QStringLiteral("version")).toInt()
                                                    : expectedVersion,
                                {{QStringLiteral("retired_at"), date.toString(Qt::ISODate)}},
                                current->value(QStringLiteral("name")).toString(), QStringLiteral("retire"));
    if (!meta)
        return meta.error();
    return tx.commit();
}

Status PlaceRepository::reinstate(PlaceKind kind, qint64 id, int expectedVersion, const Actor &actor)
{
    if (Status s = mayChange(kind, id, actor); !s)
        return s;
    auto current = Records::read(m_db, tableOf(kind), id);
    if (!current)
        return current.error();
    if (current->value(QStringLiteral("retired_at")).toString().isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto meta = Records::update(m_db, actor, tableOf(kind), id,
                                expectedVersion < 0 ? current->value(QStringLiteral("version")).toInt()
                                                    : expectedVersion,
                                {{QStringLiteral("retired_at"), QVariant(QMetaType(QMetaType::QString))}},
                                current->value(QStringLiteral("name")).toString(), QStringLiteral("reinstate"));
    if (!meta)
        return meta.error();
    return tx.commit();
}

Result<PlaceRepository::Use> PlaceRepository::use(PlaceKind kind, qint64 id)
{
    Use u;
    auto count = [&](const QString &sql, int *out) -> Status {
        auto v = queryValue(m_db, sql, {{QStringLiteral("id"), id}});
        if (!v)
            return v.error();
        *out = v->toInt();
        return {};
    };
    QStringList sql; // households, issues, visits, places, users
    switch (kind) {
    case PlaceKind::Community:
        sql = {QStringLiteral("SELECT count(*) FROM household h JOIN grid g ON g.id = h.grid_id WHERE g.community_id = "
                              ":id"),
               QStringLiteral("SELECT count(*) FROM issue WHERE community_id = :id"),
               QStringLiteral("SELECT count(*) FROM visit v JOIN household h ON h.id = v.household_id JOIN grid g ON "
                              "g.id = h.grid_id WHERE g.community_id = :id"),
               QStringLiteral("SELECT (SELECT count(*) FROM grid WHERE community_id = :id) + (SELECT count(*) FROM "
                              "compound WHERE community_id = :id)"),
               QStringLiteral("SELECT count(*) FROM \"user\" WHERE community_id = :id")};
        break;
    case PlaceKind::Grid:
        sql = {QStringLiteral("SELECT count(*) FROM household WHERE grid_id = :id"),
               QStringLiteral("SELECT count(*) FROM issue WHERE grid_id = :id"),
               QStringLiteral("SELECT count(*) FROM visit v JOIN household h ON h.id = v.household_id WHERE "
                              "h.grid_id = :id"),
               QStringLiteral("SELECT count(*) FROM building WHERE grid_id = :id"),
               QStringLiteral("SELECT count(*) FROM user_grid WHERE grid_id = :id")};
        break;
    case PlaceKind::Compound:
        sql = {QStringLiteral("SELECT count(*) FROM household WHERE compound_id = :id"),
               QStringLiteral("SELECT count(*) FROM issue i JOIN household h ON h.id = i.household_id WHERE "
                              "h.compound_id = :id"),
               QStringLiteral("SELECT count(*) FROM visit v JOIN household h ON h.id = v.household_id WHERE "
                              "h.compound_id = :id"),
               QStringLiteral("SELECT count(*) FROM building WHERE compound_id = :id"), QString()};
        break;
    case PlaceKind::Building:
        sql = {QStringLiteral("SELECT count(*) FROM household WHERE building_id = :id"),
               QStringLiteral("SELECT count(*) FROM issue i JOIN household h ON h.id = i.household_id WHERE "
                              "h.building_id = :id"),
               QStringLiteral("SELECT count(*) FROM visit v JOIN household h ON h.id = v.household_id WHERE "
                              "h.building_id = :id"),
               QString(), QString()};
        break;
    }
    int *fields[] = {&u.households, &u.issues, &u.visits, &u.places, &u.users};
    for (int i = 0; i < 5; ++i) {
        if (sql.at(i).isEmpty())
            continue;
        if (Status s = count(sql.at(i), fields[i]); !s)
            return s.error();
    }
    return u;
}

Status PlaceRepository::remove(PlaceKind kind, qint64 id, const Actor &actor)
{
    if (Status s = mayChange(kind, id, actor); !s)
        return s;
    auto current = Records::read(m_db, tableOf(kind), id);
    if (!current)
        return current.error();
    const QString name = current->value(QStringLiteral("name")).toString();
    auto u = use(kind, id);
    if (!u)
        return u.error();
    if (u->inUse())
        return Error{ErrorCode::Conflict,
                     tr("The %1 %2 is in use (%3) and cannot be deleted; retire it instead.")
                         .arg(kindText(kind), name, u->text()),
                     tableOf(kind)};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (Status s = execStatement(m_db, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(tableOf(kind)),
                                 {{QStringLiteral("id"), id}});
        !s)
        return s;
    AuditLog::Entry entry{QStringLiteral("delete"), tableOf(kind), id,
                          current->value(QStringLiteral("uuid")).toString(), current.value(), {}};
    if (Status s = AuditLog::append(m_db, actor, entry); !s)
        return s;
    return tx.commit();
}

} // namespace linli
