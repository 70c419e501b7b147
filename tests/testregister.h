#pragma once

#include "access/actor.h"
#include "ledger/issuerepository.h"
#include "register/householdrepository.h"
#include "register/placerepository.h"
#include "register/residentrepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

// Verifies that a Result or Status succeeded, printing its message when it did not. The
// expression is evaluated once (QVERIFY2 evaluates its message even when the check passes).
#define LINLI_VERIFY_OK(r)                                                                                             \
    do {                                                                                                               \
        const auto &linliVerified = (r);                                                                               \
        QVERIFY2(linliVerified.ok(), qPrintable(linliVerified.ok() ? QString() : linliVerified.error().message));      \
    } while (false)

namespace linli::test {

// With LINLI_TEST_PG_URL set (postgresql://user@host:port/db), registers are fresh schemas on
// that server instead of files, so the same tests check the SQL on PostgreSQL.
inline QString postgresUrl()
{
    return qEnvironmentVariable("LINLI_TEST_PG_URL");
}

// Creates an empty schema and returns the address of a register inside it.
inline QString freshPostgresRegister()
{
    static int counter = 0;
    const QString schema = QStringLiteral("t_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    const QUrl url(postgresUrl());
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-admin"));
        c.setHostName(url.host());
        c.setPort(url.port(5432));
        c.setUserName(url.userName());
        c.setDatabaseName(url.path().mid(1));
        if (!c.open())
            qFatal("cannot reach %s: %s", qPrintable(postgresUrl()), qPrintable(c.lastError().text()));
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema)))
            qFatal("cannot create schema: %s", qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-admin"));
    return postgresUrl() + QStringLiteral("?options=-csearch_path%3D") + schema;
}

// A fresh register in a temporary folder, with one community, grid, compound and building.
struct TestRegister {
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    Actor actor = Actor::system(QStringLiteral("tester"));
    Grid grid;
    Compound compound;
    Building building;

    QString location;

    QString path()
    {
        if (location.isEmpty())
            location
                = postgresUrl().isEmpty() ? dir.filePath(QStringLiteral("register.linli")) : freshPostgresRegister();
        return location;
    }

    bool open(bool withPlaces = true)
    {
        auto opened = Database::open(path(), Database::OpenMode::CreateIfMissing);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return false;
        }
        db = opened.value();
        db->setActor(actor);
        if (!withPlaces)
            return true;
        PlaceRepository places(*db);
        auto community = places.ensureCommunity(QStringLiteral("幸福社区"), actor);
        if (!community) {
            qWarning("%s", qPrintable(community.error().message));
            return false;
        }
        grid = places.ensureGrid(community->meta.id, QStringLiteral("第一网格"), actor).value();
        compound = places.ensureCompound(community->meta.id, QStringLiteral("幸福里小区"), actor).value();
        building = places.ensureBuilding(compound.meta.id, QStringLiteral("3号楼"), actor).value();
        return true;
    }

    Household household(const QString &unit, const QString &room) const
    {
        Household h;
        h.gridId = grid.meta.id;
        h.compoundId = compound.meta.id;
        h.buildingId = building.meta.id;
        h.unit = unit;
        h.room = room;
        return h;
    }

    Result<Household> addHousehold(const QString &unit, const QString &room)
    {
        return HouseholdRepository(*db).create(household(unit, room), actor);
    }

    Result<Resident> addResident(qint64 householdId, const QString &name, const QString &idNumber,
                                 const QString &relation = QStringLiteral("head"), const QString &phone = {})
    {
        Resident r;
        r.householdId = householdId;
        r.name = name;
        r.idNumber = idNumber;
        r.relation = relation;
        r.phone = phone;
        return ResidentRepository(*db).create(r, actor);
    }

    // A workflow action on an issue, as of `today`: its department and deadline where it takes
    // them, and a result for a resolution.
    Result<Issue> act(const QString &number, IssueAction action, const QDate &date, const QDate &today,
                      const QString &department = {}, const QDate &deadline = {})
    {
        IssueActionRequest r;
        r.action = action;
        r.date = date;
        r.department = department;
        r.deadline = deadline;
        r.result = QStringLiteral("已处理");
        IssueRepository repo(*db);
        repo.setToday(today);
        return repo.apply(number, r, actor);
    }
};

} // namespace linli::test
