// libFuzzer target of opening a register: any bytes, as a damaged, truncated or crafted
// register file would hold, are opened read-only as the backup check opens them; the version
// and schema are checked, the integrity check and the audit ledger's check of every row run.
// Whatever the file holds, the answer is a register or an error, never a crash or a hang.
//
// Built with clang by the LINLI_FUZZ option; `scripts/test` runs it for a short while, seeded
// with registers linli-cli writes (registerseeds.cmake).
#include "storage/auditledger.h"
#include "storage/database.h"
#include "storage/registercheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace linli;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The SQL driver is a plugin, found through the application.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString folder = [] {
        const QString path
            = QDir::temp().filePath(QStringLiteral("linli-fuzz-register-%1").arg(QCoreApplication::applicationPid()));
        QDir().mkpath(path);
        std::atexit([] {
            QDir(
                QDir::temp().filePath(QStringLiteral("linli-fuzz-register-%1").arg(QCoreApplication::applicationPid())))
                .removeRecursively();
        });
        return path;
    }();
    const QString path = folder + QStringLiteral("/register.linli");
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    auto db = Database::open(path, Database::OpenMode::ReadOnly);
    if (!db)
        return 0;
    (void)RegisterCheck::schema(*db.value());
    (void)RegisterCheck::integrity(*db.value());
    (void)RegisterCheck::foreignKeys(*db.value());
    (void)AuditLedger::checkRows(*db.value());
    return 0;
}
