#include "registerexport.h"

#include "common/choices.h"
#include "interchange.h"
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

namespace {

// A row in the declared order of the table's columns, from the values by field.
QStringList declaredRow(ImportKind kind, const QHash<QString, QString> &values)
{
    QStringList row;
    for (const InterchangeColumn &c : Interchange::columns(kind))
        row << values.value(c.field);
    return row;
}

QString flag(const QVariant &v)
{
    return v.toInt() ? QStringLiteral("是") : QStringLiteral("否");
}

} // namespace

Result<ExportTable> RegisterExport::households(Database &db, Numbers numbers, const QDate &today)
{
    ExportTable t = Interchange::emptyTable(ImportKind::Households);
    auto tags = TransferRows::householdTags(db, today);
    if (!tags)
        return tags.error();
    auto rows = TransferRows::households(db, numbers);
    if (!rows)
        return rows.error();
    for (const QVariantList &v : rows.value()) {
        t.rows << declaredRow(
            ImportKind::Households,
            {{QStringLiteral("household.community"), v.at(0).toString()},
             {QStringLiteral("household.grid"), v.at(1).toString()},
             {QStringLiteral("household.compound"), v.at(2).toString()},
             {QStringLiteral("household.building"), v.at(3).toString()},
             {QStringLiteral("household.unit"), v.at(4).toString()},
             {QStringLiteral("household.room"), v.at(5).toString()},
             {QStringLiteral("household.housing_use"), choiceChineseLabel(choices::housingUse(), v.at(6).toString())},
             {QStringLiteral("household.head"), v.at(7).toString()},
             {QStringLiteral("household.phone"), v.at(8).toString()},
             {QStringLiteral("household.notes"), v.at(9).toString()},
             {QStringLiteral("household.tags"), tags->value(v.at(10).toLongLong()).join(QStringLiteral("、"))},
             {QStringLiteral("household.status"),
              choiceChineseLabel(choices::householdStatus(), v.at(11).toString())},
             {QStringLiteral("household.status_date"), v.at(12).toString()}});
    }
    return t;
}

Result<ExportTable> RegisterExport::residents(Database &db, Numbers numbers, const QDate &today)
{
    ExportTable t = Interchange::emptyTable(ImportKind::Residents);
    // The care tags in force today, per resident.
    auto tags = TransferRows::residentTags(db, today);
    if (!tags)
        return tags.error();
    auto rows = TransferRows::residents(db, numbers);
    if (!rows)
        return rows.error();
    for (const QVariantList &v : rows.value()) {
        t.rows << declaredRow(
            ImportKind::Residents,
            {{QStringLiteral("resident.community"), v.at(0).toString()},
             {QStringLiteral("resident.grid"), v.at(1).toString()},
             {QStringLiteral("resident.compound"), v.at(2).toString()},
             {QStringLiteral("resident.building"), v.at(3).toString()},
             {QStringLiteral("resident.unit"), v.at(4).toString()},
             {QStringLiteral("resident.room"), v.at(5).toString()},
             {QStringLiteral("resident.name"), v.at(6).toString()},
             {QStringLiteral("resident.id_number"), v.at(7).toString()},
             {QStringLiteral("resident.relation"), choiceChineseLabel(choices::relation(), v.at(8).toString())},
             {QStringLiteral("resident.phone"), v.at(9).toString()},
             {QStringLiteral("resident.residence_type"),
              choiceChineseLabel(choices::residenceType(), v.at(10).toString())},
             {QStringLiteral("resident.status"), choiceChineseLabel(choices::residentStatus(), v.at(11).toString())},
             {QStringLiteral("resident.tags"), tags->value(v.at(12).toLongLong()).join(QStringLiteral("、"))},
             {QStringLiteral("resident.notes"), v.at(13).toString()},
             {QStringLiteral("resident.status_date"), v.at(14).toString()},
             {QStringLiteral("resident.sex"), choiceChineseLabel(choices::sex(), v.at(15).toString())},
             {QStringLiteral("resident.birth_date"), v.at(16).toString()},
             {QStringLiteral("resident.party_member"), flag(v.at(17))},
             {QStringLiteral("resident.destination"), v.at(18).toString()}});
    }
    return t;
}

} // namespace linli
