#pragma once

#include "register/types.h"

#include <QAbstractItemModel>
#include <QList>

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
    // Where a node is: the (level, id) of it and of its parents, from the community down.
    using Path = QList<std::pair<Level, qint64>>;
    Path pathOf(const QModelIndex &index) const;
    // The node at that path, fetching the levels on the way; as deep as it still exists.
    QModelIndex indexOf(const Path &path);
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
    bool m_inserting = false;
};

} // namespace linli
