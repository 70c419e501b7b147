#pragma once

#include "registerimport.h"

#include <memory>

class QWidget;

namespace linli {

class Database;

// 文件 → 导出: one interchange table of the register to .xlsx or .csv, chosen by the file
// name. Written off the GUI thread on its own connection, with a busy indicator; the file
// appears only once complete.
void exportRegisterTable(QWidget *parent, const std::shared_ptr<Database> &db, ImportKind kind);

} // namespace linli
