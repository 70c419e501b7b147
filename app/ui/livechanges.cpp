#include "livechanges.h"

#include "charts/chartspage.h"
#include "ledger/ledgerpage.h"
#include "register/registerpage.h"
#include "storage/changefeed.h"
#include "visits/visitspage.h"
#include "weekly/weeklypage.h"

#include <QTabWidget>

namespace linli {

LiveChanges::LiveChanges(QTabWidget *pages, QObject *parent) : QObject(parent), m_tabs(pages)
{
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) { refreshIfStale(m_tabs->widget(index)); });
}

LiveChanges::~LiveChanges() = default;

void LiveChanges::follow(const std::shared_ptr<Database> &db, const Pages &pages)
{
    delete std::exchange(m_feed, nullptr);
    m_stale.clear();
    m_pages = pages;
    if (!db)
        return;
    // Other workstations' writes appear on the open pages within two seconds.
    m_feed = new ChangeFeed(db, 1000, this);
    connect(m_feed, &ChangeFeed::changed, this, &LiveChanges::showChanges);
}

void LiveChanges::showChanges(const QStringList &tables)
{
    const auto any = [&tables](std::initializer_list<const char *> names) {
        if (tables.isEmpty())
            return true;
        for (const char *name : names)
            if (tables.contains(QLatin1String(name)))
                return true;
        return false;
    };
    const bool places = any({"community", "grid", "compound", "building"});
    const bool issues = any({"issue", "issue_event", "issue_category", "assignee", "department", "attachment"});
    const bool visits = any({"visit", "household"});
    if (m_pages.households && (places || any({"household", "resident", "resident_tag", "household_tag", "care_tag"})))
        m_stale.insert(m_pages.households);
    if (m_pages.ledger && issues)
        m_stale.insert(m_pages.ledger);
    if (m_pages.visits && (visits || issues))
        m_stale.insert(m_pages.visits);
    if (m_pages.weekly && (visits || issues || any({"weekly_report"})))
        m_stale.insert(m_pages.weekly);
    if (m_pages.charts && (visits || issues))
        m_stale.insert(m_pages.charts);
    // The page in view shows it now; the others when they are next shown.
    refreshIfStale(m_tabs->currentWidget());
}

void LiveChanges::refreshIfStale(QWidget *page)
{
    if (!page || !m_stale.remove(page))
        return;
    if (page == m_pages.households)
        m_pages.households->showChanges();
    else if (page == m_pages.ledger)
        m_pages.ledger->refresh();
    else if (page == m_pages.visits)
        m_pages.visits->refresh();
    else if (page == m_pages.weekly)
        m_pages.weekly->refresh();
    else if (page == m_pages.charts)
        m_pages.charts->refresh();
}

} // namespace linli
