#include "exportactions.h"

#include "common/prompts.h"
#include "registerexport.h"
#include "transfer/transferrows.h"
#include "storage/database.h"
#include "tablewriter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

namespace linli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linli", text);
}

Status writeTable(const std::shared_ptr<Database> &source, ImportKind kind, const QString &path)
{
    auto db = source->openAnother();
    if (!db)
        return db.error();
    // Numbers in full for a user who may export them, and then audited; masked otherwise.
    const auto numbers = TransferRows::numbersFor(*db.value(), false);
    auto table = RegisterExport::table(*db.value(), kind, numbers);
    if (!table)
        return table.error();
    if (Status s = TableWriter::write(path, table.value()); !s)
        return s;
    return TransferRows::recordExport(*db.value(), table->sheetName, int(table->rows.size()), path, numbers);
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

    QProgressDialog progress(tr("Exporting %1…").arg(RegisterImport::label(kind)), QString(), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setCancelButton(nullptr);
    Status result;
    QEventLoop loop;
    QThread *thread = QThread::create(
        [&result, db, kind, path] { result = writeTable(db, kind, path); });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    progress.close();
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
