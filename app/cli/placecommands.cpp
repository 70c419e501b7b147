// linli-cli place, household add and resident add: a register built and scripted from nothing.
#include "commands.h"

#include "common/choices.h"
#include "register/householdrepository.h"
#include "register/idnumber.h"
#include "register/placerepository.h"
#include "register/residentrepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace linli::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linli::cli", text);
}

QString placeUsage()
{
    return tr("Usage: linli-cli place add community NAME | place add grid NAME --community C | place add compound NAME "
              "--community C | place add building NAME --compound C/COMPOUND --grid GRID [--units N] | place list "
              "[--format json] | place rename KIND PATH NEW_NAME | place move building C/COMPOUND/BUILDING --grid "
              "GRID | place units C/COMPOUND/BUILDING N | place retire|reinstate|delete KIND PATH [--date DATE]; "
              "KIND is community, grid, compound or building (社区, 网格, 小区, 楼栋); each with --db DB.");
}

std::optional<PlaceKind> kindOf(const QString &word)
{
    if (word == QLatin1String("community") || word == QStringLiteral("社区"))
        return PlaceKind::Community;
    if (word == QLatin1String("grid") || word == QStringLiteral("网格"))
        return PlaceKind::Grid;
    if (word == QLatin1String("compound") || word == QStringLiteral("小区") || word == QStringLiteral("院落"))
        return PlaceKind::Compound;
    if (word == QLatin1String("building") || word == QStringLiteral("楼栋"))
        return PlaceKind::Building;
    return std::nullopt;
}

// A grid named on the command line for a place of `communityId`: 网格名 in that community
// first, else any path findByPath understands.
Result<qint64> gridFor(PlaceRepository &places, qint64 communityId, const QString &name)
{
    if (!name.contains(QLatin1Char('/'))) {
        auto id = places.idOf(PlaceKind::Grid, communityId, name.simplified());
        if (!id)
            return id.error();
        if (id.value())
            return id.value();
    }
    return places.findByPath(PlaceKind::Grid, name);
}

int addPlace(Database &db, PlaceKind kind, const QString &name, const Arguments &args, QTextStream &out)
{
    PlaceRepository places(db);
    const Actor &actor = actingUser();
    auto community = [&]() -> Result<qint64> {
        if (!args.has(QStringLiteral("community")))
            return Error{ErrorCode::Invalid, tr("Name the community: --community NAME."), QStringLiteral("community")};
        return places.findByPath(PlaceKind::Community, args.value(QStringLiteral("community")));
    };
    QString uuid;
    switch (kind) {
    case PlaceKind::Community: {
        auto c = places.addCommunity(name, actor);
        if (!c)
            return fail(c.error().message);
        uuid = c->meta.uuid;
        break;
    }
    case PlaceKind::Grid:
    case PlaceKind::Compound: {
        auto c = community();
        if (!c)
            return fail(c.error().message, kUsageError);
        if (kind == PlaceKind::Grid) {
            auto g = places.addGrid(c.value(), name, actor);
            if (!g)
                return fail(g.error().message);
            uuid = g->meta.uuid;
        } else {
            auto compound = places.addCompound(c.value(), name, actor);
            if (!compound)
                return fail(compound.error().message);
            uuid = compound->meta.uuid;
        }
        break;
    }
    case PlaceKind::Building: {
        if (!args.has(QStringLiteral("compound")) || !args.has(QStringLiteral("grid")))
            return fail(tr("A building needs its compound and grid: --compound 社区名/小区名 --grid 网格名."),
                        kUsageError);
        auto compoundId = places.findByPath(PlaceKind::Compound, args.value(QStringLiteral("compound")));
        if (!compoundId)
            return fail(compoundId.error().message, kUsageError);
        auto compound = places.compound(compoundId.value());
        if (!compound)
            return fail(compound.error().message);
        auto grid = gridFor(places, compound->communityId, args.value(QStringLiteral("grid")));
        if (!grid)
            return fail(grid.error().message, kUsageError);
        bool ok = true;
        const int units = args.value(QStringLiteral("units"), QStringLiteral("0")).toInt(&ok);
        if (!ok)
            return fail(tr("--units takes a whole number of units, such as 3."), kUsageError);
        auto b = places.addBuilding(compoundId.value(), grid.value(), name, units, actor);
        if (!b)
            return fail(b.error().message);
        uuid = b->meta.uuid;
        break;
    }
    }
    out << uuid << Qt::endl;
    return 0;
}

