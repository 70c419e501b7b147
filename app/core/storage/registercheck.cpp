#include "registercheck.h"

#include "database.h"
#include "sql.h"

namespace linli {

Result<QStringList> RegisterCheck::integrity(Database &db)
{
    QStringList problems;
    if (!db.isSQLite())
        return problems;
    if (Status s = readRows(db, QStringLiteral("PRAGMA integrity_check"), {},
                            [&](const QSqlQuery &q) {
                                const QString line = q.value(0).toString();
                                if (line != QLatin1String("ok"))
                                    problems << line;
                            });
        !s)
        return s.error();
    return problems;
}

Result<QList<QStringList>> RegisterCheck::foreignKeys(Database &db)
{
    QList<QStringList> broken;
    if (!db.isSQLite())
        return broken;
    if (Status s
        = readRows(db, QStringLiteral("PRAGMA foreign_key_check"), {},
                   [&](const QSqlQuery &q) {
                       broken << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
                   });
        !s)
        return s.error();
    return broken;
}

} // namespace linli
