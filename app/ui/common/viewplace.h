#pragma once

#include <functional>

class QAbstractItemView;

namespace linli {

// Runs `refresh` (which resets the view's model) and gives the view back its place: as many
// rows loaded as before (a paged model loads its first page again) and the same scroll
// position. The selection is the caller's to restore, by the record's id.
void keepViewPlace(QAbstractItemView *view, const std::function<void()> &refresh);

} // namespace linli
