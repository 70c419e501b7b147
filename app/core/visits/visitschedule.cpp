// VisitRepository: due dates and coverage.
#include "visits/visitrepository.h"

#include "access/permissions.h"
#include "register/householdrepository.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>

#include <map>

namespace linli {

namespace {

// Rows of household_tag or resident_tag ("a") in force on :d. The end date is the first day
// without the tag.
QString inForce(const QString &a)
{
    return QStringLiteral("(%1.start_date IS NULL OR %1.start_date = '' OR %1.start_date <= :d) AND (%1.end_date IS "
                          "NULL OR %1.end_date = '' OR %1.end_date > :d)")
        .arg(a);
}

} // namespace

Result<QList<VisitRepository::AgeTag>> VisitRepository::ageTags()
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT name, min_age, visit_interval_days FROM care_tag WHERE min_age IS "
                                     "NOT NULL AND min_age > 0 ORDER BY id"));
    if (!q)
        return q.error();
    QList<AgeTag> tags;
    while (q.value().next())
        tags.append({q.value().value(0).toString(), q.value().value(1).toInt(), q.value().value(2).toInt()});
    return tags;
}

QDate VisitRepository::coverageDate(int year) const
{
    return year == m_today.year() ? m_today : QDate(year, 12, 31);
}

Result<QList<qint64>> VisitRepository::workerGrids(const QString &worker, const QDate &asOf)
{
    // A grid worker with an account: the grids assigned to them, by login or display name.
    QList<qint64> assigned;
    if (Status s = readRows(m_db,
                            QStringLiteral("SELECT DISTINCT ug.grid_id FROM \"user\" u JOIN user_grid ug ON ug.user_id = "
                                           "u.id WHERE u.role = 'grid_worker' AND u.enabled = 1 AND (u.name = :w OR "
                                           "u.display_name = :w) ORDER BY ug.grid_id"),
                            {{QStringLiteral("w"), worker.simplified()}},
                            [&](const QSqlQuery &q) { assigned << q.value(0).toLongLong(); });
        !s)
        return s.error();
    if (!assigned.isEmpty())
        return assigned;
    // A name with no account (visits imported from a workbook): where they visited in the year.
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT DISTINCT h.grid_id FROM visit v JOIN household h ON h.id = "
                                     "v.household_id WHERE v.visitor = :w AND v.visit_date > :since AND v.visit_date "
                                     "<= :d ORDER BY h.grid_id"),
                      {{QStringLiteral("w"), worker.simplified()},
                       {QStringLiteral("since"), asOf.addYears(-1).toString(Qt::ISODate)},
                       {QStringLiteral("d"), asOf.toString(Qt::ISODate)}});
    if (!q)
        return q.error();
    QList<qint64> grids;
    while (q.value().next())
        grids << q.value().value(0).toLongLong();
    if (grids.isEmpty())
        return Error{ErrorCode::NotFound,
                     tr("%1 has logged no visit in the year up to %2, so their grids are not known.")
                         .arg(worker.simplified(), asOf.toString(Qt::ISODate)),
                     QStringLiteral("worker")};
    return grids;
}

Result<QStringList> VisitRepository::workers(const QDate &asOf)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT DISTINCT visitor FROM visit WHERE visit_date > :since AND visit_date <= "
                                     ":d ORDER BY visitor"),
                      {{QStringLiteral("since"), asOf.addYears(-1).toString(Qt::ISODate)},
                       {QStringLiteral("d"), asOf.toString(Qt::ISODate)}});
    if (!q)
        return q.error();
    QStringList names;
    while (q.value().next())
        names << q.value().value(0).toString();
    return names;
}

