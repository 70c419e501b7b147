#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <memory>

class QTabWidget;
class QWidget;

namespace linli {

class ChangeFeed;
class ChartsPage;
class Database;
class LedgerPage;
class RegisterPage;
class VisitsPage;
class WeeklyPage;

// Shows on the window's pages what other workstations change in the open register: the page in
// view at once (keeping its selection and scroll position), the others when they are next
// shown, each only when a table it shows changed. Heard through a ChangeFeed.
class LiveChanges final : public QObject
{
    Q_OBJECT
public:
    explicit LiveChanges(QTabWidget *pages, QObject *parent = nullptr);
    ~LiveChanges() override;

    struct Pages {
        RegisterPage *households = nullptr;
        LedgerPage *ledger = nullptr;
        VisitsPage *visits = nullptr;
        WeeklyPage *weekly = nullptr;
        ChartsPage *charts = nullptr;
    };
    // Follows `db` for `pages`; a null `db` stops.
    void follow(const std::shared_ptr<Database> &db, const Pages &pages);
    // Shows what changed in `tables` (every page's tables when empty).
    void showChanges(const QStringList &tables);

private:
    void refreshIfStale(QWidget *page);

    QTabWidget *m_tabs;
    ChangeFeed *m_feed = nullptr;
    Pages m_pages;
    QSet<QWidget *> m_stale;
};

} // namespace linli
