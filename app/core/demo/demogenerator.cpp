#include "demogenerator.h"

#include "access/accountrepository.h"
#include "access/logins.h"
#include "access/passwords.h"
#include "access/permissions.h"
#include "demo/issuelives.h"
#include "demo/names.h"
#include "demo/random.h"
#include "demo/visitlives.h"
#include "register/householdrepository.h"
#include "register/idnumber.h"
#include "register/placerepository.h"
#include "register/residentrepository.h"
#include "storage/database.h"
#include "storage/records.h"
#include "storage/sql.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace linli {

using demo::Names;
using demo::Random;

namespace {

constexpr int kHouseholdsPerCommunity = 3000;

struct Person {
    QString name;
    QString sex;
    QDate birth;
    QString relation;
    QString residenceType;
    QStringList tags;
    bool partyMember = false;
};

// Whole years lived on `day`, as a birthday counts them.
int ageOn(const QDate &birth, const QDate &day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n <= 10)
        return n == 10 ? QStringLiteral("十") : QString(digits.at(n));
    if (n < 20)
        return QStringLiteral("十") + digits.at(n % 10);
    return QString(digits.at(n / 10)) + QStringLiteral("十") + (n % 10 ? QString(digits.at(n % 10)) : QString());
}

// The context of one run: the generator, the day, and what must stay unique.
class Builder final
{
public:
    Builder(Database &db, const DemoOptions &options)
        : m_db(db), m_rng(options.seed), m_staffRng(options.seed ^ 0x5374616666ULL), m_seed(options.seed),
          m_today(options.today), m_years(options.years), m_places(db), m_households(db), m_residents(db)
    {
        m_households.setToday(m_today);
        if (options.preset == QLatin1String("district"))
            m_extraRoutine = 1.4;
        m_residents.setToday(m_today);
    }

    Status community(const QString &name, int households, const DemoGenerator::Progress &progress, int *done, int total,
                     DemoSummary *summary);
    // The register's administrator and street office account, before any community.
    Status staff();
    // A community admin for the community just written, and a grid worker for each of its grids.
    Status communityStaff(int communityNumber);
    // The years of issues for the community just written, `perYear` a year.
    Status issues(int perYear, DemoSummary *summary)
    {
        demo::IssueLives lives(m_db, m_rng, m_today, m_communityAdmin);
        auto n = lives.generate(m_communityId, perYear * m_years, 365 * m_years);
        if (!n)
            return n.error();
        summary->issues += n.value();
        return {};
    }
    // The years of visits for the community just written.
    Status visits(DemoSummary *summary)
    {
        demo::VisitLives lives(m_db, m_rng, m_today, m_workers);
        auto n = lives.generate(m_communityId, 365 * m_years, m_extraRoutine);
        if (!n)
            return n.error();
        summary->visits += n.value();
        return {};
    }

private:
    Status household(const Grid &grid, const Compound &compound, qint64 buildingId, const QString &unit,
                     const QString &room, double rentedShare);
    QList<Person> members(const QString &housingUse);
    Person person(const QString &sex, int minAge, int maxAge, const QString &surname, const QString &relation);
    // A child of `parents` (one or two): aged from the younger, named after the first.
    Person childOf(const QList<Person> &parents, const QString &relation);
    QString idNumber(const Person &p);
    QString mobile();
    Status addTags(qint64 residentId, const Person &p);

    Result<Actor> account(const QString &login, const QString &displayName, const QString &role, qint64 communityId,
                          const QList<qint64> &grids);
    Database &m_db;
    Random m_rng;
    Random m_staffRng; // the staff's names, apart from the register's own draws
    quint64 m_seed = 0;
    QString m_passwordHash;
    Actor m_communityAdmin;
    QHash<qint64, Actor> m_workers; // the grid worker of each grid of the community
    QDate m_today;
    int m_years = 1;
    double m_extraRoutine = 0.0; // DESIGN.md: 2 visits a household a year, 3 in a district
    Actor m_actor = Actor::system(QStringLiteral("admin")); // the administrator's account once made
    PlaceRepository m_places;
    HouseholdRepository m_households;
    ResidentRepository m_residents;
    QSet<QString> m_ids;
    QSet<QString> m_phones;
    QHash<QString, qint64> m_tagIds;
    DemoSummary *m_summary = nullptr;
    qint64 m_communityId = 0;
};

