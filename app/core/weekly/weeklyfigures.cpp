#include "weeklyfigures.h"

#include "access/permissions.h"
#include "weekly/weeklyhistory.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace linli {

using namespace weekly;

namespace {

// Adds one issue, as it stood at the end of the week's Sunday, to the figures.
void count(WeeklyFigures &f, const IssueHistory &issue, const State &s, const IsoWeek &week)
{
    const QDate monday = week.monday();
    const QDate sunday = week.sunday();
    const bool rejected = s.status == Status8::Rejected;
    if (issue.registered >= monday && issue.registered <= sunday)
        ++(rejected ? f.rejected : f.newIssues);
    if (resolvedWithin(issue, monday, sunday))
        ++f.resolvedThisWeek;
    if (rejected || issue.registered < week.periodStart() || issue.registered > sunday)
        return;
    ++f.accepted;
    if (s.status == Status8::Resolved) {
        ++f.resolvedToDate;
        if (s.resolved.isValid()) {
            f.daysToResolve += issue.registered.daysTo(s.resolved);
            if (!s.deadline.isValid() || s.resolved <= s.deadline)
                ++f.resolvedOnTime;
        } else {
            ++f.resolvedOnTime;
        }
    } else if (s.deadline.isValid() && s.deadline < sunday) {
        ++f.overdueOpen;
        f.overdueDays += s.deadline.daysTo(sunday);
    }
    if (s.satisfaction != Result8::None) {
        ++f.followedUp;
        if (s.satisfaction == Result8::Satisfied)
            ++f.satisfied;
    }
    f.open = f.accepted - f.resolvedToDate;
}

// One grid's households: active at the end of the Sunday, visited in the week and in the year
// to date; [0] for the week, [1] for the week before.
struct GridVisits {
    int active[2] = {};
    int week[2] = {};
    int year[2] = {};
};
using Visits = QHash<qint64, GridVisits>;

// The visit figures of a week and of the week before, per grid: the households active at the
// end of each Sunday (in the register then, or gone only later) and those visited in each week
// and in each year to date. The visits of the whole period are read from the date index, each
// household marked with the periods it was visited in, and the households are then counted by
// grid in one pass over them.
Result<Visits> loadVisits(Database &db, const IsoWeek &week, const IsoWeek &previous)
{
    enum : quint8 { Week = 1, Year = 2, PreviousWeek = 4, PreviousYear = 8 };
    const QByteArray monday = week.monday().toString(Qt::ISODate).toLatin1();
    const QByteArray sunday = week.sunday().toString(Qt::ISODate).toLatin1();
    const QByteArray yearStart = week.periodStart().toString(Qt::ISODate).toLatin1();
    const QByteArray previousMonday = previous.monday().toString(Qt::ISODate).toLatin1();
    const QByteArray previousSunday = previous.sunday().toString(Qt::ISODate).toLatin1();
    const QByteArray previousYearStart = previous.periodStart().toString(Qt::ISODate).toLatin1();
    QHash<qint64, quint8> visited;
    visited.reserve(1 << 17);
    Status s
        = readEach(db,
                   QStringLiteral("SELECT v.household_id, v.visit_date FROM visit v WHERE v.visit_date >= :from AND "
                                  "v.visit_date <= :to"),
                   {{QStringLiteral("from"), QString::fromLatin1(qMin(yearStart, previousYearStart))},
                    {QStringLiteral("to"), QString::fromLatin1(sunday)}},
                   [&](const Row &r) {
                       // Dates as stored (YYYY-MM-DD) compare as text.
                       const QByteArrayView date = r.utf8(1);
                       quint8 marks = 0;
                       if (date >= monday)
                           marks |= Week;
                       if (date >= yearStart)
                           marks |= Year;
                       if (date <= previousSunday) {
                           if (date >= previousMonday)
                               marks |= PreviousWeek;
                           if (date >= previousYearStart)
                               marks |= PreviousYear;
                       }
                       if (marks)
                           visited[r.integer(0)] |= marks;
                   });
    if (!s)
        return s.error();
    Visits grids;
    qint64 lastGrid = -1;
    GridVisits *counts = nullptr;
    // The active households are read from the index of their status and grid alone; those gone
    // (the other statuses the schema allows) with the day they went.
    s = readEach(db,
                 QStringLiteral("SELECT h.id, h.grid_id, 1, NULL FROM household h WHERE h.status = 'active' UNION "
                                "ALL SELECT h.id, h.grid_id, 0, h.status_date FROM household h WHERE h.status IN "
                                "('moved_out', 'closed')"),
                 {}, [&](const Row &r) {
                     if (const qint64 grid = r.integer(1); grid != lastGrid || !counts) {
                         lastGrid = grid;
                         counts = &grids[grid];
                     }
                     const bool active = r.integer(2) == 1;
                     const QByteArrayView gone = r.utf8(3);
                     // A household gone on a day without a date on record counts as gone.
                     counts->active[0] += active || gone > sunday ? 1 : 0;
                     counts->active[1] += active || gone > previousSunday ? 1 : 0;
                     const auto found = visited.constFind(r.integer(0));
                     if (found == visited.constEnd())
                         return;
                     const quint8 marks = found.value();
                     counts->week[0] += marks & Week ? 1 : 0;
                     counts->year[0] += marks & Year ? 1 : 0;
                     counts->week[1] += marks & PreviousWeek ? 1 : 0;
                     counts->year[1] += marks & PreviousYear ? 1 : 0;
                 });
    if (!s)
        return s.error();
    return grids;
}

// Sets the visit figures of week `period` (0: the week, 1: the week before) of the grids that
// `inScope` accepts.
template<typename Accept> void addVisits(WeeklyFigures &f, const Visits &v, int period, Accept inScope)
{
    int week = 0;
    int year = 0;
    int active = 0;
    for (auto it = v.cbegin(); it != v.cend(); ++it) {
        if (inScope(it.key())) {
            active += it->active[period];
            week += it->week[period];
            year += it->year[period];
        }
    }
    f.visitedThisWeek = week;
    f.visitedThisYear = year;
    f.activeHouseholds = active;
}

bool issueInScope(const WeeklyScope &scope, const IssueHistory &issue, const State &s)
{
    switch (scope.kind) {
    case WeeklyScope::Kind::All: return true;
    case WeeklyScope::Kind::Community: return issue.communityId == scope.id;
    case WeeklyScope::Kind::Grid: return issue.gridId == scope.id;
    case WeeklyScope::Kind::Category: return issue.category == scope.name;
    case WeeklyScope::Kind::Department: return s.departmentId == scope.id;
    }
    return false;
}

bool scopeHasVisits(const WeeklyScope &scope)
{
    return scope.kind == WeeklyScope::Kind::All || scope.kind == WeeklyScope::Kind::Community
        || scope.kind == WeeklyScope::Kind::Grid;
}

bool gridInScope(const WeeklyScope &scope, const Places &places, qint64 gridId)
{
    switch (scope.kind) {
    case WeeklyScope::Kind::All: return true;
    case WeeklyScope::Kind::Community: return places.communityOfGrid.value(gridId) == scope.id;
    case WeeklyScope::Kind::Grid: return gridId == scope.id;
    default: return false;
    }
}

} // namespace

