// The 图表 page: each chart drawn from the weekly figures of its scope, the exact value under
// the mouse, and the picture saved as PNG.
#include "guitest.h"
#include "testregister.h"

#include "charts/chartmodel.h"
#include "charts/chartspage.h"
#include "charts/chartview.h"
#include "common/language.h"
#include "common/prompts.h"
#include "ledger/issuerepository.h"
#include "mainwindow.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace linli;
using linli::test::TestRegister;

class TestChartsPage final : public QObject
{
    Q_OBJECT

    TestRegister m_reg;
    QDate m_today = QDate::currentDate();
    IsoWeek m_last = IsoWeek::containing(QDate::currentDate()).previous();

    static void screenshot(QWidget *w, const QString &name)
    {
        const QString folder = qEnvironmentVariable("LINLI_SCREENSHOTS");
        if (!folder.isEmpty())
            w->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    bool act(const QString &number, IssueAction action, const QDate &date, const QString &department = {},
             const QDate &deadline = {})
    {
        auto done = m_reg.act(number, action, date, m_today, department, deadline);
        if (!done)
            qWarning("%s", qPrintable(done.error().message));
        return done.ok();
    }

    // An issue registered on `day`, dispatched to `department`, resolved after `days` (or left
    // open with -1).
    void issue(const QDate &day, const QString &department, const QString &category, int days)
    {
        Issue d;
        d.title = QStringLiteral("问题");
        d.category = category;
        d.registeredDate = day.toString(Qt::ISODate);
        d.location = QStringLiteral("幸福里小区");
        IssueRepository repo(*m_reg.db);
        repo.setToday(m_today);
        auto added = repo.add(d, m_reg.actor);
        QVERIFY(added.ok());
        QVERIFY(act(added->number, IssueAction::Accept, day));
        QVERIFY(act(added->number, IssueAction::Dispatch, day, department, day.addDays(5)));
        if (days >= 0) {
            QVERIFY(act(added->number, IssueAction::Start, day));
            QVERIFY(act(added->number, IssueAction::Resolve, day.addDays(days)));
        }
    }

    static QAbstractSeries *firstSeries(ChartView *view)
    {
        auto *chartView = view->findChild<QChartView *>();
        return chartView && !chartView->chart()->series().isEmpty() ? chartView->chart()->series().constFirst()
                                                                    : nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installLanguage(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
        QVERIFY(m_reg.open());
        // Over the last three weeks: 物业 resolves everything on time, 城管 leaves two open.
        const QDate monday = m_last.monday();
        issue(monday.addDays(-14), QStringLiteral("物业"), QStringLiteral("环境卫生"), 2);
        issue(monday.addDays(-13), QStringLiteral("城管"), QStringLiteral("环境卫生"), -1);
        issue(monday.addDays(-7), QStringLiteral("物业"), QStringLiteral("住房与城市建设"), 1);
        issue(monday.addDays(-6), QStringLiteral("城管"), QStringLiteral("环境卫生"), 9);
        issue(monday, QStringLiteral("城管"), QStringLiteral("环境卫生"), -1);
    }

    void everyChart();
};

void TestChartsPage::everyChart()
{
    MainWindow window;
    QVERIFY(window.openRegister(m_reg.path(), false));
    window.resize(1366, 768);
    window.show();
    ChartsPage *page = window.chartsPage();
    QVERIFY(page);
    window.findChild<QTabWidget *>(QStringLiteral("pagesTabWidget"))->setCurrentWidget(page);
    ChartView *view = page->chartView();
    WeeklyStatistics statistics(*m_reg.db);
    auto points = statistics.series(IsoWeek(m_last.year(), 1), m_last);
    LINLI_VERIFY_OK(points);

    // Rates by week: a point for each week with issues, the exact rate on hover.
    page->showChart(ChartsPage::Rates);
    QCOMPARE(view->chartData().kind, ChartData::Kind::Lines);
    QCOMPARE(view->chartData().categories.size(), points->size());
    int withIssues = 0;
    for (const WeeklyPoint &p : points.value())
        withIssues += p.figures.accepted > 0 ? 1 : 0;
    QCOMPARE(view->drawnCounts(), (QList<int>{withIssues, withIssues}));
    const WeeklyFigures &last = points->constLast().figures;
    const QString expected = QStringLiteral("W%1 办结率：%2%")
                                 .arg(m_last.week(), 2, 10, QLatin1Char('0'))
                                 .arg(*last.resolutionRate() * 100.0, 0, 'f', 1);
    auto *line = qobject_cast<QLineSeries *>(firstSeries(view));
    QVERIFY(line);
    emit line->hovered(line->points().constLast(), true);
    QCOMPARE(view->lastHover(), expected);
    QCOMPARE(line->points().constLast().y(), *last.resolutionRate() * 100.0);
    screenshot(&window, QStringLiteral("charts-rates"));

    // Open and overdue by week: bars, fed through the model.
    page->showChart(ChartsPage::OpenAndOverdue);
    QCOMPARE(view->model()->rowCount(), int(points->size()));
    auto *bars = qobject_cast<QAbstractBarSeries *>(firstSeries(view));
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 2);
    QCOMPARE(bars->barSets().at(0)->at(int(points->size()) - 1), double(last.open));
    QCOMPARE(bars->barSets().at(1)->at(int(points->size()) - 1), double(last.overdueOpen));
    emit bars->barSets().at(0)->hovered(true, int(points->size()) - 1);
    QCOMPARE(view->lastHover(),
             QStringLiteral("W%1 在办：%2").arg(m_last.week(), 2, 10, QLatin1Char('0')).arg(last.open));

    // Resolution rate by department, the highest at the top (the first category is drawn at the
    // bottom, so the model holds them upside down).
    page->showChart(ChartsPage::DepartmentRates);
    const ChartData &departments = view->chartData();
    QCOMPARE(departments.kind, ChartData::Kind::HorizontalBars);
    QCOMPARE(departments.categories, (QStringList{QStringLiteral("城管"), QStringLiteral("物业")}));
    QCOMPARE(view->hoverText(0, 1), QStringLiteral("物业 办结率：100.0%"));
    QCOMPARE(view->hoverText(0, 0), QStringLiteral("城管 办结率：33.3%"));
    screenshot(&window, QStringLiteral("charts-departments"));

    // Issues by category.
    page->showChart(ChartsPage::ByCategory);
    QCOMPARE(view->chartData().categories.constLast(), QStringLiteral("环境卫生")); // the most, at the top
    QCOMPARE(view->hoverText(1, int(view->chartData().categories.size()) - 1), QStringLiteral("环境卫生 在办：2"));

    // The charts follow the scope.
    QVERIFY(page->selectScope(QStringLiteral("department:物业")));
    page->showChart(ChartsPage::DepartmentRates);
    QCOMPARE(view->chartData().categories, QStringList{QStringLiteral("物业")});
    page->showChart(ChartsPage::Rates);
    auto scoped = statistics.series(IsoWeek(m_last.year(), 1), m_last,
                                    statistics.parseScope(QStringLiteral("department:物业")).value());
    QCOMPARE(view->hoverText(0, int(scoped->size()) - 1),
             QStringLiteral("W%1 办结率：100.0%").arg(m_last.week(), 2, 10, QLatin1Char('0')));

    // Grid coverage: the issues here have no grid and there are no households: nothing to show.
    page->showChart(ChartsPage::GridCoverage);
    QVERIFY(view->chartData().isEmpty());

    // Save as PNG: a real picture where the person says.
    page->showChart(ChartsPage::Rates);
    const QString png = m_reg.dir.filePath(QStringLiteral("办结率.png"));
    prompts::queueFileName(png);
    page->findChild<QPushButton *>(QStringLiteral("savePngButton"))->click();
    QImage picture(png);
    QVERIFY(!picture.isNull());
    QVERIFY(picture.width() >= 400);
}

LINLI_GUI_TEST_MAIN(TestChartsPage)
#include "tst_chartspage.moc"
