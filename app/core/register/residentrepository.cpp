#include "residentrepository.h"

#include "common/textlimit.h"

#include "access/permissions.h"
#include "common/choices.h"
#include "register/idnumber.h"
#include "register/phone.h"
#include "register/searchindex.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>

#include <optional>

namespace linli {

namespace {

Resident fromQuery(const QSqlQuery &q)
{
    Resident r;
    r.meta = RecordMeta::fromQuery(q);
    r.householdId = q.value(QStringLiteral("household_id")).toLongLong();
    r.name = q.value(QStringLiteral("name")).toString();
    r.idNumber = q.value(QStringLiteral("id_number")).toString();
    r.sex = q.value(QStringLiteral("sex")).toString();
    r.birthDate = q.value(QStringLiteral("birth_date")).toString();
    r.relation = q.value(QStringLiteral("relation")).toString();
    r.phone = q.value(QStringLiteral("phone")).toString();
    r.residenceType = q.value(QStringLiteral("residence_type")).toString();
    r.status = q.value(QStringLiteral("status")).toString();
    r.statusDate = q.value(QStringLiteral("status_date")).toString();
    r.destination = q.value(QStringLiteral("destination")).toString();
    r.partyMember = q.value(QStringLiteral("party_member")).toInt() != 0;
    r.notes = q.value(QStringLiteral("notes")).toString();
    return r;
}

QVariantMap columnsOf(const Resident &r)
{
    return {
        {QStringLiteral("household_id"), r.householdId},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("id_number"), nullIfEmpty(r.idNumber)},
        {QStringLiteral("sex"), nullIfEmpty(r.sex)},
        {QStringLiteral("birth_date"), nullIfEmpty(r.birthDate)},
        {QStringLiteral("relation"), r.relation},
        {QStringLiteral("phone"), nullIfEmpty(r.phone)},
        {QStringLiteral("residence_type"), r.residenceType},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("status_date"), nullIfEmpty(r.statusDate)},
        {QStringLiteral("destination"), nullIfEmpty(r.destination)},
        {QStringLiteral("party_member"), r.partyMember ? 1 : 0},
        {QStringLiteral("notes"), nullIfEmpty(r.notes)},
    };
}

Error invalid(const QString &message, const char *field)
{
    return Error{ErrorCode::Invalid, message, QString::fromLatin1(field)};
}

} // namespace

Status ResidentRepository::validate(Resident &r, const QDate &today)
{
    r.name = r.name.simplified();
    r.notes = r.notes.trimmed();
    if (r.name.isEmpty())
        return invalid(tr("The name is empty."), "name");
    if (Status s = TextLimit::check(r.name, TextLimit::kName, tr("The name"), "name"); !s)
        return s.error();
    if (!r.idNumber.trimmed().isEmpty()) {
        auto info = IdNumber::parse(r.idNumber, today);
        if (!info)
            return info.error();
        r.idNumber = info.value().number;
        r.sex = info.value().sex;
        r.birthDate = info.value().birthDate.toString(Qt::ISODate);
    } else {
        r.idNumber.clear();
        if (!r.sex.isEmpty()) {
            const QString sex = choiceCode(choices::sex(), r.sex);
            if (sex.isEmpty())
                return invalid(tr("'%1' is not a sex: use 男 or 女.").arg(r.sex), "sex");
            r.sex = sex;
        }
        if (!r.birthDate.isEmpty()) {
            const QDate birth = QDate::fromString(r.birthDate, Qt::ISODate);
            if (!birth.isValid())
                return invalid(tr("The birth date '%1' is not a date of the form YYYY-MM-DD.").arg(r.birthDate),
                               "birth_date");
            if (birth > today)
                return invalid(tr("The birth date %1 is in the future.").arg(r.birthDate), "birth_date");
        }
    }
    auto phone = Phone::parse(r.phone, QStringLiteral("phone"));
    if (!phone)
        return phone.error();
    r.phone = phone.value();

    const QString relation = choiceCode(choices::relation(), r.relation);
    if (relation.isEmpty())
        return invalid(tr("'%1' is not a relation to the household head.").arg(r.relation), "relation");
    r.relation = relation;
    const QString residence = choiceCode(choices::residenceType(), r.residenceType);
    if (residence.isEmpty())
        return invalid(tr("'%1' is not a residence type.").arg(r.residenceType), "residence_type");
    r.residenceType = residence;
    const QString status = choiceCode(choices::residentStatus(), r.status);
    if (status.isEmpty())
        return invalid(tr("'%1' is not a resident status.").arg(r.status), "status");
    r.status = status;
    if (r.status != QLatin1String("active")) {
        const QDate date = QDate::fromString(r.statusDate, Qt::ISODate);
        if (!date.isValid())
            return invalid(tr("Give the date of moving out or of death."), "status_date");
        if (date > today)
            return invalid(tr("The date %1 is in the future.").arg(r.statusDate), "status_date");
        if (!r.birthDate.isEmpty() && date < QDate::fromString(r.birthDate, Qt::ISODate))
            return invalid(tr("The date %1 is before the birth date %2.").arg(r.statusDate, r.birthDate),
                           "status_date");
    }
    r.destination = r.destination.simplified();
    for (const Status &s : {TextLimit::check(r.destination, TextLimit::kLine, tr("The destination"), "destination"),
                            TextLimit::check(r.notes, TextLimit::kNotes, tr("The notes"), "notes")})
        if (!s)
            return s.error();
    return {};
}

