#include "weeklypage.h"

#include "ui_weeklypage.h"

#include "common/flowlayout.h"
#include "common/printbutton.h"
#include "common/prompts.h"
#include "common/waitcursor.h"
#include "common/weeklychoices.h"
#include "ledger/issueactiondialog.h"
#include "printdocument.h"
#include "storage/database.h"
#include "tablewriter.h"
#include "weeklydocuments.h"
#include "weeklymodels.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace linli {

namespace {

QList<int> selectedRows(const QItemSelectionModel *selection)
{
    QList<int> rows;
    for (const QModelIndex &index : selection->selectedRows())
        rows << index.row();
    return rows;
}

} // namespace

WeeklyPage::WeeklyPage(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::WeeklyPage>()), m_db(std::move(db)), m_actor(actor),
      m_dispatch(new DispatchListModel(this)), m_keyFigures(new KeyFiguresModel(this)),
      m_breakdown(new BreakdownModel(this)), m_printer(std::make_unique<QPrinter>(QPrinter::ScreenResolution))
{
    m_ui->setupUi(this);
    m_ui->dispatchTableView->setModel(m_dispatch);
    m_ui->dispatchTableView->horizontalHeader()->setSectionResizeMode(DispatchListModel::TitleColumn,
                                                                      QHeaderView::Stretch);
    m_ui->dispatchTableView->verticalHeader()->hide();
    m_ui->keyFiguresTableView->setModel(m_keyFigures);
    m_ui->keyFiguresTableView->verticalHeader()->hide();
    m_ui->keyFiguresTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_breakdown);
    sorted->setSortRole(BreakdownModel::SortRole);
    m_ui->breakdownTableView->setModel(sorted);
    m_ui->breakdownTableView->verticalHeader()->hide();
    m_ui->breakdownComboBox->addItem(tr("By category"));
    m_ui->breakdownComboBox->addItem(tr("By grid"));
    m_ui->breakdownComboBox->addItem(tr("By department"));
    m_ui->breakdownComboBox->addItem(tr("By community"));

    m_preview = new QPrintPreviewWidget(m_printer.get(), m_ui->previewContainer);
    m_preview->setObjectName(QStringLiteral("bulletinPreview"));
    m_preview->fitToWidth(); // readable at once; the page scrolls
    auto *previewLayout = new QVBoxLayout(m_ui->previewContainer);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_preview);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (!m_bulletinDocument)
            return;
        if (Status painted = m_bulletinDocument->paint(printer); !painted)
            m_ui->bulletinStatusLabel->setText(painted.error().message);
    });

    auto *print = new PrintButton(m_db, m_actor, this);
    print->setObjectName(QStringLiteral("printButton"));
    print->addDocument(
        tr("Dispatch list (周调度)"),
        [this]() -> std::optional<PrintRequest> {
            const IsoWeek week = this->week();
            const WeeklyScope scope = this->scope();
            return PrintRequest{QStringLiteral("周调度"), [week, scope](Database &reg, const PrintOptions &options) {
                                    auto list = WeeklyStatistics(reg).dispatchList(week, scope);
                                    if (!list)
                                        return Result<Printing::Document>(list.error());
                                    return WeeklyDocuments::dispatch(list.value(), options);
                                }};
        },
        QKeySequence::Print);
    print->addDocument(tr("Summary (周汇总)"), [this]() -> std::optional<PrintRequest> {
        const IsoWeek week = this->week();
        const WeeklyScope scope = this->scope();
        return PrintRequest{QStringLiteral("周汇总"), [week, scope](Database &reg, const PrintOptions &options) {
                                auto report = WeeklyStatistics(reg).report(week, scope);
                                if (!report)
                                    return Result<Printing::Document>(report.error());
                                return WeeklyDocuments::summary(report.value(), options);
                            }};
    });
    print->addDocument(tr("Bulletin (周通报)"), [this]() -> std::optional<PrintRequest> {
        const IsoWeek week = this->week();
        const WeeklyScope scope = this->scope();
        const int edition = m_ui->editionComboBox->currentData().toInt();
        return PrintRequest{
            QStringLiteral("周通报"), [week, scope, edition](Database &reg, const PrintOptions &options) {
                auto shown = WeeklyBulletins(reg).bulletin(week, scope, edition);
                if (!shown)
                    return Result<Printing::Document>(shown.error());
                return WeeklyDocuments::bulletin(shown->report, WeeklyDocuments::editionOf(shown->edition), options);
            }};
    });
    m_ui->chooserLayout->insertWidget(m_ui->chooserLayout->indexOf(m_ui->exportButton), print);
    FlowLayout::wrap(m_ui->chooserLayout); // each bar wraps on a narrow window
    FlowLayout::wrap(m_ui->dispatchActionLayout);
    FlowLayout::wrap(m_ui->bulletinBarLayout);
    FlowLayout::wrap(m_ui->breakdownChooserLayout);

    fillWeeks();
    fillScopes();
    connect(m_ui->weekComboBox, &QComboBox::currentIndexChanged, this, &WeeklyPage::refresh);
    connect(m_ui->scopeComboBox, &QComboBox::currentIndexChanged, this, &WeeklyPage::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &WeeklyPage::refresh);
    connect(m_ui->weeklyTabWidget, &QTabWidget::currentChanged, this, &WeeklyPage::loadCurrentTab);
    connect(m_ui->breakdownComboBox, &QComboBox::currentIndexChanged, this, &WeeklyPage::showBreakdown);
    // 第1版（2026-11-30）is longer than 草稿, which is all the box holds when first shown.
    m_ui->editionComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_ui->editionComboBox, &QComboBox::activated, this,
            [this] { loadBulletin(m_ui->editionComboBox->currentData().toInt()); });
    connect(m_ui->publishButton, &QPushButton::clicked, this, &WeeklyPage::publish);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &WeeklyPage::exportExcel);
    connect(m_ui->redispatchButton, &QPushButton::clicked, this, [this] { runAction(IssueAction::Redispatch); });
    connect(m_ui->changeDeadlineButton, &QPushButton::clicked, this,
            [this] { runAction(IssueAction::ChangeDeadline); });
    connect(m_ui->escalateButton, &QPushButton::clicked, this, [this] { runAction(IssueAction::Escalate); });
    connect(m_ui->dispatchTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WeeklyPage::updateActions);
    connect(m_dispatch, &QAbstractItemModel::modelReset, this, &WeeklyPage::updateActions);
    refresh();
}

