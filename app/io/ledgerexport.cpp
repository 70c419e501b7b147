// The issue ledger and the visit log as DESIGN.md's 问题台账 and 走访 interchange tables.
#include "registerexport.h"

#include "interchange.h"

#include "common/choices.h"
#include "ledger/workflow.h"
#include "transfer/transferrows.h"
#include "visits/visittypes.h"

namespace linli {

Result<ExportTable> RegisterExport::issues(Database &db, Numbers numbers, const QDate &from, const QDate &to)
{
    ExportTable t = Interchange::emptyTable(ImportKind::Issues);
    auto rows = TransferRows::issues(db, from, to, numbers);
    if (!rows)
        return rows.error();
    for (const QVariantList &r : rows.value()) {
        QStringList row = textsOf(r).mid(0, 22);
        row[2] = choiceChineseLabel(choices::issueSource(), row.at(2));
        // The title, and on the lines below it the details.
        if (const QString description = r.at(22).toString().trimmed(); !description.isEmpty())
            row[10] += QLatin1Char('\n') + description;
        row[11] = choiceChineseLabel(choices::handlingType(), row.at(11));
        if (row.at(21) == QLatin1String("rejected"))
            row[17] = r.at(23).toString();
        row[19] = choiceChineseLabel(choices::satisfaction(), row.at(19));
        row[21] = choiceChineseLabel(choices::issueStatus(), row.at(21));
        t.rows << row;
    }
    return t;
}

Result<ExportTable> RegisterExport::visits(Database &db, const QDate &from, const QDate &to, qint64 gridId)
{
    ExportTable t = Interchange::emptyTable(ImportKind::Visits);
    auto rows = TransferRows::visits(db, from, to, gridId);
    if (!rows)
        return rows.error();
    for (const QVariantList &r : rows.value()) {
        QStringList row = textsOf(r).mid(0, 12);
        row[8] = choiceChineseLabel(choices::visitKind(), row.at(8));
        t.rows << row;
    }
    return t;
}

} // namespace linli
