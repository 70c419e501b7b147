#include "importdialog.h"

#include "common/windowsize.h"
#include "ui_importdialog.h"

#include "common/job.h"
#include "common/prompts.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QProgressBar>
#include <QSettings>

namespace linli {

namespace {

constexpr int kNotImported = -1;

} // namespace

ImportDialog::ImportDialog(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_db(std::move(db)), m_actor(actor)
{
    m_ui->setupUi(this);
    for (ImportKind k : RegisterImport::kinds())
        m_ui->kindComboBox->addItem(RegisterImport::label(k), int(k));
    m_ui->mappingTable->setColumnCount(2);
    m_ui->mappingTable->setHorizontalHeaderLabels({tr("Field"), tr("Column of the file")});
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->mappingTable->verticalHeader()->hide();
    m_ui->problemsTable->setColumnCount(3);
    m_ui->problemsTable->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_ui->problemsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->problemsTable->verticalHeader()->hide();
    m_ui->problemsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->progressBar->hide();
    m_ui->stopButton->hide();
    m_ui->checkButton->setEnabled(false);
    m_ui->importButton->setEnabled(false);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_ui->fileLineEdit->text().isEmpty())
            openFile(kind(), m_ui->fileLineEdit->text());
    });
    connect(m_ui->checkButton, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_ui->stopButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
    if (!restoreGeometry(QSettings().value(QStringLiteral("importDialog/geometry")).toByteArray()))
        fitToScreen(this);
}

// The job, if one runs, is cancelled and waited for as it goes.
ImportDialog::~ImportDialog() = default;

void ImportDialog::reject()
{
    if (m_busy) {
        // 停止 first: a half-written import never stays.
        m_job->cancel();
        return;
    }
    QSettings().setValue(QStringLiteral("importDialog/geometry"), saveGeometry());
    QDialog::reject();
}

ImportKind ImportDialog::kind() const
{
    return ImportKind(m_ui->kindComboBox->currentData().toInt());
}

void ImportDialog::chooseFile()
{
    QSettings settings;
    const QString path = prompts::openFileName(this, tr("Import from Excel or CSV"),
                                               settings.value(QStringLiteral("importDialog/folder")).toString(),
                                               tr("Excel or CSV files (*.xlsx *.xls *.et *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("importDialog/folder"), QFileInfo(path).absolutePath());
    openFile(kind(), path);
}

void ImportDialog::openFile(ImportKind k, const QString &path)
{
    {
        const QSignalBlocker blocker(m_ui->kindComboBox);
        m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(int(k)));
    }
    m_ui->fileLineEdit->setText(path);
    m_ui->problemsTable->setRowCount(0);
    m_ui->summaryLabel->clear();
    auto file = RegisterImport::readFile(path, k);
    if (!file) {
        m_file.reset();
        m_ui->sheetLabel->setText(file.error().message);
        m_ui->mappingTable->setRowCount(0);
        m_ui->checkButton->setEnabled(false);
        m_ui->importButton->setEnabled(false);
        return;
    }
    m_file = file.value();
    showMapping();
    m_ui->checkButton->setEnabled(true);
    m_ui->importButton->setEnabled(true);
}

void ImportDialog::showMapping()
{
    const HeaderMatch &file = *m_file;
    const TextRow headers = file.table.rows.value(file.headerRow);
    m_ui->sheetLabel->setText(
        tr("Sheet %1, header in row %2; %n data row(s).", nullptr, int(file.table.rows.size()) - file.headerRow - 1)
            .arg(file.sheetName)
            .arg(file.sourceRow(file.headerRow)));
    const QStringList fields = RegisterImport::columns(kind());
    const QStringList required = RegisterImport::requiredColumns(kind());
    m_ui->mappingTable->setRowCount(int(fields.size()));
    for (int i = 0; i < fields.size(); ++i) {
        const QString &field = fields.at(i);
        auto *name = new QTableWidgetItem(required.contains(field) ? field + QStringLiteral(" *") : field);
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, field);
        m_ui->mappingTable->setItem(i, 0, name);
        auto *combo = new QComboBox;
        combo->addItem(tr("(not imported)"), kNotImported);
        for (const TextRow::Cell &header : headers.cells())
            if (!header.text.trimmed().isEmpty())
                combo->addItem(header.text.trimmed(), header.column);
        combo->setCurrentIndex(std::max(0, combo->findData(file.columns.value(field, kNotImported))));
        m_ui->mappingTable->setCellWidget(i, 1, combo);
    }
    m_ui->mappingTable->resizeColumnToContents(0);
}

