#include "transferrows.h"

#include "access/permissions.h"
#include "register/idnumber.h"
#include "register/phone.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace linli {

namespace {

// The joins that name household h's community (cm), grid (g), compound (cp) and building (b).
const QString kPlaceJoins
    = QStringLiteral(" JOIN grid g ON g.id = h.grid_id JOIN community cm ON cm.id = g.community_id JOIN compound "
                     "cp ON cp.id = h.compound_id LEFT JOIN building b ON b.id = h.building_id");

// " AND (the user's grids)" for household h, or nothing for a user who sees everything.
QString scope(Database &db, const QString &gridColumn, QVariantMap *binds)
{
    if (Access::reach(db.actor()) == Access::Reach::Everything)
        return {};
    return QStringLiteral(" AND ") + Access::gridCondition(db, db.actor(), gridColumn, binds);
}

// Registered (issues) or visited (visits) between from and to, when they are valid.
QString dateRange(const QString &column, const QDate &from, const QDate &to, QVariantMap *binds)
{
    QString sql;
    if (from.isValid()) {
        sql += QStringLiteral(" AND %1 >= :from").arg(column);
        binds->insert(QStringLiteral("from"), from.toString(Qt::ISODate));
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND %1 <= :to").arg(column);
        binds->insert(QStringLiteral("to"), to.toString(Qt::ISODate));
    }
    return sql;
}

Result<TransferRows::Rows> rowsOf(Database &db, const QString &sql, const QVariantMap &binds, int columns)
{
    auto q = runQuery(db, sql, binds);
    if (!q)
        return q.error();
    TransferRows::Rows rows;
    while (q.value().next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row << q.value().value(c);
        rows << row;
    }
    return rows;
}

} // namespace

TransferRows::Numbers TransferRows::numbersFor(const Database &db, bool masked)
{
    return !masked && Access::allows(db.actor(), Permission::ExportFull) ? Numbers::Full : Numbers::Masked;
}

Status TransferRows::checkFull(Database &db, Numbers numbers)
{
    if (numbers == Numbers::Masked)
        return {};
    return Access::require(db, db.actor(), Permission::ExportFull);
}

void TransferRows::mask(Rows &rows, const QList<int> &idColumns, const QList<int> &phoneColumns)
{
    for (QVariantList &row : rows) {
        for (int c : idColumns)
            if (!row.at(c).isNull())
                row[c] = IdNumber::mask(row.at(c).toString());
        for (int c : phoneColumns)
            if (!row.at(c).isNull())
                row[c] = Phone::mask(row.at(c).toString());
    }
}

Status TransferRows::recordExport(Database &db, const QString &table, int rows, const QString &file, Numbers numbers)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    const Actor &actor = db.actor();
    QString scopeText = QStringLiteral("all");
    if (Access::reach(actor) == Access::Reach::Community)
        scopeText = QStringLiteral("community:%1").arg(actor.communityId);
    else if (Access::reach(actor) == Access::Reach::Grids)
        scopeText = QStringLiteral("grids:%1").arg(db.idListValue(actor.gridIds).toString());
    AuditLog::Entry entry{numbers == Numbers::Full ? QStringLiteral("export_full") : QStringLiteral("export"),
                          table,
                          0,
                          {},
                          {},
                          {{QStringLiteral("rows"), rows},
                           {QStringLiteral("file"), file},
                           {QStringLiteral("scope"), scopeText},
                           {QStringLiteral("full_numbers"), numbers == Numbers::Full}}};
    if (Status s = AuditLog::append(db, actor, entry); !s)
        return s;
    return tx.commit();
}

Result<TransferRows::Rows> TransferRows::households(Database &db, Numbers numbers)
{
    if (Status s = checkFull(db, numbers); !s)
        return s.error();
    QVariantMap binds;
    const QString where = scope(db, QStringLiteral("h.grid_id"), &binds);
    auto rows
        = rowsOf(db,
                 QStringLiteral("SELECT cm.name, g.name, cp.name, b.name, h.unit, h.room, h.housing_use, "
                                "(SELECT r.name FROM resident r WHERE r.household_id = h.id AND r.relation = "
                                "'head' AND r.status = 'active' ORDER BY r.id LIMIT 1), h.phone, h.notes, h.id, h.status, "
                                "h.status_date FROM household h")
                     + kPlaceJoins
                     + QStringLiteral(" WHERE h.status = 'active'%1 ORDER BY g.community_id, h.grid_id, h.sort_key, "
                                      "h.id")
                           .arg(where),
                 binds, 13);
    if (rows && numbers == Numbers::Masked)
        mask(rows.value(), {}, {8});
    return rows;
}

