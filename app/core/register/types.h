#pragma once

#include "storage/records.h"

#include <QList>
#include <QString>

namespace linli {

// Places (DESIGN.md "Places"). A retired place keeps its history but is no longer offered for
// new records; `retiredAt` is the date it was retired, empty while it is in use.
struct Community {
    RecordMeta meta;
    QString name;
    QString retiredAt;
};

struct Grid {
    RecordMeta meta;
    qint64 communityId = 0;
    QString name;
    QString retiredAt;
};

struct Compound {
    RecordMeta meta;
    qint64 communityId = 0;
    QString name;
    QString retiredAt;
};

// A building belongs to one compound and lies in one grid (0 where an older register did not
// say which).
struct Building {
    RecordMeta meta;
    qint64 compoundId = 0;
    qint64 gridId = 0;
    QString name;
    int units = 0; // 单元数; 0 when not given
    QString retiredAt;
};

struct Household {
    RecordMeta meta;
    qint64 gridId = 0;
    qint64 compoundId = 0;
    qint64 buildingId = 0; // 0: a courtyard house without buildings
    QString unit;
    QString room;
    QString address; // composed from the parts when saved
    QString housingUse = QStringLiteral("owner");
    QString status = QStringLiteral("active");
    QString statusDate;
    QString phone;
    QString notes;
};

struct Resident {
    RecordMeta meta;
    qint64 householdId = 0;
    QString name;
    QString idNumber;
    QString sex; // derived from the ID number when there is one
    QString birthDate; // likewise
    QString relation = QStringLiteral("other");
    QString phone;
    QString residenceType = QStringLiteral("registered");
    QString status = QStringLiteral("active");
    QString statusDate;
    QString destination;
    bool partyMember = false;
    QString notes;
};

struct CareTag {
    RecordMeta meta;
    QString name;
    int visitIntervalDays = 365;
};

// A care tag on a resident or a household, for a period.
struct TagAssignment {
    RecordMeta meta;
    qint64 ownerId = 0;
    qint64 careTagId = 0;
    QString tagName;
    QString startDate;
    QString endDate; // empty while the tag applies
};

// One line of the household list.
struct HouseholdRow {
    qint64 id = 0;
    QString uuid;
    QString address;
    QString gridName;
    QString housingUse;
    QString status;
    QString phone;
    QString headName;
    int memberCount = 0;
    QString sortKey; // the list's order: where the next page starts
};

struct HouseholdFilter {
    qint64 communityId = 0;
    qint64 gridId = 0;
    qint64 compoundId = 0;
    qint64 buildingId = 0;
    bool activeOnly = false;
    bool restrictToIds = false; // set by a search: only the households in `ids`
    QList<qint64> ids;
};

} // namespace linli
