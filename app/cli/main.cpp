// linli-cli: the headless tool for batch jobs, scripts, tests and benchmarks.
#include "commands.h"

#include "common/language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <sys/stat.h>

#include <memory>

using namespace linli::cli;

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "linli::cli",
        "Usage: linli-cli COMMAND [options]\n"
        "Every command that opens a register acts as one of its users: --user NAME (or LINLI_USER), with the\n"
        "password in LINLI_PASSWORD, --password-file FILE or typed at the prompt.\n"
        "  --version\n"
        "  init --db FILE|postgresql://… --user NAME [--display-name NAME]   (a new register and its first "
        "administrator)\n"
        "  user add NAME --display-name NAME --role ROLE [--grid NAME]... [--community NAME] --db DB\n"
        "  user list [--format json] | disable NAME | enable NAME | reset-password NAME | passwd --db DB\n"
        "  user set NAME [--role ROLE] [--grid NAME]... [--community NAME] [--display-name NAME] --db DB\n"
        "       (new passwords from LINLI_NEW_PASSWORD or the prompt; ROLE: grid_worker, community_admin,\n"
        "        street_staff, admin, or 网格员, 社区管理员, 街道工作人员, 系统管理员)\n"
        "  place add community NAME | add grid NAME --community C | add compound NAME --community C --db DB\n"
        "  place add building NAME --compound C/COMPOUND --grid GRID [--units N] --db DB\n"
        "  place list [--format json|text] --db DB\n"
        "  place rename KIND PATH NEW_NAME | move building PATH --grid GRID | units building PATH N --db DB\n"
        "  place retire|reinstate|delete KIND PATH [--date DATE] --db DB\n"
        "       (KIND: community, grid, compound, building; PATH: 社区名[/小区名[/楼栋名]] or 社区名/网格名)\n"
        "  household add --building C/COMPOUND/BUILDING [--unit U] --room R --housing owner|rented|vacant|other\n"
        "            [--phone P] [--notes TEXT] --db DB   (or --compound C/COMPOUND --grid GRID; prints the uuid)\n"
        "  resident add --household-uuid U --name NAME [--id-number ID] --relation head|spouse|son|daughter|...\n"
        "            [--sex M|F] [--birth-date DATE] [--phone P] [--residence-type CODE] [--party-member] --db DB\n"
        "  demo --preset community|street|district [--households N] [--seed S] [--today YYYY-MM-DD] [--years N]\n"
        "       --db FILE\n"
        "  check-id ID...\n"
        "  search --db DB TEXT\n"
        "  check --db DB [--quick] [--digest COUNT:HASH] [--digest-file FILE]   (schema, integrity, the audit\n"
        "       ledger; --quick: the audit chain and digests only)\n"
        "  audit digest --db DB   (the audit log's current digest, COUNT:HASH)\n"
        "  backup create [--to DIR] --db DB | backup list [--to DIR] [--format json] --db DB\n"
        "  backup verify FILE | backup restore FILE --to NEW_FILE   (never replaces an existing file)\n"
        "  issue add --db DB --title T --category C [--subcategory S] [--household-uuid U | --location TEXT]\n"
        "            [--grid NAME | --community NAME] [--source CODE_OR_LABEL] [--reporter NAME] [--reporter-phone P]\n"
        "            [--date YYYY-MM-DD]\n"
        "  issue accept|dispatch|start|resolve|follow-up|return|escalate|reject|close|change-deadline NUMBER --db DB\n"
        "            [--department NAME] [--assignee NAME] [--handling 立行立改|限期办理|分阶段整改]\n"
        "            [--deadline DATE] [--result TEXT] [--satisfaction 满意|基本满意|不满意] [--reason TEXT] [--date "
        "DATE]\n"
        "  issue show NUMBER --db DB\n"
        "  issue list --db DB [--status CODE] [--warning red|amber] [--as-of DATE]\n"
        "  visit add --db DB --household-uuid U [--date D] --kind routine|care|follow_up|verification\n"
        "            --visitor NAME [--notes TEXT] [--findings TEXT] [--persons-met A、B]\n"
        "  visits due --db DB [--grid NAME] [--worker NAME] [--as-of DATE]\n"
        "  coverage --db DB --year Y [--format json|text]\n"
        "  export households|residents|issues|visits --db DB --out FILE.xlsx|FILE.csv [--from DATE] [--to DATE]\n"
        "         [--grid NAME] [--masked]\n"
        "  import households|residents|issues|visits FILE.xlsx|FILE.xls|FILE.csv --db DB [--dry-run] [--skip-invalid]\n"
        "  template --out FILE.xlsx   (the empty import workbook, with a notes sheet on every column)\n"
        "  columns [--format markdown]   (the interchange columns, as the README lists them)\n"
        "  print household-card --db DB --household-uuid U --out FILE.pdf\n"
        "  print booklet --db DB --building NAME|--compound NAME|--grid NAME --out FILE.pdf\n"
        "  print ledger --db DB [--from DATE] [--to DATE] [--status CODE] [--category C] [--grid NAME] --out FILE.pdf\n"
        "  print visits --db DB --from DATE --to DATE [--grid NAME] --out FILE.pdf\n"
        "  print route --db DB [--grid NAME] [--worker NAME] [--as-of DATE] --out FILE.pdf\n"
        "        (each print command also takes --full-ids and --today YYYY-MM-DD)\n"
        "  report weekly --db DB --week 2026-W47 [--scope all|community:NAME|grid:NAME|category:NAME|department:NAME]\n"
        "         --format json|pdf|xlsx [--out FILE]\n"
        "  report bulletin --db DB --week 2026-W47 [--scope SCOPE] [--edition N] --format pdf|xlsx --out FILE\n"
        "  report dispatch --db DB --week 2026-W47 [--scope SCOPE] --format pdf|xlsx --out FILE\n"
        "  report publish --db DB --week 2026-W47 [--scope SCOPE] [--reason TEXT]\n");
}