WeeklyPage::~WeeklyPage() = default;

void WeeklyPage::setToday(const QDate &today)
{
    m_today = today;
    const QSignalBlocker blocker(m_ui->weekComboBox);
    fillWeeks();
    refresh();
}

void WeeklyPage::fillWeeks()
{
    fillWeekChoices(m_ui->weekComboBox, m_today);
}

void WeeklyPage::fillScopes()
{
    if (Status filled = fillScopeChoices(m_ui->scopeComboBox, *m_db); !filled)
        prompts::warning(this, tr("Weekly reports"), filled.error().message);
}

IsoWeek WeeklyPage::week() const
{
    auto w = IsoWeek::parse(m_ui->weekComboBox->currentData().toString());
    return w ? w.value() : IsoWeek::containing(m_today).previous();
}

WeeklyScope WeeklyPage::scope() const
{
    auto s = WeeklyStatistics(*m_db).parseScope(m_ui->scopeComboBox->currentData().toString());
    return s ? s.value() : WeeklyScope{};
}

bool WeeklyPage::selectWeek(const IsoWeek &week)
{
    return selectChoice(m_ui->weekComboBox, week.label());
}

bool WeeklyPage::selectScope(const QString &scopeText)
{
    return selectChoice(m_ui->scopeComboBox, scopeText);
}

void WeeklyPage::refresh()
{
    for (bool &stale : m_stale)
        stale = true;
    if (isVisible())
        loadCurrentTab();
}

void WeeklyPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadCurrentTab(); // what changed while the page was hidden
}

void WeeklyPage::loadCurrentTab()
{
    const int tab = m_ui->weeklyTabWidget->currentIndex();
    if (tab < 0 || tab > BulletinTab || !m_stale[tab])
        return;
    m_stale[tab] = false;
    switch (Tab(tab)) {
    case DispatchTab: loadDispatch(); break;
    case SummaryTab: loadSummary(); break;
    case BulletinTab: loadBulletin(0); break;
    }
}

void WeeklyPage::loadDispatch()
{
    const WaitCursor wait;
    auto list = WeeklyStatistics(*m_db).dispatchList(week(), scope());
    if (!list) {
        m_dispatch->setList({});
        m_ui->dispatchSummaryLabel->setText(list.error().message);
        return;
    }
    m_dispatch->setList(list.value());
    int red = 0;
    for (const DispatchItem &item : list->open + list->undispatched)
        red += item.warning == WarningLevel::Red ? 1 : 0;
    m_ui->dispatchSummaryLabel->setText(
        tr("For the meeting of %1: %n open issue(s), %2 of them under red warning; %3 accepted and not yet "
           "dispatched. Select issues to redispatch, extend or escalate them; each decision is recorded in the "
           "issue's history.",
           nullptr, int(list->open.size()))
            .arg(week().sunday().addDays(1).toString(Qt::ISODate))
            .arg(red)
            .arg(list->undispatched.size()));
}

