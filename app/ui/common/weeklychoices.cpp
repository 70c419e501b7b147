#include "weeklychoices.h"

#include "ledger/ledgersettings.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "weekly/isoweek.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSqlQuery>

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
    box->addItem(Labels::tr("Everything"), QStringLiteral("all"));
    auto add = [box](const QString &kind, const QString &label, const QString &name) {
        box->addItem(label.arg(name), kind + QLatin1Char(':') + name);
    };
    QStringList communities;
    Status read = readRows(db, QStringLiteral("SELECT name FROM community ORDER BY name"), {},
                           [&](const QSqlQuery &q) { communities << q.value(0).toString(); });
    for (const QString &c : std::as_const(communities))
        add(QStringLiteral("community"), Labels::tr("Community: %1"), c);
    if (read)
        read = readRows(db,
                        QStringLiteral("SELECT c.name, g.name FROM grid g JOIN community c ON c.id = g.community_id "
                                       "ORDER BY c.name, g.name"),
                        {}, [&](const QSqlQuery &q) {
                            // 社区名/网格名 where there are several communities: grid names repeat.
                            const QString name = communities.size() > 1
                                ? q.value(0).toString() + QLatin1Char('/') + q.value(1).toString()
                                : q.value(1).toString();
                            add(QStringLiteral("grid"), Labels::tr("Grid: %1"), name);
                        });
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
