#pragma once

#include "register/types.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace linli {

class Database;

// Community → grid → compound → building, each level fetched when it is first expanded.
class PlaceTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Level { Root, Community, Grid, Compound, Building };
    enum Role { LevelRole = Qt::UserRole + 1, IdRole };

    explicit PlaceTreeModel(std::shared_ptr<Database> db, QObject *parent = nullptr);
    ~PlaceTreeModel() override;

    void reload();
    // The households under a node (all of them for an invalid index).
    HouseholdFilter filterFor(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void errorOccurred(const QString &message);

private:
    struct Node {
        Level level = Level::Root;
        qint64 id = 0;
        qint64 communityId = 0;
        qint64 gridId = 0;
        qint64 compoundId = 0;
        QString name;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        bool fetched = false;
    };
    Node *nodeOf(const QModelIndex &index) const;
    std::vector<std::unique_ptr<Node>> loadChildren(const Node &node);

    std::shared_ptr<Database> m_db;
    std::unique_ptr<Node> m_root;
    bool m_resetting = false;
};

} // namespace linli