void WeeklyPage::loadSummary()
{
    const WaitCursor wait;
    auto report = WeeklyStatistics(*m_db).report(week(), scope());
    if (!report) {
        m_report = {};
        prompts::warning(this, tr("Weekly reports"), report.error().message);
        return;
    }
    m_report = report.value();
    m_keyFigures->setReport(m_report);
    showBreakdown();
}

void WeeklyPage::showBreakdown()
{
    switch (m_ui->breakdownComboBox->currentIndex()) {
    case 0: m_breakdown->setRows(m_report.byCategory, tr("Category")); break;
    case 1: m_breakdown->setRows(m_report.byGrid, tr("Grid")); break;
    case 3: m_breakdown->setRows(m_report.byCommunity, tr("Community")); break;
    default: m_breakdown->setRows(m_report.byDepartment, tr("Department")); break;
    }
    // Visits belong to grids, and so to communities.
    const int shown = m_ui->breakdownComboBox->currentIndex();
    m_ui->breakdownTableView->setColumnHidden(BreakdownModel::CoverageColumn,
                                              (shown != 1 && shown != 3) || !m_report.totals.visitedThisWeek);
    m_ui->breakdownTableView->resizeColumnsToContents();
}

// The bulletin as it prints: edition `edition` (the latest with 0), or the live draft.
void WeeklyPage::loadBulletin(int edition)
{
    const WaitCursor wait;
    const IsoWeek w = week();
    const WeeklyScope s = scope();
    WeeklyBulletins bulletins(*m_db);
    auto editions = bulletins.editions(w, s.text());
    auto shown = bulletins.bulletin(w, s, edition);
    m_bulletinDocument.reset();
    {
        const QSignalBlocker blocker(m_ui->editionComboBox);
        m_ui->editionComboBox->clear();
        if (editions && !editions->isEmpty()) {
            for (const BulletinEdition &e : editions.value())
                m_ui->editionComboBox->addItem(tr("Edition %1 (%2)").arg(e.edition).arg(e.publishedAt.left(10)),
                                               e.edition);
            const int chosen = shown && shown->edition ? shown->edition->edition : editions->constLast().edition;
            m_ui->editionComboBox->setCurrentIndex(m_ui->editionComboBox->findData(chosen));
        } else {
            m_ui->editionComboBox->addItem(tr("Draft"), 0);
        }
    }
    const bool published = editions && !editions->isEmpty();
    m_ui->publishButton->setText(published ? tr("Publish a &correction…") : tr("&Publish…"));
    m_ui->publishButton->setEnabled(w.sunday() < m_today);
    if (!shown) {
        m_bulletin = {};
        m_ui->bulletinStatusLabel->setText(shown.error().message);
        m_preview->updatePreview();
        return;
    }
    m_bulletin = shown.value();
    if (m_bulletin.edition) {
        const BulletinEdition &e = *m_bulletin.edition;
        QString text = tr("Published: edition %1 of %2, by %3 on %4. These figures were frozen when it was "
                          "published; later changes to the ledger do not alter it.")
                           .arg(e.edition)
                           .arg(editions->size())
                           .arg(e.publishedByName.isEmpty() ? e.publishedBy : e.publishedByName,
                                e.publishedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')));
        if (!e.reason.isEmpty())
            text += QLatin1Char(' ') + tr("Reason for the correction: %1").arg(e.reason);
        m_ui->bulletinStatusLabel->setText(text);
    } else if (w.sunday() >= m_today) {
        m_ui->bulletinStatusLabel->setText(
            tr("Draft: this week is not over; it can be published from the Monday after its Sunday."));
    } else {
        m_ui->bulletinStatusLabel->setText(
            tr("Draft: not yet published. The figures are the ledger's as it stands and may still change."));
    }
    PrintOptions options;
    options.today = m_today;
    options.actor = m_actor;
    auto document
        = WeeklyDocuments::bulletin(m_bulletin.report, WeeklyDocuments::editionOf(m_bulletin.edition), options);
    if (!document) {
        m_ui->bulletinStatusLabel->setText(document.error().message);
    } else {
        m_bulletinDocument = std::move(document).value();
    }
    m_preview->updatePreview();
}

// The decisions of the meeting that are legal for every selected issue.
void WeeklyPage::updateActions()
{
    const QList<int> rows = selectedRows(m_ui->dispatchTableView->selectionModel());
    auto legal = [&](IssueAction action) {
        if (rows.isEmpty())
            return false;
        for (int row : rows) {
            const DispatchItem &d = m_dispatch->item(row);
            if (!Workflow::legalActions(d.statusNow, d.escalatedNow).contains(action))
                return false;
        }
        return true;
    };
    m_ui->redispatchButton->setEnabled(legal(IssueAction::Redispatch));
    m_ui->changeDeadlineButton->setEnabled(legal(IssueAction::ChangeDeadline));
    m_ui->escalateButton->setEnabled(legal(IssueAction::Escalate));
}

void WeeklyPage::runAction(IssueAction action)
{
    QStringList numbers;
    for (int row : selectedRows(m_ui->dispatchTableView->selectionModel()))
        numbers << m_dispatch->item(row).issue.number;
    if (numbers.isEmpty())
        return;
    auto *dialog = new IssueActionDialog(m_db, m_actor, action, numbers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        emit issuesChanged();
    });
    dialog->open();
}

