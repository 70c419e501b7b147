#include "workflow.h"

namespace linli {

namespace {

struct Rule {
    IssueAction action;
    const char *code;
    const char *label;
    QList<const char *> from;
    const char *to; // nullptr: unchanged
};

const QList<Rule> &rules()
{
    static const QList<Rule> list = {
        {IssueAction::Accept, "accept", "受理", {"new"}, "accepted"},
        {IssueAction::Reject, "reject", "不予受理", {"new", "accepted"}, "rejected"},
        {IssueAction::Dispatch, "dispatch", "交办", {"accepted"}, "dispatched"},
        {IssueAction::Redispatch, "redispatch", "改派", {"dispatched", "in_progress"}, "dispatched"},
        {IssueAction::Start, "start", "接收", {"dispatched"}, "in_progress"},
        {IssueAction::Return, "return", "退回", {"dispatched", "in_progress"}, "accepted"},
        {IssueAction::Resolve, "resolve", "办结", {"in_progress"}, "resolved"},
        {IssueAction::FollowUp, "follow-up", "回访", {"resolved"}, "followed_up"},
        {IssueAction::Close, "close", "销号", {"followed_up"}, "closed"},
        {IssueAction::Escalate, "escalate", "上报", {"new", "accepted", "dispatched", "in_progress"}, nullptr},
        {IssueAction::ChangeDeadline, "change-deadline", "改期", {"dispatched", "in_progress"}, nullptr},
    };
    return list;
}

const Rule &ruleOf(IssueAction action)
{
    for (const Rule &r : rules()) {
        if (r.action == action)
            return r;
    }
    return rules().constFirst();
}

} // namespace

const QList<IssueAction> &Workflow::allActions()
{
    static const QList<IssueAction> list = [] {
        QList<IssueAction> out;
        for (const Rule &r : rules())
            out << r.action;
        return out;
    }();
    return list;
}

QString Workflow::actionCode(IssueAction action)
{
    return QString::fromLatin1(ruleOf(action).code);
}

QString Workflow::actionLabel(IssueAction action)
{
    return QString::fromUtf8(ruleOf(action).label);
}

Result<IssueAction> Workflow::parseAction(const QString &text)
{
    const QString t = text.trimmed();
    for (const Rule &r : rules()) {
        if (t == QLatin1String(r.code) || t == QString::fromUtf8(r.label))
            return r.action;
    }
    if (t == QLatin1String("followup") || t == QLatin1String("follow_up"))
        return IssueAction::FollowUp;
    return Error{ErrorCode::Invalid, tr("'%1' is not an action on an issue.").arg(text), QStringLiteral("action")};
}

Result<QString> Workflow::target(IssueAction action, const QString &status, const QString &satisfaction, bool escalated)
{
    const Rule &rule = ruleOf(action);
    bool legal = false;
    for (const char *from : rule.from)
        legal = legal || status == QLatin1String(from);
    if (!legal)
        return Error{ErrorCode::Invalid,
                     tr("%1 is not possible for an issue that is %2; it is possible only for one that is %3.")
                         .arg(actionLabel(action), choiceLabel(choices::issueStatus(), status),
                              [&] {
                                  QStringList labels;
                                  for (const char *from : rule.from)
                                      labels << choiceLabel(choices::issueStatus(), QString::fromLatin1(from));
                                  return labels.join(QStringLiteral("、"));
                              }()),
                     QStringLiteral("status")};
    if (action == IssueAction::Escalate && escalated)
        return Error{ErrorCode::Invalid, tr("The issue has already been escalated."), QStringLiteral("escalated")};
    if (action == IssueAction::FollowUp && satisfaction == QLatin1String("dissatisfied"))
        return QStringLiteral("in_progress"); // reopened
    return rule.to ? QString::fromLatin1(rule.to) : status;
}

QList<IssueAction> Workflow::legalActions(const QString &status, bool escalated)
{
    QList<IssueAction> out;
    for (const Rule &r : rules()) {
        if (target(r.action, status, {}, escalated).ok())
            out << r.action;
    }
    return out;
}

bool Workflow::isOpen(const QString &status)
{
    return status == QLatin1String("accepted") || status == QLatin1String("dispatched")
        || status == QLatin1String("in_progress");
}

namespace choices {

const QList<Choice> &issueStatus()
{
    static const QList<Choice> list = {
        {"new", "待受理", "New"},
        {"accepted", "已受理", "Accepted"},
        {"dispatched", "已交办", "Dispatched"},
        {"in_progress", "办理中", "In progress"},
        {"resolved", "已办结", "Resolved"},
        {"followed_up", "已回访", "Followed up"},
        {"closed", "已销号", "Closed"},
        {"rejected", "不予受理", "Rejected"},
    };
    return list;
}

const QList<Choice> &issueSource()
{
    static const QList<Choice> list = {
        {"visit", "入户走访", "Door-to-door visit"},
        {"hotline", "热线", "Hotline"},
        {"walk_in", "来访", "Walk-in"},
        {"online", "网络", "Online"},
        {"council", "议事会", "Residents' council"},
        {"assigned", "上级交办", "Assigned from above"},
        {"inspection", "督查", "Inspection"},
    };
    return list;
}

const QList<Choice> &handlingType()
{
    static const QList<Choice> list = {
        {"immediate", "立行立改", "Immediate"},
        {"time_limited", "限期办理", "Time-limited"},
        {"phased", "分阶段整改", "Phased"},
    };
    return list;
}

const QList<Choice> &satisfaction()
{
    static const QList<Choice> list = {
        {"satisfied", "满意", "Satisfied"},
        {"fairly_satisfied", "基本满意", "Fairly satisfied"},
        {"dissatisfied", "不满意", "Dissatisfied"},
    };
    return list;
}

} // namespace choices
} // namespace linli