bool ImportDialog::mapping(HeaderMatch *match)
{
    *match = *m_file;
    match->columns.clear();
    QStringList missing;
    const QStringList required = RegisterImport::requiredColumns(kind());
    for (int i = 0; i < m_ui->mappingTable->rowCount(); ++i) {
        const QString field = m_ui->mappingTable->item(i, 0)->data(Qt::UserRole).toString();
        const int column = static_cast<QComboBox *>(m_ui->mappingTable->cellWidget(i, 1))->currentData().toInt();
        if (column != kNotImported)
            match->columns.insert(field, column);
        else if (required.contains(field))
            missing << field;
    }
    if (!missing.isEmpty()) {
        prompts::warning(
            this, windowTitle(),
            tr("Choose the column of the file for %1: the import needs it.").arg(missing.join(QStringLiteral("、"))));
        return false;
    }
    return true;
}

void ImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->progressBar->setVisible(busy);
    m_ui->stopButton->setVisible(busy);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_ui->checkButton, m_ui->importButton, m_ui->browseButton, m_ui->kindComboBox,
                                          m_ui->mappingTable, m_ui->skipInvalidCheckBox, m_ui->closeButton})
        w->setEnabled(!busy);
}

void ImportDialog::start(bool dryRun)
{
    HeaderMatch match;
    if (m_busy || !m_file || !mapping(&match))
        return;
    if (!dryRun && !m_report.problems.isEmpty() && m_ui->skipInvalidCheckBox->isChecked()
        && prompts::question(this, windowTitle(),
                             tr("%n row(s) with problems will be left out. Import the others?", nullptr,
                                int(m_report.problems.size())))
            != QMessageBox::Yes)
        return;
    setBusy(true);
    m_ui->progressBar->setRange(0, 1000);
    m_ui->progressBar->setValue(0);
    ImportOptions options;
    options.dryRun = dryRun;
    options.skipInvalid = m_ui->skipInvalidCheckBox->isChecked();
    options.actor = m_actor;
    // The import is a job like any other long work, its bar and 停止 shown here in the dialog.
    m_job = std::make_unique<Job>(windowTitle(), dryRun ? tr("Checking…") : tr("Importing…"));
    connect(m_job.get(), &Job::progressed, m_ui->progressBar, &QProgressBar::setValue);
    auto report = std::make_shared<Result<ImportReport>>(Error{ErrorCode::Cancelled, {}, {}});
    connect(m_job.get(), &Job::finished, this, [this, report, dryRun](const Status &status) {
        finished(status ? *report : Result<ImportReport>(status.error()), dryRun);
    });
    m_job->start(m_db, [report, k = kind(), match, options](Database &db, Job::Control &control) -> Status {
        // A register that holds work is backed up before an import writes into it.
        if (!options.dryRun)
            if (auto backup = Backups::createIfChanged(db, QStringLiteral("import")); !backup)
                return backup.error();
        ImportOptions withProgress = options;
        withProgress.progress = [&control](int done, int total) { return control.progress(done, total); };
        *report = RegisterImport::run(k, db, match, withProgress);
        return *report ? Status{} : Status(report->error());
    });
}

void ImportDialog::finished(const Result<ImportReport> &report, bool dryRun)
{
    // Deleted later: this runs from the job's own signal.
    m_job.release()->deleteLater();
    setBusy(false);
    if (!report) {
        m_ui->summaryLabel->setText(report.error().message);
        if (report.error().code != ErrorCode::Cancelled)
            prompts::warning(this, windowTitle(), report.error().message);
        return;
    }
    showReport(report.value(), dryRun);
    if (!dryRun && report->written > 0) {
        emit imported(report->written);
        prompts::information(this, windowTitle(), tr("%n row(s) imported.", nullptr, report->written));
    }
}

void ImportDialog::showReport(const ImportReport &report, bool dryRun)
{
    m_report = report;
    QStringList lines{
        tr("%1 rows: %2 valid, %3 with problems.").arg(report.rows).arg(report.valid).arg(report.rows - report.valid)};
    if (!report.created.isEmpty())
        lines << tr("The import creates: %1.").arg(report.created.join(QStringLiteral("、")));
    if (report.completed > 0)
        lines << tr("%n resident(s) registered by name only are completed, not added again.", nullptr,
                    report.completed);
    if (dryRun)
        lines << (report.problems.isEmpty() ? tr("Nothing was written. Every row can be imported.")
                                            : tr("Nothing was written. Correct the file, or skip the rows with "
                                                 "problems."));
    else if (report.written == 0)
        lines << tr("Nothing was written: the file has rows with problems.");
    else
        lines << tr("%n row(s) written.", nullptr, report.written);
    m_ui->summaryLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->problemsTable->setRowCount(int(report.problems.size()));
    for (int i = 0; i < report.problems.size(); ++i) {
        const ImportProblem &p = report.problems.at(i);
        m_ui->problemsTable->setItem(i, 0, new QTableWidgetItem(QString::number(p.row)));
        m_ui->problemsTable->setItem(i, 1, new QTableWidgetItem(p.column));
        m_ui->problemsTable->setItem(i, 2, new QTableWidgetItem(p.reason));
    }
    m_ui->problemsTable->resizeColumnToContents(0);
    m_ui->problemsTable->resizeColumnToContents(1);
}

} // namespace linli
