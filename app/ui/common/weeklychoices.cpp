#include "weeklychoices.h"

#include "access/permissions.h"
#include "ledger/ledgersettings.h"
#include "storage/database.h"
#include "register/placerepository.h"
#include "weekly/isoweek.h"

#include <QComboBox>
#include <QCoreApplication>

namespace linli {

namespace {

constexpr int kWeeksShown = 106; // about two years back

struct Labels {
    Q_DECLARE_TR_FUNCTIONS(WeeklyChoices)
};

} // namespace

Status fillScopeChoices(QComboBox *box, Database &db)
{
    const QSignalBlocker blocker(box);
    const QString current = box->currentData().toString();
    box->clear();
    // The scopes the user may see (WeeklyStatistics::checkScope): everything for street staff and
    // administrators, a community admin's community and its grids, a grid worker's grids.
    const Access::Reach reach = Access::reach(db.actor());
    const bool everything = reach == Access::Reach::Everything;
    if (everything)
        box->addItem(Labels::tr("Everything"), QStringLiteral("all"));
    auto add = [box](const QString &kind, const QString &label, const QString &name) {
        box->addItem(label.arg(name), kind + QLatin1Char(':') + name);
    };
    PlaceRepository places(db);
    Status read;
    if (reach != Access::Reach::Grids) {
        if (auto communities = places.communities()) {
            for (const Community &c : communities.value())
                add(QStringLiteral("community"), Labels::tr("Community: %1"), c.name);
        } else {
            read = communities.error();
        }
    }
    // 社区名/网格名 where there are several communities: grid names repeat.
    if (auto grids = places.gridNames()) {
        for (const PlaceRepository::GridName &g : grids.value())
            add(QStringLiteral("grid"), Labels::tr("Grid: %1"), g.qualified);
    } else if (read) {
        read = grids.error();
    }
    // Categories and departments reach across communities: for street staff and administrators.
    if (everything) {
        LedgerSettings settings(db);
        auto categories = settings.categories(LedgerSettings::Retired::Include);
        if (categories) {
            for (const IssueCategory &c : categories.value())
                if (!c.parentId)
                    add(QStringLiteral("category"), Labels::tr("Category: %1"), c.name);
        } else if (read) {
            read = categories.error();
        }
        auto departments = settings.departments(LedgerSettings::Retired::Include);
        if (departments) {
            for (const Department &d : departments.value())
                add(QStringLiteral("department"), Labels::tr("Department: %1"), d.name);
        } else if (read) {
            read = departments.error();
        }
    }
    const int found = box->findData(current);
    box->setCurrentIndex(found >= 0 ? found : 0);
    return read;
}

void fillWeekChoices(QComboBox *box, const QDate &today)
{
    const QSignalBlocker blocker(box);
    box->clear();
    IsoWeek w = IsoWeek::containing(today);
    for (int i = 0; i < kWeeksShown; ++i, w = w.previous())
        box->addItem(i == 0 ? Labels::tr("%1 (this week, not over)").arg(w.chineseLabel()) : w.chineseLabel(),
                     w.label());
    box->setCurrentIndex(1);
}

bool selectChoice(QComboBox *box, const QString &data)
{
    const int found = box->findData(data);
    if (found >= 0)
        box->setCurrentIndex(found);
    return found >= 0;
}

} // namespace linli
