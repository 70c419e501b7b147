#include "actor.h"

#include "permissions.h"

namespace linli {

Actor Actor::system(const QString &login)
{
    Actor a;
    a.login = login;
    a.role = roles::kAdmin;
    return a;
}

} // namespace linli