Result<TransferRows::Rows> TransferRows::residents(Database &db, Numbers numbers)
{
    if (Status s = checkFull(db, numbers); !s)
        return s.error();
    QVariantMap binds;
    const QString where = scope(db, QStringLiteral("h.grid_id"), &binds);
    auto rows
        = rowsOf(db,
                 QStringLiteral("SELECT cm.name, g.name, cp.name, b.name, h.unit, h.room, r.name, r.id_number, "
                                "r.relation, r.phone, r.residence_type, r.status, r.id, r.notes, r.status_date, r.sex, "
                                "r.birth_date, r.party_member, r.destination FROM resident r JOIN household h ON h.id = "
                                "r.household_id")
                     + kPlaceJoins
                     + QStringLiteral(" WHERE h.status = 'active'%1 ORDER BY g.community_id, h.grid_id, h.sort_key, "
                                      "h.id, CASE WHEN r.relation = 'head' THEN 0 ELSE 1 END, r.id")
                           .arg(where),
                 binds, 19);
    if (rows && numbers == Numbers::Masked)
        mask(rows.value(), {7}, {9});
    return rows;
}

Result<QHash<qint64, QStringList>> TransferRows::residentTags(Database &db, const QDate &day)
{
    return tagsInForce(db, QStringLiteral("resident_tag"), QStringLiteral("resident_id"), day);
}

Result<QHash<qint64, QStringList>> TransferRows::householdTags(Database &db, const QDate &day)
{
    return tagsInForce(db, QStringLiteral("household_tag"), QStringLiteral("household_id"), day);
}

Result<QHash<qint64, QStringList>> TransferRows::tagsInForce(Database &db, const QString &table, const QString &owner,
                                                               const QDate &day)
{
    auto q = runQuery(db,
                      QStringLiteral("SELECT t.%2, ct.name FROM %1 t JOIN care_tag ct ON ct.id = t.care_tag_id WHERE "
                                     "(t.start_date IS NULL OR t.start_date = '' OR t.start_date <= :d) AND "
                                     "(t.end_date IS NULL OR t.end_date = '' OR t.end_date > :d) ORDER BY t.%2, "
                                     "ct.sort_order, ct.id")
                          .arg(table, owner),
                      {{QStringLiteral("d"), day.toString(Qt::ISODate)}});
    if (!q)
        return q.error();
    QHash<qint64, QStringList> tags;
    while (q.value().next())
        tags[q.value().value(0).toLongLong()] << q.value().value(1).toString();
    return tags;
}

Result<TransferRows::Rows> TransferRows::issues(Database &db, const QDate &from, const QDate &to, Numbers numbers)
{
    if (Status s = checkFull(db, numbers); !s)
        return s.error();
    QVariantMap binds;
    QString where = dateRange(QStringLiteral("i.registered_date"), from, to, &binds);
    if (Access::reach(db.actor()) != Access::Reach::Everything)
        where += QStringLiteral(" AND ")
            + Access::placeCondition(db, db.actor(), QStringLiteral("i.community_id"), QStringLiteral("i.grid_id"),
                                     &binds);
    // A rejected issue's 办理结果 is the reason it was not accepted.
    auto rows = rowsOf(
        db,
        QStringLiteral(
            "SELECT i.number, i.registered_date, i.source, i.reporter, i.reporter_phone, cm.name, g.name, i.location, "
            "i.category, i.subcategory, i.title, i.handling_type, d.name, i.assignee, i.dispatched_date, i.deadline, "
            "i.resolved_date, i.result, i.follow_up_date, i.satisfaction, i.return_count, i.status, i.description, "
            "(SELECT e.text FROM issue_event e WHERE e.issue_id = i.id AND e.kind = 'reject' ORDER BY e.id DESC "
            "LIMIT 1) FROM issue i LEFT JOIN community cm ON cm.id = i.community_id LEFT JOIN grid g ON g.id = "
            "i.grid_id LEFT JOIN department d ON d.id = i.department_id WHERE 1 = 1")
            + where + QStringLiteral(" ORDER BY i.number"),
        binds, 24);
    if (rows && numbers == Numbers::Masked)
        mask(rows.value(), {}, {4});
    return rows;
}

