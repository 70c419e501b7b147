// The issue ledger and the visit log as DESIGN.md's 问题台账 and 走访 interchange tables.
#include "registerexport.h"

#include "common/choices.h"
#include "ledger/workflow.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "visits/visittypes.h"

#include <QSqlQuery>

namespace linli {

namespace {

using Kind = ExportTable::Kind;

// Registered (issues) or visited (visits) between from and to, when they are valid.
QString dateRange(const QString &column, const QDate &from, const QDate &to, QVariantMap *binds)
{
    QString sql;
    if (from.isValid()) {
        sql += QStringLiteral(" AND %1 >= :from").arg(column);
        binds->insert(QStringLiteral("from"), from.toString(Qt::ISODate));
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND %1 <= :to").arg(column);
        binds->insert(QStringLiteral("to"), to.toString(Qt::ISODate));
    }
    return sql;
}

} // namespace

Result<ExportTable> RegisterExport::issues(Database &db, const QDate &from, const QDate &to)
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
    QVariantMap binds;
    // A rejected issue's 办理结果 is the reason it was not accepted.
    auto q = runQuery(
        db,
        QStringLiteral(
            "SELECT i.number, i.registered_date, i.source, i.reporter, i.reporter_phone, cm.name, g.name, i.location, "
            "i.category, i.subcategory, i.title, i.handling_type, d.name, i.assignee, i.dispatched_date, i.deadline, "
            "i.resolved_date, i.result, i.follow_up_date, i.satisfaction, i.return_count, i.status, i.description, "
            "(SELECT e.text FROM issue_event e WHERE e.issue_id = i.id AND e.kind = 'reject' ORDER BY e.id DESC "
            "LIMIT 1) FROM issue i LEFT JOIN community cm ON cm.id = i.community_id LEFT JOIN grid g ON g.id = "
            "i.grid_id LEFT JOIN department d ON d.id = i.department_id WHERE 1 = 1")
            + dateRange(QStringLiteral("i.registered_date"), from, to, &binds) + QStringLiteral(" ORDER BY i.number"),
        binds);
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        QStringList row;
        for (int c = 0; c < 22; ++c)
            row << r.value(c).toString();
        row[2] = choiceChineseLabel(choices::issueSource(), row.at(2));
        // The title, and on the lines below it the details.
        if (const QString description = r.value(22).toString().trimmed(); !description.isEmpty())
            row[10] += QLatin1Char('\n') + description;
        row[11] = choiceChineseLabel(choices::handlingType(), row.at(11));
        if (row.at(21) == QLatin1String("rejected"))
            row[17] = r.value(23).toString();
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
    QVariantMap binds;
    QString where = dateRange(QStringLiteral("v.visit_date"), from, to, &binds);
    if (gridId) {
        where += QStringLiteral(" AND h.grid_id = :grid");
        binds.insert(QStringLiteral("grid"), gridId);
    }
    // The visits of the households in the register, as the 住户 and 居民 tables have them.
    auto q = runQuery(db,
                      QStringLiteral("SELECT cm.name, g.name, cp.name, b.name, h.unit, h.room, v.visit_date, "
                                     "v.visitor, v.kind, v.persons_met, v.notes, v.findings FROM visit v JOIN "
                                     "household h ON h.id = v.household_id")
                          + placeJoins() + QStringLiteral(" WHERE h.status = 'active'") + where
                          + QStringLiteral(" ORDER BY v.visit_date, g.community_id, h.grid_id, h.sort_key, v.id"),
                      binds);
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        QStringList row;
        for (int c = 0; c < 11; ++c)
            row << r.value(c).toString();
        row[8] = choiceChineseLabel(choices::visitKind(), row.at(8));
        // The problems found, after the notes.
        if (const QString findings = r.value(11).toString(); !findings.isEmpty())
            row[10]
                += (row.at(10).isEmpty() ? QString() : QStringLiteral("\n")) + tr("Problems found: %1").arg(findings);
        t.rows << row;
    }
    return t;
}

} // namespace linli
