#include "householdrepository.h"

#include "common/textlimit.h"

#include "access/permissions.h"
#include "common/choices.h"
#include "register/phone.h"
#include "register/placerepository.h"
#include "register/residentrepository.h"
#include "register/searchindex.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

namespace linli {

namespace {

Household fromQuery(const QSqlQuery &q)
{
    Household h;
    h.meta = RecordMeta::fromQuery(q);
    h.gridId = q.value(QStringLiteral("grid_id")).toLongLong();
    h.compoundId = q.value(QStringLiteral("compound_id")).toLongLong();
    h.buildingId = q.value(QStringLiteral("building_id")).toLongLong();
    h.unit = q.value(QStringLiteral("unit")).toString();
    h.room = q.value(QStringLiteral("room")).toString();
    h.address = q.value(QStringLiteral("address")).toString();
    h.housingUse = q.value(QStringLiteral("housing_use")).toString();
    h.status = q.value(QStringLiteral("status")).toString();
    h.statusDate = q.value(QStringLiteral("status_date")).toString();
    h.phone = q.value(QStringLiteral("phone")).toString();
    h.notes = q.value(QStringLiteral("notes")).toString();
    return h;
}

QVariantMap columnsOf(const Household &h, const QString &sortKey)
{
    return {
        {QStringLiteral("grid_id"), h.gridId},
        {QStringLiteral("compound_id"), h.compoundId},
        {QStringLiteral("building_id"),
         h.buildingId ? QVariant(h.buildingId) : QVariant(QMetaType::fromType<qint64>())},
        {QStringLiteral("unit"), h.unit.isNull() ? QStringLiteral("") : h.unit}, // NOT NULL: '' when there is none
        {QStringLiteral("room"), h.room},
        {QStringLiteral("address"), h.address},
        {QStringLiteral("sort_key"), sortKey},
        {QStringLiteral("housing_use"), h.housingUse},
        {QStringLiteral("status"), h.status},
        {QStringLiteral("status_date"), nullIfEmpty(h.statusDate)},
        {QStringLiteral("phone"), nullIfEmpty(h.phone)},
        {QStringLiteral("notes"), nullIfEmpty(h.notes)},
    };
}

QString padNumbers(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QString out;
    qsizetype last = 0;
    for (auto it = digits.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        out += m.captured().rightJustified(8, QLatin1Char('0'));
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

bool isNumber(const QString &s)
{
    static const QRegularExpression number(QStringLiteral("^\\d+$"));
    return number.match(s).hasMatch();
}

} // namespace

QString HouseholdRepository::composeAddress(const QString &compound, const QString &building, const QString &unit,
                                            const QString &room)
{
    QString a = compound + building;
    if (!unit.isEmpty())
        a += isNumber(unit) ? unit + QStringLiteral("单元") : unit;
    if (!room.isEmpty())
        a += isNumber(room) ? room + QStringLiteral("室") : room;
    return a;
}

QString HouseholdRepository::sortKey(const QString &compound, const QString &building, const QString &unit,
                                     const QString &room)
{
    // A room written as 2-301 with no unit is room 301 of unit 2: it comes after the rooms of
    // unit 1 on the walk, not before room 101.
    static const QRegularExpression unitRoom(QStringLiteral("^(\\d+)\\s*[-－—]\\s*(.+)$"));
    QString u = unit;
    QString r = room;
    if (u.isEmpty()) {
        if (const auto m = unitRoom.match(room); m.hasMatch()) {
            u = m.captured(1);
            r = m.captured(2);
        }
    }
    return QStringList{padNumbers(compound), padNumbers(building), padNumbers(u), padNumbers(r)}.join(QChar(0x1F));
}

Status HouseholdRepository::prepare(Household &h, QString *sortKeyOut)
{
    h.unit = h.unit.simplified();
    h.room = h.room.simplified();
    h.notes = h.notes.trimmed();
    if (!h.gridId)
        return Error{ErrorCode::Invalid, tr("Choose the grid of the household."), QStringLiteral("grid")};
    if (!h.compoundId)
        return Error{ErrorCode::Invalid, tr("Choose the compound of the household."), QStringLiteral("compound")};
    if (h.room.isEmpty())
        return Error{ErrorCode::Invalid, tr("The room number of the household is empty."), QStringLiteral("room")};
    if (h.unit.size() > 20 || h.room.size() > 20)
        return Error{ErrorCode::Invalid, tr("The unit and room may have at most 20 characters each."),
                     QStringLiteral("room")};
    if (choiceCode(choices::housingUse(), h.housingUse).isEmpty())
        return Error{ErrorCode::Invalid, tr("'%1' is not a housing use.").arg(h.housingUse),
                     QStringLiteral("housing_use")};
    h.housingUse = choiceCode(choices::housingUse(), h.housingUse);
    if (choiceCode(choices::householdStatus(), h.status).isEmpty())
        return Error{ErrorCode::Invalid, tr("'%1' is not a household status.").arg(h.status), QStringLiteral("status")};
    h.status = choiceCode(choices::householdStatus(), h.status);
    auto phone = Phone::parse(h.phone, QStringLiteral("phone"));
    if (!phone)
        return phone.error();
    h.phone = phone.value();
    if (Status s = TextLimit::check(h.notes, TextLimit::kNotes, tr("The notes"), "notes"); !s)
        return s.error();

    PlaceRepository places(m_db);
    auto grid = places.grid(h.gridId);
    if (!grid)
        return Error{ErrorCode::Invalid, grid.error().message, QStringLiteral("grid")};
    auto compound = places.compound(h.compoundId);
    if (!compound)
        return Error{ErrorCode::Invalid, compound.error().message, QStringLiteral("compound")};
    if (compound.value().communityId != grid.value().communityId)
        return Error{ErrorCode::Invalid,
                     tr("The compound %1 and the grid %2 belong to different communities.")
                         .arg(compound.value().name, grid.value().name),
                     QStringLiteral("compound")};
    QString buildingName;
    if (h.buildingId) {
        auto building = places.building(h.buildingId);
        if (!building)
            return Error{ErrorCode::Invalid, building.error().message, QStringLiteral("building")};
        if (building.value().compoundId != h.compoundId)
            return Error{
                ErrorCode::Invalid,
                tr("The building %1 is not in the compound %2.").arg(building.value().name, compound.value().name),
                QStringLiteral("building")};
        buildingName = building.value().name;
    }
    h.address = composeAddress(compound.value().name, buildingName, h.unit, h.room);

    // One active household per dwelling: a second one is almost always a double entry. The
    // sort key identifies the dwelling inside its compound (and 01 and 1 are the same room).
    const QString key = sortKey(compound.value().name, buildingName, h.unit, h.room);
    if (sortKeyOut)
        *sortKeyOut = key;
    if (h.status == QLatin1String("active")) {
        auto other = queryValue(
            m_db,
            QStringLiteral("SELECT id FROM household WHERE compound_id = :c AND sort_key = :k "
                           "AND status = 'active' AND id <> :id"),
            {{QStringLiteral("c"), h.compoundId}, {QStringLiteral("k"), key}, {QStringLiteral("id"), h.meta.id}});
        if (!other)
            return other.error();
        if (!other.value().isNull())
            return Error{ErrorCode::Conflict,
                         tr("A household is already registered at %1. Open that household instead of adding it again.")
                             .arg(h.address),
                         QStringLiteral("room")};
    }
    return {};
}

Result<Household> HouseholdRepository::get(qint64 id)
{
    std::optional<Household> found;
    if (Status s = readRows(m_db, QStringLiteral("SELECT * FROM household WHERE id = :id"),
                            {{QStringLiteral("id"), id}}, [&](const QSqlQuery &q) { found = fromQuery(q); });
        !s)
        return s.error();
    if (!found)
        return Error{ErrorCode::NotFound, tr("Household %1 does not exist.").arg(id), {}};
    if (Status s = Access::checkVisible(m_db, found->gridId, QStringLiteral("household"), id); !s)
        return s.error();
    return *found;
}

Result<Household> HouseholdRepository::getByUuid(const QString &uuid)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT * FROM household WHERE uuid = :u"), {{QStringLiteral("u"), uuid}});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::NotFound, tr("No household has the uuid %1.").arg(uuid), QStringLiteral("uuid")};
    const Household h = fromQuery(q.value());
    q.value().finish();
    if (Status s = Access::checkVisible(m_db, h.gridId, QStringLiteral("household"), h.meta.id); !s)
        return s.error();
    return h;
}

Result<Household> HouseholdRepository::create(Household h, const Actor &actor)
{
    if (Status s = Access::requireGrid(m_db, actor, Permission::EditRegister, h.gridId, QStringLiteral("household"), 0);
        !s)
        return s.error();
    QString key;
    if (Status s = prepare(h, &key); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    QVariantMap columns = columnsOf(h, key);
    if (!h.meta.uuid.isEmpty())
        columns.insert(QStringLiteral("uuid"), h.meta.uuid);
    auto meta = Records::insert(m_db, actor, QStringLiteral("household"), columns);
    if (!meta)
        return meta.error();
    h.meta = meta.value();
    if (Status s = SearchIndex::indexNewHousehold(m_db, h); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return h;
}

Result<Household> HouseholdRepository::update(Household h, const Actor &actor)
{
    // Both where it is and where it goes must be the actor's.
    auto stored = get(h.meta.id);
    if (!stored)
        return stored.error();
    for (qint64 grid : {stored->gridId, h.gridId}) {
        if (Status s
            = Access::requireGrid(m_db, actor, Permission::EditRegister, grid, QStringLiteral("household"), h.meta.id);
            !s)
            return s.error();
    }
    QString key;
    if (Status s = prepare(h, &key); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const QVariantMap columns = columnsOf(h, key);
    auto meta = Records::update(m_db, actor, QStringLiteral("household"), h.meta.id, h.meta.version, columns,
                                tr("The household at %1").arg(h.address));
    if (!meta)
        return meta.error();
    h.meta = meta.value();
    if (Status s = SearchIndex::indexHousehold(m_db, h); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return h;
}

Result<Household> HouseholdRepository::setStatus(qint64 id, int expectedVersion, const QString &status,
                                                 const QDate &date, const Actor &actor)
{
    const QString code = choiceCode(choices::householdStatus(), status);
    if (code.isEmpty())
        return Error{ErrorCode::Invalid, tr("'%1' is not a household status.").arg(status), QStringLiteral("status")};
    if (!date.isValid())
        return Error{ErrorCode::Invalid, tr("Give the date of the status change."), QStringLiteral("status_date")};
    if (date > m_today)
        return Error{ErrorCode::Invalid, tr("The date %1 is in the future.").arg(date.toString(Qt::ISODate)),
                     QStringLiteral("status_date")};
    auto current = get(id);
    if (!current)
        return current.error();
    Household h = current.value();
    if (Status s
        = Access::requireGrid(m_db, actor, Permission::EditRegister, h.gridId, QStringLiteral("household"), id);
        !s)
        return s.error();

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    ResidentRepository residents(m_db);
    residents.setToday(m_today);
    auto members = residents.listByHousehold(id, false);
    if (!members)
        return members.error();
    if (code == QLatin1String("closed") && !members.value().isEmpty())
        return Error{ErrorCode::Invalid,
                     tr("The household at %1 still has %2 active members: move them out or record their death "
                        "before closing it.")
                         .arg(h.address)
                         .arg(members.value().size()),
                     QStringLiteral("status")};
    if (code == QLatin1String("active")) {
        h.status = code;
        if (Status s = prepare(h, nullptr); !s) // the dwelling may have a new household by now
            return s.error();
    }
    auto meta = Records::update(
        m_db, actor, QStringLiteral("household"), id, expectedVersion,
        {{QStringLiteral("status"), code}, {QStringLiteral("status_date"), date.toString(Qt::ISODate)}},
        tr("The household at %1").arg(h.address), QStringLiteral("status"));
    if (!meta)
        return meta.error();
    if (code == QLatin1String("moved_out")) {
        for (const Resident &r : members.value()) {
            auto moved
                = residents.setStatus(r.meta.id, r.meta.version, QStringLiteral("moved_out"), date, QString(), actor);
            if (!moved)
                return moved.error();
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    h.meta = meta.value();
    h.status = code;
    h.statusDate = date.toString(Qt::ISODate);
    return h;
}

namespace {

QString whereOf(const Database &db, const HouseholdFilter &f, QVariantMap *binds)
{
    QStringList where;
    if (f.buildingId) {
        where << QStringLiteral("h.building_id = :building");
        binds->insert(QStringLiteral("building"), f.buildingId);
    }
    if (f.compoundId) {
        where << QStringLiteral("h.compound_id = :compound");
        binds->insert(QStringLiteral("compound"), f.compoundId);
    }
    if (f.gridId) {
        where << QStringLiteral("h.grid_id = :grid");
        binds->insert(QStringLiteral("grid"), f.gridId);
    }
    if (f.communityId) {
        where << QStringLiteral("h.grid_id IN (SELECT id FROM grid WHERE community_id = :community)");
        binds->insert(QStringLiteral("community"), f.communityId);
    }
    if (f.activeOnly)
        where << QStringLiteral("h.status = 'active'");
    if (Access::reach(db.actor()) != Access::Reach::Everything)
        where << Access::gridCondition(db, db.actor(), QStringLiteral("h.grid_id"), binds);
    if (f.restrictToIds) {
        where << db.idListCondition(QStringLiteral("h.id"), QStringLiteral("ids"));
        binds->insert(QStringLiteral("ids"), db.idListValue(f.ids));
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
}

} // namespace

Result<QList<HouseholdRow>> HouseholdRepository::list(const HouseholdFilter &filter, int offset, int limit)
{
    return read(filter, nullptr, offset, limit);
}

Result<QList<HouseholdRow>> HouseholdRepository::page(const HouseholdFilter &filter, const HouseholdRow *after,
                                                      int limit)
{
    return read(filter, after, 0, limit);
}

Result<QList<HouseholdRow>> HouseholdRepository::read(const HouseholdFilter &filter, const HouseholdRow *after,
                                                      int offset, int limit)
{
    QVariantMap binds{{QStringLiteral("offset"), offset}, {QStringLiteral("limit"), limit}};
    QString where = whereOf(m_db, filter, &binds);
    if (after) {
        // Keyset paging: the rows after the last one shown, in the list's order (sort key, id).
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
            + QStringLiteral("(h.sort_key > :after_key OR (h.sort_key = :after_key AND h.id > :after_id))");
        binds.insert(QStringLiteral("after_key"), after->sortKey);
        binds.insert(QStringLiteral("after_id"), after->id);
    }
    const QString sql =
        // The household's own phone, else the head's mobile: the number a worker would call.
        QStringLiteral("SELECT h.id, h.uuid, h.address, g.name, h.housing_use, h.status, "
                       "COALESCE(h.phone, (SELECT r.phone FROM resident r WHERE r.household_id = h.id AND "
                       "r.relation = 'head' AND r.status = 'active' ORDER BY r.id LIMIT 1)), "
                       "(SELECT r.name FROM resident r WHERE r.household_id = h.id AND r.relation = 'head' "
                       "AND r.status = 'active' ORDER BY r.id LIMIT 1), "
                       "(SELECT count(*) FROM resident r WHERE r.household_id = h.id AND r.status = 'active'), "
                       "h.sort_key "
                       "FROM household h JOIN grid g ON g.id = h.grid_id")
        + where + QStringLiteral(" ORDER BY h.sort_key, h.id LIMIT :limit OFFSET :offset");
    auto q = runQuery(m_db, sql, binds);
    if (!q)
        return q.error();
    QList<HouseholdRow> rows;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        HouseholdRow row;
        row.id = r.value(0).toLongLong();
        row.uuid = r.value(1).toString();
        row.address = r.value(2).toString();
        row.gridName = r.value(3).toString();
        row.housingUse = r.value(4).toString();
        row.status = r.value(5).toString();
        row.phone = r.value(6).toString();
        row.headName = r.value(7).toString();
        row.memberCount = r.value(8).toInt();
        row.sortKey = r.value(9).toString();
        rows << row;
    }
    return rows;
}

Result<int> HouseholdRepository::count(const HouseholdFilter &filter)
{
    QVariantMap binds;
    auto v
        = queryValue(m_db, QStringLiteral("SELECT count(*) FROM household h") + whereOf(m_db, filter, &binds), binds);
    if (!v)
        return v.error();
    return v.value().toInt();
}

} // namespace linli
