#pragma once

#include "ledger/workflow.h"
#include "storage/records.h"

#include <QDate>
#include <QString>

namespace linli {

// A resident's problem in the ledger (问题); the row is its latest state, its events its history.
struct Issue {
    RecordMeta meta;
    QString number; // YYYY-NNNNNN
    QString title;
    QString description;
    QString category;
    QString subcategory;
    QString source = QStringLiteral("walk_in");
    QString reporter;
    QString reporterPhone;
    qint64 communityId = 0;
    qint64 gridId = 0;
    qint64 householdId = 0;
    qint64 visitId = 0; // the visit it was found on, if any
    QString location;
    QString handlingType;
    QString registeredDate;
    QString acceptedDate; // when it last became accepted (accept or return)
    QString dispatchedDate; // when it was last dispatched
    qint64 departmentId = 0;
    QString departmentName;
    QString assignee;
    QString deadline;
    QString status = QStringLiteral("new");
    QString resolvedDate;
    QString result;
    QString followUpDate;
    QString satisfaction;
    QString closedDate;
    int returnCount = 0;
    bool escalated = false;
};

struct IssueEvent {
    RecordMeta meta;
    qint64 issueId = 0;
    QString eventTime;
    QString eventDate;
    QString userName;
    QString kind; // register, accept, dispatch, ..., the action codes of Workflow
    QString fromStatus;
    QString toStatus;
    QString departmentName;
    QString text; // what the person wrote: a reason or a result (older events: the whole line)
    // The values of the event, shown in the language of the screen: 交办's assignee, handling
    // type and deadline, 改期's previous and new deadline, 回访's result.
    QString assignee;
    QString handlingType;
    QString deadline;
    QString previousDeadline;
    QString satisfaction;
    // The line shown in the history: the values, then the text.
    QString describe() const;
};

// A photo or file kept with an issue, inside the register (the data is fetched separately).
struct Attachment {
    RecordMeta meta;
    qint64 issueId = 0;
    QString fileName;
    QString mimeType;
    QString kind; // before, after, document
    qint64 size = 0;
};

// What an action needs; each action reads only its own fields.
struct IssueActionRequest {
    IssueAction action = IssueAction::Accept;
    QDate date = QDate::currentDate();
    QString department; // dispatch, redispatch
    QString assignee; // dispatch, redispatch
    QString handlingType; // dispatch, redispatch: sets the default deadline
    QDate deadline; // dispatch, redispatch, change-deadline
    QString result; // resolve
    QString satisfaction; // follow-up
    QString reason; // reject, return, change-deadline; a note for the others
    int expectedVersion = -1; // the version the user saw; -1: whatever is stored now
};

enum class WarningLevel { None, Amber, Red };

// The order of a list of issues (the ledger's clickable headers), and where its next page
// starts: after the row with that sort key and id (keyset paging, not OFFSET).
enum class IssueSort { Number, Registered, Title, Category, Place, Department, Deadline, Status };
struct IssuePage {
    IssueSort sort = IssueSort::Registered; // newest first by default
    bool descending = true;
    bool after = false; // false: the first page
    QString afterKey;
    qint64 afterId = 0;
};

struct IssueFilter {
    QString status; // a status code, or empty for all
    WarningLevel warning = WarningLevel::None; // None: any level
    QDate asOf = QDate::currentDate();
    QString category; // empty: all
    qint64 departmentId = 0; // 0: all
    qint64 gridId = 0; // 0: all
    qint64 householdId = 0; // 0: all
    QDate from; // registered on or after, if valid
    QDate to; // registered on or before, if valid
    QString text; // part of the number, title, place or reporter
    // If valid, only the issues that may have been open at the end of that day: those in the
    // workflow now, and those resolved or rejected after it.
    QDate openOn;
};

} // namespace linli
