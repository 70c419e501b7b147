#pragma once

#include "access/actor.h"
#include "register/placerepository.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace linli {

class Database;

// 区域管理: the communities of the register with their grids, and their compounds and
// courtyards with their buildings; add, rename, move a building to another grid, set its units,
// retire or reinstate, and delete a place nothing uses. Each change goes through
// PlaceRepository, which checks the user's role and community and writes the audit row.
class PlacesDialog final : public QDialog
{
    Q_OBJECT
public:
    PlacesDialog(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent = nullptr);

    // Selects a place in the tree (from the register page's context menu).
    void select(PlaceKind kind, qint64 id);
    // The actions, also for the register tree's context menu: each asks what it needs (a name,
    // a grid) and reports an error in a message; true when something was changed.
    bool addCommunity();
    bool addGrid(qint64 communityId);
    bool addCompound(qint64 communityId);
    bool addBuilding(qint64 compoundId, qint64 gridId = 0);
    bool rename(PlaceKind kind, qint64 id);
    bool moveBuilding(qint64 buildingId);
    bool setUnits(qint64 buildingId);
    bool retire(PlaceKind kind, qint64 id);
    bool reinstate(PlaceKind kind, qint64 id);
    bool remove(PlaceKind kind, qint64 id);

signals:
    // The places changed: the register tree and the lists reload.
    void placesChanged();

private:
    enum Role { KindRole = Qt::UserRole + 1, IdRole, CommunityRole, GridRole, RetiredRole };
    void reload();
    void updateButtons();
    QTreeWidgetItem *current() const;
    // The community of the selected item (0 without a selection).
    qint64 selectedCommunity() const;
    bool done(const Status &status, const QString &message);
    // The grids of a community as choices: names and ids, without retired ones.
    QList<Grid> openGrids(qint64 communityId);

    std::shared_ptr<Database> m_db;
    Actor m_actor;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_addCommunity = nullptr;
    QPushButton *m_addGrid = nullptr;
    QPushButton *m_addCompound = nullptr;
    QPushButton *m_addBuilding = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_move = nullptr;
    QPushButton *m_units = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace linli
