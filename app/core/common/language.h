#pragma once

#include <QString>

class QCoreApplication;

namespace linli {

// Installs the catalogue for `language` ("zh_CN", the default, or "en") with Qt's own
// translations, and makes it the default locale so that labels follow it.
void installLanguage(QCoreApplication &app, const QString &language);
// LINLI_LANG if set, otherwise zh_CN: the users are Chinese staff whatever the machine says.
QString defaultLanguage();

} // namespace linli