QString WeeklyScope::text() const
{
    switch (kind) {
    case Kind::All: return QStringLiteral("all");
    case Kind::Community: return QStringLiteral("community:") + name;
    case Kind::Grid: return QStringLiteral("grid:") + name;
    case Kind::Category: return QStringLiteral("category:") + name;
    case Kind::Department: return QStringLiteral("department:") + name;
    }
    return QString();
}

Result<WeeklyScope> WeeklyStatistics::parseScope(const QString &text)
{
    WeeklyScope scope;
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("all"))
        return scope;
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    const QString kind = t.left(colon);
    scope.name = t.mid(colon + 1).trimmed();
    auto bad = [&text] {
        return Error{
            ErrorCode::Invalid,
            tr("'%1' is not a scope: use all, community:NAME, grid:NAME, category:NAME or department:NAME.").arg(text),
            QStringLiteral("scope")};
    };
    if (colon <= 0 || scope.name.isEmpty())
        return bad();
    auto findId = [&](const QString &sql, const QVariantMap &binds, const QString &what) -> Result<qint64> {
        auto q = runQuery(m_db, sql, binds);
        if (!q)
            return q.error();
        QList<qint64> ids;
        while (q.value().next())
            ids << q.value().value(0).toLongLong();
        if (ids.isEmpty())
            return Error{ErrorCode::NotFound, tr("There is no %1 named '%2' in this register.").arg(what, scope.name),
                         QStringLiteral("scope")};
        if (ids.size() > 1)
            return Error{ErrorCode::Invalid,
                         tr("Several communities have a %1 named '%2'; write it as 社区名/%2.").arg(what, scope.name),
                         QStringLiteral("scope")};
        return ids.constFirst();
    };
    Result<qint64> id = qint64(0);
    if (kind == QLatin1String("community")) {
        scope.kind = WeeklyScope::Kind::Community;
        id = findId(QStringLiteral("SELECT id FROM community WHERE name = :n"), {{QStringLiteral("n"), scope.name}},
                    tr("community"));
    } else if (kind == QLatin1String("grid")) {
        scope.kind = WeeklyScope::Kind::Grid;
        const qsizetype slash = scope.name.indexOf(QLatin1Char('/'));
        id = slash > 0
            ? findId(QStringLiteral("SELECT g.id FROM grid g JOIN community c ON c.id = g.community_id WHERE "
                                    "c.name = :c AND g.name = :n"),
                     {{QStringLiteral("c"), scope.name.left(slash)}, {QStringLiteral("n"), scope.name.mid(slash + 1)}},
                     tr("grid"))
            : findId(QStringLiteral("SELECT id FROM grid WHERE name = :n"), {{QStringLiteral("n"), scope.name}},
                     tr("grid"));
    } else if (kind == QLatin1String("department")) {
        scope.kind = WeeklyScope::Kind::Department;
        id = findId(QStringLiteral("SELECT id FROM department WHERE name = :n"), {{QStringLiteral("n"), scope.name}},
                    tr("department"));
    } else if (kind == QLatin1String("category")) {
        scope.kind = WeeklyScope::Kind::Category;
        auto known = queryValue(m_db, QStringLiteral("SELECT COUNT(*) FROM issue_category WHERE name = :n"),
                                {{QStringLiteral("n"), scope.name}});
        if (!known)
            return known.error();
        if (known->toInt() == 0)
            return Error{ErrorCode::NotFound,
                         tr("There is no %1 named '%2' in this register.").arg(tr("category"), scope.name),
                         QStringLiteral("scope")};
    } else {
        return bad();
    }
    if (!id)
        return id.error();
    scope.id = id.value();
    return scope;
}

