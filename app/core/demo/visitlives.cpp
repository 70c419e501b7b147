#include "visitlives.h"

#include "demo/names.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "visits/visitrepository.h"

namespace linli::demo {

namespace {

const QList<const char *> &routineNotes()
{
    static const QList<const char *> list = {
        "家中情况正常，宣传了垃圾分类", "核实了家庭成员信息", "宣传防诈骗知识",     "了解居民对小区物业的意见",
        "提醒冬季用电用气安全",         "无特殊情况",         "发放了社区活动通知",
    };
    return list;
}

const QList<const char *> &careNotes()
{
    static const QList<const char *> list = {
        "老人身体状况良好，叮嘱按时服药", "帮助联系家庭医生上门",           "询问生活困难，已告知救助政策",
        "查看室内用电用气安全",           "孩子学习情况正常，与监护人沟通", "送去慰问品",
    };
    return list;
}

} // namespace

Result<int> VisitLives::generate(qint64 communityId, int days, double extraRoutine)
{
    VisitRepository visits(m_db);
    visits.setToday(m_today);
    auto grids = runQuery(m_db, QStringLiteral("SELECT id FROM grid WHERE community_id = :c ORDER BY id"),
                          {{QStringLiteral("c"), communityId}});
    if (!grids)
        return grids.error();
    QList<qint64> gridIds;
    while (grids.value().next())
        gridIds << grids.value().value(0).toLongLong();
    grids.value().finish();
    if (gridIds.isEmpty())
        return 0;
    // One grid of the community lags behind, in half of the communities a second one too.
    QList<qint64> lagging{gridIds.at(m_rng.between(0, int(gridIds.size()) - 1))};
    if (gridIds.size() > 3 && m_rng.chance(0.5))
        lagging << gridIds.at(m_rng.between(0, int(gridIds.size()) - 1));

    const QDate first = m_today.addDays(1 - days);
    int logged = 0;
    for (qint64 grid : std::as_const(gridIds)) {
        const bool behind = lagging.contains(grid);
        const Actor worker = m_workers.value(grid, Actor::system(QStringLiteral("admin")));
        DueFilter filter;
        filter.gridId = grid;
        filter.asOf = first;
        filter.withinDays = 100000; // every active household, with the interval its tags ask for
        auto households = visits.due(filter);
        if (!households)
            return households.error();
        for (const VisitDue &h : households.value()) {
            QList<QDate> dates;
            if (h.intervalDays < VisitRepository::kNoTagInterval) {
                // Cared-for households: about as often as the tags ask, less in a lagging grid.
                QDate day = first.addDays(m_rng.between(0, h.intervalDays - 1));
                while (day <= m_today) {
                    dates << day;
                    const double stretch = behind ? 1.2 + m_rng.real() : 0.95 + 0.5 * m_rng.real();
                    day = day.addDays(std::max(7, int(h.intervalDays * stretch)));
                }
            } else {
                for (QDate year = first; year <= m_today; year = year.addDays(365)) {
                    const int span = std::min<qint64>(364, year.daysTo(m_today));
                    if (m_rng.chance(behind ? 0.55 : 0.92))
                        dates << year.addDays(m_rng.between(0, span));
                    if (m_rng.chance(0.1))
                        dates << year.addDays(m_rng.between(0, span));
                    // More patrols where the preset asks for them: on average `extraRoutine`.
                    const double more = behind ? extraRoutine / 2 : extraRoutine;
                    while (more > 0 && m_rng.chance(more / (1.0 + more)))
                        dates << year.addDays(m_rng.between(0, span));
                }
            }
            for (QDate day : std::as_const(dates)) {
                if (day.dayOfWeek() == 7 && m_rng.chance(0.7))
                    day = day.addDays(-2); // Sundays are mostly moved to Friday
                if (day < first)
                    day = first;
                Visit v;
                v.householdId = h.householdId;
                v.visitDate = day.toString(Qt::ISODate);
                v.visitor = worker.shownName();
                const bool care = h.intervalDays < VisitRepository::kNoTagInterval;
                v.kind = care ? (m_rng.chance(0.85) ? QStringLiteral("care") : QStringLiteral("routine"))
                              : (m_rng.chance(0.93) ? QStringLiteral("routine") : QStringLiteral("verification"));
                if (!h.head.isEmpty() && m_rng.chance(0.8))
                    v.personsMet = {h.head};
                v.notes = QString::fromUtf8(m_rng.pick(care ? careNotes() : routineNotes()));
                auto added = visits.add(v, worker);
                if (!added)
                    return added.error();
                ++logged;
            }
        }
    }
    return logged;
}

} // namespace linli::demo
