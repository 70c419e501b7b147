#pragma once

// What the weekly figures and the dispatch list read: each issue's history, from its events,
// replayed to the end of a day; and the places and departments they are broken down by. Used
// by weeklyfigures.cpp and dispatchlist.cpp only.

#include "common/result.h"
#include "ledger/workflow.h"

#include <QByteArrayView>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace linli {

class Database;

namespace weekly {

// Statuses and follow-up results as read from the events (codes, without a string each).
enum class Status8 : quint8 { None, New, Rejected, Resolved, Open };
enum class Result8 : quint8 { None, Satisfied, Dissatisfied };
struct Event {
    QDate date;
    std::optional<IssueAction> action; // none for the registration
    Status8 toStatus = Status8::None;
    const char *toCode = nullptr; // the status it left, from choices::issueStatus(); null for none
    qint64 departmentId = 0;
    QDate deadline;
    Result8 satisfaction = Result8::None;
};

struct IssueHistory {
    qint64 id = 0;
    QDate registered;
    QString category;
    qint64 communityId = 0;
    qint64 gridId = 0;
    QList<Event> events; // by date, then as written
};

// An issue as its events up to the end of a day left it.
struct State {
    Status8 status = Status8::None;
    const char *statusCode = nullptr; // from choices::issueStatus()
    qint64 departmentId = 0;
    QDate deadline;
    QDate resolved; // the latest resolution
    Result8 satisfaction = Result8::None; // the latest follow-up result
    QDate accepted; // the latest 受理 or 退回
    QDate dispatched; // the latest 交办 or 改派
    int returns = 0;
    bool escalated = false;
};

State stateAt(const IssueHistory &issue, const QDate &day);
bool resolvedWithin(const IssueHistory &issue, const QDate &from, const QDate &to);
// YYYY-MM-DD as stored; an invalid date for anything else (a null column).
QDate isoDate(QByteArrayView text);

// The events up to `to` of `issues`, which `which` (a condition on e.issue_id, with its binds)
// selects, read from the issue's event index alone, in date order.
Status loadEvents(Database &db, QList<IssueHistory> &issues, const QString &which, QVariantMap binds, const QDate &to);
// The issues registered from `from` to `to`, or resolved in that time, with their events up to
// `to`.
Result<QList<IssueHistory>> loadHistory(Database &db, const QDate &from, const QDate &to);

// Grid id -> community id, each grid's label (its name when the register has one community,
// 社区名/网格名 when it has several, as DESIGN.md keys by_grid), each community's and each
// department's name.
struct Places {
    QHash<qint64, qint64> communityOfGrid;
    QHash<qint64, QString> gridLabel;
    QHash<qint64, QString> communityName;
    QHash<qint64, QString> departmentName;
};
Result<Places> loadPlaces(Database &db);

} // namespace weekly

} // namespace linli
