#pragma once

#include <QString>

class QLabel;

namespace linli {

// Inline messages under form fields: red for a problem, grey for a helpful note, hidden when empty.
void showProblem(QLabel *label, const QString &text);
void showNote(QLabel *label, const QString &text);
void clearMessage(QLabel *label);
// Makes a label a message line that wraps within the width its form gives it, so a long message
// makes the form taller, never wider.
void wrapWithinForm(QLabel *label);

} // namespace linli
