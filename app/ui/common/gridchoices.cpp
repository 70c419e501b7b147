#include "gridchoices.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QComboBox>
#include <QSet>
#include <QSqlQuery>

#include <tuple>

namespace linli {

void addGridChoices(QComboBox *box, Database &db)
{
    auto q = runQuery(db,
                      QStringLiteral("SELECT g.id, g.name, c.name FROM grid g JOIN community c ON c.id = "
                                     "g.community_id ORDER BY c.name, g.id"));
    if (!q)
        return;
    QList<std::tuple<qint64, QString, QString>> grids;
    QSet<QString> communities;
    while (q.value().next()) {
        grids.append({q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toString()});
        communities.insert(q.value().value(2).toString());
    }
    for (const auto &[id, grid, community] : grids)
        box->addItem(communities.size() > 1 ? community + QStringLiteral(" / ") + grid : grid, id);
}

} // namespace linli
