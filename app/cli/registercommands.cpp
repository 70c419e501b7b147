// check-id, search and check: the register commands of linli-cli.
#include "commands.h"

#include "common/choices.h"
#include "register/householdrepository.h"
#include "register/idnumber.h"
#include "register/residentrepository.h"
#include "register/searchindex.h"
#include "storage/audit.h"
#include "storage/auditledger.h"
#include "storage/database.h"
#include "storage/registercheck.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <optional>

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
    // The digests to verify against, read before the register is opened: a bad one is a usage error.
    QList<AuditLedger::Digest> given;
    if (args.has(QStringLiteral("digest"))) {
        auto d = AuditLedger::Digest::parse(args.value(QStringLiteral("digest")));
        if (!d)
            return fail(tr("--digest takes the form COUNT:HASH (a count of audit rows and 64 hexadecimal digits), "
                           "as linli-cli audit digest prints it; '%1' is not.")
                            .arg(args.value(QStringLiteral("digest"))),
                        kUsageError);
        given << d.value();
    }
    if (args.has(QStringLiteral("digest-file"))) {
        const QString path = args.value(QStringLiteral("digest-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read the digest file %1: %2").arg(path, file.errorString()));
        const QList<AuditLedger::Digest> found = AuditLedger::Digest::findIn(QString::fromUtf8(file.read(1 << 20)));
        if (found.isEmpty())
            return fail(tr("The file %1 holds no audit digest (COUNT:HASH).").arg(path));
        given << found;
    }
    const bool quick = args.has(QStringLiteral("quick"));

    int code = 0;
    auto db = openRegister(args, &code);
    if (!db)
        return code;
    bool healthy = true;
    // SQLite's own check of every page runs beside the rest of the check.
    std::future<Result<QStringList>> integrity;
    if (db->isSQLite() && !quick)
        integrity = RegisterCheck::integrityInBackground(*db);
    if (!quick) {
        auto schema = RegisterCheck::schema(*db);
        if (!schema)
            return fail(schema.error().message);
        out << tr("schema: ") << (schema->isEmpty() ? QStringLiteral("ok") : schema->join(QLatin1String("; ")))
            << Qt::endl;
        healthy = healthy && schema->isEmpty();
    }
    // The audit log and ledger are read meanwhile; the lines come out in their order below.
    auto audit = AuditLog::verify(*db);
    if (!audit)
        return fail(audit.error().message);
    std::optional<AuditLedger::RowCheck> rows;
    if (!quick) {
        auto checked = AuditLedger::checkRows(*db);
        if (!checked)
            return fail(checked.error().message);
        rows = checked.value();
    }
    if (db->isSQLite() && !quick) {
        auto problems = integrity.get();
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
    if (audit->firstBadId == 0)
        out << tr("audit log: %1 rows, chain intact").arg(audit->rows) << Qt::endl;
    else
        out << tr("audit log: broken at row %1: %2").arg(audit->firstBadId).arg(audit->reason) << Qt::endl;
    healthy = healthy && audit->firstBadId == 0;

    if (rows) {
        if (rows->problems == 0) {
            out << tr("audit ledger: %1 records, each equal to its audit values").arg(rows->records) << Qt::endl;
        } else {
            out << tr("audit ledger: %1 of %2 records differ from the audit log").arg(rows->problems).arg(rows->records)
                << Qt::endl;
            for (const AuditLedger::Mismatch &m : rows->first)
                out << QStringLiteral("  ") << m.message << Qt::endl;
            if (rows->problems > rows->first.size())
                out << QStringLiteral("  ") << tr("… and %1 more.").arg(rows->problems - rows->first.size())
                    << Qt::endl;
            healthy = false;
        }
    }

    // The digests kept outside the register: this workstation's, and those given.
    QList<AuditLedger::Digest> digests = AuditLedger::remembered(*db);
    digests << given;
    QStringList failed;
    for (const AuditLedger::Digest &d : std::as_const(digests))
        if (Status s = AuditLedger::reaches(*db, d); !s && !failed.contains(s.error().message))
            failed << s.error().message;
    if (failed.isEmpty())
        out << tr("audit digests: the log reaches all %1 known").arg(digests.size()) << Qt::endl;
    else
        out << tr("audit digests: %1").arg(failed.join(QStringLiteral("; "))) << Qt::endl;
    healthy = healthy && failed.isEmpty();
    if (!healthy)
        return fail(tr("The register %1 has problems; see the lines above.").arg(db->displayName()));
    return 0;
}

// linli-cli audit digest: the digest to keep somewhere else (a notebook, a mail to the street office).
int runAudit(const Arguments &args, QTextStream &out)
{
    if (args.positional.value(0) != QLatin1String("digest"))
        return fail(tr("Say what to do: linli-cli audit digest --db DB"), kUsageError);
    int code = 0;
    auto db = openRegister(args, &code);
    if (!db)
        return code;
    auto digest = AuditLedger::current(*db);
    if (!digest)
        return fail(digest.error().message);
    out << digest->text() << Qt::endl;
    return 0;
}

} // namespace linli::cli
