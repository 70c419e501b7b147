#include "visitrepository.h"

#include "common/textlimit.h"

#include "access/permissions.h"
#include "register/householdrepository.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace linli {

namespace choices {
const QList<Choice> &visitKind()
{
    static const QList<Choice> list = {
        {"routine", "日常走访", "Routine visit"},
        {"care", "重点关怀", "Care visit"},
        {"follow_up", "回访", "Follow-up"},
        {"verification", "入户核查", "Verification"},
    };
    return list;
}
} // namespace choices

namespace {

Error invalid(const QString &message, const char *field)
{
    return Error{ErrorCode::Invalid, message, QString::fromLatin1(field)};
}

const QString kSelect = QStringLiteral("SELECT v.*, h.address AS household_address, g.name AS grid_name, h.grid_id AS "
                                       "household_grid FROM visit v "
                                       "JOIN household h ON h.id = v.household_id JOIN grid g ON g.id = h.grid_id");

Visit visitFromQuery(const QSqlQuery &q)
{
    const QSqlRecord r = q.record();
    auto text = [&](const char *name) { return q.value(r.indexOf(QString::fromLatin1(name))).toString(); };
    Visit v;
    v.meta = RecordMeta::fromQuery(q);
    v.householdId = q.value(r.indexOf(QStringLiteral("household_id"))).toLongLong();
    v.visitDate = text("visit_date");
    v.visitor = text("visitor");
    v.kind = text("kind");
    const QString met = text("persons_met");
    v.personsMet = met.isEmpty() ? QStringList() : met.split(QStringLiteral("、"));
    v.notes = text("notes");
    v.findings = text("findings");
    v.address = text("household_address");
    v.gridName = text("grid_name");
    return v;
}

} // namespace

Result<Visit> VisitRepository::add(Visit v, const Actor &actor)
{
    const QDate date = v.visitDate.isEmpty() ? m_today : QDate::fromString(v.visitDate, Qt::ISODate);
    if (!date.isValid())
        return invalid(tr("The visit date '%1' is not of the form YYYY-MM-DD.").arg(v.visitDate), "visit_date");
    if (date > m_today)
        return invalid(tr("The visit date %1 is in the future; a visit is logged once it has taken place.")
                           .arg(date.toString(Qt::ISODate)),
                       "visit_date");
    v.visitDate = date.toString(Qt::ISODate);
    const QString kind = choiceCode(choices::visitKind(), v.kind.isEmpty() ? QStringLiteral("routine") : v.kind);
    if (kind.isEmpty())
        return invalid(tr("'%1' is not a kind of visit: use 日常走访, 重点关怀, 回访 or 入户核查.").arg(v.kind),
                       "kind");
    v.kind = kind;
    v.visitor = v.visitor.simplified();
    if (v.visitor.isEmpty())
        return invalid(tr("Say who made the visit."), "visitor");
    if (Status s = TextLimit::check(v.visitor, TextLimit::kName, tr("The visitor's name"), "visitor"); !s)
        return s.error();
    QStringList met;
    for (const QString &name : std::as_const(v.personsMet))
        if (!name.simplified().isEmpty())
            met << name.simplified();
    v.personsMet = met;
    v.notes = v.notes.trimmed();
    v.findings = v.findings.trimmed();
    for (const Status &s :
         {TextLimit::check(v.notes, TextLimit::kText, tr("The record of the visit"), "notes"),
          TextLimit::check(v.findings, TextLimit::kText, tr("The problems found"), "findings"),
          TextLimit::check(met.join(QStringLiteral("、")), TextLimit::kLine, tr("The persons met"), "persons_met")})
        if (!s)
            return s.error();

    if (!v.householdId)
        return invalid(tr("Say which household was visited."), "household");
    auto household = HouseholdRepository(m_db).get(v.householdId);
    if (!household && household.error().code != ErrorCode::NotFound)
        return household.error();
    if (!household)
        return invalid(tr("Household %1 does not exist in this register.").arg(v.householdId), "household");
    if (Status s = Access::requireGrid(m_db, actor, Permission::EditRegister, household->gridId,
                                       QStringLiteral("household"), v.householdId);
        !s)
        return s.error();
    if (household->status != QLatin1String("active")) {
        // A visit logged late, from before the household left, is still welcome.
        const QDate left = QDate::fromString(household->statusDate, Qt::ISODate);
        if (!left.isValid() || date >= left)
            return invalid(tr("%1 is no longer in the register (%2 since %3); a visit on %4 cannot be logged.")
                               .arg(household->address, choiceLabel(choices::householdStatus(), household->status),
                                    household->statusDate.isEmpty() ? tr("an unknown day") : household->statusDate,
                                    v.visitDate),
                           "household");
    }

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto meta = Records::insert(m_db, actor, QStringLiteral("visit"),
                                {{QStringLiteral("household_id"), v.householdId},
                                 {QStringLiteral("visit_date"), v.visitDate},
                                 {QStringLiteral("visitor"), v.visitor},
                                 {QStringLiteral("kind"), v.kind},
                                 {QStringLiteral("persons_met"), nullIfEmpty(met.join(QStringLiteral("、")))},
                                 {QStringLiteral("notes"), nullIfEmpty(v.notes)},
                                 {QStringLiteral("findings"), nullIfEmpty(v.findings)}});
    if (!meta)
        return meta.error();
    // household.last_visit follows the latest visit (visits may be logged late, out of order).
    if (auto q = runQuery(m_db,
                          QStringLiteral("UPDATE household SET last_visit = :d WHERE id = :h AND (last_visit IS NULL "
                                         "OR last_visit < :d)"),
                          {{QStringLiteral("d"), v.visitDate}, {QStringLiteral("h"), v.householdId}});
        !q)
        return q.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return get(meta->id);
}