Status ResidentRepository::checkAgainstRegister(const Resident &r)
{
    auto household = queryRow(m_db, QStringLiteral("SELECT status, address FROM household WHERE id = :id"),
                              {{QStringLiteral("id"), r.householdId}});
    if (!household)
        return household.error();
    if (household->isEmpty())
        return invalid(tr("Household %1 does not exist.").arg(r.householdId), "household");
    const QString address = household->at(1).toString();
    if (r.status != QLatin1String("active"))
        return {};
    if (household->at(0).toString() != QLatin1String("active"))
        return invalid(tr("The household at %1 is no longer in the register; an active resident cannot be added to it.")
                           .arg(address),
                       "household");

    if (!r.idNumber.isEmpty()) {
        auto holder
            = queryRow(m_db,
                       QStringLiteral("SELECT r.name, h.address, h.grid_id FROM resident r JOIN household h ON h.id = "
                                      "r.household_id WHERE r.id_number = :n AND r.status = 'active' AND r.id <> :id"),
                       {{QStringLiteral("n"), r.idNumber}, {QStringLiteral("id"), r.meta.id}});
        if (!holder)
            return holder.error();
        if (!holder->isEmpty()) {
            // Who holds it is said only to a user who may see them.
            auto visible = Access::coversGrid(m_db, m_db.actor(), holder->at(2).toLongLong());
            if (!visible)
                return visible.error();
            if (!visible.value())
                return Error{ErrorCode::Conflict,
                             tr("The ID number %1 is already registered for a resident outside your area.")
                                 .arg(IdNumber::mask(r.idNumber)),
                             QStringLiteral("id_number")};
            return Error{ErrorCode::Conflict,
                         tr("The ID number %1 is already registered for %2 at %3.")
                             .arg(IdNumber::mask(r.idNumber), holder->at(0).toString(), holder->at(1).toString()),
                         QStringLiteral("id_number")};
        }
    }
    if (r.relation == QLatin1String("head")) {
        auto head = queryValue(m_db,
                               QStringLiteral("SELECT name FROM resident WHERE household_id = :h AND relation = 'head' "
                                              "AND status = 'active' AND id <> :id"),
                               {{QStringLiteral("h"), r.householdId}, {QStringLiteral("id"), r.meta.id}});
        if (!head)
            return head.error();
        if (!head->isNull())
            return Error{ErrorCode::Conflict,
                         tr("The household at %1 already has a head, %2. Change that member's relation first.")
                             .arg(address, head->toString()),
                         QStringLiteral("relation")};
    }
    return {};
}

Result<Resident> ResidentRepository::get(qint64 id)
{
    std::optional<Resident> found;
    if (Status s = readRows(m_db, QStringLiteral("SELECT * FROM resident WHERE id = :id"), {{QStringLiteral("id"), id}},
                            [&](const QSqlQuery &q) { found = fromQuery(q); });
        !s)
        return s.error();
    if (!found)
        return Error{ErrorCode::NotFound, tr("Resident %1 does not exist.").arg(id), {}};
    if (Status s = checkHousehold(found->householdId, QStringLiteral("resident"), id); !s)
        return s.error();
    return *found;
}

