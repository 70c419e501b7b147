#pragma once

#include "access/accountrepository.h"
#include "access/logins.h"
#include "demo/demogenerator.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

namespace linli::bench {

// The register a benchmark measures: the file named as its first argument, generated from
// `options` (seed 2026, today 2026-11-23) if that file does not exist, or a preset generated
// into a temporary folder. Null, with the reason printed, when it cannot be had.
inline std::shared_ptr<Database> benchRegister(int argc, char *argv[], const QTemporaryDir &dir, DemoOptions options,
                                               QTextStream &out)
{
    const QString path
        = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(options.preset + QStringLiteral(".linli"));
    if (!QFileInfo::exists(path)) {
        QElapsedTimer t;
        t.start();
        options.seed = 2026;
        options.today = QDate(2026, 11, 23);
        auto summary = DemoGenerator::generate(path, options);
        if (!summary) {
            out << "demo failed: " << summary.error().message << Qt::endl;
            return {};
        }
        out << "generated " << options.preset << " preset: " << summary->households << " households, "
            << summary->residents << " residents, " << summary->issues << " issues, " << summary->visits
            << " visits in " << t.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    auto db = Database::open(path, Database::OpenMode::MustExist);
    if (!db) {
        out << db.error().message << Qt::endl;
        return {};
    }
    db.value()->setActor(Actor::system(QStringLiteral("bench")));
    return db.value();
}

// The actors a benchmark measures side by side: an administrator (no scope) and the demo's
// first grid worker (grid1-1, one grid), as they log in.
inline QList<std::pair<QString, Actor>> benchActors(Database &db)
{
    QList<std::pair<QString, Actor>> actors{{QStringLiteral("admin"), Actor::system(QStringLiteral("bench"))}};
    auto worker = AccountRepository(db).get(QStringLiteral("grid1-1"));
    if (worker)
        actors.append({QStringLiteral("grid worker (grid1-1)"), Logins::sessionOf(worker.value())});
    return actors;
}

} // namespace linli::bench
