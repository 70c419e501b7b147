// The 一户一册 booklet of a whole grid: generates the `community` preset (or opens a register
// given as the first argument), takes its largest grid (at least 300 active households) and
// times reading and laying out the booklet, then writing its PDF, three times. The target is
// under 15 s for 300 households, from the first read to the last page written.
#include "benchregister.h"
#include "printing.h"
#include "register/householdrepository.h"
#include "storage/sql.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace linli;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    DemoOptions options;
    options.preset = QStringLiteral("community");
    auto opened = bench::benchRegister(argc, argv, dir, options, out);
    if (!opened)
        return 1;
    Database &db = *opened;
    auto grid = queryRow(db,
                         QStringLiteral("SELECT g.id, g.name, count(*) AS n FROM household h JOIN grid g ON g.id = "
                                        "h.grid_id WHERE h.status = 'active' GROUP BY g.id, g.name ORDER BY n DESC "
                                        "LIMIT 1"),
                         {});
    if (!grid || grid->size() < 3) {
        out << "no grid with households" << Qt::endl;
        return 1;
    }
    const qint64 gridId = grid->at(0).toLongLong();
    const int households = grid->at(2).toInt();
    out << "grid " << grid->at(1).toString() << ": " << households << " active households" << Qt::endl;
    if (households < 300)
        out << "warning: fewer than the 300 households of the target" << Qt::endl;

    PrintOptions printOptions;
    printOptions.today = QDate(2026, 11, 23);
    const QString pdf = dir.filePath(QStringLiteral("booklet.pdf"));
    double worst = 0;
    for (int run = 1; run <= 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto booklet = Printing::booklet(db, Printing::Scope::Grid, gridId, printOptions);
        if (!booklet) {
            out << booklet.error().message << Qt::endl;
            return 1;
        }
        const double built = timer.elapsed() / 1000.0;
        const int pages = booklet.value()->pageCount();
        if (Status s = booklet.value()->writePdf(pdf); !s) {
            out << s.error().message << Qt::endl;
            return 1;
        }
        const double total = timer.elapsed() / 1000.0;
        worst = qMax(worst, total);
        out << "run " << run << ": read and laid out in " << built << " s, " << pages << " pages written in "
            << total - built << " s, total " << total << " s (" << QFileInfo(pdf).size() / 1024 << " KiB)" << Qt::endl;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << "slowest run: " << worst << " s for " << households << " households (" << worst * 300.0 / households
        << " s scaled to 300; target 15 s); peak memory " << usage.ru_maxrss / 1024 << " MiB" << Qt::endl;
    return 0;
}
