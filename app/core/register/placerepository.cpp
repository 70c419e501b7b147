#include "placerepository.h"

#include "access/permissions.h"
#include "storage/database.h"

#include "storage/sql.h"
#include <functional>

namespace linli {

namespace {

template<typename T, typename Fill>
Result<QList<T>> listOf(Database &db, const QString &sql, const QVariantMap &binds, Fill fill)
{
    QList<T> out;
    if (Status s = readRows(db, sql, binds,
                            [&](const QSqlQuery &q) {
                                T item;
                                item.meta = RecordMeta::fromQuery(q);
                                fill(item, q);
                                out << item;
                            });
        !s)
        return s.error();
    return out;
}

template<typename T> Result<T> single(Result<QList<T>> list, const QString &what, qint64 id)
{
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return Error{ErrorCode::NotFound, PlaceRepository::tr("%1 %2 does not exist.").arg(what).arg(id), {}};
    return list.value().constFirst();
}

QString retiredAt(const QSqlQuery &q)
{
    return q.value(QStringLiteral("retired_at")).toString();
}

const auto fillCommunity = [](Community &c, const QSqlQuery &q) {
    c.name = q.value(QStringLiteral("name")).toString();
    c.retiredAt = retiredAt(q);
};
const auto fillGrid = [](Grid &g, const QSqlQuery &q) {
    g.name = q.value(QStringLiteral("name")).toString();
    g.communityId = q.value(QStringLiteral("community_id")).toLongLong();
    g.retiredAt = retiredAt(q);
};
const auto fillCompound = [](Compound &c, const QSqlQuery &q) {
    c.name = q.value(QStringLiteral("name")).toString();
    c.communityId = q.value(QStringLiteral("community_id")).toLongLong();
    c.retiredAt = retiredAt(q);
};
const auto fillBuilding = [](Building &b, const QSqlQuery &q) {
    b.name = q.value(QStringLiteral("name")).toString();
    b.compoundId = q.value(QStringLiteral("compound_id")).toLongLong();
    b.gridId = q.value(QStringLiteral("grid_id")).toLongLong();
    b.units = q.value(QStringLiteral("units")).toInt();
    b.retiredAt = retiredAt(q);
};

} // namespace

// The places a user sees: their communities and grids, and the compounds and buildings where
// the households of their grids live (a community admin sees all of their community's).
Result<QList<Community>> PlaceRepository::communities()
{
    QVariantMap binds;
    const QString scope = Access::gridCondition(m_db, m_db.actor(), QStringLiteral("g.id"), &binds);
    const QString where = Access::reach(m_db.actor()) == Access::Reach::Everything
        ? QString()
        : QStringLiteral(" WHERE id IN (SELECT g.community_id FROM grid g WHERE %1)").arg(scope);
    return listOf<Community>(m_db, QStringLiteral("SELECT * FROM community%1 ORDER BY name").arg(where), binds,
                             fillCommunity);
}

Result<int> PlaceRepository::communityCount()
{
    auto n = queryValue(m_db, QStringLiteral("SELECT count(*) FROM community"));
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QList<PlaceRepository::GridName>> PlaceRepository::gridNames()
{
    auto several = communityCount();
    if (!several)
        return several.error();
    QVariantMap binds;
    const QString scope = Access::gridCondition(m_db, m_db.actor(), QStringLiteral("g.id"), &binds);
    QList<GridName> out;
    if (Status s = readRows(m_db,
                            QStringLiteral("SELECT g.id, g.name, c.name FROM grid g JOIN community c ON c.id = "
                                           "g.community_id WHERE %1 ORDER BY c.name, g.id")
                                .arg(scope),
                            binds,
                            [&](const QSqlQuery &q) {
                                GridName n{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), {}};
                                n.qualified = several.value() > 1 ? n.community + QLatin1Char('/') + n.grid : n.grid;
                                out << n;
                            });
        !s)
        return s.error();
    return out;
}

Result<QList<Grid>> PlaceRepository::grids(qint64 communityId)
{
    QVariantMap binds{{QStringLiteral("c"), communityId}};
    const QString scope = Access::gridCondition(m_db, m_db.actor(), QStringLiteral("id"), &binds);
    return listOf<Grid>(m_db,
                        QStringLiteral("SELECT * FROM grid WHERE community_id = :c AND %1 ORDER BY id").arg(scope),
                        binds, fillGrid);
}

Result<QList<Compound>> PlaceRepository::compounds(qint64 communityId)
{
    QVariantMap binds{{QStringLiteral("c"), communityId}};
    QString scope;
    if (Access::reach(m_db.actor()) == Access::Reach::Grids || Access::reach(m_db.actor()) == Access::Reach::Nothing)
        scope = QStringLiteral(" AND id IN (SELECT compound_id FROM household WHERE %1)")
                    .arg(Access::gridCondition(m_db, m_db.actor(), QStringLiteral("grid_id"), &binds));
    else if (Access::reach(m_db.actor()) == Access::Reach::Community)
        scope = QStringLiteral(" AND %1").arg(
            Access::placeCondition(m_db, m_db.actor(), QStringLiteral("community_id"), QString(), &binds));
    return listOf<Compound>(m_db,
                            QStringLiteral("SELECT * FROM compound WHERE community_id = :c%1 ORDER BY name").arg(scope),
                            binds, fillCompound);
}

Result<QList<Building>> PlaceRepository::buildings(qint64 compoundId)
{
    QVariantMap binds{{QStringLiteral("c"), compoundId}};
    QString scope;
    if (Access::reach(m_db.actor()) != Access::Reach::Everything)
        scope = QStringLiteral(" AND (id IN (SELECT building_id FROM household WHERE compound_id = :c AND %1) OR %1)")
                    .arg(Access::gridCondition(m_db, m_db.actor(), QStringLiteral("grid_id"), &binds));
    return listOf<Building>(m_db,
                            QStringLiteral("SELECT * FROM building WHERE compound_id = :c%1 ORDER BY id").arg(scope),
                            binds, fillBuilding);
}

Result<QList<Compound>> PlaceRepository::compoundsInGrid(qint64 gridId)
{
    QVariantMap binds{{QStringLiteral("g"), gridId}};
    const QString scope = Access::gridCondition(m_db, m_db.actor(), QStringLiteral("grid_id"), &binds);
    return listOf<Compound>(m_db,
                            QStringLiteral("SELECT * FROM compound WHERE id IN (SELECT compound_id FROM household "
                                           "WHERE grid_id = :g AND %1 UNION SELECT compound_id FROM building WHERE "
                                           "grid_id = :g AND %1) ORDER BY name")
                                .arg(scope),
                            binds, fillCompound);
}

Result<QList<Building>> PlaceRepository::buildingsInGrid(qint64 gridId, qint64 compoundId)
{
    QVariantMap binds{{QStringLiteral("g"), gridId}, {QStringLiteral("c"), compoundId}};
    const QString scope = Access::gridCondition(m_db, m_db.actor(), QStringLiteral("grid_id"), &binds);
    return listOf<Building>(m_db,
                            QStringLiteral("SELECT * FROM building WHERE compound_id = :c AND (id IN (SELECT "
                                           "building_id FROM household WHERE grid_id = :g AND compound_id = :c AND %1) "
                                           "OR (grid_id = :g AND %1)) ORDER BY id")
                                .arg(scope),
                            binds, fillBuilding);
}

Result<Community> PlaceRepository::community(qint64 id)
{
    return single(listOf<Community>(m_db, QStringLiteral("SELECT * FROM community WHERE id = :id"),
                                    {{QStringLiteral("id"), id}}, fillCommunity),
                  tr("Community"), id);
}

Result<Grid> PlaceRepository::grid(qint64 id)
{
    return single(
        listOf<Grid>(m_db, QStringLiteral("SELECT * FROM grid WHERE id = :id"), {{QStringLiteral("id"), id}}, fillGrid),
        tr("Grid"), id);
}

Result<Compound> PlaceRepository::compound(qint64 id)
{
    return single(listOf<Compound>(m_db, QStringLiteral("SELECT * FROM compound WHERE id = :id"),
                                   {{QStringLiteral("id"), id}}, fillCompound),
                  tr("Compound"), id);
}

Result<Building> PlaceRepository::building(qint64 id)
{
    return single(listOf<Building>(m_db, QStringLiteral("SELECT * FROM building WHERE id = :id"),
                                   {{QStringLiteral("id"), id}}, fillBuilding),
                  tr("Building"), id);
}

Status PlaceRepository::mayAddTo(qint64 communityId, const Actor &actor)
{
    if (Status s = Access::require(m_db, actor, Permission::ManagePlaces); !s)
        return s;
    if (Access::coversCommunity(actor, communityId))
        return {};
    return Access::outOfScope(m_db, actor, QStringLiteral("community"), communityId, QString());
}

Result<QString> PlaceRepository::checkedName(const QString &name, const QString &what)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return Error{ErrorCode::Invalid, tr("The name of the %1 is empty.").arg(what), QStringLiteral("name")};
    if (n.size() > 100)
        return Error{ErrorCode::Invalid, tr("The name of the %1 is longer than 100 characters.").arg(what),
                     QStringLiteral("name")};
    return n;
}

