#include "fieldmessages.h"

#include <QLabel>

namespace linli {

void showProblem(QLabel *label, const QString &text)
{
    label->setStyleSheet(QStringLiteral("color: #c0392b;"));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void showNote(QLabel *label, const QString &text)
{
    label->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void clearMessage(QLabel *label)
{
    label->clear();
    label->setVisible(false);
}

} // namespace linli