void WeeklyPage::publish()
{
    const IsoWeek w = week();
    const WeeklyScope s = scope();
    WeeklyBulletins bulletins(*m_db);
    bulletins.setToday(m_today);
    auto editions = bulletins.editions(w, s.text());
    if (!editions) {
        prompts::warning(this, tr("Publish the bulletin"), editions.error().message);
        return;
    }
    QString reason;
    if (editions->isEmpty()) {
        if (prompts::question(this, tr("Publish the bulletin"),
                              tr("Publish the bulletin of %1 (%2)? Its figures are then frozen: printing it again "
                                 "gives the same bulletin, whatever changes in the ledger later.")
                                  .arg(w.chineseLabel(), m_ui->scopeComboBox->currentText()),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
    } else {
        reason = prompts::text(
                     this, tr("Publish a correction"),
                     tr("Edition %1 is already published. Why is a corrected edition needed?").arg(editions->size()))
                     .trimmed();
        if (reason.isEmpty())
            return;
    }
    auto published = bulletins.publish(w, s, reason, m_actor);
    if (!published) {
        prompts::warning(this, tr("Publish the bulletin"), published.error().message);
        return;
    }
    prompts::information(this, tr("Publish the bulletin"),
                         tr("Edition %1 of %2 is published. Its check code (SHA-256) is %3.")
                             .arg(published->edition)
                             .arg(w.chineseLabel(), published->figuresHash));
    m_stale[BulletinTab] = false;
    loadBulletin(published->edition);
}

void WeeklyPage::exportExcel()
{
    const IsoWeek w = week();
    const int tab = m_ui->weeklyTabWidget->currentIndex();
    const IsoWeek shown = tab == DispatchTab ? m_dispatch->list().week
        : tab == SummaryTab                  ? m_report.week
                                             : m_bulletin.report.week;
    if (!shown.isValid() || shown.label() != w.label()) { // the week could not be read: said when it was tried
        prompts::warning(this, tr("Export to Excel"),
                         tr("There are no figures of %1 to export.").arg(w.chineseLabel()));
        return;
    }
    const QString what = tab == DispatchTab ? QStringLiteral("周调度")
        : tab == SummaryTab                 ? QStringLiteral("周汇总")
                                            : QStringLiteral("周通报");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path
        = prompts::saveFileName(this, tr("Export to Excel"), dir + QStringLiteral("/%1-%2.xlsx").arg(what, w.label()),
                                tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    // What the tab shows: the same figures as on screen, not read again.
    const QList<ExportTable> tables = tab == DispatchTab
        ? QList<ExportTable>{WeeklyDocuments::dispatchTable(m_dispatch->list())}
        : tab == SummaryTab
        ? QList<ExportTable>{WeeklyDocuments::summaryTable(m_report)}
        : WeeklyDocuments::bulletinWorkbook(m_bulletin.report, WeeklyDocuments::editionOf(m_bulletin.edition));
    if (Status written = TableWriter::writeXlsx(path, tables); !written) {
        prompts::warning(this, tr("Export to Excel"), written.error().message);
        return;
    }
    prompts::information(this, tr("Export to Excel"), tr("%1 of %2 was written to %3.").arg(what, w.label(), path));
}

void WeeklyPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("weekly/tab"), m_ui->weeklyTabWidget->currentIndex());
    settings.setValue(QStringLiteral("weekly/scope"), m_ui->scopeComboBox->currentData());
    settings.setValue(QStringLiteral("weekly/breakdown"), m_ui->breakdownComboBox->currentIndex());
    settings.setValue(QStringLiteral("weekly/dispatchColumns"),
                      m_ui->dispatchTableView->horizontalHeader()->saveState());
}

void WeeklyPage::restoreState(QSettings &settings)
{
    m_ui->dispatchTableView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("weekly/dispatchColumns")).toByteArray());
    m_ui->breakdownComboBox->setCurrentIndex(settings.value(QStringLiteral("weekly/breakdown"), 0).toInt());
    selectScope(settings.value(QStringLiteral("weekly/scope")).toString());
    m_ui->weeklyTabWidget->setCurrentIndex(settings.value(QStringLiteral("weekly/tab"), 0).toInt());
}

} // namespace linli
