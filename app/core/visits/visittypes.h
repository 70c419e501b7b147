#pragma once

#include "common/choices.h"
#include "storage/records.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace linli {

struct Visit {
    RecordMeta meta;
    qint64 householdId = 0;
    QString visitDate; // YYYY-MM-DD
    QString visitor;
    QString kind = QStringLiteral("routine"); // routine, care, follow_up, verification
    QStringList personsMet; // names of the members met, stored joined with 、
    QString notes;
    QString findings;
    // Read with the visit, not written.
    QString address;
    QString gridName;
};

struct VisitFilter {
    qint64 gridId = 0;
    qint64 householdId = 0;
    QDate from;
    QDate to;
    QString visitor;
    QString kind;
    QString text; // in the address, notes or findings
};

// A household's next visit as of a day.
struct VisitDue {
    qint64 householdId = 0;
    QString householdUuid;
    QString address;
    QString sortKey;
    QString gridName;
    QString head; // the head of the household, if any
    QDate lastVisit; // null: never visited
    int intervalDays = 365;
    QStringList tags; // the care tags in force, the shortest interval first
    QDate dueDate; // null: never visited, so due now
    bool isDue(const QDate &asOf) const { return !dueDate.isValid() || dueDate <= asOf; }
};

struct DueFilter {
    qint64 gridId = 0;
    // A grid worker's list: their account's grids (VisitRepository::workerGrids).
    QString worker;
    QDate asOf = QDate::currentDate();
    int withinDays = 0; // also those due in the next N days
};

// Coverage of one place (or of the whole register) for a year.
struct CoverageFigures {
    qint64 activeHouseholds = 0;
    qint64 visitedHouseholds = 0;
    std::optional<double> rate() const
    {
        return activeHouseholds ? std::optional<double>(double(visitedHouseholds) / double(activeHouseholds))
                                : std::nullopt;
    }
    qint64 unvisited() const { return activeHouseholds - visitedHouseholds; }
    // The rate as shown on screen and paper (one decimal), or `none` when there is no rate.
    QString percentText(const QString &none) const
    {
        const auto r = rate();
        return r ? QStringLiteral("%1%").arg(*r * 100.0, 0, 'f', 1) : none;
    }
};

struct CoverageRow {
    qint64 id = 0;
    QString name; // the grid (社区名/网格名 with several communities), compound or building
    CoverageFigures figures;
    qint64 gridId = 0; // a building's grid
};

struct CoverageReport {
    int year = 0;
    QDate asOf; // the end of the year, or today within the current year
    CoverageFigures total;
    QList<CoverageRow> byCommunity;
    QList<CoverageRow> byGrid;
    QList<CoverageRow> byCompound;
    QList<CoverageRow> byBuilding; // named 小区 楼栋
};

namespace choices {
const QList<Choice> &visitKind();
} // namespace choices

} // namespace linli