Result<Actor> Builder::account(const QString &login, const QString &displayName, const QString &role,
                               qint64 communityId, const QList<qint64> &grids)
{
    AccountRepository accounts(m_db);
    if (Status s = accounts.addDemoAccount({login, displayName, role, communityId, grids}, m_passwordHash, m_actor); !s)
        return s.error();
    auto created = accounts.get(login);
    if (!created)
        return created.error();
    return Logins::sessionOf(created.value());
}

Status Builder::staff()
{
    // One salt for every demo account, from the seed: the same seed gives the same register.
    QByteArray salt(16, '\0');
    for (int i = 0; i < salt.size(); ++i)
        salt[i] = char((m_seed >> ((i % 8) * 8)) ^ quint64(0xA5 + i));
    auto hash = Passwords::hashWithSalt(DemoGenerator::kDemoPassword, salt);
    if (!hash)
        return hash.error();
    m_passwordHash = hash.value();
    auto admin = account(QStringLiteral("admin"), QStringLiteral("系统管理员"), roles::kAdmin, 0, {});
    if (!admin)
        return admin.error();
    m_actor = admin.value();
    const QString street = Names::surname(m_staffRng) + Names::givenName(m_staffRng, QStringLiteral("M"), 1980);
    auto staff = account(QStringLiteral("street"), street, roles::kStreetStaff, 0, {});
    if (!staff)
        return staff.error();
    return {};
}

Status Builder::communityStaff(int communityNumber)
{
    const QString admin = Names::surname(m_staffRng) + Names::givenName(m_staffRng, QStringLiteral("F"), 1978);
    auto communityAdmin
        = account(QStringLiteral("community%1").arg(communityNumber), admin, roles::kCommunityAdmin, m_communityId, {});
    if (!communityAdmin)
        return communityAdmin.error();
    m_communityAdmin = communityAdmin.value();
    auto grids = m_places.grids(m_communityId);
    if (!grids)
        return grids.error();
    m_workers.clear();
    int number = 0;
    for (const Grid &grid : grids.value()) {
        const QString worker = Names::surname(m_staffRng) + Names::givenName(m_staffRng, QStringLiteral("F"), 1990);
        auto a = account(QStringLiteral("grid%1-%2").arg(communityNumber).arg(++number), worker, roles::kGridWorker, 0,
                         {grid.meta.id});
        if (!a)
            return a.error();
        m_workers.insert(grid.meta.id, a.value());
    }
    return {};
}

Person Builder::person(const QString &sex, int minAge, int maxAge, const QString &surname, const QString &relation)
{
    Person p;
    p.sex = sex;
    const int age = m_rng.between(minAge, maxAge);
    p.birth = m_today.addYears(-age).addDays(-m_rng.between(0, 364));
    p.name = surname + Names::givenName(m_rng, sex, p.birth.year());
    p.relation = relation;
    p.residenceType = QStringLiteral("registered");
    return p;
}

Person Builder::childOf(const QList<Person> &parents, const QString &relation)
{
    int youngest = 200;
    for (const Person &p : parents)
        youngest = std::min(youngest, ageOn(p.birth, m_today));
    const int gap = m_rng.between(22, 36);
    const int age = std::max(0, youngest - gap);
    const QString sex = m_rng.chance(0.51) ? QStringLiteral("M") : QStringLiteral("F");
    Person child = person(sex, age, age, parents.constFirst().name.left(1), relation);
    if (relation == QLatin1String("son") || relation == QLatin1String("daughter"))
        child.relation = sex == QLatin1String("M") ? QStringLiteral("son") : QStringLiteral("daughter");
    // Born at least 20 years after the younger parent, and not in the future.
    QDate latestParentBirth;
    for (const Person &p : parents)
        latestParentBirth = std::max(latestParentBirth, p.birth);
    if (child.birth < latestParentBirth.addYears(20))
        child.birth = latestParentBirth.addYears(20).addDays(m_rng.between(0, 300));
    if (child.birth > m_today)
        child.birth = m_today.addDays(-m_rng.between(30, 300));
    return child;
}

