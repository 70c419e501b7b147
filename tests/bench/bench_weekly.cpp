// The weekly figures at `district` scale: generates the preset with three years of issues (or
// opens a register given as the first argument) and times one week's report (totals, the week
// before, and the breakdowns by category, grid and department, with visits) for the whole
// district and for one community, and a year of weekly points for the charts. Each figure is
// the first run and the median and maximum of 10 more, in elapsed time, and the median of the
// processor time the runs took (on a shared machine the elapsed time also counts the time the
// process waited). Targets: a week under 200 ms, a year of points under 1 s.
#include "benchregister.h"
#include "storage/sql.h"
#include "weekly/weeklyfigures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace linli;

namespace {

void time(QTextStream &out, const QString &what, const std::function<bool()> &run)
{
    QElapsedTimer t;
    t.start();
    if (!run()) {
        out << what << ": failed" << Qt::endl;
        return;
    }
    const qint64 first = t.elapsed();
    QList<qint64> runs;
    QList<qint64> cpu;
    for (int i = 0; i < 10; ++i) {
        const std::clock_t started = std::clock();
        t.restart();
        run();
        runs << t.elapsed();
        cpu << qint64(std::clock() - started) * 1000 / CLOCKS_PER_SEC;
    }
    std::sort(runs.begin(), runs.end());
    std::sort(cpu.begin(), cpu.end());
    out << what << ": first " << first << " ms, median " << runs.at(runs.size() / 2) << " ms, max " << runs.constLast()
        << " ms (processor time: median " << cpu.at(cpu.size() / 2) << " ms)" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    DemoOptions options;
    options.preset = QStringLiteral("district");
    options.years = 3;
    auto db = bench::benchRegister(argc, argv, dir, options, out);
    if (!db)
        return 1;
    out << "issues: " << queryValue(*db, QStringLiteral("SELECT count(*) FROM issue")).value().toLongLong()
        << ", events: " << queryValue(*db, QStringLiteral("SELECT count(*) FROM issue_event")).value().toLongLong()
        << ", visits: " << queryValue(*db, QStringLiteral("SELECT count(*) FROM visit")).value().toLongLong()
        << ", households: " << queryValue(*db, QStringLiteral("SELECT count(*) FROM household")).value().toLongLong()
        << Qt::endl;
    const QString lastIssue
        = queryValue(*db, QStringLiteral("SELECT MAX(registered_date) FROM issue")).value().toString();
    const IsoWeek week = IsoWeek::containing(QDate::fromString(lastIssue, Qt::ISODate)).previous();
    const QString community
        = queryValue(*db, QStringLiteral("SELECT name FROM community ORDER BY id LIMIT 1")).value().toString();
    WeeklyStatistics statistics(*db);
    out << "week " << week.label() << Qt::endl;

    WeeklyReport last;
    time(out, QStringLiteral("one week, whole district"), [&] {
        auto r = statistics.report(week);
        if (r)
            last = r.value();
        return r.ok();
    });
    out << "  accepted " << last.totals.accepted << ", open " << last.totals.open << ", by grid " << last.byGrid.size()
        << ", by department " << last.byDepartment.size() << Qt::endl;
    const WeeklyScope scope = statistics.parseScope(QStringLiteral("community:") + community).value();
    time(out, QStringLiteral("one week, community ") + community, [&] { return statistics.report(week, scope).ok(); });
    time(out, QStringLiteral("a year of weekly points, whole district"),
         [&] { return statistics.series(IsoWeek(week.year(), 1), week).ok(); });
    return 0;
}