int listPlaces(Database &db, const Arguments &args, QTextStream &out)
{
    PlaceRepository places(db);
    auto communities = places.communities();
    if (!communities)
        return fail(communities.error().message);
    const bool json = args.value(QStringLiteral("format")) == QLatin1String("json");
    if (!json && args.has(QStringLiteral("format")) && args.value(QStringLiteral("format")) != QLatin1String("text"))
        return fail(tr("--format is json or text."), kUsageError);
    auto retired = [](const QString &date) { return date.isEmpty() ? QJsonValue() : QJsonValue(date); };
    QJsonArray list;
    for (const Community &c : communities.value()) {
        auto grids = places.grids(c.meta.id);
        auto compounds = places.compounds(c.meta.id);
        if (!grids || !compounds)
            return fail((!grids ? grids.error() : compounds.error()).message);
        QHash<qint64, QString> gridNames;
        QJsonArray gridList;
        for (const Grid &g : grids.value()) {
            gridNames.insert(g.meta.id, g.name);
            gridList << QJsonObject{{QStringLiteral("name"), g.name},
                                    {QStringLiteral("uuid"), g.meta.uuid},
                                    {QStringLiteral("retired_at"), retired(g.retiredAt)}};
        }
        QJsonArray compoundList;
        for (const Compound &compound : compounds.value()) {
            auto buildings = places.buildings(compound.meta.id);
            if (!buildings)
                return fail(buildings.error().message);
            QJsonArray buildingList;
            for (const Building &b : buildings.value())
                buildingList << QJsonObject{
                    {QStringLiteral("name"), b.name},
                    {QStringLiteral("uuid"), b.meta.uuid},
                    {QStringLiteral("grid"), b.gridId ? QJsonValue(gridNames.value(b.gridId)) : QJsonValue()},
                    {QStringLiteral("units"), b.units},
                    {QStringLiteral("retired_at"), retired(b.retiredAt)}};
            compoundList << QJsonObject{{QStringLiteral("name"), compound.name},
                                        {QStringLiteral("uuid"), compound.meta.uuid},
                                        {QStringLiteral("retired_at"), retired(compound.retiredAt)},
                                        {QStringLiteral("buildings"), buildingList}};
        }
        list << QJsonObject{{QStringLiteral("name"), c.name},
                            {QStringLiteral("uuid"), c.meta.uuid},
                            {QStringLiteral("retired_at"), retired(c.retiredAt)},
                            {QStringLiteral("grids"), gridList},
                            {QStringLiteral("compounds"), compoundList}};
    }
    if (json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("communities"), list}}).toJson(QJsonDocument::Indented);
        return 0;
    }
    auto mark = [](const QJsonObject &o) {
        return o.value(QStringLiteral("retired_at")).isNull()
            ? QString()
            : tr(" (retired %1)").arg(o.value(QStringLiteral("retired_at")).toString());
    };
    for (const QJsonValue &cv : std::as_const(list)) {
        const QJsonObject c = cv.toObject();
        out << tr("Community ") << c.value(QStringLiteral("name")).toString() << mark(c) << '\n';
        for (const QJsonValue &gv : c.value(QStringLiteral("grids")).toArray())
            out << "  " << tr("Grid ") << gv.toObject().value(QStringLiteral("name")).toString() << mark(gv.toObject())
                << '\n';
        for (const QJsonValue &pv : c.value(QStringLiteral("compounds")).toArray()) {
            const QJsonObject p = pv.toObject();
            out << "  " << tr("Compound ") << p.value(QStringLiteral("name")).toString() << mark(p) << '\n';
            for (const QJsonValue &bv : p.value(QStringLiteral("buildings")).toArray()) {
                const QJsonObject b = bv.toObject();
                out << "    " << tr("Building ") << b.value(QStringLiteral("name")).toString();
                if (!b.value(QStringLiteral("grid")).isNull())
                    out << '\t' << b.value(QStringLiteral("grid")).toString();
                if (b.value(QStringLiteral("units")).toInt())
                    out << '\t' << tr("%1 units").arg(b.value(QStringLiteral("units")).toInt());
                out << mark(b) << '\n';
            }
        }
    }
    out.flush();
    return 0;
}

} // namespace