QList<Person> Builder::members(const QString &housingUse)
{
    QList<Person> out;
    const QString s1 = Names::surname(m_rng);
    const QString s2 = Names::surname(m_rng);
    const QString M = QStringLiteral("M"), F = QStringLiteral("F");
    auto couple = [&](int minAge, int maxAge) {
        const bool manIsHead = m_rng.chance(0.72);
        Person head = person(manIsHead ? M : F, minAge, maxAge, s1, QStringLiteral("head"));
        const int headAge = ageOn(head.birth, m_today);
        const int spouseAge = std::max(18, headAge + (manIsHead ? -m_rng.between(0, 4) : m_rng.between(0, 4)));
        out << head << person(manIsHead ? F : M, spouseAge, spouseAge, s2, QStringLiteral("spouse"));
        // The parents of the couple's children, father first for the surname.
        return manIsHead ? QList<Person>{out.at(0), out.at(1)} : QList<Person>{out.at(1), out.at(0)};
    };

    if (housingUse == QLatin1String("rented")) {
        switch (m_rng.weighted({26, 25, 34, 15})) {
        case 0: out << person(m_rng.chance(0.55) ? M : F, 19, 45, s1, QStringLiteral("head")); break;
        case 1: couple(22, 40); break;
        case 2: {
            const QList<Person> parents = couple(26, 45);
            for (int i = 0, n = m_rng.chance(0.6) ? 1 : 2; i < n; ++i)
                out << childOf(parents, QStringLiteral("son"));
            break;
        }
        default:
            out << person(m_rng.chance(0.5) ? M : F, 19, 35, s1, QStringLiteral("head"));
            for (int i = 0, n = m_rng.between(1, 2); i < n; ++i)
                out << person(m_rng.chance(0.5) ? M : F, 19, 35, Names::surname(m_rng), QStringLiteral("tenant"));
        }
        for (Person &p : out)
            p.residenceType = m_rng.chance(0.8) ? QStringLiteral("floating") : QStringLiteral("resident");
        return out;
    }

    switch (m_rng.weighted({9, 15, 33, 19, 8, 7, 6, 3, 1})) {
    case 0: { // an old person living alone, more often a widow
        Person p = person(m_rng.chance(0.65) ? F : M, 62, 94, s1, QStringLiteral("head"));
        p.tags << QStringLiteral("独居老人");
        out << p;
        break;
    }
    case 1: couple(60, 90); break;
    case 2: {
        const QList<Person> parents = couple(28, 58);
        for (int i = 0, n = m_rng.chance(0.55) ? 1 : 2; i < n; ++i)
            out << childOf(parents, QStringLiteral("son"));
        break;
    }
    case 3: { // three generations under the head of the middle one
        const QList<Person> parents = couple(32, 55);
        const Person head = out.at(0);
        const int headAge = ageOn(head.birth, m_today);
        const int elderAge = std::min(95, headAge + m_rng.between(22, 32));
        out << person(m_rng.chance(0.6) ? F : M, elderAge, elderAge, head.name.left(1), QStringLiteral("parent"));
        if (m_rng.chance(0.45))
            out << person(out.constLast().sex == F ? M : F, elderAge, std::min(98, elderAge + 3), Names::surname(m_rng),
                          QStringLiteral("parent"));
        for (int i = 0, n = m_rng.chance(0.6) ? 1 : 2; i < n; ++i)
            out << childOf(parents, QStringLiteral("son"));
        break;
    }
    case 4: couple(23, 38); break;
    case 5: out << person(m_rng.chance(0.5) ? M : F, 25, 59, s1, QStringLiteral("head")); break;
    case 6: {
        out << person(m_rng.chance(0.7) ? F : M, 30, 52, s1, QStringLiteral("head"));
        out << childOf({out.at(0)}, QStringLiteral("son"));
        break;
    }
    case 7: {
        out << person(m_rng.chance(0.5) ? M : F, 40, 70, s1, QStringLiteral("head"));
        const int age = ageOn(out.at(0).birth, m_today) + m_rng.between(-6, 6);
        out << person(m_rng.chance(0.5) ? M : F, age, age, s1, QStringLiteral("sibling"));
        break;
    }
    default: { // grandparents raising a grandchild whose parents work elsewhere
        couple(55, 72);
        Person child = person(m_rng.chance(0.5) ? M : F, 4, 15, out.at(0).name.left(1), QStringLiteral("grandchild"));
        child.tags << QStringLiteral("留守儿童");
        out << child;
    }
    }
    for (Person &p : out) {
        const double r = m_rng.real();
        p.residenceType = r < 0.80 ? QStringLiteral("registered")
            : r < 0.95             ? QStringLiteral("resident")
                                   : QStringLiteral("away");
    }
    return out;
}

