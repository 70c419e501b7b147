#include "fieldmessages.h"

#include <QLabel>
#include <QSizePolicy>

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

void wrapWithinForm(QLabel *label)
{
    label->setWordWrap(true);
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    label->setSizePolicy(policy);
}

} // namespace linli
