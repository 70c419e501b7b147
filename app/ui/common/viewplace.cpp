#include "viewplace.h"

#include <QAbstractItemView>
#include <QScrollBar>

namespace linli {

void keepViewPlace(QAbstractItemView *view, const std::function<void()> &refresh)
{
    QAbstractItemModel *model = view->model();
    const int rows = model ? model->rowCount() : 0;
    const int scrolled = view->verticalScrollBar()->value();
    refresh();
    if (!model)
        return;
    while (model->rowCount() < rows && model->canFetchMore({}))
        model->fetchMore({});
    view->verticalScrollBar()->setValue(scrolled);
}

} // namespace linli