namespace {

// The row of `table` called `name` under its parent (none for a community), inserted with its
// audit row when there is none yet.
template<typename T, typename Fill>
Result<T> ensureNamed(Database &db, const Actor &actor, const QString &table, const QString &parentColumn,
                      qint64 parentId, const QString &name, Fill fill, QVariantMap columns,
                      const std::function<Status()> &mayCreate)
{
    QString where = QStringLiteral("name = :n");
    QVariantMap binds{{QStringLiteral("n"), name}};
    columns.insert(QStringLiteral("name"), name);
    if (!parentColumn.isEmpty()) {
        where += QStringLiteral(" AND %1 = :p").arg(parentColumn);
        binds.insert(QStringLiteral("p"), parentId);
        columns.insert(parentColumn, parentId);
    }
    const QString select = QStringLiteral("SELECT * FROM %1 WHERE ").arg(table);
    auto found = listOf<T>(db, select + where, binds, fill);
    if (!found)
        return found.error();
    if (!found.value().isEmpty())
        return found.value().constFirst();
    if (Status s = mayCreate(); !s)
        return s.error();
    auto meta = Records::insert(db, actor, table, columns);
    if (!meta)
        return meta.error();
    return single(listOf<T>(db, select + QStringLiteral("id = :id"), {{QStringLiteral("id"), meta.value().id}}, fill),
                  table, meta.value().id);
}

} // namespace

