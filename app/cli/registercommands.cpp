// check-id, search and check: the register commands of linli-cli.
#include "commands.h"

#include "common/choices.h"
#include "register/idnumber.h"
#include "register/searchindex.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

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
        auto members = runQuery(*db, QStringLiteral("SELECT id FROM resident WHERE household_id = :h ORDER BY id"),
                                {{QStringLiteral("h"), h.householdId}});
        if (!members)
            return fail(members.error().message);
        while (members.value().next()) {
            const qint64 id = members.value().value(0).toLongLong();
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
        auto row = runQuery(*db,
                            QStringLiteral("SELECT r.name, r.id_number, h.address, r.status FROM resident r JOIN "
                                           "household h ON h.id = r.household_id WHERE r.id = :id"),
                            {{QStringLiteral("id"), id}});
        if (!row)
            return fail(row.error().message);
        if (!row.value().next())
            continue;
        const QSqlQuery &r = row.value();
        out << r.value(0).toString() << '\t' << IdNumber::mask(r.value(1).toString()) << '\t' << r.value(2).toString();
        if (r.value(3).toString() != QLatin1String("active"))
            out << '\t' << choiceLabel(choices::residentStatus(), r.value(3).toString());
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
    if (db->isSQLite()) {
        auto integrity = runQuery(*db, QStringLiteral("PRAGMA integrity_check"));
        if (!integrity)
            return fail(integrity.error().message);
        QStringList problems;
        while (integrity.value().next()) {
            const QString line = integrity.value().value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
        out << tr("integrity: ") << (problems.isEmpty() ? QStringLiteral("ok") : problems.join(QLatin1String("; ")))
            << Qt::endl;
        healthy = healthy && problems.isEmpty();

        auto keys = runQuery(*db, QStringLiteral("PRAGMA foreign_key_check"));
        if (!keys)
            return fail(keys.error().message);
        QStringList broken;
        while (keys.value().next())
            broken << tr("%1 row %2 refers to a missing %3")
                          .arg(keys.value().value(0).toString(), keys.value().value(1).toString(),
                               keys.value().value(2).toString());
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
