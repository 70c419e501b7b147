#pragma once

#include <QString>

namespace linli {

// The person on whose behalf a write is made. Until login exists this is the local operator
// (the OS account); every repository call takes it so that scopes and audit rows need no
// retrofitting later.
struct Actor {
    QString login;
    QString role = QStringLiteral("admin");

    static Actor localOperator();
};

} // namespace linli
