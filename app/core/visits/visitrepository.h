#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "visits/visittypes.h"

#include <QCoreApplication>

namespace linli {

class Database;

// The visit log (走访台账), the due dates it drives and the yearly coverage.
//
// A household's next visit is due at its last visit plus the shortest interval among the care
// tags in force for the household and its active members (365 days with none); a household
// never visited is due now. A tag with a minimum age (高龄: 80) applies to every active member
// of that age, tagged or not. Coverage for a year: the active households (at the end of the
// year, or today within the current year) visited at least once in the year, over the active
// households.
class VisitRepository final
{
    Q_DECLARE_TR_FUNCTIONS(VisitRepository)
public:
    explicit VisitRepository(Database &db) : m_db(db) { }
    void setToday(const QDate &today) { m_today = today; }

    static constexpr int kNoTagInterval = 365;

    Result<Visit> add(Visit visit, const Actor &actor);
    Result<Visit> get(qint64 id);
    // Newest first.
    // Newest first (date, id): from a row, or the page after `after` (keyset paging).
    Result<QList<Visit>> list(const VisitFilter &filter, int offset = 0, int limit = 1000000);
    Result<QList<Visit>> page(const VisitFilter &filter, const Visit *after, int limit);
    Result<int> count(const VisitFilter &filter);

    // Households due (or overdue) for a visit as of filter.asOf, in walking order: compound,
    // building, unit and room, numbers in numeric order.
    Result<QList<VisitDue>> due(const DueFilter &filter);
    // The grids a worker covers: those assigned to their account (by login or display name);
    // for a name without an account, those where they logged visits in the year before `asOf`.
    Result<QList<qint64>> workerGrids(const QString &worker, const QDate &asOf);
    // Everyone who logged a visit in the year before `asOf`, by name.
    Result<QStringList> workers(const QDate &asOf);
    // One household's due date with the tags behind it.
    Result<VisitDue> dueFor(qint64 householdId, const QDate &asOf);

    Result<CoverageReport> coverage(int year);
    // The households counted as active and not visited in the year, in walking order; 0 ids
    // mean any.
    Result<QList<VisitDue>> unvisited(int year, qint64 gridId = 0, qint64 compoundId = 0, qint64 buildingId = 0);

    // The day coverage of `year` is counted at.
    QDate coverageDate(int year) const;

private:
    Result<QList<Visit>> read(const VisitFilter &filter, const Visit *after, int offset, int limit);
    struct AgeTag {
        QString name;
        int minAge = 0;
        int days = 0;
    };
    Result<QList<AgeTag>> ageTags();
    QString where(const VisitFilter &filter, QVariantMap *binds) const;
    Database &m_db;
    QDate m_today = QDate::currentDate();
};

} // namespace linli