QString Builder::idNumber(const Person &p)
{
    static const QStringList local = {QStringLiteral("150102"), QStringLiteral("150103"), QStringLiteral("150104"),
                                      QStringLiteral("150105"), QStringLiteral("150121"), QStringLiteral("150123")};
    static const QStringList elsewhere
        = {QStringLiteral("150202"), QStringLiteral("150402"), QStringLiteral("150602"), QStringLiteral("150902"),
           QStringLiteral("150781"), QStringLiteral("130102"), QStringLiteral("140105"), QStringLiteral("410102"),
           QStringLiteral("610102"), QStringLiteral("620102"), QStringLiteral("370102"), QStringLiteral("220102"),
           QStringLiteral("230102"), QStringLiteral("510104"), QStringLiteral("640104"), QStringLiteral("210102")};
    const QString region = p.residenceType == QLatin1String("floating") ? m_rng.pick(elsewhere)
        : m_rng.chance(0.9)                                             ? m_rng.pick(local)
                                                                        : m_rng.pick(elsewhere);
    for (;;) {
        const int sequence = m_rng.between(0, 49) * 2 + (p.sex == QLatin1String("M") ? 1 : 0);
        const QString first17 = region + p.birth.toString(QStringLiteral("yyyyMMdd"))
            + QString::number(m_rng.between(0, 9)) + QString::number(sequence).rightJustified(2, QLatin1Char('0'));
        const QString id = first17 + IdNumber::checkCharacter(first17);
        if (!m_ids.contains(id)) {
            m_ids.insert(id);
            return id;
        }
    }
}

QString Builder::mobile()
{
    static const QStringList prefixes
        = {QStringLiteral("130"), QStringLiteral("131"), QStringLiteral("132"), QStringLiteral("133"),
           QStringLiteral("135"), QStringLiteral("136"), QStringLiteral("137"), QStringLiteral("138"),
           QStringLiteral("139"), QStringLiteral("150"), QStringLiteral("151"), QStringLiteral("152"),
           QStringLiteral("155"), QStringLiteral("156"), QStringLiteral("158"), QStringLiteral("159"),
           QStringLiteral("176"), QStringLiteral("177"), QStringLiteral("180"), QStringLiteral("181"),
           QStringLiteral("186"), QStringLiteral("187"), QStringLiteral("189"), QStringLiteral("199")};
    for (;;) {
        const QString phone
            = m_rng.pick(prefixes) + QString::number(m_rng.between(0, 99999999)).rightJustified(8, QLatin1Char('0'));
        if (!m_phones.contains(phone)) {
            m_phones.insert(phone);
            return phone;
        }
    }
}

