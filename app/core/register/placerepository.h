#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "register/types.h"

#include <QCoreApplication>

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
    // The id of the place of that name under its parent (a community for a grid or compound, a
    // compound for a building, none for a community); 0 when there is none.
    Result<qint64> idOf(PlaceKind kind, qint64 parentId, const QString &name);

    // Finds by name, or creates it (with its audit row).
    Result<Community> ensureCommunity(const QString &name, const Actor &actor);
    Result<Grid> ensureGrid(qint64 communityId, const QString &name, const Actor &actor);
    Result<Compound> ensureCompound(qint64 communityId, const QString &name, const Actor &actor);
    Result<Building> ensureBuilding(qint64 compoundId, const QString &name, const Actor &actor);

private:
    Result<QString> checkedName(const QString &name, const QString &what);
    // Whether `actor` may add a place to that community (audited if not).
    Status mayAddTo(qint64 communityId, const Actor &actor);
    Database &m_db;
};

} // namespace linli
