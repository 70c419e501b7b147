// The line of an issue's history, composed when it is shown: the event keeps values and codes
// (IssueEvent), so the history reads in the language of the screen that shows it.
#include "issuetypes.h"
#include "workflow.h"

#include <QCoreApplication>

namespace linli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linli::IssueEvent", text);
}

} // namespace

QString IssueEvent::describe() const
{
    QStringList parts;
    if ((kind == QLatin1String("dispatch") || kind == QLatin1String("redispatch")) && !handlingType.isEmpty()) {
        parts << departmentName;
        if (!assignee.isEmpty())
            parts << assignee;
        parts << choiceLabel(choices::handlingType(), handlingType);
        if (!deadline.isEmpty())
            parts << tr("deadline %1").arg(deadline);
    } else if (kind == QLatin1String("change-deadline") && !deadline.isEmpty()) {
        parts << tr("deadline %1 → %2").arg(previousDeadline, deadline);
    } else if (kind == QLatin1String("follow-up") && !satisfaction.isEmpty() && !text.startsWith(choiceLabel(choices::satisfaction(), satisfaction))) {
        parts << choiceLabel(choices::satisfaction(), satisfaction);
    }
    parts.removeAll(QString());
    QString line = parts.join(tr(", "));
    if (!text.isEmpty())
        line += (line.isEmpty() ? QString() : QStringLiteral("；")) + text;
    return line;
}

} // namespace linli