Result<Community> PlaceRepository::ensureCommunity(const QString &name, const Actor &actor)
{
    auto n = checkedName(name, tr("community"));
    if (!n)
        return n.error();
    return ensureNamed<Community>(
        m_db, actor, QStringLiteral("community"), QString(), 0, n.value(), fillCommunity, {}, [&]() -> Status {
            if (Status s = Access::require(m_db, actor, Permission::ManagePlaces); !s)
                return s;
            if (Access::reach(actor) == Access::Reach::Everything)
                return {};
            return Access::refuse(m_db, actor, QStringLiteral("community"), 0, QStringLiteral("scope"),
                                  tr("Only an administrator adds a community (%1).").arg(n.value()));
        });
}

Result<Grid> PlaceRepository::ensureGrid(qint64 communityId, const QString &name, const Actor &actor)
{
    auto n = checkedName(name, tr("grid"));
    if (!n)
        return n.error();
    return ensureNamed<Grid>(m_db, actor, QStringLiteral("grid"), QStringLiteral("community_id"), communityId,
                             n.value(), fillGrid, {}, [&] { return mayAddTo(communityId, actor); });
}

Result<Compound> PlaceRepository::ensureCompound(qint64 communityId, const QString &name, const Actor &actor)
{
    auto n = checkedName(name, tr("compound"));
    if (!n)
        return n.error();
    return ensureNamed<Compound>(m_db, actor, QStringLiteral("compound"), QStringLiteral("community_id"), communityId,
                                 n.value(), fillCompound, {}, [&] { return mayAddTo(communityId, actor); });
}

