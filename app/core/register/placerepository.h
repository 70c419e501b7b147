#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "register/types.h"

#include <QCoreApplication>
#include <QDate>

namespace linli {

class Database;

enum class PlaceKind { Community, Grid, Compound, Building };

// Communities, grids, compounds and buildings: the tree the register is filed under.
class PlaceRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PlaceRepository)
public:
    explicit PlaceRepository(Database &db) : m_db(db) { }

    Result<QList<Community>> communities();
    // How many communities the register has, whoever asks: grids are named 社区名/网格名 where
    // there are several.
    Result<int> communityCount();
    // The grids the user sees, of every community, by community name then grid id; with their
    // names as the register writes them (网格名, or 社区名/网格名 with several communities).
    struct GridName {
        qint64 id = 0;
        QString grid;
        QString community;
        QString qualified;
    };
    Result<QList<GridName>> gridNames();
    Result<QList<Grid>> grids(qint64 communityId);
    Result<QList<Compound>> compounds(qint64 communityId);
    Result<QList<Building>> buildings(qint64 compoundId);
    // Compounds with households in a grid, and their buildings there: the register tree.
    Result<QList<Compound>> compoundsInGrid(qint64 gridId);
    Result<QList<Building>> buildingsInGrid(qint64 gridId, qint64 compoundId);

    Result<Community> community(qint64 id);
    Result<Grid> grid(qint64 id);
    Result<Compound> compound(qint64 id);
    Result<Building> building(qint64 id);
    // The place of that name: a grid or compound as 网格名 or 社区名/网格名 (where several
    // communities have one of that name), a building as 楼栋名 or 小区名/楼栋名.
    Result<qint64> findByName(PlaceKind kind, const QString &name);
    // The place named by a path from its community: 社区名, 社区名/网格名, 社区名/小区名,
    // 社区名/小区名/楼栋名; a shorter path (网格名, 小区名, 小区名/楼栋名, 楼栋名) where it is
    // unambiguous, as findByName.
    Result<qint64> findByPath(PlaceKind kind, const QString &path);
    // The id of the place of that name under its parent (a community for a grid or compound, a
    // compound for a building, none for a community); 0 when there is none.
    Result<qint64> idOf(PlaceKind kind, qint64 parentId, const QString &name);

    // Finds by name, or creates it (with its audit row).
    Result<Community> ensureCommunity(const QString &name, const Actor &actor);
    Result<Grid> ensureGrid(qint64 communityId, const QString &name, const Actor &actor);
    Result<Compound> ensureCompound(qint64 communityId, const QString &name, const Actor &actor);
    // A new building lies in `gridId` when one is given.
    Result<Building> ensureBuilding(qint64 compoundId, const QString &name, const Actor &actor, qint64 gridId = 0);

    // Managing the places (DESIGN.md "Places"): each change is checked against the actor's role
    // (ManagePlaces) and community, written with its audit row in one transaction, and refused
    // with a message naming the place where it cannot be made.
    Result<Community> addCommunity(const QString &name, const Actor &actor);
    Result<Grid> addGrid(qint64 communityId, const QString &name, const Actor &actor);
    Result<Compound> addCompound(qint64 communityId, const QString &name, const Actor &actor);
    // `units` is the building's 单元数, 0 when not given.
    Result<Building> addBuilding(qint64 compoundId, qint64 gridId, const QString &name, int units,
                                 const Actor &actor);
    // Renames a place; the addresses of the households of a renamed compound or building follow.
    // `expectedVersion` is the version read (-1: the current one, for the command line).
    Status rename(PlaceKind kind, qint64 id, int expectedVersion, const QString &name, const Actor &actor);
    // Moves a building to another grid of its community, with its households.
    Status moveBuilding(qint64 buildingId, int expectedVersion, qint64 gridId, const Actor &actor);
    Status setUnits(qint64 buildingId, int expectedVersion, int units, const Actor &actor);
    // Retires a place (kept for the history, no longer offered), or brings it back.
    Status retire(PlaceKind kind, qint64 id, int expectedVersion, const QDate &date, const Actor &actor);
    Status reinstate(PlaceKind kind, qint64 id, int expectedVersion, const Actor &actor);
    // What uses a place: the records and places under it. A place in use cannot be deleted.
    struct Use {
        int households = 0;
        int issues = 0;
        int visits = 0;
        int places = 0; // grids, compounds or buildings under it
        int users = 0; // accounts whose scope it is
        bool inUse() const { return households || issues || visits || places || users; }
        QString text() const;
    };
    Result<Use> use(PlaceKind kind, qint64 id);
    // Deletes a place nothing uses (a mistake just made); refused for a place in use.
    Status remove(PlaceKind kind, qint64 id, const Actor &actor);
    // The kind's name for messages and the audit log's table ("community", "grid", ...).
    static QString tableOf(PlaceKind kind);
    static QString kindText(PlaceKind kind);

private:
    Result<qint64> communityOf(PlaceKind kind, qint64 id);
    Status mayChange(PlaceKind kind, qint64 id, const Actor &actor);
    Status refileHouseholds(const QString &column, qint64 id, qint64 newGridId, const Actor &actor);
    Result<QString> checkedName(const QString &name, const QString &what);
    // Whether `actor` may add a place to that community (audited if not).
    Status mayAddTo(qint64 communityId, const Actor &actor);
    Database &m_db;
};

} // namespace linli