Result<QList<VisitDue>> VisitRepository::due(const DueFilter &filter)
{
    if (!filter.asOf.isValid())
        return Error{ErrorCode::Invalid, tr("Give the day the due list is for."), QStringLiteral("as_of")};
    // The grids asked for: one, a worker's, or (none listed) every grid.
    QList<qint64> grids;
    if (!filter.worker.simplified().isEmpty()) {
        auto covered = workerGrids(filter.worker, filter.asOf);
        if (!covered)
            return covered.error();
        grids = covered.value();
        if (filter.gridId)
            grids = grids.contains(filter.gridId) ? QList<qint64>{filter.gridId} : QList<qint64>{};
        if (grids.isEmpty())
            return QList<VisitDue>{};
    } else if (filter.gridId) {
        grids = {filter.gridId};
    }
    // Only the grids of the user's scope.
    if (Access::reach(m_db.actor()) != Access::Reach::Everything) {
        QVariantMap scopeBinds;
        QList<qint64> visible;
        if (Status s = readRows(m_db,
                                QStringLiteral("SELECT id FROM grid WHERE %1 ORDER BY id")
                                    .arg(Access::gridCondition(m_db, m_db.actor(), QStringLiteral("id"), &scopeBinds)),
                                scopeBinds, [&](const QSqlQuery &q) { visible << q.value(0).toLongLong(); });
            !s)
            return s.error();
        if (grids.isEmpty()) {
            grids = visible;
        } else {
            QList<qint64> kept;
            for (qint64 grid : std::as_const(grids))
                if (visible.contains(grid))
                    kept << grid;
            grids = kept;
        }
        if (grids.isEmpty())
            return QList<VisitDue>{};
    }
    auto ages = ageTags();
    if (!ages)
        return ages.error();
    const QDate horizon = filter.asOf.addDays(std::max(0, filter.withinDays));
    QVariantMap binds{{QStringLiteral("d"), filter.asOf.toString(Qt::ISODate)}};
    if (!grids.isEmpty())
        binds.insert(QStringLiteral("grids"), m_db.idListValue(grids));
    const QString gridCondition
        = grids.isEmpty() ? QString() : m_db.idListCondition(QStringLiteral("grid_id"), QStringLiteral("grids"));
    // With grids, only their households' tags are read.
    auto inGrid = [&](const QString &column) {
        return grids.isEmpty()
            ? QString()
            : QStringLiteral(" AND %1 IN (SELECT id FROM household WHERE %2)").arg(column, gridCondition);
    };
    // The shortest interval of the tags in force for each household and its active members.
    QStringList branches{
        QStringLiteral("SELECT ht.household_id AS owner, ct.visit_interval_days AS days FROM household_tag ht JOIN "
                       "care_tag ct ON ct.id = ht.care_tag_id WHERE %1%2")
            .arg(inForce(QStringLiteral("ht")), inGrid(QStringLiteral("ht.household_id"))),
        QStringLiteral("SELECT r.household_id AS owner, ct.visit_interval_days AS days FROM resident_tag rt JOIN "
                       "resident r ON r.id = rt.resident_id JOIN care_tag ct ON ct.id = rt.care_tag_id WHERE "
                       "r.status = 'active' AND %1%2")
            .arg(inForce(QStringLiteral("rt")), inGrid(QStringLiteral("r.household_id"))),
    };
    for (int i = 0; i < ages->size(); ++i) {
        const AgeTag &tag = ages->at(i);
        branches << QStringLiteral(
                        "SELECT r.household_id AS owner, CAST(:age%1days AS INTEGER) AS days FROM resident r "
                        "WHERE r.status = 'active' AND r.birth_date > '' AND r.birth_date <= :age%1born%2")
                        .arg(i)
                        .arg(inGrid(QStringLiteral("r.household_id")));
        binds.insert(QStringLiteral("age%1days").arg(i), tag.days);
        binds.insert(QStringLiteral("age%1born").arg(i), filter.asOf.addYears(-tag.minAge).toString(Qt::ISODate));
    }
    // Due by the horizon means last visit + interval <= horizon, that is last visit <= horizon
    // - interval: the intervals are few, so each gets its own bound cutoff and no date
    // arithmetic is needed in SQL.
    QList<int> intervals{kNoTagInterval};
    auto q0 = runQuery(m_db, QStringLiteral("SELECT DISTINCT visit_interval_days FROM care_tag"));
    if (!q0)
        return q0.error();
    while (q0.value().next())
        if (!intervals.contains(q0.value().value(0).toInt()))
            intervals << q0.value().value(0).toInt();
    q0.value().finish();
    QString cutoff = QStringLiteral("CASE COALESCE(x.days, %1)").arg(kNoTagInterval);
    for (int i = 0; i < intervals.size(); ++i) {
        cutoff += QStringLiteral(" WHEN %1 THEN :cut%2").arg(intervals.at(i)).arg(i);
        binds.insert(QStringLiteral("cut%1").arg(i), horizon.addDays(-intervals.at(i)).toString(Qt::ISODate));
    }
    cutoff += QStringLiteral(" END");
    // The last visit: kept on the household for a day from today on (no visit is dated in the
    // future); for a day in the past, looked up in the visit log.
    const QString lastVisit = filter.asOf >= m_today
        ? QStringLiteral("h.last_visit")
        : QStringLiteral("(SELECT MAX(v.visit_date) FROM visit v WHERE v.household_id = h.id AND v.visit_date <= :d)");
    const QString sql
        = QStringLiteral(
              "SELECT x.*, (SELECT r.name FROM resident r WHERE r.household_id = x.id AND r.relation = "
              "'head' AND r.status = 'active' ORDER BY r.id LIMIT 1) AS head FROM (SELECT h.id, h.uuid, "
              "h.address, h.sort_key, g.name AS grid_name, t.days, %1 AS last_visit, g.community_id, "
              "h.grid_id FROM household h JOIN grid g ON g.id = h.grid_id LEFT JOIN (SELECT owner, MIN(days) "
              "AS days FROM (%2) tags GROUP BY owner) t ON t.owner = h.id WHERE h.status = 'active'%3) x "
              "WHERE x.last_visit IS NULL OR x.last_visit <= %4 ORDER BY x.grid_id, x.sort_key, x.id")
              .arg(lastVisit, branches.join(QStringLiteral(" UNION ALL ")),
                   grids.isEmpty() ? QString()
                                   : QStringLiteral(" AND ")
                           + m_db.idListCondition(QStringLiteral("h.grid_id"), QStringLiteral("grids")),
                   cutoff);
    auto q = runQuery(m_db, sql, binds);
    if (!q)
        return q.error();
    QList<VisitDue> list;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        VisitDue d;
        d.householdId = row.value(0).toLongLong();
        d.householdUuid = row.value(1).toString();
        d.address = row.value(2).toString();
        d.sortKey = row.value(3).toString();
        d.gridName = row.value(4).toString();
        d.intervalDays = row.value(5).isNull() ? kNoTagInterval : row.value(5).toInt();
        d.lastVisit = QDate::fromString(row.value(6).toString(), Qt::ISODate);
        d.head = row.value(9).toString();
        if (d.lastVisit.isValid())
            d.dueDate = d.lastVisit.addDays(d.intervalDays);
        list << d;
    }
    return list;
}

