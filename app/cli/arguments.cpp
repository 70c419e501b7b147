#include "arguments.h"

#include "commands.h"

#include "register/placerepository.h"

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
            a.repeated[name.left(eq)] << name.mid(eq + 1);
        } else if (knownFlags.contains(name)) {
            a.flags.insert(name);
        } else if (i + 1 < words.size()) {
            a.options.insert(name, words.at(++i));
            a.repeated[name] << words.at(i);
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

Result<qint64> findPlace(Database &db, PlaceKind kind, const QString &name)
{
    return PlaceRepository(db).findByName(kind, name);
}

Result<qint64> findGrid(Database &db, const QString &name)
{
    return findPlace(db, PlaceKind::Grid, name);
}

} // namespace linli::cli