Result<TransferRows::Rows> TransferRows::visits(Database &db, const QDate &from, const QDate &to, qint64 gridId)
{
    QVariantMap binds;
    QString where = dateRange(QStringLiteral("v.visit_date"), from, to, &binds);
    if (gridId) {
        where += QStringLiteral(" AND h.grid_id = :grid");
        binds.insert(QStringLiteral("grid"), gridId);
    }
    where += scope(db, QStringLiteral("h.grid_id"), &binds);
    // The visits of the households in the register, as the 住户 and 居民 tables have them.
    return rowsOf(db,
                  QStringLiteral("SELECT cm.name, g.name, cp.name, b.name, h.unit, h.room, v.visit_date, v.visitor, "
                                 "v.kind, v.persons_met, v.notes, v.findings FROM visit v JOIN household h ON h.id = "
                                 "v.household_id")
                      + kPlaceJoins + QStringLiteral(" WHERE h.status = 'active'") + where
                      + QStringLiteral(" ORDER BY v.visit_date, g.community_id, h.grid_id, h.sort_key, v.id"),
                  binds, 12);
}

Result<TransferRows::Rows> TransferRows::dwellings(Database &db)
{
    QVariantMap binds;
    const QString where = scope(db, QStringLiteral("h.grid_id"), &binds);
    return rowsOf(db,
                  QStringLiteral("SELECT h.id, cm.name, g.name, cp.name, b.name, h.unit, h.room FROM household h")
                      + kPlaceJoins + QStringLiteral(" WHERE h.status = 'active'") + where,
                  binds, 7);
}

Result<TransferRows::Rows> TransferRows::activeIdNumbers(Database &db)
{
    return rowsOf(db,
                  QStringLiteral("SELECT r.id_number, r.name, h.address, h.grid_id FROM resident r JOIN household h ON "
                                 "h.id = r.household_id WHERE r.status = 'active' AND r.id_number IS NOT NULL AND "
                                 "r.id_number <> ''"),
                  {}, 4);
}

Result<TransferRows::Rows> TransferRows::residentsWithoutIdNumber(Database &db)
{
    return rowsOf(db,
                  QStringLiteral("SELECT id, household_id, name, relation, version FROM resident WHERE status = "
                                 "'active' AND (id_number IS NULL OR id_number = '') ORDER BY id"),
                  {}, 5);
}

Result<TransferRows::Rows> TransferRows::heads(Database &db)
{
    return rowsOf(db,
                  QStringLiteral("SELECT household_id, name FROM resident WHERE status = 'active' AND relation = "
                                 "'head'"),
                  {}, 2);
}

Result<TransferRows::Rows> TransferRows::categories(Database &db)
{
    return rowsOf(db,
                  QStringLiteral("SELECT c.name, p.name, c.retired FROM issue_category c LEFT JOIN issue_category p "
                                 "ON p.id = c.parent_id"),
                  {}, 3);
}

Result<QStringList> TransferRows::issueNumbers(Database &db)
{
    QStringList numbers;
    if (Status s = readRows(db, QStringLiteral("SELECT number FROM issue"), {},
                            [&](const QSqlQuery &q) { numbers << q.value(0).toString(); });
        !s)
        return s.error();
    return numbers;
}

Result<TransferRows::Rows> TransferRows::communityGrids(Database &db)
{
    return rowsOf(db,
                  QStringLiteral("SELECT cm.name, g.name FROM community cm LEFT JOIN grid g ON g.community_id = cm.id"),
                  {}, 2);
}

Result<TransferRows::Rows> TransferRows::departments(Database &db)
{
    return rowsOf(db, QStringLiteral("SELECT name, retired FROM department"), {}, 2);
}

Result<bool> TransferRows::visitExists(Database &db, qint64 householdId, const QString &date, const QString &visitor)
{
    auto n
        = queryValue(db,
                     QStringLiteral("SELECT count(*) FROM visit WHERE household_id = :h AND visit_date = :d AND "
                                    "visitor = :v"),
                     {{QStringLiteral("h"), householdId}, {QStringLiteral("d"), date}, {QStringLiteral("v"), visitor}});
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

} // namespace linli