Result<VisitDue> VisitRepository::dueFor(qint64 householdId, const QDate &asOf)
{
    auto ages = ageTags();
    if (!ages)
        return ages.error();
    if (Access::reach(m_db.actor()) != Access::Reach::Everything) {
        auto household = HouseholdRepository(m_db).get(householdId); // refused outside the user's scope
        if (!household)
            return household.error();
    }
    const QVariantMap binds{{QStringLiteral("h"), householdId}, {QStringLiteral("d"), asOf.toString(Qt::ISODate)}};
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT h.uuid, h.address, h.sort_key, g.name, (SELECT MAX(v.visit_date) FROM "
                                     "visit v WHERE v.household_id = h.id AND v.visit_date <= :d) FROM household h "
                                     "JOIN grid g ON g.id = h.grid_id WHERE h.id = :h"),
                      binds);
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::NotFound, tr("Household %1 does not exist.").arg(householdId), {}};
    VisitDue d;
    d.householdId = householdId;
    d.householdUuid = q.value().value(0).toString();
    d.address = q.value().value(1).toString();
    d.sortKey = q.value().value(2).toString();
    d.gridName = q.value().value(3).toString();
    d.lastVisit = QDate::fromString(q.value().value(4).toString(), Qt::ISODate);
    q.value().finish();

    // The tags in force, with their intervals.
    std::multimap<int, QString> tags;
    auto tagged = runQuery(
        m_db,
        QStringLiteral("SELECT ct.name, ct.visit_interval_days FROM household_tag ht JOIN care_tag ct ON ct.id = "
                       "ht.care_tag_id WHERE ht.household_id = :h AND %1 UNION ALL SELECT ct.name, "
                       "ct.visit_interval_days FROM resident_tag rt JOIN resident r ON r.id = rt.resident_id JOIN "
                       "care_tag ct ON ct.id = rt.care_tag_id WHERE r.household_id = :h AND r.status = 'active' AND %2")
            .arg(inForce(QStringLiteral("ht")), inForce(QStringLiteral("rt"))),
        binds);
    if (!tagged)
        return tagged.error();
    while (tagged.value().next())
        tags.emplace(tagged.value().value(1).toInt(), tagged.value().value(0).toString());
    for (const AgeTag &tag : ages.value()) {
        auto old = queryValue(m_db,
                              QStringLiteral("SELECT count(*) FROM resident r WHERE r.household_id = :h AND r.status "
                                             "= 'active' AND r.birth_date > '' AND r.birth_date <= :born"),
                              {{QStringLiteral("h"), householdId},
                               {QStringLiteral("born"), asOf.addYears(-tag.minAge).toString(Qt::ISODate)}});
        if (!old)
            return old.error();
        if (old->toInt() > 0)
            tags.emplace(tag.days, tag.name);
    }
    d.intervalDays = tags.empty() ? kNoTagInterval : tags.begin()->first;
    for (const auto &[days, name] : tags)
        if (!d.tags.contains(name))
            d.tags << name;
    if (d.lastVisit.isValid())
        d.dueDate = d.lastVisit.addDays(d.intervalDays);
    return d;
}

