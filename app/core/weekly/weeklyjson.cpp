// The weekly report as DESIGN.md's JSON object, and read back from it (a published bulletin's
// frozen figures).
#include "weeklyfigures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace linli {

namespace {

// Rates and averages unrounded, as DESIGN.md requires: rounding is for the screen and paper.
QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue count(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject figuresJson(const WeeklyFigures &f)
{
    return QJsonObject{
        {QStringLiteral("new"), f.newIssues},
        {QStringLiteral("rejected"), f.rejected},
        {QStringLiteral("resolved"), f.resolvedThisWeek},
        {QStringLiteral("accepted"), f.accepted},
        {QStringLiteral("resolved_to_date"), f.resolvedToDate},
        {QStringLiteral("open"), f.open},
        {QStringLiteral("overdue_open"), f.overdueOpen},
        {QStringLiteral("resolved_on_time"), f.resolvedOnTime},
        {QStringLiteral("followed_up"), f.followedUp},
        {QStringLiteral("satisfied"), f.satisfied},
        {QStringLiteral("days_to_resolve"), f.daysToResolve},
        {QStringLiteral("overdue_days"), f.overdueDays},
        {QStringLiteral("resolution_rate"), number(f.resolutionRate())},
        {QStringLiteral("on_time_rate"), number(f.onTimeRate())},
        {QStringLiteral("satisfaction_rate"), number(f.satisfactionRate())},
        {QStringLiteral("average_days"), number(f.averageDays())},
        {QStringLiteral("households_visited_week"), count(f.visitedThisWeek)},
        {QStringLiteral("households_visited_year"), count(f.visitedThisYear)},
        {QStringLiteral("active_households"), count(f.activeHouseholds)},
        {QStringLiteral("coverage_rate"), number(f.coverage())},
    };
}

QJsonObject breakdownJson(const QList<std::pair<QString, WeeklyFigures>> &rows)
{
    QJsonObject o;
    for (const auto &[name, figures] : rows)
        o.insert(name, figuresJson(figures));
    return o;
}

WeeklyFigures figuresFromJson(const QJsonObject &o)
{
    WeeklyFigures f;
    f.newIssues = o.value(QStringLiteral("new")).toInt();
    f.rejected = o.value(QStringLiteral("rejected")).toInt();
    f.resolvedThisWeek = o.value(QStringLiteral("resolved")).toInt();
    f.accepted = o.value(QStringLiteral("accepted")).toInt();
    f.resolvedToDate = o.value(QStringLiteral("resolved_to_date")).toInt();
    f.open = o.value(QStringLiteral("open")).toInt();
    f.overdueOpen = o.value(QStringLiteral("overdue_open")).toInt();
    f.resolvedOnTime = o.value(QStringLiteral("resolved_on_time")).toInt();
    f.followedUp = o.value(QStringLiteral("followed_up")).toInt();
    f.satisfied = o.value(QStringLiteral("satisfied")).toInt();
    f.daysToResolve = o.value(QStringLiteral("days_to_resolve")).toInteger();
    f.overdueDays = o.value(QStringLiteral("overdue_days")).toInteger();
    // Bulletins frozen before the keys followed DESIGN.md carry the older names.
    auto optional = [&o](const char *key, const char *olderKey) {
        QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            v = o.value(QLatin1String(olderKey));
        return v.isNull() || v.isUndefined() ? std::optional<int>() : std::optional<int>(v.toInt());
    };
    f.visitedThisWeek = optional("households_visited_week", "visited_households");
    f.visitedThisYear = optional("households_visited_year", "visited_households_year");
    f.activeHouseholds = optional("active_households", "active_households");
    return f;
}

QList<std::pair<QString, WeeklyFigures>> breakdownFromJson(const QJsonObject &o)
{
    QList<std::pair<QString, WeeklyFigures>> rows;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        rows << std::pair{it.key(), figuresFromJson(it.value().toObject())};
    return rows;
}

} // namespace

Result<WeeklyReport> WeeklyStatistics::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const QJsonObject o = document.object();
    auto week = IsoWeek::parse(o.value(QStringLiteral("week")).toString());
    if (error.error != QJsonParseError::NoError || !document.isObject() || !week)
        return Error{ErrorCode::Invalid, tr("The stored figures cannot be read: %1").arg(error.errorString()),
                     QStringLiteral("figures")};
    WeeklyReport r;
    r.week = week.value();
    const QString scope = o.value(QStringLiteral("scope")).toString();
    const qsizetype colon = scope.indexOf(QLatin1Char(':'));
    const QString kind = scope.left(colon);
    r.scope.name = colon > 0 ? scope.mid(colon + 1) : QString();
    r.scope.kind = kind == QLatin1String("community") ? WeeklyScope::Kind::Community
        : kind == QLatin1String("grid")               ? WeeklyScope::Kind::Grid
        : kind == QLatin1String("category")           ? WeeklyScope::Kind::Category
        : kind == QLatin1String("department")         ? WeeklyScope::Kind::Department
                                                      : WeeklyScope::Kind::All;
    r.totals = figuresFromJson(o.value(QStringLiteral("totals")).toObject());
    r.previous = figuresFromJson(o.value(QStringLiteral("previous")).toObject());
    r.byCategory = breakdownFromJson(o.value(QStringLiteral("by_category")).toObject());
    r.byGrid = breakdownFromJson(o.value(QStringLiteral("by_grid")).toObject());
    r.byCommunity = breakdownFromJson(o.value(QStringLiteral("by_community")).toObject());
    r.byDepartment = breakdownFromJson(o.value(QStringLiteral("by_department")).toObject());
    if (o.contains(QStringLiteral("red_warnings"))) {
        QList<RedWarning> red;
        for (const QJsonValue &v : o.value(QStringLiteral("red_warnings")).toArray()) {
            const QJsonObject w = v.toObject();
            QStringList reasons;
            for (const QJsonValue &reason : w.value(QStringLiteral("reasons")).toArray())
                reasons << reason.toString();
            red << RedWarning{w.value(QStringLiteral("number")).toString(), w.value(QStringLiteral("title")).toString(),
                              w.value(QStringLiteral("department")).toString(),
                              w.value(QStringLiteral("deadline")).toString(), reasons};
        }
        r.redWarnings = red;
    }
    return r;
}

QByteArray WeeklyStatistics::json(const WeeklyReport &report)
{
    const QJsonObject o{
        {QStringLiteral("week"), report.week.label()},
        {QStringLiteral("from"), report.week.monday().toString(Qt::ISODate)},
        {QStringLiteral("to"), report.week.sunday().toString(Qt::ISODate)},
        {QStringLiteral("scope"), report.scope.text()},
        {QStringLiteral("totals"), figuresJson(report.totals)},
        {QStringLiteral("previous"), figuresJson(report.previous)},
        {QStringLiteral("by_category"), breakdownJson(report.byCategory)},
        {QStringLiteral("by_grid"), breakdownJson(report.byGrid)},
        {QStringLiteral("by_community"), breakdownJson(report.byCommunity)},
        {QStringLiteral("by_department"), breakdownJson(report.byDepartment)},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace linli
