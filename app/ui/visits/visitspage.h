#pragma once

#include "access/actor.h"
#include "visits/visittypes.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QSettings;
class QTimer;

namespace Ui {
class VisitsPage;
}

namespace linli {

class Database;
class DueTableModel;
class VisitTableModel;

// 走访: the visit log with its filters, 待走访 (households due or overdue in walking order,
// printable as a route list) and the year's coverage by grid and building, with the unvisited
// households of a row one click away.
class VisitsPage final : public QWidget
{
    Q_OBJECT
public:
    VisitsPage(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent = nullptr);
    ~VisitsPage() override;

    // The models of the tabs, brought up to date first if the page has changed since.
    VisitTableModel *visitModel();
    DueTableModel *dueModel();
    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

public slots:
    // Marks every tab out of date and reloads the one in view; the others load when shown.
    void refresh();
    void logVisit(qint64 householdId = 0);

signals:
    void issueRegistered(const QString &number);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum Tab { LogTab, DueTab, CoverageTab, TabCount };
    void loadCurrentTab();
    void fillGrids(QComboBox *box);
    void applyLogFilter();
    void loadDue();
    void loadCoverage();
    void showUnvisited(qint64 gridId, qint64 buildingId, const QString &name);
    DueFilter dueFilter() const;

    std::unique_ptr<Ui::VisitsPage> m_ui;
    std::shared_ptr<Database> m_db;
    Actor m_actor;
    VisitTableModel *m_visits = nullptr;
    DueTableModel *m_due = nullptr;
    QTimer *m_searchTimer = nullptr;
    bool m_stale[TabCount] = {true, true, true};
};

} // namespace linli