Status WeeklyStatistics::checkScope(const WeeklyScope &scope)
{
    const Actor &actor = m_db.actor();
    const Access::Reach reach = Access::reach(actor);
    if (reach == Access::Reach::Everything)
        return {};
    bool allowed = false;
    if (scope.kind == WeeklyScope::Kind::Grid) {
        auto covered = Access::coversGrid(m_db, actor, scope.id);
        if (!covered)
            return covered.error();
        allowed = covered.value();
    } else if (scope.kind == WeeklyScope::Kind::Community) {
        allowed = Access::coversCommunity(actor, scope.id);
    }
    if (allowed)
        return {};
    return Access::refuse(
        m_db, actor, QStringLiteral("weekly_report"), 0, QStringLiteral("scope"),
        reach == Access::Reach::Community
            ? tr("The weekly figures of %1 are outside your area: choose your community or one of "
                 "its grids.")
                  .arg(scope.text())
            : tr("The weekly figures of %1 are outside your area: choose one of your grids.").arg(scope.text()));
}

Result<WeeklyScope> WeeklyStatistics::defaultScope()
{
    const Actor &actor = m_db.actor();
    WeeklyScope scope;
    switch (Access::reach(actor)) {
    case Access::Reach::Everything: return scope;
    case Access::Reach::Community: {
        auto name = queryValue(m_db, QStringLiteral("SELECT name FROM community WHERE id = :c"),
                               {{QStringLiteral("c"), actor.communityId}});
        if (!name)
            return name.error();
        scope.kind = WeeklyScope::Kind::Community;
        scope.id = actor.communityId;
        scope.name = name->toString();
        return scope;
    }
    case Access::Reach::Grids:
        if (!actor.gridIds.isEmpty()) {
            auto name = queryValue(m_db, QStringLiteral("SELECT name FROM grid WHERE id = :g"),
                                   {{QStringLiteral("g"), actor.gridIds.constFirst()}});
            if (!name)
                return name.error();
            scope.kind = WeeklyScope::Kind::Grid;
            scope.id = actor.gridIds.constFirst();
            scope.name = name->toString();
            return scope;
        }
        break;
    case Access::Reach::Nothing: break;
    }
    return Error{ErrorCode::Denied, tr("Your account has no area to report on."), QStringLiteral("scope")};
}

