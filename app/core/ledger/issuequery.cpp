// IssueRepository::list: the ledger's pages with their warning levels, in SQL.
#include "ledger/issuerepository.h"
#include "access/permissions.h"

#include "ledger/issuerow.h"
#include "ledger/warnings.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QStringList>

namespace linli {

namespace {

// The warning level in SQL, so that the ledger can filter and page by it at any scale. The
// same rules as Warnings::level(); tst_ledger checks that both agree on every issue.
const QString kActive = QStringLiteral("i.status IN ('new', 'accepted', 'dispatched', 'in_progress')");
const QString kOpen = QStringLiteral("i.status IN ('accepted', 'dispatched', 'in_progress')");
const QString kRecent = QStringLiteral(
    "(SELECT count(*) FROM issue o WHERE o.registered_date > :since AND o.registered_date <= :asof AND "
    "((i.household_id IS NOT NULL AND o.household_id = i.household_id) OR (i.household_id IS NULL AND "
    "o.household_id IS NULL AND o.location = i.location)))");

QString warningLevelSql()
{
    const QString red
        = QStringLiteral("(%1 AND i.deadline < :asof) OR (%2 AND (i.return_count >= 2 OR i.escalated = 1)) "
                         "OR (i.status = 'in_progress' AND i.satisfaction = 'dissatisfied')")
              .arg(kOpen, kActive);
    const QString amber = QStringLiteral("(%1 AND i.deadline >= :asof AND i.deadline <= :due) OR (i.status = "
                                         "'accepted' AND i.accepted_date < :undispatched) OR (%2 AND %3 >= %4)")
                              .arg(kOpen, kActive, kRecent)
                              .arg(Warnings::kRepeatCount);
    return QStringLiteral("(CASE WHEN %1 THEN 2 WHEN %2 THEN 1 ELSE 0 END)").arg(red, amber);
}


// The WHERE conditions of a filter, with their values added to `binds` (the as-of date's among
// them, which the warning level needs too).
QStringList filterConditions(Database &db, const IssueFilter &filter, QVariantMap &binds)
{
    const QDate asOf = filter.asOf;
    binds.insert(QStringLiteral("asof"), asOf.toString(Qt::ISODate));
    binds.insert(QStringLiteral("since"), asOf.addDays(-Warnings::kRepeatWindowDays).toString(Qt::ISODate));
    binds.insert(QStringLiteral("due"), asOf.addDays(Warnings::kDueSoonDays).toString(Qt::ISODate));
    binds.insert(QStringLiteral("undispatched"), asOf.addDays(-Warnings::kUndispatchedDays).toString(Qt::ISODate));
    QStringList where;
    auto equals = [&](bool use, const char *column, const char *name, const QVariant &value) {
        if (!use)
            return;
        where << QStringLiteral("%1 = :%2").arg(QLatin1String(column), QLatin1String(name));
        binds.insert(QString::fromLatin1(name), value);
    };
    equals(!filter.status.isEmpty(), "i.status", "status", filter.status);
    equals(!filter.category.isEmpty(), "i.category", "category", filter.category);
    equals(filter.departmentId != 0, "i.department_id", "department", filter.departmentId);
    equals(filter.gridId != 0, "i.grid_id", "grid", filter.gridId);
    equals(filter.householdId != 0, "i.household_id", "household", filter.householdId);
    if (filter.from.isValid()) {
        where << QStringLiteral("i.registered_date >= :from");
        binds.insert(QStringLiteral("from"), filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("i.registered_date <= :to");
        binds.insert(QStringLiteral("to"), filter.to.toString(Qt::ISODate));
    }
    if (filter.openOn.isValid()) {
        where << QStringLiteral("(%1 OR i.id IN (SELECT r.issue_id FROM issue_event r WHERE r.kind IN ('resolve', "
                                "'reject') AND r.event_date > :openon))")
                     .arg(kActive);
        binds.insert(QStringLiteral("openon"), filter.openOn.toString(Qt::ISODate));
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        // The user's text is a bound value; its own % and _ are taken literally.
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        where << QStringLiteral("(i.number LIKE :text ESCAPE '\\' OR i.title LIKE :text ESCAPE '\\' OR "
                                "i.location LIKE :text ESCAPE '\\' OR i.reporter LIKE :text ESCAPE '\\')");
        binds.insert(QStringLiteral("text"), QLatin1Char('%') + escaped + QLatin1Char('%'));
    }
    if (Access::reach(db.actor()) != Access::Reach::Everything)
        where << Access::placeCondition(db, db.actor(), QStringLiteral("i.community_id"),
                                        QStringLiteral("i.grid_id"), &binds);
    if (filter.warning != WarningLevel::None) {
        // Every warning rule is about an issue still in the workflow: the status index finds
        // those few instead of a scan of every year's issues.
        where << kActive << warningLevelSql() + QStringLiteral(" = :level");
        binds.insert(QStringLiteral("level"), filter.warning == WarningLevel::Red ? 2 : 1);
    }
    return where;
}

QString sortExpression(IssueSort sort)
{
    switch (sort) {
    case IssueSort::Number: return QStringLiteral("i.number");
    case IssueSort::Registered: return QStringLiteral("i.registered_date");
    case IssueSort::Title: return QStringLiteral("i.title");
    case IssueSort::Category: return QStringLiteral("(i.category || '/' || COALESCE(i.subcategory, ''))");
    case IssueSort::Place: return QStringLiteral("COALESCE(i.location, '')");
    case IssueSort::Department: return QStringLiteral("COALESCE(d.name, '')");
    case IssueSort::Deadline: return QStringLiteral("COALESCE(i.deadline, '')");
    case IssueSort::Status: break;
    }
    return QStringLiteral("i.status");
}

} // namespace

namespace {

// One query for list() and page(): the rows of `where`, in `order`, with their warning level
// and sort key.
Result<QList<IssueRepository::Listed>> readListed(Database &db, const IssueFilter &filter, QStringList where,
                                                  QVariantMap binds, const QString &sortKey, const QString &order,
                                                  const QString &tail)
{
    const QString level = warningLevelSql();
    const QString sql
        = QStringLiteral("SELECT i.*, d.name AS department_name, %1 AS warning_level, %2 AS recent, %3 AS sort_key "
                         "FROM issue i LEFT JOIN department d ON d.id = i.department_id%4 ORDER BY %5%6")
              .arg(level, kRecent, sortKey,
                   where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND ")),
                   order, tail);
    auto q = runQuery(db, sql, binds);
    if (!q)
        return q.error();
    QList<IssueRepository::Listed> out;
    while (q.value().next()) {
        IssueRepository::Listed l;
        l.issue = issueFromQuery(q.value());
        const int code = q.value().value(QStringLiteral("warning_level")).toInt();
        l.warning = code == 2 ? WarningLevel::Red : code == 1 ? WarningLevel::Amber : WarningLevel::None;
        l.recentAtSamePlace = q.value().value(QStringLiteral("recent")).toInt();
        l.reasons = Warnings::reasons(l.issue, filter.asOf, l.recentAtSamePlace);
        l.sortKey = q.value().value(QStringLiteral("sort_key")).toString();
        out << l;
    }
    return out;
}

} // namespace

Result<QList<IssueRepository::Listed>> IssueRepository::list(const IssueFilter &filter, int offset, int limit)
{
    QVariantMap binds{{QStringLiteral("offset"), offset}, {QStringLiteral("limit"), limit}};
    const QStringList where = filterConditions(m_db, filter, binds);
    return readListed(m_db, filter, where, binds, QStringLiteral("i.number"), QStringLiteral("i.number"),
                      QStringLiteral(" LIMIT :limit OFFSET :offset"));
}

Result<QList<IssueRepository::Listed>> IssueRepository::page(const IssueFilter &filter, const IssuePage &page,
                                                             int limit)
{
    QVariantMap binds{{QStringLiteral("limit"), limit}};
    QStringList where = filterConditions(m_db, filter, binds);
    const QString key = sortExpression(page.sort);
    const QString direction = page.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (page.after) {
        const QChar beyond = page.descending ? QLatin1Char('<') : QLatin1Char('>');
        where << QStringLiteral("(%1 %2 :afterkey OR (%1 = :afterkey AND i.id %2 :afterid))").arg(key).arg(beyond);
        binds.insert(QStringLiteral("afterkey"), page.afterKey);
        binds.insert(QStringLiteral("afterid"), page.afterId);
    }
    return readListed(m_db, filter, where, binds, key, QStringLiteral("%1 %2, i.id %2").arg(key, direction),
                      QStringLiteral(" LIMIT :limit"));
}

Result<int> IssueRepository::count(const IssueFilter &filter)
{
    QVariantMap binds;
    const QStringList where = filterConditions(m_db, filter, binds);
    // Only the values the conditions use are bound.
    QVariantMap used;
    const QString sql = QStringLiteral("SELECT count(*) FROM issue i%1")
                            .arg(where.isEmpty() ? QString()
                                                 : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND ")));
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        if (sql.contains(QLatin1Char(':') + it.key()))
            used.insert(it.key(), it.value());
    auto n = queryValue(m_db, sql, used);
    if (!n)
        return n.error();
    return n->toInt();
}

} // namespace linli
