// Search while typing at `street` scale: generates the preset (or opens a register given as the
// first argument) and times 200 queries of the kinds grid workers type: two-character Chinese
// name fragments, four-digit phone fragments and building numbers. Each query is what the
// 住户 page does per keystroke pause: find the households, count them and load the first page.
#include "benchregister.h"
#include "register/householdrepository.h"
#include "register/searchindex.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <random>

using namespace linli;

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype i = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(i);
}

QStringList sample(Database &db, const QString &sql)
{
    QStringList out;
    auto q = runQuery(db, sql);
    if (q)
        while (q.value().next())
            out << q.value().value(0).toString();
    return out;
}

} // namespace

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
    out << "register: " << QFileInfo(db->displayName()).size() / (1024 * 1024) << " MiB, "
        << queryValue(*db, QStringLiteral("SELECT count(*) FROM search_gram")).value().toLongLong() << " search grams"
        << Qt::endl;

    // Fragments taken from the register itself, as a worker would type them.
    std::mt19937 rng(47);
    QStringList queries;
    const QStringList names = sample(*db,
                                     QStringLiteral("SELECT name FROM resident WHERE length(name) >= 3 "
                                                    "ORDER BY id LIMIT 5000"));
    const QStringList phones = sample(*db,
                                      QStringLiteral("SELECT phone FROM resident WHERE phone IS NOT NULL "
                                                     "ORDER BY id LIMIT 5000"));
    for (int i = 0; i < 80; ++i) {
        const QString &name = names.at(int(rng() % names.size()));
        queries << name.right(2); // the given name
    }
    for (int i = 0; i < 80; ++i) {
        const QString &phone = phones.at(int(rng() % phones.size()));
        queries << phone.mid(int(rng() % 8), 4);
    }
    for (int i = 0; i < 40; ++i)
        queries << QStringLiteral("%1号楼").arg(1 + rng() % 12);
    std::shuffle(queries.begin(), queries.end(), rng);

    // The same queries for an administrator and for a grid worker, whose scope every query keeps to.
    for (const auto &[label, actor] : bench::benchActors(*db)) {
        db->setActor(actor);
        out << "as " << label << ":" << Qt::endl;
        QList<double> times;
        QHash<QString, QList<double>> byKind;
        QList<double> findTimes, countTimes, listTimes;
        auto kindOf = [](const QString &q) {
            return q.endsWith(QStringLiteral("号楼")) ? QStringLiteral("building")
                : q.at(0).isDigit()                   ? QStringLiteral("phone")
                                                      : QStringLiteral("name");
        };
        qint64 totalHits = 0;
        int empty = 0;
        HouseholdRepository households(*db);
        for (const QString &q : std::as_const(queries)) {
            QElapsedTimer t;
            t.start();
            auto ids = SearchIndex::findHouseholds(*db, q, 2000);
            const double found = double(t.nsecsElapsed()) / 1e6;
            HouseholdFilter f;
            f.restrictToIds = true;
            f.ids = ids.value();
            const int count = households.count(f).value();
            const double counted = double(t.nsecsElapsed()) / 1e6;
            auto page = households.list(f, 0, 200);
            const double total = double(t.nsecsElapsed()) / 1e6;
            times << total;
            byKind[kindOf(q)] << total;
            findTimes << found;
            countTimes << counted - found;
            listTimes << total - counted;
            totalHits += count;
            if (count == 0)
                ++empty;
            if (!page)
                return 1;
        }
        out << "queries: " << queries.size() << " (80 name fragments, 80 phone fragments, 40 building numbers), "
            << "mean " << double(totalHits) / queries.size() << " households found, " << empty << " found nothing"
            << Qt::endl;
        out << "search while typing: median " << QString::number(percentile(times, 0.5), 'f', 2) << " ms, p95 "
            << QString::number(percentile(times, 0.95), 'f', 2) << " ms, max "
            << QString::number(percentile(times, 1.0), 'f', 2) << " ms (target: p95 < 20 ms)" << Qt::endl;
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
            out << "  " << it.key() << ": median " << QString::number(percentile(it.value(), 0.5), 'f', 2)
                << " ms, p95 " << QString::number(percentile(it.value(), 0.95), 'f', 2) << " ms" << Qt::endl;
        out << "  steps p95: find " << QString::number(percentile(findTimes, 0.95), 'f', 2) << " ms, count "
            << QString::number(percentile(countTimes, 0.95), 'f', 2) << " ms, first page "
            << QString::number(percentile(listTimes, 0.95), 'f', 2) << " ms" << Qt::endl;
    }
    return 0;
}
