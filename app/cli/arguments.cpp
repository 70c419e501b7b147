#include "arguments.h"

#include "commands.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>

namespace linli::cli {

Arguments Arguments::parse(const QStringList &words, const QSet<QString> &knownFlags)
{
    Arguments a;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (!w.startsWith(QLatin1String("--")) || w == QLatin1String("--")) {
            a.positional << w;
            continue;
        }
        QString name = w.mid(2);
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            a.options.insert(name.left(eq), name.mid(eq + 1));
        } else if (knownFlags.contains(name)) {
            a.flags.insert(name);
        } else if (i + 1 < words.size()) {
            a.options.insert(name, words.at(++i));
        } else {
            a.error = QCoreApplication::translate("linli::cli", "The option --%1 needs a value.").arg(name);
        }
    }
    return a;
}

bool readDate(const Arguments &args, const QString &name, QDate *date, int *code)
{
    if (!args.has(name))
        return true;
    *date = QDate::fromString(args.value(name), Qt::ISODate);
    if (!date->isValid()) {
        *code = fail(QCoreApplication::translate("linli::cli", "--%1 takes a date of the form YYYY-MM-DD, not '%2'.")
                         .arg(name, args.value(name)),
                     kUsageError);
        return false;
    }
    return true;
}

std::shared_ptr<Database> openRegister(const Arguments &args, int *code)
{
    const QString location = args.value(QStringLiteral("db"));
    if (location.isEmpty()) {
        *code = fail(QCoreApplication::translate("linli::cli",
                                                 "Name the register with --db FILE or --db "
                                                 "postgresql://user@host:port/dbname."),
                     kUsageError);
        return {};
    }
    auto db = Database::open(location, Database::OpenMode::MustExist);
    if (!db) {
        *code = fail(db.error().message);
        return {};
    }
    return db.value();
}

// A grid named NAME, or 社区名/网格名 where several communities have a grid of that name.
Result<qint64> findGrid(Database &db, const QString &name)
{
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    auto q = slash > 0
        ? runQuery(
            db,
            QStringLiteral("SELECT g.id FROM grid g JOIN community c ON c.id = g.community_id "
                           "WHERE c.name = :c AND g.name = :g"),
            {{QStringLiteral("c"), name.left(slash).trimmed()}, {QStringLiteral("g"), name.mid(slash + 1).trimmed()}})
        : runQuery(db, QStringLiteral("SELECT id FROM grid WHERE name = :g"), {{QStringLiteral("g"), name.trimmed()}});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    if (ids.isEmpty())
        return Error{
            ErrorCode::NotFound,
            QCoreApplication::translate("linli::cli", "There is no grid named '%1' in this register.").arg(name),
            QStringLiteral("grid")};
    if (ids.size() > 1)
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("linli::cli",
                                                 "Several communities have a grid named '%1'; write it as 社区名/%1.")
                         .arg(name),
                     QStringLiteral("grid")};
    return ids.constFirst();
}

} // namespace linli::cli
