#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace linli {

QString defaultLanguage()
{
    const QString env = qEnvironmentVariable("LINLI_LANG");
    return env.isEmpty() ? QStringLiteral("zh_CN") : env;
}

void installLanguage(QCoreApplication &app, const QString &language)
{
    const bool english = language.startsWith(QLatin1String("en"));
    QLocale::setDefault(english ? QLocale(QLocale::English, QLocale::UnitedStates)
                                : QLocale(QLocale::Chinese, QLocale::China));
    if (english)
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/linli_zh_CN.qm")))
        QCoreApplication::installTranslator(own);
}

} // namespace linli
