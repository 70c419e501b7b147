// check-id, search and check: the register commands of linli-cli.
#include "commands.h"

#include "common/choices.h"
#include "register/householdrepository.h"
#include "register/idnumber.h"
#include "register/residentrepository.h"
#include "register/searchindex.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/registercheck.h"

#include <QCoreApplication>

#include <algorithm>

namespace linli::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linli::cli", text);
}

} // namespace

int fail(const QString &message, int code)
{
    QTextStream err(stderr);
    err << "linli-cli: " << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
    return code;
}

int runVersion(QTextStream &out)
{
    out << "linli-cli " << LINLI_VERSION << Qt::endl;
    return 0;
}

int runCheckId(const Arguments &args, QTextStream &out)
{
    if (args.positional.isEmpty())
        return fail(tr("Give one or more ID numbers: linli-cli check-id ID..."), kUsageError);
    bool allValid = true;
    for (const QString &raw : args.positional) {
        const QString normalised = IdNumber::normalise(raw);
        auto info = IdNumber::parse(raw);
        if (info) {
            out << normalised << '\t' << "valid" << '\t' << info->birthDate.toString(Qt::ISODate) << '\t'
                << choiceLabel(choices::sex(), info->sex) << Qt::endl;
        } else {
            allValid = false;
            out << (normalised.isEmpty() ? raw : normalised) << '\t' << "invalid: " << info.error().message << Qt::endl;
        }
    }
    return allValid ? 0 : 1;
}

int runSearch(const Arguments &args, QTextStream &out)
{
    int code = 0;
    auto db = openRegister(args, &code);
    if (!db)
        return code;
    const QString text = args.positional.join(QLatin1Char(' '));
    if (SearchIndex::fold(text).size() < SearchIndex::kMinimumQueryLength)
        return fail(tr("Search for at least two characters: a name, part of an ID number or phone, or an address."),
                    kUsageError);
    bool ok = true;
    const int limit = args.value(QStringLiteral("limit"), QStringLiteral("100")).toInt(&ok);
    if (!ok || limit <= 0)
        return fail(tr("--limit takes a positive whole number."), kUsageError);

    auto hits = SearchIndex::find(*db, text, limit);
    if (!hits)
        return fail(hits.error().message);
    // An address match stands for everyone in that household.
    QList<qint64> residentIds;
    QSet<qint64> seen;
    for (const SearchIndex::Hit &h : hits.value()) {
        if (h.residentId) {
            if (!seen.contains(h.residentId)) {
                seen.insert(h.residentId);
                residentIds << h.residentId;
            }
            continue;
        }
        auto members = ResidentRepository(*db).listByHousehold(h.householdId, true);
        if (!members)
            return fail(members.error().message);
        QList<qint64> ids;
        for (const Resident &r : members.value())
            ids << r.meta.id;
        std::sort(ids.begin(), ids.end());
        for (qint64 id : std::as_const(ids)) {
            if (!seen.contains(id)) {
                seen.insert(id);
                residentIds << id;
            }
        }
    }
    int printed = 0;
    for (qint64 id : std::as_const(residentIds)) {
        if (printed >= limit)
            break;
        auto resident = ResidentRepository(*db).get(id);
        if (!resident)
            return fail(resident.error().message);
        auto household = HouseholdRepository(*db).get(resident->householdId);
        if (!household)
            return fail(household.error().message);
        out << resident->name << '\t' << IdNumber::mask(resident->idNumber) << '\t' << household->address;
        if (resident->status != QLatin1String("active"))
            out << '\t' << choiceLabel(choices::residentStatus(), resident->status);
        out << Qt::endl;
        ++printed;
    }
    if (printed == 0)
        QTextStream(stderr) << tr("No resident matches \"%1\".").arg(text) << Qt::endl;
    return 0;
}

int runCheck(const Arguments &args, QTextStream &out)
{
    int code = 0;
    auto db = openRegister(args, &code);
    if (!db)
        return code;
    bool healthy = true;
    auto schema = RegisterCheck::schema(*db);
    if (!schema)
        return fail(schema.error().message);
    out << tr("schema: ") << (schema->isEmpty() ? QStringLiteral("ok") : schema->join(QLatin1String("; "))) << Qt::endl;
    healthy = healthy && schema->isEmpty();
    if (db->isSQLite()) {
        auto problems = RegisterCheck::integrity(*db);
        if (!problems)
            return fail(problems.error().message);
        out << tr("integrity: ") << (problems->isEmpty() ? QStringLiteral("ok") : problems->join(QLatin1String("; ")))
            << Qt::endl;
        healthy = healthy && problems->isEmpty();

        auto keys = RegisterCheck::foreignKeys(*db);
        if (!keys)
            return fail(keys.error().message);
        QStringList broken;
        for (const QStringList &k : keys.value())
            broken << tr("%1 row %2 refers to a missing %3").arg(k.at(0), k.at(1), k.at(2));
        out << tr("foreign keys: ") << (broken.isEmpty() ? QStringLiteral("ok") : broken.join(QLatin1String("; ")))
            << Qt::endl;
        healthy = healthy && broken.isEmpty();
    }
    auto audit = AuditLog::verify(*db);
    if (!audit)
        return fail(audit.error().message);
    if (audit->firstBadId == 0)
        out << tr("audit log: %1 rows, chain intact").arg(audit->rows) << Qt::endl;
    else
        out << tr("audit log: broken at row %1: %2").arg(audit->firstBadId).arg(audit->reason) << Qt::endl;
    healthy = healthy && audit->firstBadId == 0;
    if (!healthy)
        return fail(tr("The register %1 has problems; see the lines above.").arg(db->displayName()));
    return 0;
}

} // namespace linli::cli
