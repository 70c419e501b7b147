// Visits at `district` scale (100,000 households, about 300,000 visits a year): generates the
// preset (or opens a register given as the first argument) and times the 待走访 due list (for
// one grid and for the whole register), the yearly coverage figures and the unvisited list of a
// grid. Each prints its first run (cold) and the median and maximum of 10 more; the target is
// under 300 ms each.
#include "benchregister.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "visits/visitrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace linli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    DemoOptions options;
    options.preset = QStringLiteral("district");
    auto opened = bench::benchRegister(argc, argv, dir, options, out);
    if (!opened)
        return 1;
    Database &db = *opened;
    const QDate today(2026, 11, 23);
    VisitRepository repo(db);
    repo.setToday(today);
    out << "households: " << queryValue(db, QStringLiteral("SELECT count(*) FROM household")).value().toLongLong()
        << ", visits: " << queryValue(db, QStringLiteral("SELECT count(*) FROM visit")).value().toLongLong()
        << Qt::endl;
    // The largest grid, as the worst case of a grid worker's list.
    const qint64 grid = queryValue(db,
                                   QStringLiteral("SELECT grid_id FROM household GROUP BY grid_id ORDER BY "
                                                  "count(*) DESC LIMIT 1"))
                            .value()
                            .toLongLong();

    double worst = 0;
    auto time = [&](const char *name, const std::function<qsizetype()> &run) {
        QList<double> times;
        qsizetype rows = 0;
        double first = 0;
        for (int i = 0; i < 11; ++i) {
            QElapsedTimer t;
            t.start();
            rows = run();
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (i == 0)
                first = ms; // the register's pages not yet in memory
            else
                times << ms;
        }
        std::sort(times.begin(), times.end());
        worst = std::max(worst, times.last());
        out << "  " << name << ": first " << QString::number(first, 'f', 1) << " ms, then median "
            << QString::number(times.at(times.size() / 2), 'f', 1) << " ms, max "
            << QString::number(times.last(), 'f', 1) << " ms (" << rows << " rows)" << Qt::endl;
        return rows >= 0;
    };
    // The same lists for an administrator and for a grid worker (grid1-1), whose scope each keeps to.
    for (const auto &[label, actor] : bench::benchActors(db)) {
        db.setActor(actor);
        out << "as " << label << ":" << Qt::endl;
        DueFilter one;
        one.asOf = today;
        one.gridId = grid;
        time("due list, largest grid", [&] { return repo.due(one).value().size(); });
        DueFilter worker;
        worker.asOf = today;
        worker.worker
            = queryValue(db,
                         QStringLiteral("SELECT v.visitor FROM visit v JOIN household h ON h.id = v.household_id "
                                        "WHERE h.grid_id = :g ORDER BY v.id DESC LIMIT 1"),
                         {{QStringLiteral("g"), grid}})
                  .value()
                  .toString();
        time("due list, the worker of the largest grid", [&] { return repo.due(worker).value().size(); });
        DueFilter all;
        all.asOf = today;
        time("due list, whole district", [&] { return repo.due(all).value().size(); });
        time("coverage 2026 (total, communities, grids, compounds, buildings)",
             [&] { return repo.coverage(2026).value().byBuilding.size(); });
        time("unvisited households of the largest grid", [&] { return repo.unvisited(2026, grid).value().size(); });
    }
    out << "slowest after the first run: " << QString::number(worst, 'f', 1) << " ms (target: under 300 ms each)"
        << Qt::endl;
    return 0;
}
