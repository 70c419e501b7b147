#include "exportactions.h"

#include "common/job.h"
#include "common/prompts.h"
#include "registerexport.h"
#include "transfer/transferrows.h"
#include "storage/database.h"
#include "tablewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace linli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linli", text);
}

// Reads the table, then writes it; a cancel between the two, or during the writing, leaves no
// file (the writer works on a partial file and renames it at the end).
Status writeTable(Database &db, Job::Control &control, ImportKind kind, const QString &path)
{
    // Numbers in full for a user who may export them, and then audited; masked otherwise.
    const auto numbers = TransferRows::numbersFor(db, false);
    auto table = RegisterExport::table(db, kind, numbers);
    if (!table)
        return table.error();
    control.stage(1, tr("Writing %1…").arg(QFileInfo(path).fileName()));
    if (control.cancelled())
        return Error{ErrorCode::Cancelled, {}, {}};
    if (Status s = TableWriter::write(path, table.value()); !s)
        return s;
    if (control.cancelled()) {
        QFile::remove(path);
        return Error{ErrorCode::Cancelled, {}, {}};
    }
    return TransferRows::recordExport(db, table->sheetName, int(table->rows.size()), path, numbers);
}

} // namespace

void exportRegisterTable(QWidget *parent, const std::shared_ptr<Database> &db, ImportKind kind)
{
    QSettings settings;
    const QString folder = settings
                               .value(QStringLiteral("export/folder"),
                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    QString path = prompts::saveFileName(
        parent, tr("Export"), folder + QLatin1Char('/') + RegisterImport::label(kind) + QStringLiteral(".xlsx"),
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());

    const Status result = Job::run(parent, tr("Export"), tr("Reading %1…").arg(RegisterImport::label(kind)), 2, db,
                                   [kind, path](Database &reg, Job::Control &control) {
                                       return writeTable(reg, control, kind, path);
                                   });
    if (!result && result.error().code == ErrorCode::Cancelled) {
        prompts::status(parent, tr("The export was cancelled; no file was written."));
        return;
    }
    if (!result)
        prompts::warning(parent, tr("Export"), result.error().message);
    else if (TransferRows::numbersFor(*db, false) == TransferRows::Numbers::Full)
        prompts::information(parent, tr("Export"),
                             tr("%1 was written to %2, with ID numbers and phones in full; the export is recorded in "
                                "the audit log.")
                                 .arg(RegisterImport::label(kind), path));
    else
        prompts::information(parent, tr("Export"),
                             tr("%1 was written to %2, with ID numbers and phones masked.")
                                 .arg(RegisterImport::label(kind), path));
}

} // namespace linli