Result<qint64> ResidentRepository::householdGrid(qint64 householdId)
{
    auto grid = queryValue(m_db, QStringLiteral("SELECT grid_id FROM household WHERE id = :h"),
                           {{QStringLiteral("h"), householdId}});
    if (!grid)
        return grid.error();
    return grid->toLongLong();
}

Status ResidentRepository::checkHousehold(qint64 householdId, const QString &table, qint64 recordId)
{
    if (Access::reach(m_db.actor()) == Access::Reach::Everything)
        return {};
    auto grid = householdGrid(householdId);
    if (!grid)
        return grid.error();
    return Access::checkVisible(m_db, grid.value(), table, recordId);
}

Status ResidentRepository::checkWrite(const Resident &r, const Actor &actor, bool isNew)
{
    if (Access::reach(actor) == Access::Reach::Everything)
        return Access::require(m_db, actor, Permission::EditRegister);
    QList<qint64> households{r.householdId};
    if (!isNew) {
        // Where the resident is now, too: a move takes them out of that household.
        auto stored = queryValue(m_db, QStringLiteral("SELECT household_id FROM resident WHERE id = :id"),
                                 {{QStringLiteral("id"), r.meta.id}});
        if (!stored)
            return stored.error();
        if (stored->toLongLong() != r.householdId)
            households << stored->toLongLong();
    }
    for (qint64 household : std::as_const(households)) {
        auto grid = householdGrid(household);
        if (!grid)
            return grid.error();
        if (Status s = Access::requireGrid(m_db, actor, Permission::EditRegister, grid.value(),
                                           QStringLiteral("resident"), r.meta.id);
            !s)
            return s;
    }
    return {};
}

Result<QList<Resident>> ResidentRepository::listByHousehold(qint64 householdId, bool includeInactive)
{
    if (Status s = checkHousehold(householdId, QStringLiteral("household"), householdId); !s)
        return s.error();
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT * FROM resident WHERE household_id = :h %1 ORDER BY "
                                     "CASE relation WHEN 'head' THEN 0 ELSE 1 END, birth_date, id")
                          .arg(includeInactive ? QString() : QStringLiteral("AND status = 'active'")),
                      {{QStringLiteral("h"), householdId}});
    if (!q)
        return q.error();
    QList<Resident> out;
    while (q.value().next())
        out << fromQuery(q.value());
    return out;
}

Result<Resident> ResidentRepository::findActiveByIdNumber(const QString &idNumber)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT * FROM resident WHERE id_number = :n AND status = 'active'"),
                      {{QStringLiteral("n"), IdNumber::normalise(idNumber)}});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::NotFound, tr("No active resident has the ID number %1.").arg(idNumber), {}};
    return fromQuery(q.value());
}

Result<QString> ResidentRepository::revealIdNumber(qint64 residentId, const Actor &actor)
{
    if (Status s = Access::require(m_db, actor, Permission::RevealIdNumber); !s)
        return s.error();
    auto resident = get(residentId);
    if (!resident)
        return resident.error();
    auto grid = householdGrid(resident->householdId);
    if (!grid)
        return grid.error();
    if (Status s = Access::requireGrid(m_db, actor, Permission::RevealIdNumber, grid.value(),
                                       QStringLiteral("resident"), residentId);
        !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    AuditLog::Entry entry{
        QStringLiteral("unmask"),
        QStringLiteral("resident"),
        residentId,
        resident->meta.uuid,
        {},
        {{QStringLiteral("field"), QStringLiteral("id_number")}, {QStringLiteral("name"), resident->name}}};
    if (Status s = AuditLog::append(m_db, actor, entry); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return resident->idNumber;
}

Result<Resident> ResidentRepository::head(qint64 householdId)
{
    if (Status s = checkHousehold(householdId, QStringLiteral("household"), householdId); !s)
        return s.error();
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT * FROM resident WHERE household_id = :h AND relation = 'head' AND "
                                     "status = 'active' ORDER BY id LIMIT 1"),
                      {{QStringLiteral("h"), householdId}});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::NotFound, tr("Household %1 has no head.").arg(householdId), {}};
    return fromQuery(q.value());
}

Result<Resident> ResidentRepository::create(Resident r, const Actor &actor)
{
    return checkAndWrite(r, actor, true);
}

Result<Resident> ResidentRepository::update(Resident r, const Actor &actor)
{
    return checkAndWrite(r, actor, false);
}

