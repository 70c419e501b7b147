// linli-cli report weekly|publish: the weekly figures of DESIGN.md's weekly cycle, and publishing
// the week's bulletin.
#include "commands.h"

#include "storage/database.h"
#include "weekly/bulletins.h"
#include "weekly/weeklyfigures.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace linli::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linli::cli", text);
}

} // namespace

namespace {

// linli-cli report publish: freezes the week's bulletin as its next edition.
int runPublish(const Arguments &args, QTextStream &out)
{
    if (!args.has(QStringLiteral("week")))
        return fail(tr("Name the week with --week, such as --week 2026-W47."), kUsageError);
    auto week = IsoWeek::parse(args.value(QStringLiteral("week")));
    if (!week)
        return fail(week.error().message, kUsageError);
    int code = 0;
    auto db = openRegister(args, &code);
    if (!db)
        return code;
    auto scope = WeeklyStatistics(*db).parseScope(args.value(QStringLiteral("scope")));
    if (!scope)
        return fail(scope.error().message, kUsageError);
    WeeklyBulletins bulletins(*db);
    auto edition
        = bulletins.publish(week.value(), scope.value(), args.value(QStringLiteral("reason")), Actor::localOperator());
    if (!edition)
        return fail(edition.error().message, edition.error().code == ErrorCode::Invalid ? kUsageError : 1);
    out << tr("Published %1 (%2), edition %3; figures hash %4")
               .arg(edition->week.chineseLabel(), edition->scope)
               .arg(edition->edition)
               .arg(edition->figuresHash)
        << Qt::endl;
    return 0;
}

} // namespace

int runReport(const Arguments &args, QTextStream &out)
{
    if (args.positional.value(0) == QLatin1String("publish"))
        return runPublish(args, out);
    if (args.positional.value(0) != QLatin1String("weekly"))
        return fail(tr("Say which report: linli-cli report weekly --db DB --week 2026-W47 [--scope all|community:NAME|"
                       "grid:NAME|category:NAME|department:NAME] --format json [--out FILE], or linli-cli report "
                       "publish --db DB --week 2026-W47 [--scope SCOPE] [--reason TEXT]"),
                    kUsageError);
    const QString format = args.value(QStringLiteral("format"), QStringLiteral("json"));
    if (format != QLatin1String("json"))
        return fail(tr("--format takes json, not '%1'.").arg(format), kUsageError);
    if (!args.has(QStringLiteral("week")))
        return fail(tr("Name the week with --week, such as --week 2026-W47."), kUsageError);
    auto week = IsoWeek::parse(args.value(QStringLiteral("week")));
    if (!week)
        return fail(week.error().message, kUsageError);
    int code = 0;
    auto db = openRegister(args, &code);
    if (!db)
        return code;
    WeeklyStatistics statistics(*db);
    auto scope = statistics.parseScope(args.value(QStringLiteral("scope")));
    if (!scope)
        return fail(scope.error().message, kUsageError);
    auto report = statistics.report(week.value(), scope.value());
    if (!report)
        return fail(report.error().message);
    const QByteArray json = WeeklyStatistics::json(report.value());
    const QString target = args.value(QStringLiteral("out"));
    if (target.isEmpty()) {
        out << QString::fromUtf8(json);
        return 0;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return fail(tr("%1 cannot be written: %2").arg(target, file.errorString()));
    return 0;
}

} // namespace linli::cli