Status Builder::addTags(qint64 residentId, const Person &p)
{
    for (const QString &tag : p.tags) {
        if (!m_tagIds.contains(tag)) {
            auto id = queryValue(m_db, QStringLiteral("SELECT id FROM care_tag WHERE name = :n"),
                                 {{QStringLiteral("n"), tag}});
            if (!id)
                return id.error();
            m_tagIds.insert(tag, id.value().toLongLong());
        }
        QDate start
            = tag == QStringLiteral("高龄") ? p.birth.addYears(80) : m_today.addDays(-m_rng.between(30, 365 * 6));
        if (start < p.birth)
            start = p.birth;
        auto row = Records::insert(m_db, m_actor, QStringLiteral("resident_tag"),
                                   {{QStringLiteral("resident_id"), residentId},
                                    {QStringLiteral("care_tag_id"), m_tagIds.value(tag)},
                                    {QStringLiteral("start_date"), start.toString(Qt::ISODate)}});
        if (!row)
            return row.error();
    }
    return {};
}

Status Builder::household(const Grid &grid, const Compound &compound, qint64 buildingId, const QString &unit,
                          const QString &room, double rentedShare)
{
    Household h;
    h.gridId = grid.meta.id;
    h.compoundId = compound.meta.id;
    h.buildingId = buildingId;
    h.unit = unit;
    h.room = room;
    const double r = m_rng.real();
    h.housingUse = r < 0.05      ? QStringLiteral("vacant")
        : r < 0.06               ? QStringLiteral("other")
        : r < 0.06 + rentedShare ? QStringLiteral("rented")
                                 : QStringLiteral("owner");
    h.meta.uuid = newUuid();
    const QList<Person> people = h.housingUse == QLatin1String("vacant") ? QList<Person>() : members(h.housingUse);
    if (!people.isEmpty()) {
        const bool old = ageOn(people.at(0).birth, m_today) >= 60;
        h.phone = old && m_rng.chance(0.3) ? QStringLiteral("0471-") + QString::number(m_rng.between(2000000, 6999999))
                                           : QString();
    }
    if (m_rng.chance(0.03))
        h.notes = m_rng.chance(0.5) ? QStringLiteral("老人行动不便，走访请提前电话联系")
                                    : QStringLiteral("白天家中无人，晚上七点后在家");

    auto created = m_households.create(h, m_actor);
    if (!created)
        return created.error();
    ++m_summary->households;

    for (const Person &p : people) {
        Resident res;
        res.meta.uuid = newUuid();
        res.householdId = created->meta.id;
        res.name = p.name;
        res.relation = p.relation;
        res.residenceType = p.residenceType;
        const int age = ageOn(p.birth, m_today);
        if (age >= 16 || m_rng.chance(0.02))
            res.idNumber = idNumber(p);
        else {
            res.sex = p.sex;
            res.birthDate = p.birth.toString(Qt::ISODate);
        }
        if (age >= 16 && m_rng.chance(age >= 75 ? 0.5 : 0.92))
            res.phone = mobile();
        res.partyMember = age >= 18 && m_rng.chance(age >= 60 ? 0.12 : 0.07);

        Person tagged = p;
        if (age >= 80)
            tagged.tags << QStringLiteral("高龄");
        if (m_rng.chance(age >= 60 ? 0.10 : 0.04))
            tagged.tags << QStringLiteral("残疾");
        if (age >= 60 && m_rng.chance(0.25))
            tagged.tags << QStringLiteral("慢病");
        if (p.sex == QLatin1String("M") && age >= 30 && age <= 80 && m_rng.chance(0.05))
            tagged.tags << QStringLiteral("退役军人");
        if (p.relation == QLatin1String("head") && m_rng.chance(0.03))
            tagged.tags << QStringLiteral("低保");
        if (p.tags.contains(QStringLiteral("独居老人")) && age >= 70 && m_rng.chance(0.04))
            tagged.tags << QStringLiteral("特困");

        auto resident = m_residents.create(res, m_actor);
        if (!resident)
            return Error{
                resident.error().code,
                DemoGenerator::tr("Demo resident %1 at %2: %3").arg(p.name, created->address, resident.error().message),
                {}};
        ++m_summary->residents;
        if (Status s = addTags(resident->meta.id, tagged); !s)
            return s;

        // Some members have left: moved away or died, on a date within the last three years.
        if (p.relation != QLatin1String("head") && m_rng.chance(0.015)) {
            const bool died = age >= 70 && m_rng.chance(0.6);
            QDate when = m_today.addDays(-m_rng.between(1, 365 * 3));
            if (when < p.birth)
                when = m_today;
            auto changed = m_residents.setStatus(resident->meta.id, resident->meta.version,
                                                 died ? QStringLiteral("deceased") : QStringLiteral("moved_out"), when,
                                                 died ? QString() : QStringLiteral("本市其他区"), m_actor);
            if (!changed)
                return changed.error();
        }
    }
    return {};
}

