#include "common/textlimit.h"
#include "importsupport.h"

#include "common/choices.h"
#include "register/householdrepository.h"
#include "register/phone.h"
#include "register/placerepository.h"
#include "register/residentrepository.h"
#include "register/searchindex.h"
#include "storage/database.h"

#include <QRegularExpression>

namespace linli {

namespace {

class HouseholdImport final
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdImport)
public:
    static Status run(ImportContext &context);
};

struct Row {
    int index = 0; // into the table
    QString community, grid, compound, building, unit, room, use, head, phone, notes;
    QString status = QStringLiteral("active");
    QString statusDate;
    QStringList tags;
};

// The id of a place by name under its parent, 0 if the register has none.
qint64 placeId(Database &db, PlaceKind kind, qint64 parentId, const QString &name)
{
    auto id = PlaceRepository(db).idOf(kind, parentId, name);
    return id ? id.value() : 0;
}

} // namespace

// Households in DESIGN.md's 住户 columns: required fields, housing use, phone, the same
// dwelling twice in the file, and a household already registered there are checked; the
// communities, grids, compounds and buildings they name are created.
Status importers::households(ImportContext &context)
{
    return HouseholdImport::run(context);
}

Status HouseholdImport::run(ImportContext &c)
{
    Database &db = c.db;
    const HeaderMatch &file = c.file;
    const Actor &actor = c.options.actor;
    QList<Row> rows;
    QSet<QString> dwellings;
    DwellingIndex registered; // the households already in the register
    if (Status s = registered.load(db); !s)
        return s;
    auto problem = [&](int index, const QString &column, const QString &reason) { c.problem(index, column, reason); };
    QSet<QString> careTags;
    auto tagList = CareTagRepository(db).tags();
    if (!tagList)
        return tagList.error();
    for (const CareTag &t : tagList.value())
        careTags.insert(t.name);
    for (int i = c.firstRow(); i < c.endRow(); ++i) {
        if (!c.checked(i - c.firstRow() + 1))
            return c.cancelled();
        Row r;
        r.index = i;
        r.community = file.cell(i, QStringLiteral("社区"));
        r.grid = file.cell(i, QStringLiteral("网格"));
        r.compound = file.cell(i, QStringLiteral("小区"));
        r.building = file.cell(i, QStringLiteral("楼栋"));
        r.unit = file.cell(i, QStringLiteral("单元"));
        r.room = file.cell(i, QStringLiteral("房号"));
        r.head = file.cell(i, QStringLiteral("户主姓名"));
        r.notes = file.cell(i, QStringLiteral("备注"));
        c.checkLength(i, QStringLiteral("户主姓名"), TextLimit::kName);
        c.checkLength(i, QStringLiteral("备注"), TextLimit::kNotes);
        const int before = c.problemCount();
        if (const QString status = file.cell(i, QStringLiteral("状态")); !status.isEmpty()) {
            r.status = choiceCode(choices::householdStatus(), status);
            if (r.status.isEmpty())
                problem(i, QStringLiteral("状态"),
                        tr("'%1' is not a household status: use 在册, 迁出 or 注销.").arg(status));
        }
        if (r.status != QLatin1String("active") && !r.status.isEmpty()) {
            const QDate date = c.date(i, QStringLiteral("状态日期"), true);
            if (date.isValid())
                r.statusDate = date.toString(Qt::ISODate);
        }
        static const QRegularExpression separators(QStringLiteral("[、，,；;]"));
        for (QString tag : file.cell(i, QStringLiteral("户标签")).split(separators, Qt::SkipEmptyParts)) {
            tag = tag.trimmed();
            if (tag.isEmpty())
                continue;
            if (!careTags.contains(tag))
                problem(i, QStringLiteral("户标签"),
                        tr("'%1' is not a care tag of the register: add it under 设置 first, or correct the name.")
                            .arg(tag));
            else
                r.tags << tag;
        }
        for (const char *required : {"社区", "网格", "小区", "房号"}) {
            const QString column = QString::fromUtf8(required);
            if (file.cell(i, column).isEmpty())
                problem(i, column, tr("%1 is empty.").arg(column));
        }
        const QString use = file.cell(i, QStringLiteral("住房用途"));
        r.use = use.isEmpty() ? QStringLiteral("owner") : choiceCode(choices::housingUse(), use);
        if (r.use.isEmpty())
            problem(i, QStringLiteral("住房用途"),
                    tr("'%1' is not a housing use: use 自住, 出租, 空置 or 其他.").arg(use));
        auto phone = Phone::parse(file.cell(i, QStringLiteral("联系电话")));
        if (!phone)
            problem(i, QStringLiteral("联系电话"), phone.error().message);
        else
            r.phone = phone.value();
        const QString dwelling = DwellingIndex::key(r.community, r.compound, r.building, r.unit, r.room);
        if (c.problemCount() == before) {
            if (dwellings.contains(dwelling)) {
                problem(i, QStringLiteral("房号"), tr("The same dwelling is already in an earlier row of the file."));
            } else {
                dwellings.insert(dwelling);
                if (registered.contains(dwelling))
                    problem(i, QStringLiteral("房号"), tr("A household is already registered at this address."));
                const qint64 community = placeId(db, PlaceKind::Community, 0, r.community);
                const qint64 compound = community ? placeId(db, PlaceKind::Compound, community, r.compound) : 0;
                const qint64 building
                    = compound && !r.building.isEmpty() ? placeId(db, PlaceKind::Building, compound, r.building) : 0;
                // The places the import would create, for the preview.
                const QStringList named{
                    community ? QString() : tr("community %1").arg(r.community),
                    compound ? QString() : tr("compound %1").arg(r.compound),
                    r.building.isEmpty() || building ? QString() : tr("building %1%2").arg(r.compound, r.building)};
                for (const QString &p : named)
                    if (!p.isEmpty())
                        c.noteCreated(p);
                if (!community || !placeId(db, PlaceKind::Grid, community, r.grid))
                    c.noteCreated(tr("grid %1/%2").arg(r.community, r.grid));
            }
        }
        if (c.problemCount() == before)
            rows << r;
    }
    c.report.valid = int(rows.size());
    if (!c.shouldWrite())
        return {};

    // All valid rows in one transaction, or none.
    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    SearchIndex::Deferred searchIndex(c.db);
    PlaceRepository placesRepo(db);
    HouseholdRepository households(db);
    ResidentRepository residents(db);
    CareTagRepository tagRepository(db);
    for (const Row &r : std::as_const(rows)) {
        auto fail = [&](const Error &e) { return c.rowFailed(r.index, e); };
        auto community = placesRepo.ensureCommunity(r.community, actor);
        if (!community)
            return fail(community.error());
        auto grid = placesRepo.ensureGrid(community->meta.id, r.grid, actor);
        if (!grid)
            return fail(grid.error());
        auto compound = placesRepo.ensureCompound(community->meta.id, r.compound, actor);
        if (!compound)
            return fail(compound.error());
        Household h;
        h.gridId = grid->meta.id;
        h.compoundId = compound->meta.id;
        if (!r.building.isEmpty()) {
            auto building = placesRepo.ensureBuilding(compound->meta.id, r.building, actor, grid->meta.id);
            if (!building)
                return fail(building.error());
            h.buildingId = building->meta.id;
        }
        h.unit = r.unit;
        h.room = r.room;
        h.housingUse = r.use;
        h.phone = r.phone;
        h.notes = r.notes;
        h.status = r.status;
        h.statusDate = r.statusDate;
        auto created = households.create(h, actor);
        if (!created)
            return fail(created.error());
        if (!r.tags.isEmpty())
            if (Status s = tagRepository.setHouseholdTags(created->meta.id, r.tags, c.options.today, actor); !s)
                return fail(s.error());
        if (!r.head.isEmpty()) {
            Resident head;
            head.householdId = created->meta.id;
            head.name = r.head;
            head.relation = QStringLiteral("head");
            if (r.status != QLatin1String("active")) {
                // The head of a household that moved out or was closed left with it.
                head.status = QStringLiteral("moved_out");
                head.statusDate = r.statusDate;
            }
            if (auto added = residents.create(head, actor); !added)
                return fail(added.error());
        }
        if (!c.rowWritten())
            return c.cancelled();
    }
    if (Status s = searchIndex.flush(); !s)
        return s;
    return tx.commit();
}

} // namespace linli
