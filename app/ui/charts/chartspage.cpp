#include "chartspage.h"

#include "ui_chartspage.h"

#include "chartview.h"
#include "common/flowlayout.h"
#include "common/prompts.h"
#include "common/waitcursor.h"
#include "common/weeklychoices.h"
#include "storage/database.h"

#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace linli {

ChartsPage::ChartsPage(std::shared_ptr<Database> db, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ChartsPage>()), m_db(std::move(db))
{
    m_ui->setupUi(this);
    FlowLayout::wrap(m_ui->chooserLayout); // wraps on a narrow window
    m_view = new ChartView(m_ui->chartHolder);
    m_view->setObjectName(QStringLiteral("chartView"));
    auto *holder = new QVBoxLayout(m_ui->chartHolder);
    holder->setContentsMargins(0, 0, 0, 0);
    holder->addWidget(m_view);
    for (const QString &name :
         {tr("Resolution and on-time rates by week"), tr("Open and overdue issues by week"), tr("Issues by category"),
          tr("Resolution rate by department"), tr("Resolution rate by grid"), tr("Visit coverage by grid")})
        m_ui->chartListWidget->addItem(name);
    m_ui->chartListWidget->setCurrentRow(Rates);

    fillWeekChoices(m_ui->weekComboBox, m_today);
    if (Status filled = fillScopeChoices(m_ui->scopeComboBox, *m_db); !filled)
        prompts::warning(this, tr("Charts"), filled.error().message);
    connect(m_ui->weekComboBox, &QComboBox::currentIndexChanged, this, &ChartsPage::refresh);
    connect(m_ui->scopeComboBox, &QComboBox::currentIndexChanged, this, &ChartsPage::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ChartsPage::refresh);
    connect(m_ui->chartListWidget, &QListWidget::currentRowChanged, this, [this] { load(); });
    connect(m_ui->savePngButton, &QPushButton::clicked, this, &ChartsPage::savePng);
}

ChartsPage::~ChartsPage() = default;

void ChartsPage::setToday(const QDate &today)
{
    m_today = today;
    fillWeekChoices(m_ui->weekComboBox, m_today);
    refresh();
}

bool ChartsPage::selectWeek(const IsoWeek &week)
{
    return selectChoice(m_ui->weekComboBox, week.label());
}

bool ChartsPage::selectScope(const QString &scopeText)
{
    return selectChoice(m_ui->scopeComboBox, scopeText);
}

void ChartsPage::showChart(Chart chart)
{
    m_ui->chartListWidget->setCurrentRow(chart);
}

void ChartsPage::refresh()
{
    m_series.reset();
    m_report.reset();
    m_stale = true;
    if (isVisible())
        load();
}

void ChartsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

// Draws the chosen chart, reading the weekly series or the week's report the first time a
// chart needs them.
void ChartsPage::load()
{
    m_stale = false;
    auto week = IsoWeek::parse(m_ui->weekComboBox->currentData().toString());
    WeeklyStatistics statistics(*m_db);
    auto scope = statistics.parseScope(m_ui->scopeComboBox->currentData().toString());
    if (!week || !scope)
        return;
    const auto chart = Chart(std::max(0, m_ui->chartListWidget->currentRow()));
    Error failed;
    {
        const WaitCursor wait;
        if ((chart == Rates || chart == OpenAndOverdue) && !m_series) {
            // Through the year of the week: from its week 1.
            auto points = statistics.series(IsoWeek(week->year(), 1), week.value(), scope.value());
            if (points)
                m_series = points.value();
            else
                failed = points.error();
        } else if (chart != Rates && chart != OpenAndOverdue && !m_report) {
            auto report = statistics.report(week.value(), scope.value());
            if (report)
                m_report = report.value();
            else
                failed = report.error();
        }
    }
    if (!failed.message.isEmpty()) {
        prompts::warning(this, tr("Charts"), failed.message);
        return;
    }
    ChartData drawn;
    switch (chart) {
    case Rates: drawn = WeeklyCharts::rates(*m_series); break;
    case OpenAndOverdue: drawn = WeeklyCharts::openAndOverdue(*m_series); break;
    case ByCategory: drawn = WeeklyCharts::byCategory(*m_report); break;
    case DepartmentRates: drawn = WeeklyCharts::departmentRates(*m_report); break;
    case GridRates: drawn = WeeklyCharts::gridRates(*m_report); break;
    case GridCoverage: drawn = WeeklyCharts::gridCoverage(*m_report); break;
    case ChartCount: return;
    }
    drawn.title += QStringLiteral("（%1，%2）").arg(week->chineseLabel(), m_ui->scopeComboBox->currentText());
    m_view->setChart(drawn);
    m_ui->chartNoteLabel->setText(
        drawn.isEmpty() ? tr("Nothing to show for this week and scope.")
                        : tr("Rest the mouse on a point or bar to see its exact value. Rates count from 1 January of "
                             "the week's year to its Sunday, as in the weekly summary."));
}

void ChartsPage::savePng()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString name
        = m_ui->chartListWidget->currentItem() ? m_ui->chartListWidget->currentItem()->text() : QStringLiteral("chart");
    QString path = prompts::saveFileName(
        this, tr("Save as PNG"),
        dir + QStringLiteral("/%1-%2.png").arg(name, m_ui->weekComboBox->currentData().toString()),
        tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    QString error;
    if (!m_view->savePng(path, &error))
        prompts::warning(this, tr("Save as PNG"), error);
}

void ChartsPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("charts/chart"), m_ui->chartListWidget->currentRow());
    settings.setValue(QStringLiteral("charts/scope"), m_ui->scopeComboBox->currentData());
}

void ChartsPage::restoreState(QSettings &settings)
{
    selectScope(settings.value(QStringLiteral("charts/scope")).toString());
    m_ui->chartListWidget->setCurrentRow(settings.value(QStringLiteral("charts/chart"), 0).toInt());
}

} // namespace linli
