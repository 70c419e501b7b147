#pragma once

#include "common/result.h"

#include <QList>
#include <QSet>
#include <QString>

namespace linli {

class Database;

// Search while typing over names, ID numbers, phones and addresses.
//
// SQLite's trigram tokenizer cannot match fewer than three characters, yet two characters are
// a whole Chinese given name. So the register keeps its own gram table: every 3-character gram
// of each searchable field, and every 2-character gram of names and addresses. A query of two
// characters looks up its one bigram; a longer one intersects its trigrams and is then checked
// against the fields themselves. The table is plain SQL and works on PostgreSQL too.
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

    // Refresh one owner's grams; call inside the write's transaction.
    static Status indexHousehold(Database &db, qint64 householdId);
    static Status indexResident(Database &db, qint64 residentId);
    static Status rebuild(Database &db);

    // At most `limit` hits, ordered by household then resident.
    static Result<QList<Hit>> find(Database &db, const QString &text, int limit);
    // The distinct households of the hits.
    static Result<QList<qint64>> findHouseholds(Database &db, const QString &text, int limit);

private:
    static Status replaceGrams(Database &db, qint64 householdId, qint64 residentId, const QSet<qint64> &grams);
};

} // namespace linli