Result<WeeklyReport> WeeklyStatistics::report(const IsoWeek &week, const WeeklyScope &scope)
{
    if (Status s = checkScope(scope); !s)
        return s.error();
    if (!week.isValid())
        return Error{ErrorCode::Invalid, tr("'%1' is not a week.").arg(week.label()), QStringLiteral("week")};
    const IsoWeek previous = week.previous();
    auto history = loadHistory(m_db, qMin(previous.periodStart(), previous.monday()), week.sunday());
    if (!history)
        return history.error();
    auto places = loadPlaces(m_db);
    if (!places)
        return places.error();

    WeeklyReport r;
    r.week = week;
    r.scope = scope;
    QMap<QString, WeeklyFigures> byCategory;
    QMap<qint64, WeeklyFigures> byGrid;
    QMap<qint64, WeeklyFigures> byCommunity;
    QMap<qint64, WeeklyFigures> byDepartment;
    for (const IssueHistory &issue : std::as_const(history.value())) {
        const State now = stateAt(issue, week.sunday());
        if (issueInScope(scope, issue, now)) {
            count(r.totals, issue, now, week);
            count(byCategory[issue.category], issue, now, week);
            // Issues without a grid (a location only) or not dispatched have rows of their own
            // (id 0), so that each breakdown adds up to the totals.
            count(byGrid[issue.gridId], issue, now, week);
            count(byCommunity[issue.communityId], issue, now, week);
            count(byDepartment[now.departmentId], issue, now, week);
        }
        const State before = stateAt(issue, previous.sunday());
        if (issueInScope(scope, issue, before))
            count(r.previous, issue, before, previous);
    }

    if (scopeHasVisits(scope)) {
        auto visits = loadVisits(m_db, week, previous);
        if (!visits)
            return visits.error();
        const Places &p = places.value();
        const auto inScope = [&](qint64 grid) { return gridInScope(scope, p, grid); };
        addVisits(r.totals, visits.value(), 0, inScope);
        addVisits(r.previous, visits.value(), 1, inScope);
        // Every grid of the scope has a row, with or without issues, and so has every community
        // with a grid in the scope.
        QSet<qint64> communities;
        for (auto it = p.gridLabel.cbegin(); it != p.gridLabel.cend(); ++it)
            if (inScope(it.key())) {
                addVisits(byGrid[it.key()], visits.value(), 0, [grid = it.key()](qint64 g) { return g == grid; });
                communities.insert(p.communityOfGrid.value(it.key()));
            }
        for (qint64 community : std::as_const(communities))
            addVisits(byCommunity[community], visits.value(), 0,
                      [&](qint64 g) { return inScope(g) && p.communityOfGrid.value(g) == community; });
    }

    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        r.byCategory << std::pair{it.key(), it.value()};
    QMap<QString, WeeklyFigures> grids;
    for (auto it = byGrid.cbegin(); it != byGrid.cend(); ++it)
        grids.insert(it.key() ? places->gridLabel.value(it.key()) : WeeklyReport::noGrid(), it.value());
    for (auto it = grids.cbegin(); it != grids.cend(); ++it)
        r.byGrid << std::pair{it.key(), it.value()};
    QMap<QString, WeeklyFigures> communities;
    for (auto it = byCommunity.cbegin(); it != byCommunity.cend(); ++it)
        communities.insert(it.key() ? places->communityName.value(it.key()) : WeeklyReport::noCommunity(), it.value());
    for (auto it = communities.cbegin(); it != communities.cend(); ++it)
        r.byCommunity << std::pair{it.key(), it.value()};
    QMap<QString, WeeklyFigures> departments;
    for (auto it = byDepartment.cbegin(); it != byDepartment.cend(); ++it)
        departments.insert(it.key() ? places->departmentName.value(it.key()) : WeeklyReport::notDispatched(),
                           it.value());
    for (auto it = departments.cbegin(); it != departments.cend(); ++it)
        r.byDepartment << std::pair{it.key(), it.value()};
    return r;
}

Result<QList<WeeklyPoint>> WeeklyStatistics::series(const IsoWeek &first, const IsoWeek &last, const WeeklyScope &scope)
{
    if (Status s = checkScope(scope); !s)
        return s.error();
    if (!first.isValid() || !last.isValid() || last < first)
        return Error{ErrorCode::Invalid, tr("The weeks %1 to %2 are not a range.").arg(first.label(), last.label()),
                     QStringLiteral("week")};
    auto history = loadHistory(m_db, qMin(first.periodStart(), first.monday()), last.sunday());
    if (!history)
        return history.error();
    QList<WeeklyPoint> points;
    for (IsoWeek w = first; !(last < w); w = w.next()) {
        WeeklyPoint point;
        point.week = w;
        for (const IssueHistory &issue : std::as_const(history.value())) {
            if (issue.registered > w.sunday() && !resolvedWithin(issue, w.monday(), w.sunday()))
                continue;
            const State s = stateAt(issue, w.sunday());
            if (issueInScope(scope, issue, s))
                count(point.figures, issue, s, w);
        }
        points << point;
    }
    return points;
}

} // namespace linli
