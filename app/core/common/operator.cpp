#include "operator.h"

#include <QtGlobal>

namespace linli {

Actor Actor::localOperator()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    if (login.isEmpty())
        login = QStringLiteral("operator");
    return Actor{login};
}

} // namespace linli