Status Builder::community(const QString &name, int quota, const DemoGenerator::Progress &progress, int *done, int total,
                          DemoSummary *summary)
{
    m_summary = summary;
    auto community = m_places.ensureCommunity(name, m_actor);
    if (!community)
        return community.error();
    ++summary->communities;

    int gridNumber = 0;
    int inGrid = 0;
    int gridCapacity = 0;
    Grid grid;
    // The grid the next dwelling goes into, a new one when the current one is full.
    auto gridWithRoom = [&]() -> Status {
        if (gridNumber == 0 || inGrid >= gridCapacity) {
            auto g = m_places.ensureGrid(community->meta.id,
                                         QStringLiteral("第%1网格").arg(chineseNumber(++gridNumber)), m_actor);
            if (!g)
                return g.error();
            grid = g.value();
            ++summary->grids;
            inGrid = 0;
            gridCapacity = m_rng.between(320, 480);
        }
        return {};
    };
    auto nextDwelling = [&]() -> Status {
        if (Status s = gridWithRoom(); !s)
            return s;
        ++inGrid;
        return {};
    };

    int written = 0;
    m_communityId = community->meta.id;
    QSet<QString> compoundNames;
    while (written < quota) {
        const int kind = m_rng.weighted({50, 35, 15});
        QString compoundName = Names::compoundName(m_rng, kind);
        for (int n = 2; compoundNames.contains(compoundName); ++n)
            compoundName = Names::compoundName(m_rng, kind);
        compoundNames.insert(compoundName);
        auto compound = m_places.ensureCompound(community->meta.id, compoundName, m_actor);
        if (!compound)
            return compound.error();
        ++summary->compounds;
        const double rented = kind == 0 ? 0.38 : kind == 1 ? 0.28 : 0.32; // about a third overall

        auto dwelling = [&](qint64 buildingId, const QString &unit, const QString &room) -> Status {
            if (Status s = nextDwelling(); !s)
                return s;
            if (Status s = household(grid, compound.value(), buildingId, unit, room, rented); !s)
                return s;
            ++written;
            ++*done;
            if (progress && *done % 50 == 0 && !progress(*done, total))
                return Error{ErrorCode::Invalid, DemoGenerator::tr("Cancelled."), {}};
            return {};
        };

        if (kind == 2) {
            for (int i = 1, n = m_rng.between(15, 60); i <= n && written < quota; ++i) {
                if (Status s = dwelling(0, QString(), QStringLiteral("%1号").arg(i)); !s)
                    return s;
            }
            continue;
        }
        const int buildings = kind == 0 ? m_rng.between(4, 12) : m_rng.between(3, 8);
        const int floors = kind == 0 ? m_rng.between(5, 7) : m_rng.between(11, 26);
        const int units = kind == 0 ? m_rng.between(2, 4) : m_rng.between(1, 2);
        const int perFloor = kind == 0 ? 2 : m_rng.between(2, 4);
        for (int b = 1; b <= buildings && written < quota; ++b) {
            if (Status s = gridWithRoom(); !s)
                return s;
            auto building
                = m_places.ensureBuilding(compound->meta.id, QStringLiteral("%1号楼").arg(b), m_actor, grid.meta.id);
            if (!building)
                return building.error();
            ++summary->buildings;
            for (int u = 1; u <= units && written < quota; ++u) {
                for (int f = 1; f <= floors && written < quota; ++f) {
                    for (int r = 1; r <= perFloor && written < quota; ++r) {
                        const QString room = QString::number(f * 100 + r);
                        if (Status s = dwelling(building->meta.id, QString::number(u), room); !s)
                            return s;
                    }
                }
            }
        }
    }
    return {};
}

} // namespace

