// Visits in DESIGN.md's 走访 columns, found in their household by address.
#include "common/textlimit.h"
#include "importsupport.h"

#include "storage/database.h"
#include "transfer/transferrows.h"
#include "visits/visitrepository.h"

#include <QRegularExpression>

namespace linli {

namespace {

class VisitImport final
{
    Q_DECLARE_TR_FUNCTIONS(VisitImport)
public:
    explicit VisitImport(ImportContext &context) : c(context) { }
    Status run();

private:
    struct Row {
        int index = 0;
        Visit visit;
    };
    bool check(int index, Row *row);

    ImportContext &c;
    DwellingIndex m_dwellings;
    QHash<QString, int> m_inFile; // household, date and visitor -> source row
};

bool VisitImport::check(int i, Row *row)
{
    const int before = c.problemCount();
    Visit &v = row->visit;
    v.householdId = m_dwellings.find(c, i);
    v.visitDate = c.date(i, QStringLiteral("走访日期"), true).toString(Qt::ISODate);
    v.visitor = c.cell(i, QStringLiteral("走访人")).simplified();
    if (v.visitor.isEmpty())
        c.problem(i, QStringLiteral("走访人"), tr("%1 is empty.").arg(QStringLiteral("走访人")));
    c.checkLength(i, QStringLiteral("走访人"), TextLimit::kName);
    const QString kind = c.cell(i, QStringLiteral("走访类型"));
    v.kind = kind.isEmpty() ? QStringLiteral("routine") : choiceCode(choices::visitKind(), kind);
    if (v.kind.isEmpty())
        c.problem(i, QStringLiteral("走访类型"),
                  tr("'%1' is not a kind of visit: use 日常走访, 重点关怀, 回访 or 入户核查.").arg(kind));
    static const QRegularExpression separators(QStringLiteral("[、，,；;]"));
    v.personsMet = c.cell(i, QStringLiteral("见面人员")).split(separators, Qt::SkipEmptyParts);
    v.notes = c.cell(i, QStringLiteral("情况记录"));
    v.findings = c.cell(i, QStringLiteral("发现问题"));
    c.checkLength(i, QStringLiteral("发现问题"), TextLimit::kText);
    c.checkLength(i, QStringLiteral("情况记录"), TextLimit::kText);
    c.checkLength(i, QStringLiteral("见面人员"), TextLimit::kLine);
    if (c.problemCount() != before || !v.householdId)
        return false;
    const QString key = QStringLiteral("%1|%2|%3").arg(v.householdId).arg(v.visitDate, v.visitor);
    if (const int earlier = m_inFile.value(key); earlier > 0) {
        c.problem(i, QStringLiteral("走访日期"),
                  tr("The same visit (household, day and visitor) is already in row %1 of the file.").arg(earlier));
        return false;
    }
    auto registered = TransferRows::visitExists(c.db, v.householdId, v.visitDate, v.visitor);
    if (registered && registered.value()) {
        c.problem(i, QStringLiteral("走访日期"),
                  tr("This visit (household, day and visitor) is already in the register."));
        return false;
    }
    m_inFile.insert(key, c.file.sourceRow(i));
    return true;
}

Status VisitImport::run()
{
    if (Status s = m_dwellings.load(c.db); !s)
        return s;
    auto checked = c.checkRows<Row>([this](int i, Row *row) { return check(i, row); });
    if (!checked)
        return checked.error();
    QList<Row> rows = std::move(checked).value();
    if (!c.shouldWrite())
        return {};

    Transaction tx(c.db);
    if (!tx.status())
        return tx.status();
    VisitRepository visits(c.db);
    visits.setToday(c.options.today);
    for (const Row &row : std::as_const(rows)) {
        if (auto added = visits.add(row.visit, c.options.actor); !added)
            return c.rowFailed(row.index, added.error());
        if (!c.rowWritten())
            return c.cancelled();
    }
    return tx.commit();
}

} // namespace

Status importers::visits(ImportContext &context)
{
    return VisitImport(context).run();
}

} // namespace linli