Result<Building> PlaceRepository::ensureBuilding(qint64 compoundId, const QString &name, const Actor &actor,
                                                 qint64 gridId)
{
    auto n = checkedName(name, tr("building"));
    if (!n)
        return n.error();
    QVariantMap extra;
    if (gridId)
        extra.insert(QStringLiteral("grid_id"), gridId);
    return ensureNamed<Building>(m_db, actor, QStringLiteral("building"), QStringLiteral("compound_id"), compoundId,
                                 n.value(), fillBuilding, extra, [&]() -> Status {
                                     auto compound = queryValue(m_db,
                                                                QStringLiteral("SELECT community_id FROM compound "
                                                                               "WHERE id = :c"),
                                                                {{QStringLiteral("c"), compoundId}});
                                     if (!compound)
                                         return compound.error();
                                     return mayAddTo(compound->toLongLong(), actor);
                                 });
}

namespace {

struct PlaceTable {
    const char *table;
    const char *parentTable; // null for a community
    const char *parentColumn;
};

const PlaceTable &placeTable(PlaceKind kind)
{
    static const PlaceTable community{"community", nullptr, nullptr};
    static const PlaceTable grid{"grid", "community", "community_id"};
    static const PlaceTable compound{"compound", "community", "community_id"};
    static const PlaceTable building{"building", "compound", "compound_id"};
    switch (kind) {
    case PlaceKind::Community: return community;
    case PlaceKind::Grid: return grid;
    case PlaceKind::Compound: return compound;
    case PlaceKind::Building: break;
    }
    return building;
}

QString notFound(PlaceKind kind, const QString &name)
{
    switch (kind) {
    case PlaceKind::Community:
        return PlaceRepository::tr("There is no community named '%1' in this register.").arg(name);
    case PlaceKind::Grid: return PlaceRepository::tr("There is no grid named '%1' in this register.").arg(name);
    case PlaceKind::Compound: return PlaceRepository::tr("There is no compound named '%1' in this register.").arg(name);
    case PlaceKind::Building: break;
    }
    return PlaceRepository::tr("There is no building named '%1' in this register.").arg(name);
}

QString ambiguous(PlaceKind kind, const QString &name)
{
    switch (kind) {
    case PlaceKind::Community:
    case PlaceKind::Grid:
        return PlaceRepository::tr("Several communities have a grid named '%1'; write it as 社区名/%1.").arg(name);
    case PlaceKind::Compound:
        return PlaceRepository::tr("Several communities have a compound named '%1'; write it as 社区名/%1.").arg(name);
    case PlaceKind::Building: break;
    }
    return PlaceRepository::tr("Several compounds have a building named '%1'; write it as 小区名/%1.").arg(name);
}

} // namespace

Result<qint64> PlaceRepository::idOf(PlaceKind kind, qint64 parentId, const QString &name)
{
    const PlaceTable &t = placeTable(kind);
    QVariantMap binds{{QStringLiteral("n"), name}};
    QString sql = QStringLiteral("SELECT id FROM %1 WHERE name = :n").arg(QString::fromLatin1(t.table));
    if (t.parentColumn) {
        sql += QStringLiteral(" AND %1 = :p").arg(QString::fromLatin1(t.parentColumn));
        binds.insert(QStringLiteral("p"), parentId);
    }
    auto id = queryValue(m_db, sql, binds);
    if (!id)
        return id.error();
    return id->isNull() ? 0 : id->toLongLong();
}

Result<qint64> PlaceRepository::findByName(PlaceKind kind, const QString &name)
{
    const PlaceTable &t = placeTable(kind);
    const QString field = QString::fromLatin1(t.table);
    const qsizetype slash = t.parentTable ? name.indexOf(QLatin1Char('/')) : -1;
    auto q = slash > 0
        ? runQuery(
            m_db,
            QStringLiteral("SELECT p.id FROM %1 p JOIN %2 o ON o.id = p.%3 WHERE o.name = :parent AND p.name = :name")
                .arg(field, QString::fromLatin1(t.parentTable), QString::fromLatin1(t.parentColumn)),
            {{QStringLiteral("parent"), name.left(slash).trimmed()},
             {QStringLiteral("name"), name.mid(slash + 1).trimmed()}})
        : runQuery(m_db, QStringLiteral("SELECT id FROM %1 WHERE name = :name").arg(field),
                   {{QStringLiteral("name"), name.trimmed()}});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    if (ids.isEmpty())
        return Error{ErrorCode::NotFound, notFound(kind, name), field};
    if (ids.size() > 1)
        return Error{ErrorCode::Invalid, ambiguous(kind, name), field};
    return ids.constFirst();
}

} // namespace linli
