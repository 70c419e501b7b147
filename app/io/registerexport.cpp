#include "registerexport.h"

#include "common/choices.h"
#include "transfer/transferrows.h"

#include <QDate>
#include <QHash>

namespace linli {

namespace {

using Kind = ExportTable::Kind;

} // namespace

Result<ExportTable> RegisterExport::table(Database &db, ImportKind kind, Numbers numbers, const QDate &from,
                                          const QDate &to, qint64 gridId)
{
    switch (kind) {
    case ImportKind::Households: return households(db, numbers);
    case ImportKind::Residents: return residents(db, numbers);
    case ImportKind::Issues: return issues(db, numbers, from, to);
    case ImportKind::Visits: return visits(db, from, to, gridId);
    }
    return Error{ErrorCode::Invalid, {}, {}};
}

QStringList RegisterExport::textsOf(const QVariantList &row)
{
    QStringList texts;
    texts.reserve(row.size());
    for (const QVariant &v : row)
        texts << v.toString();
    return texts;
}

Result<ExportTable> RegisterExport::households(Database &db, Numbers numbers)
{
    ExportTable t;
    t.sheetName = QStringLiteral("住户");
    t.columns = {{QStringLiteral("社区"), Kind::Text, 12},     {QStringLiteral("网格"), Kind::Text, 10},
                 {QStringLiteral("小区"), Kind::Text, 16},     {QStringLiteral("楼栋"), Kind::Text, 8},
                 {QStringLiteral("单元"), Kind::Text, 6},      {QStringLiteral("房号"), Kind::Text, 8},
                 {QStringLiteral("住房用途"), Kind::Text, 10}, {QStringLiteral("户主姓名"), Kind::Text, 10},
                 {QStringLiteral("联系电话"), Kind::Text, 14}, {QStringLiteral("备注"), Kind::Text, 30}};
    auto rows = TransferRows::households(db, numbers);
    if (!rows)
        return rows.error();
    for (const QVariantList &values : rows.value()) {
        QStringList row = textsOf(values);
        row[6] = choiceChineseLabel(choices::housingUse(), row.at(6));
        t.rows << row;
    }
    return t;
}

Result<ExportTable> RegisterExport::residents(Database &db, Numbers numbers, const QDate &today)
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
    auto tags = TransferRows::residentTags(db, today);
    if (!tags)
        return tags.error();
    auto rows = TransferRows::residents(db, numbers);
    if (!rows)
        return rows.error();
    for (const QVariantList &values : rows.value()) {
        QStringList row = textsOf(values);
        row[8] = choiceChineseLabel(choices::relation(), row.at(8));
        row[10] = choiceChineseLabel(choices::residenceType(), row.at(10));
        row[11] = choiceChineseLabel(choices::residentStatus(), row.at(11));
        row[12] = tags->value(values.at(12).toLongLong()).join(QStringLiteral("、"));
        t.rows << row;
    }
    return t;
}

} // namespace linli