Result<Resident> ResidentRepository::createChecked(Resident r, const Actor &actor)
{
    return writeChecked(r, actor, true);
}

Result<Resident> ResidentRepository::updateChecked(Resident r, const Actor &actor)
{
    return writeChecked(r, actor, false);
}

Result<Resident> ResidentRepository::checkAndWrite(Resident r, const Actor &actor, bool isNew)
{
    if (Status s = validate(r, m_today); !s)
        return s.error();
    if (Status s = checkWrite(r, actor, isNew); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (Status s = checkAgainstRegister(r); !s)
        return s.error();
    auto written = write(r, actor, isNew);
    if (!written)
        return written;
    if (Status s = tx.commit(); !s)
        return s.error();
    return written;
}

Result<Resident> ResidentRepository::writeChecked(Resident r, const Actor &actor, bool isNew)
{
    if (m_db.transactionDepth() == 0)
        return Error{ErrorCode::Storage, tr("A checked write needs the transaction its checks ran in."), {}};
    if (Status s = checkWrite(r, actor, isNew); !s)
        return s.error();
    return write(r, actor, isNew);
}

Result<Resident> ResidentRepository::write(Resident r, const Actor &actor, bool isNew)
{
    Result<RecordMeta> meta = Error{};
    if (isNew) {
        QVariantMap columns = columnsOf(r);
        if (!r.meta.uuid.isEmpty())
            columns.insert(QStringLiteral("uuid"), r.meta.uuid);
        meta = Records::insert(m_db, actor, QStringLiteral("resident"), columns);
    } else {
        meta = Records::update(m_db, actor, QStringLiteral("resident"), r.meta.id, r.meta.version, columnsOf(r),
                               tr("The resident %1").arg(r.name));
    }
    if (!meta)
        return meta.error();
    r.meta = meta.value();
    if (Status s = isNew ? SearchIndex::indexNewResident(m_db, r) : SearchIndex::indexResident(m_db, r); !s)
        return s.error();
    return r;
}

Result<Resident> ResidentRepository::setStatus(qint64 id, int expectedVersion, const QString &status, const QDate &date,
                                               const QString &destination, const Actor &actor)
{
    auto current = get(id);
    if (!current)
        return current.error();
    Resident r = current.value();
    if (Status s = checkWrite(r, actor, false); !s)
        return s.error();
    r.meta.version = expectedVersion;
    r.status = status;
    r.statusDate = date.isValid() ? date.toString(Qt::ISODate) : QString();
    r.destination = destination.trimmed();
    if (Status s = validate(r, m_today); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (Status s = checkAgainstRegister(r); !s)
        return s.error();
    auto meta = Records::update(m_db, actor, QStringLiteral("resident"), id, expectedVersion,
                                {{QStringLiteral("status"), r.status},
                                 {QStringLiteral("status_date"), nullIfEmpty(r.statusDate)},
                                 {QStringLiteral("destination"), nullIfEmpty(r.destination)}},
                                tr("The resident %1").arg(r.name), QStringLiteral("status"));
    if (!meta)
        return meta.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    r.meta = meta.value();
    return r;
}

Result<QList<CareTag>> CareTagRepository::tags()
{
    auto q = runQuery(m_db, QStringLiteral("SELECT * FROM care_tag ORDER BY sort_order, id"));
    if (!q)
        return q.error();
    QList<CareTag> out;
    while (q.value().next()) {
        CareTag t;
        t.meta = RecordMeta::fromQuery(q.value());
        t.name = q.value().value(QStringLiteral("name")).toString();
        t.visitIntervalDays = q.value().value(QStringLiteral("visit_interval_days")).toInt();
        out << t;
    }
    return out;
}

Result<QList<TagAssignment>> CareTagRepository::assignments(const QString &table, const QString &ownerColumn,
                                                            qint64 ownerId, const QDate &date)
{
    QVariantMap binds{{QStringLiteral("o"), ownerId}};
    QString when;
    if (date.isValid()) {
        when = QStringLiteral(" AND (a.start_date IS NULL OR a.start_date <= :d) AND (a.end_date IS NULL OR "
                              "a.end_date > :d)");
        binds.insert(QStringLiteral("d"), date.toString(Qt::ISODate));
    }
    QList<TagAssignment> out;
    if (Status s = readRows(m_db,
                            QStringLiteral("SELECT a.*, t.name AS tag_name FROM %1 a JOIN care_tag t ON t.id = "
                                           "a.care_tag_id WHERE a.%2 = :o%3 ORDER BY t.sort_order, a.start_date")
                                .arg(table, ownerColumn, when),
                            binds,
                            [&](const QSqlQuery &q) {
                                TagAssignment a;
                                a.meta = RecordMeta::fromQuery(q);
                                a.ownerId = ownerId;
                                a.careTagId = q.value(QStringLiteral("care_tag_id")).toLongLong();
                                a.tagName = q.value(QStringLiteral("tag_name")).toString();
                                a.startDate = q.value(QStringLiteral("start_date")).toString();
                                a.endDate = q.value(QStringLiteral("end_date")).toString();
                                out << a;
                            });
        !s)
        return s.error();
    return out;
}

Result<QList<TagAssignment>> CareTagRepository::residentTags(qint64 residentId, const QDate &date)
{
    return assignments(QStringLiteral("resident_tag"), QStringLiteral("resident_id"), residentId, date);
}

Result<QList<TagAssignment>> CareTagRepository::householdTags(qint64 householdId, const QDate &date)
{
    return assignments(QStringLiteral("household_tag"), QStringLiteral("household_id"), householdId, date);
}

Status CareTagRepository::setTags(const QString &table, const QString &ownerColumn, qint64 ownerId,
                                  const QStringList &names, const QDate &date, const Actor &actor)
{
    // Tags are part of the household's or resident's record: who may edit those, where they are.
    if (Access::reach(actor) == Access::Reach::Everything) {
        if (Status s = Access::require(m_db, actor, Permission::EditRegister); !s)
            return s;
    } else {
        const QString householdOf = ownerColumn == QLatin1String("resident_id")
            ? QStringLiteral("SELECT h.grid_id FROM resident r JOIN household h ON h.id = r.household_id WHERE r.id "
                             "= :o")
            : QStringLiteral("SELECT grid_id FROM household WHERE id = :o");
        auto grid = queryValue(m_db, householdOf, {{QStringLiteral("o"), ownerId}});
        if (!grid)
            return grid.error();
        if (Status s = Access::requireGrid(m_db, actor, Permission::EditRegister, grid->toLongLong(), table, ownerId);
            !s)
            return s;
    }
    if (m_tagIds.isEmpty()) {
        // Read once per repository: an import sets the tags of thousands of residents.
        auto all = tags();
        if (!all)
            return all.error();
        for (const CareTag &t : all.value())
            m_tagIds.insert(t.name, t.meta.id);
    }
    const QHash<QString, qint64> &idByName = m_tagIds;
    for (const QString &n : names) {
        if (!idByName.contains(n.trimmed()))
            return Error{ErrorCode::Invalid, tr("'%1' is not a care tag.").arg(n), QStringLiteral("tags")};
    }
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto current = assignments(table, ownerColumn, ownerId, date);
    if (!current)
        return current.error();
    QSet<QString> wanted;
    for (const QString &n : names)
        wanted.insert(n.trimmed());
    const QString day = date.toString(Qt::ISODate);
    for (const TagAssignment &a : current.value()) {
        if (wanted.remove(a.tagName))
            continue;
        auto ended = Records::update(m_db, actor, table, a.meta.id, a.meta.version, {{QStringLiteral("end_date"), day}},
                                     tr("The tag %1").arg(a.tagName));
        if (!ended)
            return ended.error();
    }
    for (const QString &n : std::as_const(wanted)) {
        auto added = Records::insert(m_db, actor, table,
                                     {{ownerColumn, ownerId},
                                      {QStringLiteral("care_tag_id"), idByName.value(n)},
                                      {QStringLiteral("start_date"), day}});
        if (!added)
            return added.error();
    }
    return tx.commit();
}

Status CareTagRepository::setResidentTags(qint64 residentId, const QStringList &tagNames, const QDate &date,
                                          const Actor &actor)
{
    return setTags(QStringLiteral("resident_tag"), QStringLiteral("resident_id"), residentId, tagNames, date, actor);
}

Status CareTagRepository::setHouseholdTags(qint64 householdId, const QStringList &tagNames, const QDate &date,
                                           const Actor &actor)
{
    return setTags(QStringLiteral("household_tag"), QStringLiteral("household_id"), householdId, tagNames, date, actor);
}

} // namespace linli
