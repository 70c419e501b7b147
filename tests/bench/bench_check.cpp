// linli-cli check at `street` scale (about 275,000 audit rows): generates the preset (or opens a
// register given as the first argument) and times each part of the check: the schema, SQLite's
// integrity check, the foreign keys, the audit chain, and the audit ledger (every audited row
// against its audit values). The peer, measured in the same run, is SQLite's own
// `PRAGMA integrity_check` alone, the least any check of the file costs. Target: the whole check
// under 10 s; --quick (the chain and the digests) a fraction of it.
#include "benchregister.h"
#include "storage/audit.h"
#include "storage/auditledger.h"
#include "storage/registercheck.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace linli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    DemoOptions options;
    options.preset = QStringLiteral("street");
    auto db = bench::benchRegister(argc, argv, dir, options, out);
    if (!db)
        return 1;
    const qint64 auditRows = queryValue(*db, QStringLiteral("SELECT count(*) FROM audit_log")).value().toLongLong();
    out << "register: " << db->displayName() << ", " << auditRows << " audit rows" << Qt::endl;

    QElapsedTimer t;
    auto part = [&](const char *what, const std::function<bool()> &run) {
        t.start();
        const bool ok = run();
        const qint64 ms = t.elapsed();
        out << what << ": " << ms << " ms" << (ok ? "" : " (found problems)") << Qt::endl;
    };
    QElapsedTimer whole;
    whole.start();
    // As linli-cli check runs it: SQLite's integrity check on its own connection and thread.
    auto integrity = RegisterCheck::integrityInBackground(*db);
    part("schema", [&] { return RegisterCheck::schema(*db).value().isEmpty(); });
    part("foreign keys", [&] { return RegisterCheck::foreignKeys(*db).value().isEmpty(); });
    qint64 quick = 0;
    part("audit chain", [&] {
        QElapsedTimer q;
        q.start();
        const bool ok = AuditLog::verify(*db).value().firstBadId == 0;
        quick = q.elapsed();
        return ok;
    });
    part("audit ledger", [&] { return AuditLedger::checkRows(*db).value().problems == 0; });
    part("integrity (waited for)", [&] { return integrity.get().value().isEmpty(); });
    const qint64 elapsed = whole.elapsed();

    t.start();
    (void)queryValue(*db, QStringLiteral("PRAGMA integrity_check"));
    const qint64 peer = t.elapsed();
    out << Qt::endl
        << "check: " << elapsed << " ms (target 10000 ms); --quick: " << quick << " ms" << Qt::endl
        << "peer, SQLite's integrity_check alone: " << peer << " ms; ratio "
        << double(elapsed) / std::max<qint64>(1, peer) << Qt::endl;
    return 0;
}
