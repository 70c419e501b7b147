#pragma once

#include "access/actor.h"
#include "ledger/workflow.h"
#include "weekly/bulletins.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QPrintPreviewWidget;
class QPrinter;
class QSettings;

namespace Ui {
class WeeklyPage;
}

namespace linli {

class BreakdownModel;
class Database;
class DispatchListModel;
class KeyFiguresModel;
class PrintDocument;

// 周报: a week (last week by default) and a scope, and the three steps of the weekly cycle:
// 周调度, the list for the Monday meeting, where the meeting's decisions (改派, 改期 with a
// reason, 上报) are taken straight from the list and recorded as the issues' events; 周汇总,
// the figures with the change from the week before; 周通报, the bulletin as it will print, with
// 发布. A published week shows its frozen edition, and says so. Each tab prints and exports.
class WeeklyPage final : public QWidget
{
    Q_OBJECT
public:
    WeeklyPage(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent = nullptr);
    ~WeeklyPage() override;

    // The day the page counts from; tests set it. Refills the weeks.
    void setToday(const QDate &today);
    IsoWeek week() const;
    WeeklyScope scope() const;
    bool selectWeek(const IsoWeek &week);
    bool selectScope(const QString &scopeText);

    DispatchListModel *dispatchModel() const { return m_dispatch; }
    KeyFiguresModel *keyFiguresModel() const { return m_keyFigures; }
    BreakdownModel *breakdownModel() const { return m_breakdown; }
    const Bulletin &bulletin() const { return m_bulletin; }
    const PrintDocument *bulletinDocument() const { return m_bulletinDocument.get(); }

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

public slots:
    // Reads the week again (now if the page is shown, else when it is): after the ledger
    // changed, or the lists were edited.
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

signals:
    // An action from the dispatch list changed issues: the ledger shows them again.
    void issuesChanged();

private:
    enum Tab { DispatchTab, SummaryTab, BulletinTab };
    void fillWeeks();
    void fillScopes();
    void loadCurrentTab();
    void loadDispatch();
    void loadSummary();
    void loadBulletin(int edition);
    void showBreakdown();
    void updateActions();
    void runAction(IssueAction action);
    void publish();
    void exportExcel();

    std::unique_ptr<Ui::WeeklyPage> m_ui;
    std::shared_ptr<Database> m_db;
    Actor m_actor;
    QDate m_today = QDate::currentDate();
    DispatchListModel *m_dispatch = nullptr;
    KeyFiguresModel *m_keyFigures = nullptr;
    BreakdownModel *m_breakdown = nullptr;
    WeeklyReport m_report;
    Bulletin m_bulletin;
    std::unique_ptr<PrintDocument> m_bulletinDocument;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_preview = nullptr;
    bool m_stale[3] = {true, true, true};
};

} // namespace linli