Result<CoverageReport> VisitRepository::coverage(int year)
{
    if (year < 1990 || year > m_today.year())
        return Error{
            ErrorCode::Invalid,
            tr("Coverage is counted for a year up to this one (%1), not for %2.").arg(m_today.year()).arg(year),
            QStringLiteral("year")};
    CoverageReport report;
    report.year = year;
    report.asOf = coverageDate(year);
    QVariantMap binds{{QStringLiteral("start"), QDate(year, 1, 1).toString(Qt::ISODate)},
                      {QStringLiteral("end"), report.asOf.toString(Qt::ISODate)}};
    const QString scope = Access::reach(m_db.actor()) == Access::Reach::Everything
        ? QString()
        : QStringLiteral(" AND ") + Access::gridCondition(m_db, m_db.actor(), QStringLiteral("h.grid_id"), &binds);
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT h.grid_id, h.compound_id, h.building_id, count(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM "
                       "visit v WHERE v.household_id = h.id AND v.visit_date >= :start AND v.visit_date <= :end) THEN "
                       "1 ELSE 0 END) FROM household h WHERE (h.status = 'active' OR (h.status_date IS NOT NULL AND "
                       "h.status_date > :end))%1 GROUP BY h.grid_id, h.compound_id, h.building_id")
            .arg(scope),
        binds);
    if (!q)
        return q.error();
    QHash<qint64, CoverageFigures> grids, compounds, buildings;
    QHash<qint64, QPair<qint64, qint64>> buildingGrid; // a building's grid with the most households
    while (q.value().next()) {
        const CoverageFigures f{q.value().value(3).toLongLong(), q.value().value(4).toLongLong()};
        auto addTo = [&f](CoverageFigures &sum) {
            sum.activeHouseholds += f.activeHouseholds;
            sum.visitedHouseholds += f.visitedHouseholds;
        };
        addTo(grids[q.value().value(0).toLongLong()]);
        addTo(compounds[q.value().value(1).toLongLong()]);
        if (!q.value().value(2).isNull()) {
            const qint64 building = q.value().value(2).toLongLong();
            addTo(buildings[building]);
            QPair<qint64, qint64> &most = buildingGrid[building];
            if (f.activeHouseholds > most.second)
                most = {q.value().value(0).toLongLong(), f.activeHouseholds};
        }
        addTo(report.total);
    }
    q.value().finish();

    // Names, in the order of the register.
    QHash<qint64, QString> communityNames;
    if (auto c = runQuery(m_db, QStringLiteral("SELECT id, name FROM community ORDER BY id")))
        while (c.value().next())
            communityNames.insert(c.value().value(0).toLongLong(), c.value().value(1).toString());
    const bool several = communityNames.size() > 1;
    QHash<qint64, CoverageFigures> communities;
    auto grid = runQuery(m_db,
                         QStringLiteral("SELECT g.id, g.name, g.community_id FROM grid g ORDER BY g.community_id, "
                                        "g.id"));
    if (!grid)
        return grid.error();
    while (grid.value().next()) {
        const qint64 id = grid.value().value(0).toLongLong();
        const qint64 community = grid.value().value(2).toLongLong();
        const CoverageFigures f = grids.value(id);
        const QString name = several
            ? communityNames.value(community) + QStringLiteral("/") + grid.value().value(1).toString()
            : grid.value().value(1).toString();
        report.byGrid.append({id, name, f});
        communities[community].activeHouseholds += f.activeHouseholds;
        communities[community].visitedHouseholds += f.visitedHouseholds;
    }
    for (auto it = communityNames.cbegin(); it != communityNames.cend(); ++it)
        report.byCommunity.append({it.key(), it.value(), communities.value(it.key())});
    std::sort(report.byCommunity.begin(), report.byCommunity.end(),
              [](const CoverageRow &a, const CoverageRow &b) { return a.id < b.id; });
    auto compound = runQuery(m_db, QStringLiteral("SELECT id, name FROM compound ORDER BY community_id, name, id"));
    if (!compound)
        return compound.error();
    while (compound.value().next()) {
        const qint64 id = compound.value().value(0).toLongLong();
        if (compounds.contains(id))
            report.byCompound.append({id, compound.value().value(1).toString(), compounds.value(id)});
    }
    auto building = runQuery(m_db,
                             QStringLiteral("SELECT b.id, c.name, b.name, b.grid_id FROM building b JOIN compound c "
                                            "ON c.id = b.compound_id ORDER BY c.community_id, c.name, b.id"));
    if (!building)
        return building.error();
    while (building.value().next()) {
        const qint64 id = building.value().value(0).toLongLong();
        if (buildings.contains(id))
            report.byBuilding.append({id, building.value().value(1).toString() + building.value().value(2).toString(),
                                      buildings.value(id),
                                      building.value().value(3).isNull() ? buildingGrid.value(id).first
                                                                         : building.value().value(3).toLongLong()});
    }
    return report;
}

