#include "gridchoices.h"

#include "register/placerepository.h"

#include <QComboBox>

namespace linli {

void addGridChoices(QComboBox *box, Database &db)
{
    auto grids = PlaceRepository(db).gridNames();
    if (!grids)
        return;
    for (const PlaceRepository::GridName &g : grids.value())
        box->addItem(g.qualified == g.grid ? g.grid : g.community + QStringLiteral(" / ") + g.grid, g.id);
}

} // namespace linli
