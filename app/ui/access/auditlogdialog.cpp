#include "auditlogdialog.h"

#include "ui_auditlogdialog.h"

#include "access/auditlogmodel.h"
#include "common/prompts.h"
#include "common/waitcursor.h"
#include "storage/database.h"
#include "tablewriter.h"
#include "transfer/transferrows.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QStandardPaths>

namespace linli {

AuditLogDialog::AuditLogDialog(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AuditLogDialog>()), m_db(std::move(db)), m_actor(actor)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->actionComboBox->addItem(QString());
    m_ui->actionComboBox->addItems(AuditTrail::knownActions());
    m_ui->tableComboBox->addItem(QString());
    m_ui->tableComboBox->addItems({QStringLiteral("household"), QStringLiteral("resident"), QStringLiteral("visit"),
                                   QStringLiteral("issue"), QStringLiteral("issue_event"), QStringLiteral("user"),
                                   QStringLiteral("user_grid"), QStringLiteral("community"), QStringLiteral("grid"),
                                   QStringLiteral("compound"), QStringLiteral("building"),
                                   QStringLiteral("weekly_report")});
    m_model = new AuditLogModel(m_db, m_actor, this);
    m_ui->auditTableView->setModel(m_model);
    m_ui->auditTableView->verticalHeader()->hide();
    m_ui->auditTableView->horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c < AuditLogModel::ValuesColumn; ++c)
        m_ui->auditTableView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_model, &AuditLogModel::failed, this, &AuditLogDialog::showError);
    connect(m_ui->searchButton, &QPushButton::clicked, this, &AuditLogDialog::search);
    for (QLineEdit *edit : {m_ui->userLineEdit, m_ui->recordLineEdit, m_ui->fromLineEdit, m_ui->toLineEdit})
        connect(edit, &QLineEdit::returnPressed, this, &AuditLogDialog::search);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AuditLogDialog::chooseExportFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    search();
}

AuditLogDialog::~AuditLogDialog() = default;

void AuditLogDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

Result<AuditFilter> AuditLogDialog::filter() const
{
    AuditFilter f;
    f.actor = m_ui->userLineEdit->text().trimmed();
    f.action = m_ui->actionComboBox->currentText().trimmed();
    f.table = m_ui->tableComboBox->currentText().trimmed();
    const QString record = m_ui->recordLineEdit->text().trimmed();
    if (!record.isEmpty()) {
        bool ok = false;
        f.recordId = record.toLongLong(&ok);
        if (!ok || f.recordId <= 0)
            return Error{ErrorCode::Invalid, tr("The record is a number (the row's id), not '%1'.").arg(record),
                         QStringLiteral("record")};
    }
    for (auto [edit, date] : {std::pair{m_ui->fromLineEdit, &f.from}, std::pair{m_ui->toLineEdit, &f.to}}) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        *date = QDate::fromString(text, Qt::ISODate);
        if (!date->isValid())
            return Error{ErrorCode::Invalid, tr("'%1' is not a date: write it as YYYY-MM-DD.").arg(text),
                         QStringLiteral("date")};
    }
    return f;
}

void AuditLogDialog::search()
{
    auto f = filter();
    if (!f) {
        showError(f.error().message);
        return;
    }
    showError({});
    WaitCursor wait;
    if (Status s = m_model->setFilter(f.value()); !s)
        return;
    m_ui->countLabel->setText(m_model->canFetchMore({})
                                  ? tr("The newest %1 rows; more as you scroll.").arg(m_model->rowCount())
                                  : tr("%n row(s).", nullptr, m_model->rowCount()));
}

Result<int> AuditLogDialog::exportTo(const QString &path)
{
    auto f = filter();
    if (!f)
        return f.error();
    ExportTable table;
    table.sheetName = QStringLiteral("审计日志");
    using Kind = ExportTable::Kind;
    table.columns = {{QStringLiteral("序号"), Kind::Number, 10},  {QStringLiteral("时间"), Kind::Text, 20},
                     {QStringLiteral("用户"), Kind::Text, 12},    {QStringLiteral("操作"), Kind::Text, 14},
                     {QStringLiteral("表"), Kind::Text, 12},      {QStringLiteral("记录"), Kind::Number, 10},
                     {QStringLiteral("记录标识"), Kind::Text, 38}, {QStringLiteral("原值"), Kind::Text, 40},
                     {QStringLiteral("新值"), Kind::Text, 40}};
    qint64 before = 0;
    while (table.rows.size() < kMaxExportRows) {
        auto page = AuditTrail::page(*m_db, m_actor, f.value(), before, 5000);
        if (!page)
            return page.error();
        for (const AuditRow &r : page.value())
            table.rows << QStringList{QString::number(r.id), QString(r.time).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                      r.actor,         r.action,
                                      r.table,         r.recordId ? QString::number(r.recordId) : QString(),
                                      r.recordUuid,    r.oldValues,
                                      r.newValues};
        if (page->size() < 5000)
            break;
        before = page->constLast().id;
    }
    if (Status s = TableWriter::write(path, table); !s)
        return s.error();
    if (Status s = TransferRows::recordExport(*m_db, QStringLiteral("audit_log"), int(table.rows.size()), path,
                                              TransferRows::Numbers::Full);
        !s)
        return s.error();
    return int(table.rows.size());
}

void AuditLogDialog::chooseExportFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = prompts::saveFileName(this, tr("Export the audit log"), dir + QStringLiteral("/审计日志.xlsx"),
                                         tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    WaitCursor wait;
    auto written = exportTo(path);
    if (!written) {
        prompts::warning(this, tr("Export the audit log"), written.error().message);
        return;
    }
    prompts::information(this, tr("Export the audit log"),
                         tr("%1 rows were written to %2.").arg(written.value()).arg(path));
}

} // namespace linli
