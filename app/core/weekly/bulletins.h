#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "storage/records.h"
#include "weekly/weeklyfigures.h"

#include <QCoreApplication>
#include <QDate>

namespace linli {

// The bulletin's 红榜 and 黑榜 of a report's departments. Departments with at least 3 accepted
// issues in the period are ranked by resolution rate (high first), then on-time rate (high
// first), then average days (few first); a missing rate ranks last. 红榜: the first three of
// the ranking with a resolution rate of at least 90% and no overdue open issue, and any tied
// with the third on all three keys (a tie is not broken by the name). 黑榜: every department
// with an overdue open issue, the most overdue issues first, then the most days overdue.
struct WeeklyLists {
    QStringList ranking;
    QStringList red;
    QStringList black;

    static constexpr int kMinimumAccepted = 3;
    static constexpr int kRedListSize = 3;
    static constexpr double kRedListRate = 0.9;
    static WeeklyLists of(const WeeklyReport &report);
};

// A published 周通报: the figures of a week and scope frozen as they were published, so that
// printing it again next month gives the same bulletin after the ledger has changed. A
// correction is a new edition with a reason; every edition stays readable.
struct BulletinEdition {
    RecordMeta meta;
    IsoWeek week;
    QString scope; // as WeeklyScope::text()
    int edition = 0;
    QString publishedBy;
    QString publishedByName; // the account's display name, as timelines and documents show it
    QString publishedAt;
    QString reason;
    QByteArray figures; // the bulletin's JSON: the weekly figures with the 红榜, 黑榜 and ranking
    QString figuresHash; // SHA-256 of `figures`, hex
    QString auditDigest; // the audit log's digest (COUNT:HASH) as it was published, kept on the paper
};

// What a bulletin shows: a published edition's frozen figures, or the live figures of a draft.
struct Bulletin {
    WeeklyReport report;
    std::optional<BulletinEdition> edition; // absent: a draft
};

class WeeklyBulletins final
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyBulletins)
public:
    explicit WeeklyBulletins(Database &db) : m_db(db) { }
    void setToday(const QDate &today) { m_today = today; }

    // Freezes the live figures as the next edition. A week that has not ended cannot be
    // published; a second edition needs a reason and must differ from the one before.
    Result<BulletinEdition> publish(const IsoWeek &week, const WeeklyScope &scope, const QString &reason,
                                    const Actor &actor);
    // Oldest first.
    Result<QList<BulletinEdition>> editions(const IsoWeek &week, const QString &scope);
    // Edition `number`, or the latest with 0; NotFound when the week is not published.
    Result<BulletinEdition> edition(const IsoWeek &week, const QString &scope, int number = 0);

    // The live figures of a bulletin: the report with the red warnings, the issues of the
    // dispatch list under red warning.
    Result<WeeklyReport> liveReport(const IsoWeek &week, const WeeklyScope &scope = {});
    // Edition `number` of the week (the latest with 0), or the live figures with the red warnings
    // as a draft when the week is not published. A missing edition `number` is NotFound.
    Result<Bulletin> bulletin(const IsoWeek &week, const WeeklyScope &scope, int number = 0);

    // The bulletin's JSON of a live report: WeeklyStatistics::json() with ranking, red_list and
    // black_list (and red_warnings when the report has them), written compactly (it is hashed).
    static QByteArray figuresOf(const WeeklyReport &report);
    static QString hashOf(const QByteArray &figures);

private:
    Database &m_db;
    QDate m_today = QDate::currentDate();
};

} // namespace linli
