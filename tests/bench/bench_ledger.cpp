// The issue ledger at `district` scale: generates the preset with three years of issues (or opens a register given as
// the first argument) and times what the 问题台账 page does: the first page of the ledger on opening, and again after
// each change of filter (status, warning level, category, department, date range, text). Each figure is the median and
// maximum of 20 runs.
#include "demo/demogenerator.h"
#include "ledger/issuerepository.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace linli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("district.linli"));
    const QDate today(2026, 11, 23);
    if (!QFileInfo::exists(path)) {
        QElapsedTimer t;
        t.start();
        DemoOptions options;
        options.preset = QStringLiteral("district");
        options.seed = 2026;
        options.today = today;
        options.years = 3; // several years kept, as a district's register holds them
        auto summary = DemoGenerator::generate(path, options);
        if (!summary) {
            out << "demo failed: " << summary.error().message << Qt::endl;
            return 1;
        }
        out << "generated district preset: " << summary->households << " households, " << summary->residents
            << " residents, " << summary->issues << " issues in " << t.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    auto db = Database::open(path, Database::OpenMode::MustExist);
    if (!db) {
        out << db.error().message << Qt::endl;
        return 1;
    }
    IssueRepository repo(*db.value());
    out << "issues in the ledger: "
        << queryValue(*db.value(), QStringLiteral("SELECT count(*) FROM issue")).value().toLongLong() << Qt::endl;
    const qint64 department
        = queryValue(*db.value(), QStringLiteral("SELECT id FROM department ORDER BY id")).value().toLongLong();

    struct Case {
        const char *name;
        IssueFilter filter;
    };
    QList<Case> cases;
    IssueFilter f;
    f.asOf = today;
    cases.append({"open the page (no filter)", f});
    IssueFilter status = f;
    status.status = QStringLiteral("in_progress");
    cases.append({"status 办理中", status});
    IssueFilter red = f;
    red.warning = WarningLevel::Red;
    cases.append({"red warnings", red});
    IssueFilter amber = f;
    amber.warning = WarningLevel::Amber;
    cases.append({"amber warnings", amber});
    IssueFilter category = f;
    category.category = QStringLiteral("环境卫生");
    cases.append({"category 环境卫生", category});
    IssueFilter dep = f;
    dep.departmentId = department;
    cases.append({"one department", dep});
    IssueFilter range = f;
    range.from = QDate(2026, 10, 1);
    range.to = QDate(2026, 10, 31);
    cases.append({"registered in October", range});
    IssueFilter text = f;
    text.text = QStringLiteral("电梯");
    cases.append({"text 电梯", text});

    double worst = 0;
    for (const Case &c : std::as_const(cases)) {
        QList<double> times;
        qsizetype rows = 0;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer t;
            t.start();
            auto page = repo.list(c.filter, 0, 200);
            times << double(t.nsecsElapsed()) / 1e6;
            if (!page) {
                out << page.error().message << Qt::endl;
                return 1;
            }
            rows = page->size();
        }
        std::sort(times.begin(), times.end());
        worst = std::max(worst, times.last());
        out << "  " << c.name << ": median " << QString::number(times.at(times.size() / 2), 'f', 2) << " ms, max "
            << QString::number(times.last(), 'f', 2) << " ms (" << rows << " rows in the first page)" << Qt::endl;
    }
    out << "slowest: " << QString::number(worst, 'f', 2) << " ms (target: well under 100 ms)" << Qt::endl;
    return 0;
}
