#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "ledger/issuetypes.h"
#include "printdocument.h"
#include "visits/visittypes.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>
#include <memory>

namespace linli {

class Database;

struct PrintOptions {
    // ID numbers and phones in full, for an official submission; written to the audit log.
    // Otherwise 150781********0017 and 139****5678.
    bool fullNumbers = false;
    QDate today = QDate::currentDate(); // the printed-on date and the day "recent" counts from
    Actor actor; // who prints: 制表人, and the account a print of full numbers is audited for
    // (done, total) as households or rows are read, then as pages are laid out; false cancels.
    std::function<bool(int done, int total)> progress;
};

// The printed ledgers of DESIGN.md, as documents of the document engine: always in Chinese,
// like the paper originals.
class Printing final
{
    Q_DECLARE_TR_FUNCTIONS(Printing)
public:
    using Document = std::unique_ptr<PrintDocument>;
    enum class Scope { Building, Compound, Grid };

    // 住户情况登记卡: address, housing use, members, tags, the last visits, open and recent issues.
    static Result<Document> householdCard(Database &db, qint64 householdId, const PrintOptions &options);
    // 一户一册: a cover with a table of contents, then one card per page for the active
    // households of a building, compound or grid, in walking order.
    static Result<Document> booklet(Database &db, Scope scope, qint64 id, const PrintOptions &options);
    // 问题台账, landscape: the issues of the ledger page's filter, by number.
    static Result<Document> ledger(Database &db, const IssueFilter &filter, const PrintOptions &options);
    // 走访台账: the visits of a date range (and grid), oldest first.
    static Result<Document> visits(Database &db, const VisitFilter &filter, const PrintOptions &options);
    // 待走访: the households due for a visit, in walking order, with room to write.
    static Result<Document> routeList(Database &db, const DueFilter &filter, const PrintOptions &options);

    // How many households a booklet of that scope holds (the GUI asks before a long job).
    static Result<int> bookletSize(Database &db, Scope scope, qint64 id);

    // The number as printed: masked unless `full`.
    static QString idNumber(const QString &number, bool full);
    static QString phone(const QString &phone, bool full);
    // 2026年11月23日
    static QString chineseDate(const QDate &date);
    // 打印日期：2026年11月23日, the right of a document's title block.
    static QString printedOn(const PrintOptions &options);
};

} // namespace linli
