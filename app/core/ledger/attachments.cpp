// IssueRepository's attachments: photos and files kept inside the register.
#include "ledger/issuerepository.h"

#include "access/permissions.h"
#include "ledger/issuerow.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QMimeDatabase>

namespace linli {

Result<Attachment> IssueRepository::attach(const QString &number, const QString &fileName, const QString &kind,
                                           const QByteArray &data, const Actor &actor)
{
    auto issue = getByNumber(number);
    if (!issue)
        return issue.error();
    // Photos of a fix go with registering and handling issues.
    if (!Access::allows(actor, Permission::HandleIssue))
        if (Status s = Access::require(m_db, actor, Permission::RegisterIssue); !s)
            return s.error();
    if (!covers(actor, issue.value()))
        return Access::outOfScope(m_db, actor, QStringLiteral("issue"), issue->meta.id, tr("Issue %1").arg(number));
    const QString name = QFileInfo(fileName).fileName().trimmed();
    if (name.isEmpty())
        return invalidIssueField(tr("The attachment has no file name."), "file_name");
    if (data.isEmpty())
        return invalidIssueField(tr("The file %1 is empty.").arg(name), "data");
    if (data.size() > kMaxAttachmentBytes)
        return invalidIssueField(tr("The file %1 has %2 MB; an attachment may have at most %3 MB.")
                                     .arg(name)
                                     .arg(double(data.size()) / (1024 * 1024), 0, 'f', 1)
                                     .arg(kMaxAttachmentBytes / (1024 * 1024)),
                                 "data");
    const QString k = kind.isEmpty() ? QStringLiteral("document") : kind;
    if (k != QLatin1String("before") && k != QLatin1String("after") && k != QLatin1String("document"))
        return invalidIssueField(tr("'%1' is not a kind of attachment: use before, after or document.").arg(kind),
                                 "kind");
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(name, data).name();

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    // The audit row records the file, not its bytes.
    auto meta
        = Records::insert(m_db, actor, QStringLiteral("attachment"),
                          {{QStringLiteral("issue_id"), issue->meta.id},
                           {QStringLiteral("file_name"), name},
                           {QStringLiteral("mime_type"), mime},
                           {QStringLiteral("kind"), k},
                           {QStringLiteral("size"), qint64(data.size())},
                           {QStringLiteral("data"),
                            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())}});
    if (!meta)
        return meta.error();
    auto stored = runQuery(m_db, QStringLiteral("UPDATE attachment SET data = :d WHERE id = :id"),
                           {{QStringLiteral("d"), data}, {QStringLiteral("id"), meta->id}});
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return Attachment{meta.value(), issue->meta.id, name, mime, k, qint64(data.size())};
}

Result<QList<Attachment>> IssueRepository::attachments(qint64 issueId)
{
    if (auto issue = get(issueId); !issue) // refused outside the user's scope
        return issue.error();
    auto q
        = runQuery(m_db,
                   QStringLiteral("SELECT id, uuid, created_at, created_by, updated_at, updated_by, version, "
                                  "file_name, mime_type, kind, size FROM attachment WHERE issue_id = :i ORDER BY id"),
                   {{QStringLiteral("i"), issueId}});
    if (!q)
        return q.error();
    QList<Attachment> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out << Attachment{RecordMeta::fromQuery(r),
                          issueId,
                          r.value(QStringLiteral("file_name")).toString(),
                          r.value(QStringLiteral("mime_type")).toString(),
                          r.value(QStringLiteral("kind")).toString(),
                          r.value(QStringLiteral("size")).toLongLong()};
    }
    return out;
}

Result<QByteArray> IssueRepository::attachmentData(qint64 attachmentId)
{
    auto owner = queryValue(m_db, QStringLiteral("SELECT issue_id FROM attachment WHERE id = :id"),
                            {{QStringLiteral("id"), attachmentId}});
    if (!owner)
        return owner.error();
    if (!owner->isNull()) {
        if (auto issue = get(owner->toLongLong()); !issue) // refused outside the user's scope
            return issue.error();
    }
    auto v = queryValue(m_db, QStringLiteral("SELECT data FROM attachment WHERE id = :id"),
                        {{QStringLiteral("id"), attachmentId}});
    if (!v)
        return v.error();
    if (v.value().isNull())
        return Error{ErrorCode::NotFound, tr("Attachment %1 does not exist.").arg(attachmentId), {}};
    return v.value().toByteArray();
}

} // namespace linli
