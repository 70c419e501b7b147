// The issue ledger and the visit log as DESIGN.md's 问题台账 and 走访 interchange tables.
#include "registerexport.h"

#include "common/choices.h"
#include "ledger/workflow.h"
#include "transfer/transferrows.h"
#include "visits/visittypes.h"

namespace linli {

namespace {

using Kind = ExportTable::Kind;

} // namespace

Result<ExportTable> RegisterExport::issues(Database &db, Numbers numbers, const QDate &from, const QDate &to)
{
    ExportTable t;
    t.sheetName = QStringLiteral("问题台账");
    t.columns = {{QStringLiteral("编号"), Kind::Text, 13},      {QStringLiteral("登记日期"), Kind::Date, 11},
                 {QStringLiteral("来源"), Kind::Text, 10},      {QStringLiteral("反映人"), Kind::Text, 10},
                 {QStringLiteral("联系电话"), Kind::Text, 14},  {QStringLiteral("社区"), Kind::Text, 12},
                 {QStringLiteral("网格"), Kind::Text, 10},      {QStringLiteral("地址"), Kind::Text, 24},
                 {QStringLiteral("类别"), Kind::Text, 12},      {QStringLiteral("子类"), Kind::Text, 12},
                 {QStringLiteral("问题描述"), Kind::Text, 40},  {QStringLiteral("办理类型"), Kind::Text, 11},
                 {QStringLiteral("责任单位"), Kind::Text, 16},  {QStringLiteral("责任人"), Kind::Text, 10},
                 {QStringLiteral("交办日期"), Kind::Date, 11},  {QStringLiteral("办理时限"), Kind::Date, 11},
                 {QStringLiteral("办结日期"), Kind::Date, 11},  {QStringLiteral("办理结果"), Kind::Text, 30},
                 {QStringLiteral("回访日期"), Kind::Date, 11},  {QStringLiteral("回访结果"), Kind::Text, 10},
                 {QStringLiteral("退回次数"), Kind::Number, 9}, {QStringLiteral("状态"), Kind::Text, 9}};
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
    ExportTable t;
    t.sheetName = QStringLiteral("走访");
    t.columns = {{QStringLiteral("社区"), Kind::Text, 12},     {QStringLiteral("网格"), Kind::Text, 10},
                 {QStringLiteral("小区"), Kind::Text, 16},     {QStringLiteral("楼栋"), Kind::Text, 8},
                 {QStringLiteral("单元"), Kind::Text, 6},      {QStringLiteral("房号"), Kind::Text, 8},
                 {QStringLiteral("走访日期"), Kind::Date, 11}, {QStringLiteral("走访人"), Kind::Text, 10},
                 {QStringLiteral("走访类型"), Kind::Text, 10}, {QStringLiteral("见面人员"), Kind::Text, 16},
                 {QStringLiteral("情况记录"), Kind::Text, 40}};
    auto rows = TransferRows::visits(db, from, to, gridId);
    if (!rows)
        return rows.error();
    for (const QVariantList &r : rows.value()) {
        QStringList row = textsOf(r).mid(0, 11);
        row[8] = choiceChineseLabel(choices::visitKind(), row.at(8));
        // The problems found, after the notes.
        if (const QString findings = r.at(11).toString(); !findings.isEmpty())
            row[10]
                += (row.at(10).isEmpty() ? QString() : QStringLiteral("\n")) + tr("Problems found: %1").arg(findings);
        t.rows << row;
    }
    return t;
}

} // namespace linli
