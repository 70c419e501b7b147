#include "issuelives.h"

#include "ledger/issuerepository.h"
#include "ledger/ledgersettings.h"
#include "register/residentrepository.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QStringList>

namespace linli::demo {

namespace {

struct CategoryPlan {
    const char *name;
    double weight;
    QList<const char *> departments;
    QList<const char *> titles;
};

const QList<CategoryPlan> &plans()
{
    static const QList<CategoryPlan> list = {
        {"环境卫生",
         30,
         {"物业", "城管", "社区"},
         {"楼道堆放杂物", "垃圾清运不及时", "下水道堵塞返味", "绿化带杂草丛生", "夜间施工噪音扰民"}},
        {"住房与城市建设",
         30,
         {"物业", "住建", "市政"},
         {"屋顶漏水", "电梯经常停运", "暖气不热", "小区道路破损", "楼顶违章搭建"}},
        {"平安法治",
         12,
         {"派出所", "社区", "物业"},
         {"楼道电动车充电", "邻里因噪音起纠纷", "消防通道被占用", "单元门禁损坏"}},
        {"民生保障", 12, {"民政", "社区"}, {"低保申请咨询", "独居老人需要助餐", "残疾人补贴未到账", "求职登记"}},
        {"医疗卫生", 6, {"卫健", "社区"}, {"家庭医生签约", "慢病药品报销咨询", "疫苗接种预约"}},
        {"教育", 4, {"教育局", "社区"}, {"孩子入学咨询", "学校周边交通拥堵"}},
        {"其他", 6, {"社区"}, {"路灯不亮", "快递柜设置", "宠物管理"}},
    };
    return list;
}

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

Result<int> IssueLives::generate(qint64 communityId, int count, int days)
{
    IssueRepository repo(m_db);
    repo.setToday(m_today);
    // The community's households, and its compounds for issues about a place.
    QList<qint64> households;
    if (auto q = runQuery(m_db,
                          QStringLiteral("SELECT h.id FROM household h JOIN grid g ON g.id = h.grid_id WHERE "
                                         "g.community_id = :c AND h.status = 'active' AND h.housing_use <> 'vacant' "
                                         "ORDER BY h.id"),
                          {{QStringLiteral("c"), communityId}}))
        while (q.value().next())
            households << q.value().value(0).toLongLong();
    QStringList compounds;
    if (auto q = runQuery(m_db, QStringLiteral("SELECT name FROM compound WHERE community_id = :c ORDER BY id"),
                          {{QStringLiteral("c"), communityId}}))
        while (q.value().next())
            compounds << q.value().value(0).toString();
    if (households.isEmpty() || compounds.isEmpty())
        return 0;

    QList<double> categoryWeights;
    for (const CategoryPlan &p : plans())
        categoryWeights << p.weight;
    static const QList<const char *> sources
        = {"visit", "hotline", "walk_in", "online", "council", "assigned", "inspection"};
    static const QList<double> sourceWeights = {40, 25, 15, 8, 5, 4, 3};
    static const QList<const char *> handling = {"immediate", "time_limited", "phased"};
    static const QList<double> handlingWeights = {35, 55, 10};
    static const QList<const char *> results
        = {"已现场处理完毕", "已协调责任单位整改到位", "已维修并验收", "已向居民解释政策并办理", "已清理完毕"};

    // Registration dates spread over the days, weekdays more than weekends, oldest first.
    QList<QDate> dates;
    for (int i = 0; i < count; ++i) {
        QDate d = m_today.addDays(-m_rng.between(0, days - 1));
        if (d.dayOfWeek() >= 6 && m_rng.chance(0.6))
            d = d.addDays(d.dayOfWeek() == 6 ? -1 : -2);
        dates << d;
    }
    std::sort(dates.begin(), dates.end());

    for (const QDate &registered : std::as_const(dates)) {
        const CategoryPlan &plan = plans().at(m_rng.weighted(categoryWeights));
        Issue d;
        d.title = utf8(m_rng.pick(plan.titles));
        d.category = utf8(plan.name);
        d.source = utf8(sources.at(m_rng.weighted(sourceWeights)));
        d.registeredDate = registered.toString(Qt::ISODate);
        if (m_rng.chance(0.7)) {
            d.householdId = m_rng.pick(households);
            // Usually the head of the household reports it.
            if (auto head = ResidentRepository(m_db).head(d.householdId))
                d.reporter = head->name;
        } else
            d.location = m_rng.pick(compounds);
        d.communityId = communityId;
        auto issue = repo.add(d, m_actor);
        if (!issue)
            return issue.error();
        const QString number = issue->number;

        // Each step happens some days after the last, and only if that day has come.
        QDate day = registered;
        auto step = [&](IssueAction action, int minDays, int maxDays, auto &&fill) -> Result<bool> {
            const QDate next = day.addDays(m_rng.between(minDays, maxDays));
            if (next > m_today)
                return false;
            IssueActionRequest r;
            r.action = action;
            r.date = next;
            fill(r);
            auto applied = repo.apply(number, r, m_actor);
            if (!applied)
                return applied.error();
            day = next;
            return true;
        };
        auto nothing = [](IssueActionRequest &) {};
        auto reason = [](IssueActionRequest &r) { r.reason = QStringLiteral("不属于本单位职责，请重新交办"); };

        if (m_rng.chance(0.03)) {
            auto rejected = step(IssueAction::Reject, 0, 1, [](IssueActionRequest &r) {
                r.reason = QStringLiteral("属于民事纠纷，已引导当事人依法解决");
            });
            if (!rejected)
                return rejected.error();
            continue;
        }
        auto accepted = step(IssueAction::Accept, 0, m_rng.chance(0.9) ? 1 : 4, nothing);
        if (!accepted)
            return accepted.error();
        if (!accepted.value())
            continue;
        if (m_rng.chance(0.02)) {
            if (auto e = step(IssueAction::Escalate, 0, 2, nothing); !e)
                return e.error();
        }
        const QString type = utf8(handling.at(m_rng.weighted(handlingWeights)));
        const int allowed = LedgerSettings::builtInDeadlineDays(type);
        const int returns = m_rng.chance(0.10) ? (m_rng.chance(0.25) ? 2 : 1) : 0;
        bool open = true;
        for (int round = 0; round <= returns && open; ++round) {
            auto dispatched = step(IssueAction::Dispatch, 0, 2, [&](IssueActionRequest &r) {
                r.department = utf8(plan.departments.at(std::min<qsizetype>(round, plan.departments.size() - 1)));
                r.handlingType = type;
            });
            if (!dispatched)
                return dispatched.error();
            if (!dispatched.value()) {
                open = false;
                break;
            }
            if (round < returns) {
                auto returned = step(IssueAction::Return, 1, 3, reason);
                if (!returned)
                    return returned.error();
                open = returned.value();
            }
        }
        if (!open)
            continue;
        auto started = step(IssueAction::Start, 0, 1, nothing);
        if (!started || !started.value()) {
            if (!started)
                return started.error();
            continue;
        }
        // Most finish within the deadline; about one in six takes longer.
        const bool late = m_rng.chance(0.16);
        const int duration
            = late ? allowed + m_rng.between(1, allowed / 2 + 3) : m_rng.between(0, std::max(0, allowed - 2));
        for (int attempt = 0; attempt < 2; ++attempt) {
            auto resolved = step(IssueAction::Resolve, attempt == 0 ? duration : 3, attempt == 0 ? duration : 12,
                                 [&](IssueActionRequest &r) { r.result = utf8(m_rng.pick(results)); });
            if (!resolved)
                return resolved.error();
            if (!resolved.value())
                break;
            // A second fix satisfies, at least fairly: no issue stays reopened for good.
            const double r = m_rng.real() * (attempt == 0 ? 1.0 : 0.95);
            const QString satisfaction = r < 0.80 ? QStringLiteral("满意")
                : r < 0.95                        ? QStringLiteral("基本满意")
                                                  : QStringLiteral("不满意");
            auto followed
                = step(IssueAction::FollowUp, 1, 5, [&](IssueActionRequest &q) { q.satisfaction = satisfaction; });
            if (!followed)
                return followed.error();
            if (!followed.value())
                break;
            if (satisfaction == QStringLiteral("不满意"))
                continue; // reopened: resolved again, then followed up again
            auto closed = step(IssueAction::Close, 1, 3, nothing);
            if (!closed)
                return closed.error();
            break;
        }
    }
    return count;
}

} // namespace linli::demo
