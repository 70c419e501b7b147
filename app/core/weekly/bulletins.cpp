#include "bulletins.h"

#include "access/permissions.h"
#include "storage/auditledger.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <tuple>

namespace linli {

WeeklyLists WeeklyLists::of(const WeeklyReport &report)
{
    struct Ranked {
        QString name;
        const WeeklyFigures *f;
    };
    QList<Ranked> ranked;
    for (const auto &[name, figures] : report.byDepartment)
        if (figures.accepted >= kMinimumAccepted && name != WeeklyReport::notDispatched())
            ranked << Ranked{name, &figures};
    // -1 stands for a missing rate, which ranks below any rate; missing days rank last.
    auto key = [](const Ranked &r) {
        return std::tuple{r.f->resolutionRate().value_or(-1), r.f->onTimeRate().value_or(-1),
                          -r.f->averageDays().value_or(std::numeric_limits<double>::max())};
    };
    std::stable_sort(ranked.begin(), ranked.end(), [&](const Ranked &a, const Ranked &b) { return key(a) > key(b); });
    WeeklyLists lists;
    for (const Ranked &r : std::as_const(ranked)) {
        lists.ranking << r.name;
        const bool qualifies = r.f->resolutionRate().value_or(0) >= kRedListRate && r.f->overdueOpen == 0;
        if (!qualifies)
            continue;
        if (lists.red.size() < kRedListSize)
            lists.red << r.name;
        else if (key(r) == key(*std::find_if(ranked.cbegin(), ranked.cend(), [&](const Ranked &x) {
                     return x.name == lists.red.constLast();
                 })))
            lists.red << r.name; // tied with the last one in
    }
    QList<Ranked> overdue;
    for (const auto &[name, figures] : report.byDepartment)
        if (figures.overdueOpen > 0)
            overdue << Ranked{name, &figures};
    std::stable_sort(overdue.begin(), overdue.end(), [](const Ranked &a, const Ranked &b) {
        return std::pair{a.f->overdueOpen, a.f->overdueDays} > std::pair{b.f->overdueOpen, b.f->overdueDays};
    });
    for (const Ranked &r : std::as_const(overdue))
        lists.black << r.name;
    return lists;
}

QByteArray WeeklyBulletins::figuresOf(const WeeklyReport &report)
{
    QJsonObject o = QJsonDocument::fromJson(WeeklyStatistics::json(report)).object();
    const WeeklyLists lists = WeeklyLists::of(report);
    o.insert(QStringLiteral("ranking"), QJsonArray::fromStringList(lists.ranking));
    o.insert(QStringLiteral("red_list"), QJsonArray::fromStringList(lists.red));
    o.insert(QStringLiteral("black_list"), QJsonArray::fromStringList(lists.black));
    if (report.redWarnings) {
        QJsonArray red;
        for (const RedWarning &w : *report.redWarnings)
            red.append(QJsonObject{{QStringLiteral("number"), w.number},
                                   {QStringLiteral("title"), w.title},
                                   {QStringLiteral("department"), w.department},
                                   {QStringLiteral("deadline"), w.deadline},
                                   {QStringLiteral("reasons"), QJsonArray::fromStringList(w.reasons)}});
        o.insert(QStringLiteral("red_warnings"), red);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString WeeklyBulletins::hashOf(const QByteArray &figures)
{
    return QString::fromLatin1(QCryptographicHash::hash(figures, QCryptographicHash::Sha256).toHex());
}

Result<BulletinEdition> WeeklyBulletins::publish(const IsoWeek &week, const WeeklyScope &scope, const QString &reason,
                                                 const Actor &actor)
{
    if (!week.isValid())
        return Error{ErrorCode::Invalid, tr("'%1' is not a week.").arg(week.label()), QStringLiteral("week")};
    if (week.sunday() >= m_today)
        return Error{ErrorCode::Invalid,
                     tr("%1 has not ended yet: a week is published once its Sunday is over.").arg(week.chineseLabel()),
                     QStringLiteral("week")};
    // Community admins publish their community's bulletin, street staff the street's.
    if (Status s = Access::require(m_db, actor, Permission::Publish); !s)
        return s.error();
    if (Access::reach(actor) == Access::Reach::Community
        && (scope.kind != WeeklyScope::Kind::Community || scope.id != actor.communityId))
        return Access::refuse(m_db, actor, QStringLiteral("weekly_report"), 0, QStringLiteral("scope"),
                              tr("A community administrator publishes the bulletin of their own community."));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto earlier = editions(week, scope.text());
    if (!earlier)
        return earlier.error();
    auto report = liveReport(week, scope);
    if (!report)
        return report.error();
    BulletinEdition e;
    e.week = week;
    e.scope = scope.text();
    e.edition = int(earlier->size()) + 1;
    e.publishedBy = actor.login;
    e.publishedByName = actor.shownName();
    e.publishedAt = nowText();
    e.reason = reason.trimmed();
    e.figures = figuresOf(report.value());
    e.figuresHash = hashOf(e.figures);
    if (!earlier->isEmpty()) {
        if (e.reason.isEmpty())
            return Error{ErrorCode::Invalid,
                         tr("%1 is already published (edition %2): a corrected edition needs a reason.")
                             .arg(week.chineseLabel())
                             .arg(earlier->size()),
                         QStringLiteral("reason")};
        if (earlier->constLast().figuresHash == e.figuresHash)
            return Error{ErrorCode::Conflict,
                         tr("The figures of %1 are the same as in edition %2; there is nothing to correct.")
                             .arg(week.chineseLabel())
                             .arg(earlier->size()),
                         QStringLiteral("week")};
    }
    auto digest = AuditLedger::current(m_db);
    if (!digest)
        return digest.error();
    e.auditDigest = digest->text();
    auto meta = Records::insert(
        m_db, actor, QStringLiteral("weekly_report"),
        {{QStringLiteral("week"), e.week.label()},
         {QStringLiteral("scope"), e.scope},
         {QStringLiteral("edition"), e.edition},
         {QStringLiteral("published_by"), e.publishedBy},
         {QStringLiteral("published_at"), e.publishedAt},
         {QStringLiteral("reason"), e.reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(e.reason)},
         {QStringLiteral("figures"), QString::fromUtf8(e.figures)},
         {QStringLiteral("figures_hash"), e.figuresHash},
         {QStringLiteral("audit_digest"), e.auditDigest}});
    if (!meta)
        return meta.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    e.meta = meta.value();
    return e;
}

Result<QList<BulletinEdition>> WeeklyBulletins::editions(const IsoWeek &week, const QString &scope)
{
    QList<BulletinEdition> out;
    Status s = readRows(m_db,
                        QStringLiteral("SELECT r.*, COALESCE(u.display_name, r.published_by) AS published_by_name FROM "
                                       "weekly_report r LEFT JOIN \"user\" u ON u.name = r.published_by WHERE r.week "
                                       "= :week AND r.scope = :scope ORDER BY r.edition"),
                        {{QStringLiteral("week"), week.label()}, {QStringLiteral("scope"), scope}},
                        [&out, &week](const QSqlQuery &q) {
                            BulletinEdition e;
                            e.meta = RecordMeta::fromQuery(q);
                            e.week = week;
                            e.scope = q.value(QStringLiteral("scope")).toString();
                            e.edition = q.value(QStringLiteral("edition")).toInt();
                            e.publishedBy = q.value(QStringLiteral("published_by")).toString();
                            e.publishedByName = q.value(QStringLiteral("published_by_name")).toString();
                            e.publishedAt = q.value(QStringLiteral("published_at")).toString();
                            e.reason = q.value(QStringLiteral("reason")).toString();
                            e.figures = q.value(QStringLiteral("figures")).toString().toUtf8();
                            e.figuresHash = q.value(QStringLiteral("figures_hash")).toString();
                            e.auditDigest = q.value(QStringLiteral("audit_digest")).toString();
                            out << e;
                        });
    if (!s)
        return s.error();
    return out;
}

Result<BulletinEdition> WeeklyBulletins::edition(const IsoWeek &week, const QString &scope, int number)
{
    auto all = editions(week, scope);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return Error{ErrorCode::NotFound, tr("%1 has not been published.").arg(week.chineseLabel()),
                     QStringLiteral("week")};
    if (number == 0)
        return all->constLast();
    if (number < 0 || number > all->size())
        return Error{ErrorCode::NotFound,
                     tr("%1 has editions 1 to %2, not %3.").arg(week.chineseLabel()).arg(all->size()).arg(number),
                     QStringLiteral("edition")};
    return all->at(number - 1);
}

Result<WeeklyReport> WeeklyBulletins::liveReport(const IsoWeek &week, const WeeklyScope &scope)
{
    WeeklyStatistics statistics(m_db);
    auto r = statistics.report(week, scope);
    if (!r)
        return r;
    auto list = statistics.dispatchList(week, scope);
    if (!list)
        return list.error();
    QList<RedWarning> red;
    for (const DispatchItem &item : list->open + list->undispatched)
        if (item.warning == WarningLevel::Red)
            red << RedWarning{item.issue.number, item.issue.title, item.issue.departmentName, item.issue.deadline,
                              item.reasons};
    r.value().redWarnings = red;
    return r;
}

Result<Bulletin> WeeklyBulletins::bulletin(const IsoWeek &week, const WeeklyScope &scope, int number)
{
    if (Status s = WeeklyStatistics(m_db).checkScope(scope); !s)
        return s.error();
    auto published = edition(week, scope.text(), number);
    if (!published && (number > 0 || published.error().code != ErrorCode::NotFound))
        return published.error();
    Bulletin b;
    auto report = published ? WeeklyStatistics::fromJson(published->figures) : liveReport(week, scope);
    if (!report)
        return report.error();
    b.report = report.value();
    if (published)
        b.edition = published.value();
    return b;
}

} // namespace linli
