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

namespace {

struct PlaceTable {
    const char *table;
    const char *parentTable;
    const char *parentColumn;
};

const PlaceTable &placeTable(PlaceKind kind)
{
    static const PlaceTable grid{"grid", "community", "community_id"};
    static const PlaceTable compound{"compound", "community", "community_id"};
    static const PlaceTable building{"building", "compound", "compound_id"};
    switch (kind) {
    case PlaceKind::Grid: return grid;
    case PlaceKind::Compound: return compound;
    case PlaceKind::Building: break;
    }
    return building;
}

QString notFound(PlaceKind kind, const QString &name)
{
    switch (kind) {
    case PlaceKind::Grid:
        return QCoreApplication::translate("linli::cli", "There is no grid named '%1' in this register.").arg(name);
    case PlaceKind::Compound:
        return QCoreApplication::translate("linli::cli", "There is no compound named '%1' in this register.").arg(name);
    case PlaceKind::Building: break;
    }
    return QCoreApplication::translate("linli::cli", "There is no building named '%1' in this register.").arg(name);
}

QString ambiguous(PlaceKind kind, const QString &name)
{
    switch (kind) {
    case PlaceKind::Grid:
        return QCoreApplication::translate("linli::cli",
                                           "Several communities have a grid named '%1'; write it as 社区名/%1.")
            .arg(name);
    case PlaceKind::Compound:
        return QCoreApplication::translate("linli::cli",
                                           "Several communities have a compound named '%1'; write it as 社区名/%1.")
            .arg(name);
    case PlaceKind::Building: break;
    }
    return QCoreApplication::translate("linli::cli",
                                       "Several compounds have a building named '%1'; write it as 小区名/%1.")
        .arg(name);
}

} // namespace

Result<qint64> findPlace(Database &db, PlaceKind kind, const QString &name)
{
    const PlaceTable &t = placeTable(kind);
    const QString field = QString::fromLatin1(t.table);
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    auto q = slash > 0
        ? runQuery(
            db,
            QStringLiteral("SELECT p.id FROM %1 p JOIN %2 o ON o.id = p.%3 WHERE o.name = :parent AND p.name = :name")
                .arg(field, QString::fromLatin1(t.parentTable), QString::fromLatin1(t.parentColumn)),
            {{QStringLiteral("parent"), name.left(slash).trimmed()},
             {QStringLiteral("name"), name.mid(slash + 1).trimmed()}})
        : runQuery(db, QStringLiteral("SELECT id FROM %1 WHERE name = :name").arg(field),
                   {{QStringLiteral("name"), name.trimmed()}});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    if (ids.isEmpty())
        return Error{ErrorCode::NotFound, notFound(kind, name), field};
    if (ids.size() > 1)
        return Error{ErrorCode::Invalid, ambiguous(kind, name), field};
    return ids.constFirst();
}

Result<qint64> findGrid(Database &db, const QString &name)
{
    return findPlace(db, PlaceKind::Grid, name);
}

} // namespace linli::cli
