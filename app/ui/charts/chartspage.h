#pragma once

#include "weekly/weeklycharts.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

class QSettings;

namespace Ui {
class ChartsPage;
}

namespace linli {

class ChartView;
class Database;

// 图表: the charts of the weekly figures up to a week (last week by default) for a scope:
// resolution and on-time rates by week through the year, open and overdue issues by week,
// issues by category, resolution rate by department and by grid, and visit coverage by grid.
// Each shows its exact values on hover and can be saved as PNG.
class ChartsPage final : public QWidget
{
    Q_OBJECT
public:
    enum Chart { Rates, OpenAndOverdue, ByCategory, DepartmentRates, GridRates, GridCoverage, ChartCount };

    explicit ChartsPage(std::shared_ptr<Database> db, QWidget *parent = nullptr);
    ~ChartsPage() override;

    void setToday(const QDate &today);
    bool selectWeek(const IsoWeek &week);
    bool selectScope(const QString &scopeText);
    void showChart(Chart chart);
    ChartView *chartView() const { return m_view; }

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

public slots:
    // Reads the figures again (now if the page is shown, else when it is).
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void savePng();

    std::unique_ptr<Ui::ChartsPage> m_ui;
    std::shared_ptr<Database> m_db;
    QDate m_today = QDate::currentDate();
    ChartView *m_view = nullptr;
    // The figures of the chosen week and scope, read once for all the charts.
    std::optional<QList<WeeklyPoint>> m_series;
    std::optional<WeeklyReport> m_report;
    bool m_stale = true;
};

} // namespace linli
