#pragma once

#include <QString>

class QLabel;

namespace linli {

// Inline messages under form fields: red for a problem, grey for a helpful note, hidden when empty.
void showProblem(QLabel *label, const QString &text);
void showNote(QLabel *label, const QString &text);
void clearMessage(QLabel *label);

} // namespace linli
