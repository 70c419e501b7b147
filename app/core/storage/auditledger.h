#pragma once

#include "access/actor.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace linli {

class Database;

// The audit log as a ledger (after SQL Server's ledger tables). The hash chain (AuditLog::verify)
// proves that the log was not edited in place; the ledger proves the rest:
// - every row of every audited table equals the values its audit rows give it (insert, then
//   each change in order), and has its insert row; a record the log still holds was not
//   deleted behind its back. A direct edit of the file is found, naming table, record and column.
// - the log reaches each digest kept outside the register (COUNT:HASH, the hash of its
//   COUNT-th row): the workstation's settings, every backup's manifest, every published
//   周通报. A log cut short, wiped or recomputed from an edited row does not.
class AuditLedger final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLedger)
public:
    struct Digest {
        qint64 rows = 0;
        QString hash; // of the rows-th audit row; empty for an empty log
        QString time; // when it was taken, for the reader
        QString text() const; // COUNT:HASH
        static std::optional<Digest> parse(const QString &text);
        // Every COUNT:HASH in a text (a manifest, a saved digest, a bulletin's JSON).
        static QList<Digest> findIn(const QString &text);
    };
    static Result<Digest> current(Database &db);
    // When the log's n-th row was written; invalid when it has fewer rows.
    static Result<QDateTime> rowTime(Database &db, qint64 n);
    // Whether the log's rows-th row has the digest's hash.
    static Status reaches(Database &db, const Digest &digest);

    struct Mismatch {
        QString table;
        qint64 recordId = 0;
        QString column; // empty when the whole record is at fault
        QString message; // a sentence naming the table, record and column
    };
    struct RowCheck {
        qint64 records = 0; // rows compared
        qint64 problems = 0;
        QList<Mismatch> first; // the first few, with the column named
    };
    // Compares every audited row with its audit values. `each`, if given, sees every problem
    // (the column left empty); `detailed` problems get their column found.
    static Result<RowCheck> checkRows(Database &db, int detailed = 20,
                                      const std::function<void(const Mismatch &)> &each = {});
    // Writes a baseline audit row (the record's values as they are) for every record the
    // ledger would find at fault: a register upgraded to the ledger starts from its state.
    static Status baseline(Database &db, const Actor &actor);
    // The tables whose every row is audited.
    static QStringList tables();

    // The digests this workstation has kept for the register (its settings), newest last.
    static QList<Digest> remembered(const Database &db);
    // Keeps the register's current digest in this workstation's settings (the last 20).
    static void remember(Database &db);
    // Forgets those of the register at `location` (a new register made there, a register
    // restored from a backup, which starts a new history).
    static void forget(const QString &location);
};

} // namespace linli
