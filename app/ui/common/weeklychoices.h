#pragma once

#include "common/result.h"

class QComboBox;
class QDate;

namespace linli {

class Database;

// Fills a chooser with the scopes of the weekly figures: everything, then each community, grid,
// category and department (data: the scope's text, such as "department:物业"). Keeps the
// current choice when it is still there.
Status fillScopeChoices(QComboBox *box, Database &db);

// Fills a chooser with the weeks up to the one holding `today`, newest first (data: the label,
// such as 2026-W47), about two years back, and chooses last week: the one whose meeting is
// this Monday.
void fillWeekChoices(QComboBox *box, const QDate &today);

// Chooses the entry whose data is `data` (a week's label, a scope's text); false if none is.
bool selectChoice(QComboBox *box, const QString &data);

} // namespace linli
