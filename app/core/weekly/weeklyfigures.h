#pragma once

#include "common/result.h"
#include "ledger/issuetypes.h"
#include "weekly/isoweek.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace linli {

class Database;

// The figures of DESIGN.md's weekly cycle for one week and one scope, exactly as defined there.
// They are computed from the issues' history as it stood at the end of the week's Sunday (the
// status, deadline, department and follow-up result that the events up to that day give), so a
// past week's figures do not move when the ledger changes later.
//
// Where DESIGN.md leaves a choice, these are the readings taken:
// - 累计办结 (resolved to date) counts the issues in a resolved state (已办结, 已回访, 已销号) at
//   the end of Sunday: an issue reopened by a dissatisfied follow-up and not resolved again is
//   open, and counts in 在办 and, past its deadline, in 超期未办结. 本周办结 counts resolution
//   events, which a later reopening does not undo.
// - The resolution date of an issue resolved more than once is its latest resolution; 按期
//   compares it with the deadline in force on Sunday; an issue that never had a deadline is not
//   late.
// - 满意率 takes each issue's latest follow-up result on or before Sunday.
// - Departments are those the issues were dispatched to as of Sunday; an issue not dispatched
//   has none. Visits and coverage have no meaning for a category or department and are null
//   there.
struct WeeklyFigures {
    int newIssues = 0; // 本周新增
    int rejected = 0; // registered in W and 不予受理 by Sunday
    int resolvedThisWeek = 0; // 本周办结
    int accepted = 0; // 累计受理
    int resolvedToDate = 0; // 累计办结
    int open = 0; // 在办
    int overdueOpen = 0; // 超期未办结
    int resolvedOnTime = 0; // numerator of 按期办结率
    int followedUp = 0; // denominator of 满意率
    int satisfied = 0; // 满意 + 基本满意
    qint64 daysToResolve = 0; // sum over resolved to date, for 平均办理天数
    qint64 overdueDays = 0; // sum over the overdue open issues of the days past their deadline
    // Visits; absent for category and department scopes.
    std::optional<int> visitedThisWeek; // distinct households visited in W
    std::optional<int> visitedThisYear; // distinct households visited in the period
    std::optional<int> activeHouseholds; // at the end of Sunday

    // Null when the denominator is 0.
    std::optional<double> resolutionRate() const { return ratio(resolvedToDate, accepted); }
    std::optional<double> onTimeRate() const { return ratio(resolvedOnTime, resolvedToDate); }
    std::optional<double> satisfactionRate() const { return ratio(satisfied, followedUp); }
    std::optional<double> averageDays() const
    {
        return resolvedToDate ? std::optional<double>(double(daysToResolve) / resolvedToDate) : std::nullopt;
    }
    std::optional<double> coverage() const
    {
        return visitedThisYear && activeHouseholds ? ratio(*visitedThisYear, *activeHouseholds) : std::nullopt;
    }

private:
    static std::optional<double> ratio(qint64 part, qint64 whole)
    {
        return whole ? std::optional<double>(double(part) / double(whole)) : std::nullopt;
    }
};

// all, community:NAME, grid:NAME (or 社区名/网格名), category:NAME, department:NAME.
struct WeeklyScope {
    enum class Kind { All, Community, Grid, Category, Department };
    Kind kind = Kind::All;
    qint64 id = 0; // community, grid or department
    QString name; // as written, for labels; the category itself for a category scope

    QString text() const; // all, community:幸福社区, ...
};

// An issue under red warning (红色预警) at the end of the week, as the bulletin names it.
struct RedWarning {
    QString number;
    QString title;
    QString department;
    QString deadline;
    QStringList reasons;
};

struct WeeklyReport {
    IsoWeek week;
    WeeklyScope scope;
    WeeklyFigures totals;
    WeeklyFigures previous; // W-1, same scope
    // By name, in the order of the names.
    QList<std::pair<QString, WeeklyFigures>> byCategory;
    QList<std::pair<QString, WeeklyFigures>> byGrid; // 社区名/网格名 when there are several communities
    QList<std::pair<QString, WeeklyFigures>> byCommunity; // with visit figures, as the grids
    QList<std::pair<QString, WeeklyFigures>> byDepartment;
    // The rows of the issues with no grid (registered at a location) and of those not yet
    // dispatched: each breakdown adds up to the totals. They sort last.
    // The bulletin's red warnings (WeeklyBulletins::liveReport); absent in the figures of
    // report() and in editions published before bulletins recorded them.
    std::optional<QList<RedWarning>> redWarnings;
    static QString noGrid() { return QStringLiteral("（无网格）"); }
    static QString noCommunity() { return QStringLiteral("（无社区）"); }
    static QString notDispatched() { return QStringLiteral("（未交办）"); }
};

// 周调度: the list for the Monday meeting after week W: the issues open at the end of W's
// Sunday, each as its history stood then (status, department, deadline, returns, escalation,
// follow-up result) with its warning as of that day, the days since it was registered, and on
// how many weekly lists it has stood: the weeks up to W at whose Sunday it was open. The list
// of a past week therefore stays as it was; what was decided since is listed beside each
// issue. The assignee, handling type and text are the issue's current ones.
struct DispatchItem {
    Issue issue;
    WarningLevel warning = WarningLevel::None;
    QStringList reasons;
    int daysOpen = 0;
    int weeksCarried = 0;
    // What was decided after the Sunday (in the meeting or since), from the issue's events:
    // "11-24 改期 2026-12-05", "11-24 改派 住建", "11-24 上报".
    QStringList decisions;
    // The issue's status and escalation now, for the decisions that can still be taken on it.
    QString statusNow;
    bool escalatedNow = false;
};

struct DispatchList {
    IsoWeek week;
    WeeklyScope scope;
    QList<DispatchItem> open; // 已交办 and 办理中: red first, then amber, then by deadline
    QList<DispatchItem> undispatched; // 已受理, not yet dispatched: the oldest first
};

// One point of the charts' weekly series.
struct WeeklyPoint {
    IsoWeek week;
    WeeklyFigures figures; // without visits
};

class WeeklyStatistics final
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyStatistics)
public:
    explicit WeeklyStatistics(Database &db) : m_db(db) { }

    // Reads all, community:NAME, grid:NAME, category:NAME or department:NAME.
    Result<WeeklyScope> parseScope(const QString &text);
    // Whether the connection's user may see a scope's figures and lists: everything for street
    // staff and administrators; their community, or a grid of it, for a community admin; one
    // of their grids for a grid worker. Refused (and audited) otherwise.
    Status checkScope(const WeeklyScope &scope);
    // The widest scope the user may see: all, their community, or their first grid.
    Result<WeeklyScope> defaultScope();

    Result<WeeklyReport> report(const IsoWeek &week, const WeeklyScope &scope = {});
    // The weeks first..last (totals only, no visits), for the charts.
    Result<QList<WeeklyPoint>> series(const IsoWeek &first, const IsoWeek &last, const WeeklyScope &scope = {});

    Result<DispatchList> dispatchList(const IsoWeek &week, const WeeklyScope &scope = {});

    // The report as DESIGN.md's JSON object: rates as fractions to 4 places, average days to
    // 2 places, null where a denominator is 0.
    static QByteArray json(const WeeklyReport &report);
    // Reads a report back from json() or a published bulletin's figures: every count and sum
    // is in it, so the rates come out exactly as they were.
    static Result<WeeklyReport> fromJson(const QByteArray &json);

private:
    Database &m_db;
};

} // namespace linli
