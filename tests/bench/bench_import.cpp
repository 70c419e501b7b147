// Exporting and importing the residents of the `street` preset through .xlsx: the export of
// the 居民 table, then its import into a register holding the same households (imported
// first, as an office moving in would), each timed. Where LibreOffice is installed, it
// converts the same .xlsx to CSV, for comparison.
//
//   bench_import [REGISTER]   (default: the street preset, generated into a temporary folder)
#include "benchregister.h"

#include "registerexport.h"
#include "registerimport.h"
#include "tablewriter.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

using namespace linli;

namespace {

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    DemoOptions options;
    options.preset = QStringLiteral("street");
    auto source = bench::benchRegister(argc, argv, dir, options, out);
    if (!source)
        return 1;

    const QString households = dir.filePath(QStringLiteral("households.xlsx"));
    const QString residents = dir.filePath(QStringLiteral("residents.xlsx"));
    QElapsedTimer t;
    t.start();
    auto table = RegisterExport::residents(*source, RegisterExport::Numbers::Full, QDate(2026, 11, 23));
    if (!table || !TableWriter::write(residents, table.value()).ok()) {
        out << "export failed" << Qt::endl;
        return 1;
    }
    const double exportSeconds = seconds(t);
    out << "export: " << table->rows.size() << " residents to .xlsx in " << exportSeconds << " s ("
        << QFileInfo(residents).size() / 1024 << " KiB)" << Qt::endl;
    auto householdTable = RegisterExport::households(*source, RegisterExport::Numbers::Full);
    if (!householdTable || !TableWriter::write(households, householdTable.value()).ok()) {
        out << "export of the households failed" << Qt::endl;
        return 1;
    }
    source.reset();

    auto target = Database::open(dir.filePath(QStringLiteral("target.linli")), Database::OpenMode::CreateIfMissing);
    if (!target) {
        out << target.error().message << Qt::endl;
        return 1;
    }
    // The importing user: the new register's administrator, as `import` into a new file makes it.
    target.value()->setActor(Actor::system(QStringLiteral("bench")));
    ImportOptions importOptions;
    importOptions.actor = target.value()->actor();
    importOptions.today = QDate(2026, 11, 23);
    t.restart();
    auto householdFile = RegisterImport::readFile(households, ImportKind::Households);
    auto householdReport = householdFile
        ? RegisterImport::run(ImportKind::Households, *target.value(), householdFile.value(), importOptions)
        : Result<ImportReport>(householdFile.error());
    if (!householdReport) {
        out << "household import failed: " << householdReport.error().message << Qt::endl;
        return 1;
    }
    out << "import: " << householdReport->written << " households in " << seconds(t) << " s" << Qt::endl;

    t.restart();
    auto file = RegisterImport::readFile(residents, ImportKind::Residents);
    if (!file) {
        out << "reading failed: " << file.error().message << Qt::endl;
        return 1;
    }
    const double readSeconds = seconds(t);
    auto report = RegisterImport::run(ImportKind::Residents, *target.value(), file.value(), importOptions);
    if (!report) {
        out << "resident import failed: " << report.error().message << Qt::endl;
        return 1;
    }
    const double importSeconds = seconds(t);
    out << "import: " << report->written << " residents (" << report->completed << " heads completed, "
        << report->problems.size() << " problems) in " << importSeconds << " s, of which reading the .xlsx "
        << readSeconds << " s" << Qt::endl;

    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        out << "LibreOffice: not installed" << Qt::endl;
    } else {
        QProcess convert;
        t.restart();
        convert.start(soffice,
                      {QStringLiteral("--headless"),
                       QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo")),
                       QStringLiteral("--convert-to"), QStringLiteral("csv"), QStringLiteral("--outdir"),
                       dir.filePath(QStringLiteral("csv")), residents});
        convert.waitForFinished(600000);
        out << "LibreOffice: the same .xlsx to CSV in " << seconds(t) << " s (exit " << convert.exitCode() << ")"
            << Qt::endl;
    }
    out << "targets: export under 5 s, import under 10 s" << Qt::endl;
    return 0;
}
