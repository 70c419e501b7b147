#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "register/types.h"

#include <QCoreApplication>
#include <QDate>

namespace linli {

class Database;

class HouseholdRepository final
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdRepository)
public:
    explicit HouseholdRepository(Database &db) : m_db(db) { }

    // The day that bounds dates ("not in the future"); the demo generator moves it.
    void setToday(const QDate &today) { m_today = today; }

    Result<Household> get(qint64 id);
    Result<Household> getByUuid(const QString &uuid);

    // Validates, composes the address, writes the row, its audit row and its search grams.
    Result<Household> create(Household household, const Actor &actor);
    // Refused with a conflict if `household.meta.version` is no longer the stored version.
    Result<Household> update(Household household, const Actor &actor);
    // Moving out takes the active members along; closing needs the members gone first.
    Result<Household> setStatus(qint64 id, int expectedVersion, const QString &status, const QDate &date,
                                const Actor &actor);

    // In the list's order (sort key, id): from a row, or the first page after `after` (keyset).
    Result<QList<HouseholdRow>> list(const HouseholdFilter &filter, int offset, int limit);
    Result<QList<HouseholdRow>> page(const HouseholdFilter &filter, const HouseholdRow *after, int limit);
    Result<int> count(const HouseholdFilter &filter);

    static QString composeAddress(const QString &compound, const QString &building, const QString &unit,
                                  const QString &room);
    // Numbers padded so that rooms 101, 1102 and 2-301 sort as numbers do.
    static QString sortKey(const QString &compound, const QString &building, const QString &unit, const QString &room);

private:
    Status prepare(Household &household, QString *sortKey);
    Result<QList<HouseholdRow>> read(const HouseholdFilter &filter, const HouseholdRow *after, int offset,
                                     int limit);
    Database &m_db;
    QDate m_today = QDate::currentDate();
};

} // namespace linli
