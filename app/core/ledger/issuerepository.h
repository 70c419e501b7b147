#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "ledger/issuetypes.h"
#include "access/permissions.h"
#include "ledger/workflow.h"

#include <QCoreApplication>

namespace linli {

class Database;

class IssueRepository final
{
    Q_DECLARE_TR_FUNCTIONS(IssueRepository)
public:
    explicit IssueRepository(Database &db) : m_db(db) { }
    void setToday(const QDate &today) { m_today = today; }

    // Registers a new issue (status new) with its number and its 登记 event. The number is the
    // next of its year, or draft.number when given (an imported ledger keeps its numbers).
    Result<Issue> add(Issue draft, const Actor &actor);
    // Whether `number` is written YYYY-NNNNNN, of `year` when year > 0.
    static Status checkNumber(const QString &number, int year);
    // Applies one workflow action: checked against the workflow, written with one event.
    Result<Issue> apply(const QString &number, const IssueActionRequest &request, const Actor &actor);

    Result<Issue> get(qint64 id);
    Result<Issue> getByNumber(const QString &number);
    Result<QList<IssueEvent>> events(qint64 issueId);
    // Issues of the filter with their warning levels as of filter.asOf.
    struct Listed {
        Issue issue;
        WarningLevel warning = WarningLevel::None;
        QStringList reasons;
        int recentAtSamePlace = 0; // issues at the same place in the 90 days to the as-of date
        QString sortKey; // the row's value of the page's sort, for the next page
    };
    // A page of the ledger in number order; the warning level is computed (and filtered) in SQL.
    Result<QList<Listed>> list(const IssueFilter &filter, int offset = 0, int limit = 1000000);
    // A page in the order `page` asks for, after the row it names.
    Result<QList<Listed>> page(const IssueFilter &filter, const IssuePage &page, int limit);
    // How many issues the filter lets through (共 N 件).
    Result<int> count(const IssueFilter &filter);

    Result<qint64> ensureDepartment(const QString &name, const Actor &actor);

    // Photos (before/after a fix) and files stay inside the register, so it remains one file.
    static constexpr qint64 kMaxAttachmentBytes = 20 * 1024 * 1024;
    Result<Attachment> attach(const QString &number, const QString &fileName, const QString &kind,
                              const QByteArray &data, const Actor &actor);
    Result<QList<Attachment>> attachments(qint64 issueId);
    Result<QByteArray> attachmentData(qint64 attachmentId);

private:
    Result<qint64> ensureUser(const Actor &actor);
public:
    // The right an action needs: a follow-up call is the registering side's, escalation its
    // own, the rest the handling of the issue (DESIGN.md's role table).
    static Permission permissionFor(IssueAction action);

private:
    // Whether the issue's community or grid lies in the actor's scope.
    static bool covers(const Actor &actor, const Issue &issue);
    // Whether `actor` may take `action` on the issue (audited if not).
    Status checkAction(const Issue &issue, IssueAction action, const Actor &actor);
    Result<QString> nextNumber(int year);
    Result<QString> keepNumber(const QString &number, int year);
    Status validateDraft(Issue &draft);
    Result<Issue> load(const QString &where, const QVariantMap &binds);
    Database &m_db;
    QDate m_today = QDate::currentDate();
};

} // namespace linli
