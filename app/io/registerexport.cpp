#include "registerexport.h"

#include "common/choices.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDate>
#include <QHash>
#include <QSqlQuery>

namespace linli {

namespace {

using Kind = ExportTable::Kind;

} // namespace

Result<ExportTable> RegisterExport::table(Database &db, ImportKind kind, const QDate &from, const QDate &to,
                                          qint64 gridId)
{
    switch (kind) {
    case ImportKind::Households: return households(db);
    case ImportKind::Residents: return residents(db);
    case ImportKind::Issues: return issues(db, from, to);
    case ImportKind::Visits: return visits(db, from, to, gridId);
    }
    return Error{ErrorCode::Invalid, {}, {}};
}

QString RegisterExport::placeJoins()
{
    return QStringLiteral(" JOIN grid g ON g.id = h.grid_id JOIN community cm ON cm.id = g.community_id JOIN compound "
                          "cp ON cp.id = h.compound_id LEFT JOIN building b ON b.id = h.building_id");
}

Result<ExportTable> RegisterExport::households(Database &db)
{
    ExportTable t;
    t.sheetName = QStringLiteral("住户");
    t.columns = {{QStringLiteral("社区"), Kind::Text, 12},     {QStringLiteral("网格"), Kind::Text, 10},
                 {QStringLiteral("小区"), Kind::Text, 16},     {QStringLiteral("楼栋"), Kind::Text, 8},
                 {QStringLiteral("单元"), Kind::Text, 6},      {QStringLiteral("房号"), Kind::Text, 8},
                 {QStringLiteral("住房用途"), Kind::Text, 10}, {QStringLiteral("户主姓名"), Kind::Text, 10},
                 {QStringLiteral("联系电话"), Kind::Text, 14}, {QStringLiteral("备注"), Kind::Text, 30}};
    auto q = runQuery(db,
                      QStringLiteral("SELECT cm.name, g.name, cp.name, b.name, h.unit, h.room, h.housing_use, "
                                     "(SELECT r.name FROM resident r WHERE r.household_id = h.id AND r.relation = "
                                     "'head' AND r.status = 'active' ORDER BY r.id LIMIT 1), h.phone, h.notes ")
                          + QStringLiteral("FROM household h") + placeJoins()
                          + QStringLiteral(" WHERE h.status = 'active' ORDER BY g.community_id, h.grid_id, "
                                           "h.sort_key, h.id"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        QStringList row;
        for (int c = 0; c < 10; ++c)
            row << q.value().value(c).toString();
        row[6] = choiceChineseLabel(choices::housingUse(), row.at(6));
        t.rows << row;
    }
    return t;
}

Result<ExportTable> RegisterExport::residents(Database &db, const QDate &today)
{
    ExportTable t;
    t.sheetName = QStringLiteral("居民");
    t.columns = {{QStringLiteral("社区"), Kind::Text, 12},       {QStringLiteral("网格"), Kind::Text, 10},
                 {QStringLiteral("小区"), Kind::Text, 16},       {QStringLiteral("楼栋"), Kind::Text, 8},
                 {QStringLiteral("单元"), Kind::Text, 6},        {QStringLiteral("房号"), Kind::Text, 8},
                 {QStringLiteral("姓名"), Kind::Text, 10},       {QStringLiteral("公民身份号码"), Kind::Text, 21},
                 {QStringLiteral("与户主关系"), Kind::Text, 10}, {QStringLiteral("联系电话"), Kind::Text, 14},
                 {QStringLiteral("户籍类型"), Kind::Text, 10},   {QStringLiteral("状态"), Kind::Text, 8},
                 {QStringLiteral("标签"), Kind::Text, 16},       {QStringLiteral("备注"), Kind::Text, 30},
                 {QStringLiteral("状态日期"), Kind::Date, 11}};
    // The care tags in force today, per resident.
    QHash<qint64, QStringList> tags;
    auto tagged = runQuery(db,
                           QStringLiteral("SELECT rt.resident_id, ct.name FROM resident_tag rt JOIN care_tag ct ON "
                                          "ct.id = rt.care_tag_id WHERE (rt.start_date IS NULL OR rt.start_date = '' "
                                          "OR rt.start_date <= :d) AND (rt.end_date IS NULL OR rt.end_date = '' OR "
                                          "rt.end_date > :d) ORDER BY rt.resident_id, ct.sort_order, ct.id"),
                           {{QStringLiteral("d"), today.toString(Qt::ISODate)}});
    if (!tagged)
        return tagged.error();
    while (tagged.value().next())
        tags[tagged.value().value(0).toLongLong()] << tagged.value().value(1).toString();
    tagged.value().finish();

    auto q = runQuery(
        db,
        QStringLiteral("SELECT cm.name, g.name, cp.name, b.name, h.unit, h.room, r.name, "
                       "r.id_number, r.relation, r.phone, r.residence_type, r.status, r.id, r.notes, r.status_date "
                       "FROM resident r JOIN household h ON h.id = r.household_id")
            + placeJoins()
            + QStringLiteral(" WHERE h.status = 'active' ORDER BY g.community_id, h.grid_id, h.sort_key, "
                             "h.id, CASE WHEN r.relation = 'head' THEN 0 ELSE 1 END, r.id"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        QStringList row;
        for (int c = 0; c < 15; ++c)
            row << q.value().value(c).toString();
        row[8] = choiceChineseLabel(choices::relation(), row.at(8));
        row[10] = choiceChineseLabel(choices::residenceType(), row.at(10));
        row[11] = choiceChineseLabel(choices::residentStatus(), row.at(11));
        row[12] = tags.value(q.value().value(12).toLongLong()).join(QStringLiteral("、"));
        t.rows << row;
    }
    return t;
}

} // namespace linli