Result<int> DemoGenerator::presetHouseholds(const QString &preset)
{
    if (preset == QLatin1String("community"))
        return 3000;
    if (preset == QLatin1String("street"))
        return 33000;
    if (preset == QLatin1String("district"))
        return 100000;
    return Error{ErrorCode::Invalid, tr("'%1' is not a demo preset: use community, street or district.").arg(preset),
                 QStringLiteral("preset")};
}

Result<DemoSummary> DemoGenerator::generate(const QString &path, const DemoOptions &options, const Progress &progress)
{
    auto preset = presetHouseholds(options.preset);
    if (!preset)
        return preset.error();
    const int total = options.households > 0 ? options.households : preset.value();
    const double issuesPerYear = options.preset == QLatin1String("district") ? 20000
        : options.preset == QLatin1String("street")                          ? 5000
                                                                             : 500;
    if (!options.today.isValid())
        return Error{ErrorCode::Invalid, tr("The demo needs a valid day for 'today'."), QStringLiteral("today")};
    if (options.years < 1 || options.years > 5)
        return Error{ErrorCode::Invalid, tr("The demo covers 1 to 5 years, not %1.").arg(options.years),
                     QStringLiteral("years")};
    const bool server = path.startsWith(QLatin1String("postgres"));
    if (!server && QFileInfo::exists(path))
        return Error{
            ErrorCode::Conflict,
            tr("%1 already exists; the demo writes only a new register and leaves that file as it is.").arg(path),
            QStringLiteral("db")};

    DemoSummary summary;
    DeterministicWrites deterministic(options.today.toString(Qt::ISODate) + QStringLiteral("T09:00:00"), options.seed);
    const auto fill = [&](const std::shared_ptr<Database> &db) -> Status {
        db->setActor(Actor::system(QStringLiteral("admin")));
        Builder builder(*db, options);
        const QStringList names = Names::communityNames();
        const int communities = std::max(1, (total + kHouseholdsPerCommunity / 2) / kHouseholdsPerCommunity);
        int done = 0;
        Status status;
        {
            Transaction tx(*db);
            status = tx.status();
            if (status)
                status = builder.staff();
            if (status)
                status = tx.commit();
        }
        for (int c = 0; c < communities && status; ++c) {
            const int quota = total / communities + (c < total % communities ? 1 : 0);
            const QString name
                = c < names.size() ? names.at(c) : names.at(c % names.size()) + QString::number(c / names.size() + 1);
            Transaction tx(*db); // one community at a time
            status = tx.status();
            if (status)
                status = builder.community(name, quota, progress, &done, total, &summary);
            if (status)
                status = builder.communityStaff(c + 1);
            if (status) // the preset's issues per year, in proportion to the households
                status = builder.issues(int(double(quota) * issuesPerYear / preset.value() + 0.5), &summary);
            if (status)
                status = builder.visits(&summary);
            if (status)
                status = tx.commit();
        }
        return status;
    };
    Status made;
    if (server) {
        // A server's database is filled only when it holds no register yet (its schema is made
        // here when it is empty): a demo never mixes with real records.
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        if (!db)
            return db.error();
        for (const char *table : {"\"user\"", "community", "household"}) {
            auto rows
                = queryValue(*db.value(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)), {});
            if (!rows)
                return rows.error();
            if (rows->toLongLong() > 0)
                return Error{ErrorCode::Conflict,
                             tr("%1 already holds a register; the demo fills only an empty database.")
                                 .arg(db.value()->displayName()),
                             QStringLiteral("db")};
        }
        made = fill(db.value());
    } else {
        // The register appears at `path` only when the whole demo is in it.
        made = Database::createFile(path, fill);
    }
    if (!made)
        return made.error();
    if (progress)
        progress(total, total);
    return summary;
}

} // namespace linli