Result<QList<VisitDue>> VisitRepository::unvisited(int year, qint64 gridId, qint64 compoundId, qint64 buildingId)
{
    const QDate end = coverageDate(year);
    QVariantMap binds{{QStringLiteral("start"), QDate(year, 1, 1).toString(Qt::ISODate)},
                      {QStringLiteral("end"), end.toString(Qt::ISODate)}};
    QString sql = QStringLiteral(
        "SELECT h.id, h.uuid, h.address, h.sort_key, g.name, (SELECT MAX(v.visit_date) FROM visit v WHERE "
        "v.household_id = h.id AND v.visit_date <= :end), (SELECT r.name FROM resident r WHERE r.household_id = h.id "
        "AND r.relation = 'head' AND r.status = 'active' ORDER BY r.id LIMIT 1) FROM household h JOIN grid g ON g.id = "
        "h.grid_id WHERE (h.status = 'active' OR (h.status_date IS NOT NULL AND h.status_date > :end)) AND NOT EXISTS "
        "(SELECT 1 FROM visit v WHERE v.household_id = h.id AND v.visit_date >= :start AND v.visit_date <= :end)");
    if (gridId) {
        sql += QStringLiteral(" AND h.grid_id = :grid");
        binds.insert(QStringLiteral("grid"), gridId);
    }
    if (compoundId) {
        sql += QStringLiteral(" AND h.compound_id = :compound");
        binds.insert(QStringLiteral("compound"), compoundId);
    }
    if (buildingId) {
        sql += QStringLiteral(" AND h.building_id = :building");
        binds.insert(QStringLiteral("building"), buildingId);
    }
    if (Access::reach(m_db.actor()) != Access::Reach::Everything)
        sql += QStringLiteral(" AND ") + Access::gridCondition(m_db, m_db.actor(), QStringLiteral("h.grid_id"), &binds);
    sql += QStringLiteral(" ORDER BY g.community_id, h.grid_id, h.sort_key, h.id");
    auto q = runQuery(m_db, sql, binds);
    if (!q)
        return q.error();
    QList<VisitDue> list;
    while (q.value().next()) {
        VisitDue d;
        d.householdId = q.value().value(0).toLongLong();
        d.householdUuid = q.value().value(1).toString();
        d.address = q.value().value(2).toString();
        d.sortKey = q.value().value(3).toString();
        d.gridName = q.value().value(4).toString();
        d.lastVisit = QDate::fromString(q.value().value(5).toString(), Qt::ISODate);
        d.head = q.value().value(6).toString();
        list << d;
    }
    return list;
}

} // namespace linli
