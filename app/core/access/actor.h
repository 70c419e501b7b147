#pragma once

#include <QList>
#include <QString>

namespace linli {

// The acting user: the session made at login (AccountRepository::login) and passed to every
// repository call, which decides from it what may be read and written. `login` is what the
// register records as created_by, updated_by and the audit row's actor.
struct Actor {
    QString login;
    QString role; // a role code (access/permissions.h); empty: no rights at all
    qint64 userId = 0; // the account's row; 0 for the register's own tools
    QString displayName;
    qint64 communityId = 0; // a community admin's community
    QList<qint64> gridIds; // a grid worker's grids
    bool mustChangePassword = false;

    // An administrator that is not an account: the demo generator, a register being created
    // before its first account exists, and tests of the core acting with every right.
    static Actor system(const QString &login);

    // The name shown in timelines and on paper: the display name, else the login name.
    QString shownName() const { return displayName.isEmpty() ? login : displayName; }
};

} // namespace linli