// Qt's own notes on stderr (a missing XDG_RUNTIME_DIR on a headless machine, font
// configuration) would break the promise of one line per error; LINLI_VERBOSE shows them.
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg)
        return;
    QTextStream(stderr) << (context.category ? context.category : "") << ": " << message << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    // Everything Linli writes holds personal data: readable by its owner only.
    ::umask(S_IRWXG | S_IRWXO);
    // Commands that draw documents need fonts and a paint engine: a GUI application on the
    // offscreen platform, so that they run without a display.
    const bool draws = argc > 1 && (qstrcmp(argv[1], "print") == 0 || qstrcmp(argv[1], "report") == 0);
    if (qEnvironmentVariableIsEmpty("LINLI_VERBOSE"))
        qInstallMessageHandler(quietMessages);
    std::unique_ptr<QCoreApplication> application;
    if (draws) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("linli-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Linli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINLI_VERSION));
    linli::installLanguage(app, linli::defaultLanguage());

    QStringList words = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    if (words.isEmpty() || words.constFirst() == QLatin1String("--help")
        || words.constFirst() == QLatin1String("help")) {
        out << usage();
        return words.isEmpty() ? kUsageError : 0;
    }
    if (words.constFirst() == QLatin1String("--version"))
        return runVersion(out);

    const QString command = words.takeFirst();
    // COMMAND --help (or a subcommand's): the usage lines of that command.
    if (words.contains(QLatin1String("--help")) || words.contains(QLatin1String("-h"))) {
        const QStringList lines = usage().split(QLatin1Char('\n'));
        bool in = false;
        QStringList shown;
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   ")))
                in = line.mid(2).section(QLatin1Char(' '), 0, 0) == command;
            if (in)
                shown << line;
        }
        if (shown.isEmpty()) {
            fail(QCoreApplication::translate("linli::cli", "'%1' is not a command.").arg(command), kUsageError);
            out << usage();
            return kUsageError;
        }
        out << shown.join(QLatin1Char('\n')) << Qt::endl;
        return 0;
    }
    const Arguments args
        = Arguments::parse(words,
                           {QStringLiteral("dry-run"), QStringLiteral("full-ids"), QStringLiteral("skip-invalid"),
                            QStringLiteral("masked"), QStringLiteral("party-member"), QStringLiteral("quick")});
    if (!args.error.isEmpty())
        return fail(args.error, kUsageError);

    if (command == QLatin1String("demo"))
        return runDemo(args, out);
    if (command == QLatin1String("check-id"))
        return runCheckId(args, out);
    if (command == QLatin1String("search"))
        return runSearch(args, out);
    if (command == QLatin1String("check"))
        return runCheck(args, out);
    if (command == QLatin1String("audit"))
        return runAudit(args, out);
    if (command == QLatin1String("backup"))
        return runBackup(args, out);
    if (command == QLatin1String("issue"))
        return runIssue(args, out);
    if (command == QLatin1String("visit"))
        return runVisit(args, out);
    if (command == QLatin1String("visits"))
        return runVisits(args, out);
    if (command == QLatin1String("coverage"))
        return runCoverage(args, out);
    if (command == QLatin1String("export"))
        return runExport(args, out);
    if (command == QLatin1String("import"))
        return runImport(args, out);
    if (command == QLatin1String("print"))
        return runPrint(args, out);
    if (command == QLatin1String("report"))
        return runReport(args, out);
    if (command == QLatin1String("init"))
        return runInit(args, out);
    if (command == QLatin1String("user"))
        return runUser(args, out);
    if (command == QLatin1String("template"))
        return runTemplate(args, out);
    if (command == QLatin1String("columns"))
        return runColumns(args, out);
    if (command == QLatin1String("place"))
        return runPlace(args, out);
    if (command == QLatin1String("household"))
        return runHousehold(args, out);
    if (command == QLatin1String("resident"))
        return runResident(args, out);
    fail(QCoreApplication::translate("linli::cli", "'%1' is not a command.").arg(command), kUsageError);
    out << usage();
    return kUsageError;
}
