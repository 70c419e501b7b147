#include "placetreemodel.h"

#include "register/placerepository.h"

namespace linli {

PlaceTreeModel::PlaceTreeModel(std::shared_ptr<Database> db, QObject *parent)
    : QAbstractItemModel(parent), m_db(std::move(db)), m_root(std::make_unique<Node>())
{
}

PlaceTreeModel::~PlaceTreeModel() = default;

void PlaceTreeModel::reload()
{
    m_resetting = true;
    beginResetModel();
    m_root = std::make_unique<Node>();
    endResetModel();
    m_resetting = false;
}

PlaceTreeModel::Path PlaceTreeModel::pathOf(const QModelIndex &index) const
{
    Path path;
    for (const Node *n = index.isValid() ? nodeOf(index) : nullptr; n && n != m_root.get(); n = n->parent)
        path.prepend({n->level, n->id});
    return path;
}

QModelIndex PlaceTreeModel::indexOf(const Path &path)
{
    QModelIndex at;
    for (const auto &[level, id] : path) {
        if (canFetchMore(at))
            fetchMore(at);
        QModelIndex found;
        for (int row = 0; row < rowCount(at); ++row) {
            const QModelIndex child = index(row, 0, at);
            const Node *n = nodeOf(child);
            if (n->level == level && n->id == id) {
                found = child;
                break;
            }
        }
        if (!found.isValid())
            break;
        at = found;
    }
    return at;
}

PlaceTreeModel::Node *PlaceTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

std::vector<std::unique_ptr<PlaceTreeModel::Node>> PlaceTreeModel::loadChildren(const Node &node)
{
    std::vector<std::unique_ptr<Node>> out;
    PlaceRepository places(*m_db);
    auto add = [&](Level level, qint64 id, const QString &name) {
        auto child = std::make_unique<Node>();
        child->level = level;
        child->id = id;
        child->name = name;
        child->communityId = node.level == Level::Root ? id : node.communityId;
        child->gridId = level == Level::Grid ? id : node.gridId;
        child->compoundId = level == Level::Compound ? id : node.compoundId;
        child->parent = const_cast<Node *>(&node);
        out.push_back(std::move(child));
    };
    // Each level lists its children as (id, name) pairs from the repository.
    auto addAll = [&](Level level, const auto &list) {
        if (!list) {
            emit errorOccurred(list.error().message);
            return;
        }
        for (const auto &item : list.value())
            add(level, item.meta.id, item.name);
    };
    switch (node.level) {
    case Level::Root: addAll(Level::Community, places.communities()); break;
    case Level::Community: addAll(Level::Grid, places.grids(node.id)); break;
    case Level::Grid: addAll(Level::Compound, places.compoundsInGrid(node.id)); break;
    case Level::Compound: addAll(Level::Building, places.buildingsInGrid(node.gridId, node.id)); break;
    case Level::Building: break;
    }
    return out;
}

HouseholdFilter PlaceTreeModel::filterFor(const QModelIndex &index) const
{
    HouseholdFilter f;
    const Node *n = nodeOf(index);
    switch (n->level) {
    case Level::Root: break;
    case Level::Community: f.communityId = n->id; break;
    case Level::Grid: f.gridId = n->id; break;
    case Level::Compound:
        f.gridId = n->gridId;
        f.compoundId = n->id;
        break;
    case Level::Building:
        f.gridId = n->gridId;
        f.compoundId = n->compoundId;
        f.buildingId = n->id;
        break;
    }
    return f;
}

QModelIndex PlaceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children.at(size_t(row)).get());
}

QModelIndex PlaceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *p = nodeOf(child)->parent;
    if (!p || p == m_root.get())
        return {};
    const auto &siblings = p->parent->children;
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == p)
            return createIndex(int(i), 0, const_cast<Node *>(p));
    }
    return {};
}

int PlaceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int PlaceTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant PlaceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return n->name;
    case LevelRole: return int(n->level);
    case IdRole: return n->id;
    default: return {};
    }
}

bool PlaceTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Node *n = nodeOf(parent);
    if (n->level == Level::Building)
        return false;
    return !n->fetched || !n->children.empty();
}

bool PlaceTreeModel::canFetchMore(const QModelIndex &parent) const
{
    // Nothing is fetched while a reset is still being announced to the views.
    const Node *n = nodeOf(parent);
    // Nor while rows are being announced: a view (or a model tester) asking for more from its
    // rowsInserted slot would nest one insertion inside another.
    return !m_resetting && !m_inserting && n->level != Level::Building && !n->fetched;
}

void PlaceTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *n = nodeOf(parent);
    auto children = loadChildren(*n);
    n->fetched = true;
    if (children.empty()) {
        // The expander arrow goes away.
        if (parent.isValid())
            emit dataChanged(parent, parent);
        return;
    }
    m_inserting = true;
    beginInsertRows(parent, 0, int(children.size()) - 1);
    n->children = std::move(children);
    endInsertRows();
    m_inserting = false;
}

} // namespace linli
