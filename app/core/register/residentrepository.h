#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "register/types.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace linli {

class Database;

class ResidentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ResidentRepository)
public:
    explicit ResidentRepository(Database &db) : m_db(db) { }

    // The day that bounds dates ("not in the future"); the demo generator moves it.
    void setToday(const QDate &today) { m_today = today; }

    // Checks and normalises every field; derives sex and birth date from the ID number.
    // Errors name the field, for inline messages.
    static Status validate(Resident &resident, const QDate &today = QDate::currentDate());

    Result<Resident> get(qint64 id);
    Result<QList<Resident>> listByHousehold(qint64 householdId, bool includeInactive);
    Result<Resident> findActiveByIdNumber(const QString &idNumber);
    // 显示完整号码: the resident's ID number in full, for a user who may see it (one record at a
    // time), written to the audit log with who and whose; refused and audited otherwise.
    Result<QString> revealIdNumber(qint64 residentId, const Actor &actor);
    // The active head of a household; NotFound when it has none.
    Result<Resident> head(qint64 householdId);

    Result<Resident> create(Resident resident, const Actor &actor);
    Result<Resident> update(Resident resident, const Actor &actor);
    // For a caller that validated the resident and checked it against the register inside
    // the transaction it has open, as the import does for thousands at once: writes it, with
    // its audit row and search grams, without reading the register again.
    Result<Resident> createChecked(Resident resident, const Actor &actor);
    Result<Resident> updateChecked(Resident resident, const Actor &actor);
    // Moving out and death are status changes with a date (and a destination for moving out).
    Result<Resident> setStatus(qint64 id, int expectedVersion, const QString &status, const QDate &date,
                               const QString &destination, const Actor &actor);

private:
    Status checkAgainstRegister(const Resident &resident);
    Result<qint64> householdGrid(qint64 householdId);
    // Whether the connection's user sees that household's people (audited if not).
    Status checkHousehold(qint64 householdId, const QString &table, qint64 recordId);
    // Whether `actor` may write the resident, where they are and where they go.
    Status checkWrite(const Resident &resident, const Actor &actor, bool isNew);
    // Validates and checks in a transaction of its own, then writes.
    Result<Resident> checkAndWrite(Resident resident, const Actor &actor, bool isNew);
    Result<Resident> writeChecked(Resident resident, const Actor &actor, bool isNew);
    Result<Resident> write(Resident resident, const Actor &actor, bool isNew);
    Database &m_db;
    QDate m_today = QDate::currentDate();
};

class CareTagRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CareTagRepository)
public:
    explicit CareTagRepository(Database &db) : m_db(db) { }

    Result<QList<CareTag>> tags();
    // Tags that apply on `date` (or all, with an invalid date).
    Result<QList<TagAssignment>> residentTags(qint64 residentId, const QDate &date = QDate());
    Result<QList<TagAssignment>> householdTags(qint64 householdId, const QDate &date = QDate());
    // Makes exactly `tagNames` apply from `date`: new ones start, dropped ones end.
    Status setResidentTags(qint64 residentId, const QStringList &tagNames, const QDate &date, const Actor &actor);
    Status setHouseholdTags(qint64 householdId, const QStringList &tagNames, const QDate &date, const Actor &actor);

private:
    Result<QList<TagAssignment>> assignments(const QString &table, const QString &ownerColumn, qint64 ownerId,
                                             const QDate &date);
    Status setTags(const QString &table, const QString &ownerColumn, qint64 ownerId, const QStringList &names,
                   const QDate &date, const Actor &actor);
    Database &m_db;
    QHash<QString, qint64> m_tagIds; // care tag ids by name, read on first use
};

} // namespace linli