int runPlace(const Arguments &args, QTextStream &out)
{
    const QString sub = args.positional.value(0);
    if (sub.isEmpty())
        return fail(placeUsage(), kUsageError);
    int code = 0;
    auto db = openRegister(args, &code);
    if (!db)
        return code;
    PlaceRepository places(*db);
    const Actor &actor = actingUser();
    if (sub == QLatin1String("list"))
        return listPlaces(*db, args, out);
    const auto kind = kindOf(args.positional.value(1));
    if (!kind)
        return fail(tr("'%1' is not a kind of place: community, grid, compound or building.")
                        .arg(args.positional.value(1)),
                    kUsageError);
    const QString path = args.positional.value(2);
    if (path.isEmpty())
        return fail(placeUsage(), kUsageError);
    if (sub == QLatin1String("add"))
        return addPlace(*db, *kind, path, args, out);
    auto id = places.findByPath(*kind, path);
    if (!id)
        return fail(id.error().message);
    Status done;
    if (sub == QLatin1String("rename")) {
        if (args.positional.size() < 4)
            return fail(tr("Give the new name: linli-cli place rename KIND PATH NEW_NAME."), kUsageError);
        done = places.rename(*kind, id.value(), -1, args.positional.value(3), actor);
    } else if (sub == QLatin1String("move")) {
        if (*kind != PlaceKind::Building || !args.has(QStringLiteral("grid")))
            return fail(tr("A building moves to another grid: linli-cli place move building 社区名/小区名/楼栋名 --grid "
                           "网格名."),
                        kUsageError);
        auto building = places.building(id.value());
        auto compound = building ? places.compound(building->compoundId) : Result<Compound>(building.error());
        if (!compound)
            return fail(compound.error().message);
        auto grid = gridFor(places, compound->communityId, args.value(QStringLiteral("grid")));
        if (!grid)
            return fail(grid.error().message, kUsageError);
        done = places.moveBuilding(id.value(), -1, grid.value(), actor);
    } else if (sub == QLatin1String("units")) {
        bool ok = false;
        const int units = args.positional.value(3).toInt(&ok);
        if (*kind != PlaceKind::Building || !ok)
            return fail(tr("Give a building and its number of units: linli-cli place units building PATH N."),
                        kUsageError);
        done = places.setUnits(id.value(), -1, units, actor);
    } else if (sub == QLatin1String("retire")) {
        QDate date = QDate::currentDate();
        if (!readDate(args, QStringLiteral("date"), &date, &code))
            return code;
        done = places.retire(*kind, id.value(), -1, date, actor);
    } else if (sub == QLatin1String("reinstate")) {
        done = places.reinstate(*kind, id.value(), -1, actor);
    } else if (sub == QLatin1String("delete")) {
        done = places.remove(*kind, id.value(), actor);
    } else {
        return fail(placeUsage(), kUsageError);
    }
    if (!done)
        return fail(done.error().message);
    return 0;
}

