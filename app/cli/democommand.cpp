#include "commands.h"

#include "access/accountrepository.h"
#include "access/permissions.h"
#include "demo/demogenerator.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <unistd.h>

namespace linli::cli {

int runDemo(const Arguments &args, QTextStream &out)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("linli::cli", text); };
    const QString path = args.value(QStringLiteral("db"));
    if (path.isEmpty())
        return fail(tr("Name the new register with --db FILE."), kUsageError);

    DemoOptions options;
    options.preset = args.value(QStringLiteral("preset"), QStringLiteral("community"));
    if (args.has(QStringLiteral("households"))) {
        bool ok = false;
        options.households = args.value(QStringLiteral("households")).toInt(&ok);
        if (!ok || options.households <= 0)
            return fail(tr("--households takes a positive whole number, not '%1'.")
                            .arg(args.value(QStringLiteral("households"))),
                        kUsageError);
    }
    if (args.has(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = args.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(tr("--seed takes a whole number, not '%1'.").arg(args.value(QStringLiteral("seed"))),
                        kUsageError);
    }
    if (args.has(QStringLiteral("years"))) {
        bool ok = false;
        options.years = args.value(QStringLiteral("years")).toInt(&ok);
        if (!ok || options.years < 1 || options.years > 5)
            return fail(
                tr("--years takes a whole number from 1 to 5, not '%1'.").arg(args.value(QStringLiteral("years"))),
                kUsageError);
    }
    if (args.has(QStringLiteral("today"))) {
        options.today = QDate::fromString(args.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid())
            return fail(
                tr("--today takes a date of the form YYYY-MM-DD, not '%1'.").arg(args.value(QStringLiteral("today"))),
                kUsageError);
    }

    const bool interactive = isatty(STDERR_FILENO);
    QTextStream err(stderr);
    QElapsedTimer timer;
    timer.start();
    auto summary = DemoGenerator::generate(path, options, [&](int done, int total) {
        if (interactive)
            err << '\r' << tr("Writing households: %1 / %2").arg(done).arg(total) << Qt::flush;
        return true;
    });
    if (interactive)
        err << Qt::endl;
    if (!summary)
        return fail(summary.error().message);
    auto db = Database::open(path, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error().message);
    // The user who made the register is one of its administrators too, beside the demo's accounts.
    if (const QString user = userName(args); !user.isEmpty()) {
        AccountRepository accounts(*db.value());
        if (auto existing = accounts.get(user); !existing && existing.error().code == ErrorCode::NotFound) {
            auto password
                = readPassword(args, "LINLI_PASSWORD", tr("Password for the new administrator %1: ").arg(user), true);
            if (!password)
                return fail(password.error().message);
            auto added
                = accounts.add({user, args.value(QStringLiteral("display-name"), user), QString(roles::kAdmin), 0, {}},
                               password.value(), Actor::system(user), false);
            if (!added)
                return fail(added.error().message);
        }
    }
    out << tr("Demo register %1: %2 communities, %3 grids, %4 compounds, %5 buildings, %6 households, %7 residents, "
              "%8 issues, %9 visits (%10 s).")
               .arg(db.value()->displayName()) // a server's address without its password
               .arg(summary->communities)
               .arg(summary->grids)
               .arg(summary->compounds)
               .arg(summary->buildings)
               .arg(summary->households)
               .arg(summary->residents)
               .arg(summary->issues)
               .arg(summary->visits)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

} // namespace linli::cli
