// linli: the desktop application.
#include "common/fonts.h"
#include "common/language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <sys/stat.h>

int main(int argc, char *argv[])
{
    // Everything Linli writes (registers with their journals, backups, exports, PDFs, settings)
    // holds personal data: readable by its owner only.
    ::umask(S_IRWXG | S_IRWXO);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Linli"));
    QApplication::setApplicationName(QStringLiteral("linli"));
    QApplication::setApplicationVersion(QStringLiteral(LINLI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("linli"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/linli.svg")));
    linli::installLanguage(app, QSettings().value(QStringLiteral("language"), linli::defaultLanguage()).toString());
    linli::applyScreenFont(app);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "The register to open."),
                          QStringLiteral("FILE"));
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("register"),
                                 QApplication::translate("main", "The register to open (as with --db)."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    QString path = parser.value(db);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();

    linli::MainWindow window;
    window.show();
    window.openInitialRegister(path);
    return QApplication::exec();
}