Result<Visit> VisitRepository::get(qint64 id)
{
    auto q = runQuery(m_db, kSelect + QStringLiteral(" WHERE v.id = :id"), {{QStringLiteral("id"), id}});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::NotFound, tr("Visit %1 does not exist.").arg(id), {}};
    const Visit visit = visitFromQuery(q.value());
    const qint64 grid = q.value().value(q.value().record().indexOf(QStringLiteral("household_grid"))).toLongLong();
    q.value().finish();
    if (Status s = Access::checkVisible(m_db, grid, QStringLiteral("visit"), id); !s)
        return s.error();
    return visit;
}

QString VisitRepository::where(const VisitFilter &f, QVariantMap *binds) const
{
    QStringList parts{QStringLiteral("1 = 1")};
    if (Access::reach(m_db.actor()) != Access::Reach::Everything)
        parts << Access::gridCondition(m_db, m_db.actor(), QStringLiteral("h.grid_id"), binds);
    if (f.gridId) {
        parts << QStringLiteral("h.grid_id = :grid");
        binds->insert(QStringLiteral("grid"), f.gridId);
    }
    if (f.householdId) {
        parts << QStringLiteral("v.household_id = :household");
        binds->insert(QStringLiteral("household"), f.householdId);
    }
    if (f.from.isValid()) {
        parts << QStringLiteral("v.visit_date >= :from");
        binds->insert(QStringLiteral("from"), f.from.toString(Qt::ISODate));
    }
    if (f.to.isValid()) {
        parts << QStringLiteral("v.visit_date <= :to");
        binds->insert(QStringLiteral("to"), f.to.toString(Qt::ISODate));
    }
    if (!f.visitor.simplified().isEmpty()) {
        parts << QStringLiteral("v.visitor = :visitor");
        binds->insert(QStringLiteral("visitor"), f.visitor.simplified());
    }
    if (!f.kind.isEmpty()) {
        parts << QStringLiteral("v.kind = :kind");
        binds->insert(QStringLiteral("kind"), choiceCode(choices::visitKind(), f.kind));
    }
    if (!f.text.simplified().isEmpty()) {
        parts << QStringLiteral("(h.address LIKE :text OR v.notes LIKE :text OR v.findings LIKE :text OR "
                                "v.persons_met LIKE :text)");
        binds->insert(QStringLiteral("text"), QStringLiteral("%") + f.text.simplified() + QStringLiteral("%"));
    }
    return parts.join(QStringLiteral(" AND "));
}

Result<QList<Visit>> VisitRepository::list(const VisitFilter &filter, int offset, int limit)
{
    return read(filter, nullptr, offset, limit);
}

Result<QList<Visit>> VisitRepository::page(const VisitFilter &filter, const Visit *after, int limit)
{
    return read(filter, after, 0, limit);
}

Result<QList<Visit>> VisitRepository::read(const VisitFilter &filter, const Visit *after, int offset, int limit)
{
    QVariantMap binds;
    QString condition = where(filter, &binds);
    if (after) {
        // Keyset paging: the visits after the last one shown, newest first (date, id).
        condition += QStringLiteral(" AND (v.visit_date < :after_date OR (v.visit_date = :after_date AND "
                                    "v.id < :after_id))");
        binds.insert(QStringLiteral("after_date"), after->visitDate);
        binds.insert(QStringLiteral("after_id"), after->meta.id);
    }
    binds.insert(QStringLiteral("offset"), offset);
    binds.insert(QStringLiteral("limit"), limit);
    auto q = runQuery(m_db,
                      kSelect
                          + QStringLiteral(" WHERE %1 ORDER BY v.visit_date DESC, v.id DESC LIMIT :limit "
                                           "OFFSET :offset")
                                .arg(condition),
                      binds);
    if (!q)
        return q.error();
    QList<Visit> visits;
    while (q.value().next())
        visits << visitFromQuery(q.value());
    return visits;
}

Result<int> VisitRepository::count(const VisitFilter &filter)
{
    QVariantMap binds;
    const QString condition = where(filter, &binds);
    auto n = queryValue(m_db,
                        QStringLiteral("SELECT count(*) FROM visit v JOIN household h ON h.id = v.household_id "
                                       "WHERE %1")
                            .arg(condition),
                        binds);
    if (!n)
        return n.error();
    return n->toInt();
}

} // namespace linli
