#pragma once

class QComboBox;

namespace linli {

class Database;

// Adds every grid of the register to a filter box (data: the grid's id), named "社区 / 网格"
// when the register has several communities.
void addGridChoices(QComboBox *box, Database &db);

} // namespace linli
