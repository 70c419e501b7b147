#pragma once

#include "common/result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <tuple>
#include <vector>

namespace linli {

class Database;
struct Household;
struct Resident;

// Search while typing over names, ID numbers, phones and addresses.
//
// SQLite's trigram tokenizer cannot match fewer than three characters, yet two characters are
// a whole Chinese given name. So the register keeps its own gram table: every 3-character gram
// of each searchable field, and every 2-character gram of names and addresses. A query of two
// characters looks up its one bigram; a longer one intersects its trigrams and is then checked
// against the fields themselves. The table is plain SQL and works on PostgreSQL too.
//
// Beside the grams, each owner keeps the text it was indexed with (search_owner), so that its
// grams can be found again and deleted by key when it changes: an index on the owner columns
// would cost more to keep up than the grams themselves.
class SearchIndex final
{
public:
    struct Hit {
        qint64 householdId = 0;
        qint64 residentId = 0; // 0: the household's own address or phone matched
    };

    static constexpr int kMinimumQueryLength = 2;

    // Half-width, lower-case, no spaces: the form both index and queries use.
    static QString fold(const QString &text);
    static QSet<qint64> grams(const QString &foldedText, bool withBigrams);
    static qint64 gramCode(QStringView gram);

    // Refresh one owner's grams from the record as written; call inside the write's
    // transaction. A resident who moved leaves nothing behind under the old household.
    static Status indexHousehold(Database &db, const Household &household);
    static Status indexResident(Database &db, const Resident &resident);
    // The same for a record just inserted, which has nothing in the index yet.
    static Status indexNewHousehold(Database &db, const Household &household);
    static Status indexNewResident(Database &db, const Resident &resident);
    static Status rebuild(Database &db);

    // At most `limit` hits, ordered by household then resident.
    static Result<QList<Hit>> find(Database &db, const QString &text, int limit);
    // The distinct households of the hits.
    static Result<QList<qint64>> findHouseholds(Database &db, const QString &text, int limit);

    // While one lives for a register, new grams are kept and written in one pass, in key
    // order, by flush(): an import of tens of thousands of residents writes its grams many
    // times faster so than one resident at a time. Old grams are still deleted at once.
    class Deferred final
    {
    public:
        explicit Deferred(Database &db);
        ~Deferred(); // drops what was not flushed (the transaction is rolled back then)
        Deferred(const Deferred &) = delete;
        Deferred &operator=(const Deferred &) = delete;
        Status flush(); // inside the write's transaction

    private:
        friend class SearchIndex;
        Database &m_db;
        // (resident, 0) or (0, household) -> household, indexed text
        QHash<std::pair<qint64, qint64>, std::pair<qint64, QString>> m_owners;
    };

private:
    static Status removeOwner(Database &db, qint64 householdId, qint64 residentId);
    static Status addOwner(Database &db, qint64 householdId, qint64 residentId, const QString &text);
    static Status insertOwners(Database &db, std::vector<std::tuple<qint64, qint64, QString>> owners);
};

} // namespace linli
