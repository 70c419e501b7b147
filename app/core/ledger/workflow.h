#pragma once

#include "common/choices.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace linli {

// The issue workflow of DESIGN.md, exactly as drawn: which action is legal in which status and
// where it leads. Every action is checked here; nothing else decides.
enum class IssueAction {
    Accept, // 受理
    Reject, // 不予受理 (reason)
    Dispatch, // 交办 (department, assignee, handling type, deadline)
    Redispatch, // 改派 (new department)
    Start, // 接收
    Return, // 退回 (reason; counts a bounce)
    Resolve, // 办结 (result)
    FollowUp, // 回访 (satisfaction; 不满意 reopens)
    Close, // 销号
    Escalate, // 上报
    ChangeDeadline, // 改期 (reason)
};

class Workflow final
{
    Q_DECLARE_TR_FUNCTIONS(Workflow)
public:
    static const QList<IssueAction> &allActions();
    static QString actionCode(IssueAction action); // accept, reject, dispatch, ...
    static QString actionLabel(IssueAction action); // 受理, 不予受理, ...
    // Accepts the code, the Chinese label, or start's alias 接收.
    static Result<IssueAction> parseAction(const QString &text);

    // The status after `action` from `status`; the same status for escalate and deadline changes.
    // `satisfaction` decides where a follow-up leads. Illegal: an error naming both states.
    static Result<QString> target(IssueAction action, const QString &status, const QString &satisfaction = {},
                                  bool escalated = false);
    static QList<IssueAction> legalActions(const QString &status, bool escalated);

    // Open for warnings and lists: accepted, dispatched or in progress.
    static bool isOpen(const QString &status);
};

namespace choices {
const QList<Choice> &issueStatus();
const QList<Choice> &issueSource();
const QList<Choice> &handlingType();
const QList<Choice> &satisfaction();
} // namespace choices

} // namespace linli
