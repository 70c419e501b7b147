// The issue ledger at `district` scale: generates the preset with three years of issues (or opens a register given as
// the first argument) and times what the 问题台账 page does: the first page of the ledger on opening, and again after
// each change of filter (status, warning level, category, department, date range, text). Each figure is the median and
// maximum of 20 runs.
#include "benchregister.h"
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
    DemoOptions options;
    options.preset = QStringLiteral("district");
    options.years = 3; // several years kept, as a district's register holds them
    auto db = bench::benchRegister(argc, argv, dir, options, out);
    if (!db)
        return 1;
    const QDate today(2026, 11, 23);
    IssueRepository repo(*db);
    out << "issues in the ledger: "
        << queryValue(*db, QStringLiteral("SELECT count(*) FROM issue")).value().toLongLong() << Qt::endl;
    const qint64 department
        = queryValue(*db, QStringLiteral("SELECT id FROM department ORDER BY id")).value().toLongLong();

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

    // The same filters for an administrator and for a grid worker, whose scope every page keeps to.
    for (const auto &[label, actor] : bench::benchActors(*db)) {
        db->setActor(actor);
        out << "as " << label << ":" << Qt::endl;
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
    }
    return 0;
}