int runHousehold(const Arguments &args, QTextStream &out)
{
    if (args.positional.value(0) != QLatin1String("add"))
        return fail(tr("Usage: linli-cli household add --building 社区名/小区名/楼栋名 [--unit U] --room R --housing "
                       "owner|rented|vacant|other [--phone P] [--notes TEXT] --db DB (or --compound 社区名/小区名 --grid "
                       "网格名 for a courtyard without buildings)"),
                    kUsageError);
    int code = 0;
    auto db = openRegister(args, &code);
    if (!db)
        return code;
    PlaceRepository places(*db);
    Household h;
    if (args.has(QStringLiteral("building"))) {
        auto building = places.findByPath(PlaceKind::Building, args.value(QStringLiteral("building")));
        if (!building)
            return fail(building.error().message, kUsageError);
        auto b = places.building(building.value());
        if (!b)
            return fail(b.error().message);
        h.buildingId = b->meta.id;
        h.compoundId = b->compoundId;
        h.gridId = b->gridId;
        if (!b->retiredAt.isEmpty())
            return fail(tr("The building %1 is retired.").arg(b->name));
    } else if (args.has(QStringLiteral("compound"))) {
        auto compound = places.findByPath(PlaceKind::Compound, args.value(QStringLiteral("compound")));
        if (!compound)
            return fail(compound.error().message, kUsageError);
        h.compoundId = compound.value();
    } else {
        return fail(tr("Name where the household lives: --building 社区名/小区名/楼栋名, or --compound 社区名/小区名 with "
                       "--grid."),
                    kUsageError);
    }
    if (args.has(QStringLiteral("grid"))) {
        auto compound = places.compound(h.compoundId);
        if (!compound)
            return fail(compound.error().message);
        auto grid = gridFor(places, compound->communityId, args.value(QStringLiteral("grid")));
        if (!grid)
            return fail(grid.error().message, kUsageError);
        h.gridId = grid.value();
    }
    if (!h.gridId)
        return fail(tr("Name the grid of the household: --grid 网格名."), kUsageError);
    h.unit = args.value(QStringLiteral("unit"));
    h.room = args.value(QStringLiteral("room"));
    const QString housing = args.value(QStringLiteral("housing"), QStringLiteral("owner"));
    h.housingUse = choiceCode(choices::housingUse(), housing);
    if (h.housingUse.isEmpty())
        return fail(tr("'%1' is not a housing use: owner, rented, vacant or other (自住, 出租, 空置, 其他).").arg(housing),
                    kUsageError);
    h.phone = args.value(QStringLiteral("phone"));
    h.notes = args.value(QStringLiteral("notes"));
    auto created = HouseholdRepository(*db).create(h, actingUser());
    if (!created)
        return fail(created.error().message);
    out << created->meta.uuid << Qt::endl;
    return 0;
}

int runResident(const Arguments &args, QTextStream &out)
{
    if (args.positional.value(0) != QLatin1String("add"))
        return fail(tr("Usage: linli-cli resident add --household-uuid U --name NAME [--id-number ID] --relation "
                       "head|spouse|son|daughter|parent|grandchild|sibling|tenant|other [--sex M|F] [--birth-date "
                       "DATE] [--phone P] [--residence-type registered|resident|floating|away] [--party-member] "
                       "[--notes TEXT] --db DB"),
                    kUsageError);
    int code = 0;
    auto db = openRegister(args, &code);
    if (!db)
        return code;
    auto household = HouseholdRepository(*db).getByUuid(args.value(QStringLiteral("household-uuid")));
    if (!household)
        return fail(household.error().message, kUsageError);
    Resident r;
    r.householdId = household->meta.id;
    r.name = args.value(QStringLiteral("name"));
    r.idNumber = args.value(QStringLiteral("id-number"));
    const QString relation = args.value(QStringLiteral("relation"), QStringLiteral("other"));
    r.relation = choiceCode(choices::relation(), relation);
    if (r.relation.isEmpty())
        return fail(tr("'%1' is not a relation to the head: head, spouse, son, daughter, parent, grandchild, sibling, "
                       "tenant or other (户主, 配偶, 子, 女, 父母, 孙子女, 兄弟姐妹, 租户, 其他).")
                        .arg(relation),
                    kUsageError);
    if (args.has(QStringLiteral("sex"))) {
        r.sex = choiceCode(choices::sex(), args.value(QStringLiteral("sex")));
        if (r.sex.isEmpty())
            return fail(tr("--sex is M or F (男, 女)."), kUsageError);
    }
    QDate birth;
    if (!readDate(args, QStringLiteral("birth-date"), &birth, &code))
        return code;
    if (birth.isValid())
        r.birthDate = birth.toString(Qt::ISODate);
    if (args.has(QStringLiteral("residence-type"))) {
        r.residenceType = choiceCode(choices::residenceType(), args.value(QStringLiteral("residence-type")));
        if (r.residenceType.isEmpty())
            return fail(tr("--residence-type is registered, resident, floating or away (户籍, 常住, 流动, 人户分离)."),
                        kUsageError);
    }
    r.phone = args.value(QStringLiteral("phone"));
    r.partyMember = args.has(QStringLiteral("party-member"));
    r.notes = args.value(QStringLiteral("notes"));
    auto created = ResidentRepository(*db).create(r, actingUser());
    if (!created)
        return fail(created.error().message);
    out << created->meta.uuid << Qt::endl;
    return 0;
}

} // namespace linli::cli
