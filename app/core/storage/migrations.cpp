#include "migrations.h"

#include "auditledger.h"
#include "database.h"
#include "register/householdrepository.h"
#include "register/searchindex.h"
#include "sql.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace linli {

namespace {

// The columns every table has (DESIGN.md "Data model").
QString common(Database &db)
{
    return QStringLiteral("id %1, uuid TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, created_by TEXT NOT NULL, "
                          "updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1")
        .arg(db.idColumn());
}

Status runAll(Database &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (Status s = db.execute(sql); !s)
            return s;
    }
    return {};
}

// 1: places, departments, users, households, residents, the audit log.
Status toVersion1(Database &db)
{
    const QString c = common(db);
    QStringList s = {
        QStringLiteral("CREATE TABLE community (%1, name TEXT NOT NULL UNIQUE)").arg(c),
        QStringLiteral("CREATE TABLE grid (%1, community_id BIGINT NOT NULL REFERENCES community(id), "
                       "name TEXT NOT NULL, UNIQUE (community_id, name))")
            .arg(c),
        QStringLiteral("CREATE TABLE compound (%1, community_id BIGINT NOT NULL REFERENCES community(id), "
                       "name TEXT NOT NULL, UNIQUE (community_id, name))")
            .arg(c),
        QStringLiteral("CREATE TABLE building (%1, compound_id BIGINT NOT NULL REFERENCES compound(id), "
                       "name TEXT NOT NULL, UNIQUE (compound_id, name))")
            .arg(c),
        QStringLiteral("CREATE TABLE department (%1, name TEXT NOT NULL UNIQUE)").arg(c),
        QStringLiteral("CREATE TABLE \"user\" (%1, name TEXT NOT NULL UNIQUE, display_name TEXT, "
                       "role TEXT NOT NULL DEFAULT 'grid_worker', community_id BIGINT REFERENCES community(id), "
                       "grid_id BIGINT REFERENCES grid(id), password_hash TEXT, active INTEGER NOT NULL DEFAULT 1)")
            .arg(c),
        QStringLiteral("CREATE TABLE household (%1, grid_id BIGINT NOT NULL REFERENCES grid(id), "
                       "compound_id BIGINT NOT NULL REFERENCES compound(id), "
                       "building_id BIGINT REFERENCES building(id), unit TEXT NOT NULL DEFAULT '', "
                       "room TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '', "
                       "sort_key TEXT NOT NULL DEFAULT '', "
                       "housing_use TEXT NOT NULL DEFAULT 'owner' "
                       "CHECK (housing_use IN ('owner', 'rented', 'vacant', 'other')), "
                       "status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'moved_out', 'closed')), "
                       "status_date TEXT, phone TEXT, notes TEXT)")
            .arg(c),
        QStringLiteral("CREATE INDEX household_grid ON household (grid_id, sort_key)"),
        QStringLiteral("CREATE INDEX household_compound ON household (compound_id, sort_key)"),
        QStringLiteral("CREATE INDEX household_building ON household (building_id, sort_key)"),
        QStringLiteral("CREATE INDEX household_sort ON household (sort_key)"),
        QStringLiteral("CREATE TABLE resident (%1, household_id BIGINT NOT NULL REFERENCES household(id), "
                       "name TEXT NOT NULL, id_number TEXT, sex TEXT CHECK (sex IN ('M', 'F')), birth_date TEXT, "
                       "relation TEXT NOT NULL DEFAULT 'other' CHECK (relation IN ('head', 'spouse', 'son', "
                       "'daughter', 'parent', 'grandchild', 'sibling', 'tenant', 'other')), phone TEXT, "
                       "residence_type TEXT NOT NULL DEFAULT 'registered' CHECK (residence_type IN ('registered', "
                       "'resident', 'floating', 'away')), "
                       "status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'moved_out', 'deceased')), "
                       "status_date TEXT, destination TEXT, party_member INTEGER NOT NULL DEFAULT 0, notes TEXT)")
            .arg(c),
        QStringLiteral("CREATE INDEX resident_household ON resident (household_id)"),
        QStringLiteral("CREATE INDEX resident_id_number ON resident (id_number)"),
        // One active resident per ID number; the repository names the one already registered.
        QStringLiteral("CREATE UNIQUE INDEX resident_active_id_number ON resident (id_number) "
                       "WHERE status = 'active' AND id_number IS NOT NULL"),
        QStringLiteral("CREATE TABLE audit_log (id %1, event_time TEXT NOT NULL, actor TEXT NOT NULL, "
                       "action TEXT NOT NULL, table_name TEXT NOT NULL, record_id BIGINT, record_uuid TEXT, "
                       "old_values TEXT, new_values TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)")
            .arg(db.idColumn()),
        QStringLiteral("CREATE INDEX audit_record ON audit_log (table_name, record_id)"),
    };
    if (db.isSQLite())
        s << QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId);
    return runAll(db, s);
}

// 2: care tags with their visit intervals, and tags on residents and households.
Status toVersion2(Database &db)
{
    const QString c = common(db);
    if (Status s = runAll(
            db,
            {
                QStringLiteral(
                    "CREATE TABLE care_tag (%1, name TEXT NOT NULL UNIQUE, "
                    "visit_interval_days INTEGER NOT NULL DEFAULT 365, sort_order INTEGER NOT NULL DEFAULT 0)")
                    .arg(c),
                QStringLiteral("CREATE TABLE resident_tag (%1, resident_id BIGINT NOT NULL REFERENCES resident(id), "
                               "care_tag_id BIGINT NOT NULL REFERENCES care_tag(id), start_date TEXT, end_date TEXT)")
                    .arg(c),
                QStringLiteral("CREATE INDEX resident_tag_resident ON resident_tag (resident_id)"),
                QStringLiteral("CREATE INDEX resident_tag_tag ON resident_tag (care_tag_id)"),
                QStringLiteral("CREATE TABLE household_tag (%1, household_id BIGINT NOT NULL REFERENCES household(id), "
                               "care_tag_id BIGINT NOT NULL REFERENCES care_tag(id), start_date TEXT, end_date TEXT)")
                    .arg(c),
                QStringLiteral("CREATE INDEX household_tag_household ON household_tag (household_id)"),
            });
        !s)
        return s;

    // The default tags (DESIGN.md glossary) with the intervals of the visit rules.
    struct DefaultTag {
        const char *name;
        int days;
    };
    static constexpr DefaultTag defaults[] = {
        {"独居老人", 30}, {"高龄", 30}, {"特困", 30},      {"留守儿童", 30},
        {"残疾", 90},     {"低保", 90}, {"退役军人", 365}, {"慢病", 365},
    };
    const QString now = nowText();
    int order = 0;
    for (const DefaultTag &t : defaults) {
        auto q = runQuery(db,
                          QStringLiteral("INSERT INTO care_tag (uuid, created_at, created_by, updated_at, updated_by, "
                                         "version, name, visit_interval_days, sort_order) VALUES (:uuid, :now, "
                                         "'system', :now, 'system', 1, :name, :days, :ord)"),
                          {{QStringLiteral("uuid"), newUuid()},
                           {QStringLiteral("now"), now},
                           {QStringLiteral("name"), QString::fromUtf8(t.name)},
                           {QStringLiteral("days"), t.days},
                           {QStringLiteral("ord"), ++order}});
        if (!q)
            return q.error();
    }
    return {};
}

// 3: the search index (2- and 3-character grams). Step 8 fills it for the rows already there.
Status toVersion3(Database &db)
{
    return runAll(db,
                  {
                      QStringLiteral("CREATE TABLE search_gram (gram BIGINT NOT NULL, household_id BIGINT NOT NULL, "
                                     "resident_id BIGINT NOT NULL, PRIMARY KEY (gram, household_id, resident_id))%1")
                          .arg(db.withoutRowId()),
                      QStringLiteral("CREATE INDEX search_gram_owner ON search_gram (resident_id, household_id)"),
                  });
}

// 4: the issue ledger: categories, assignees, issues with their event history, attachments,
// and the per-year counter behind issue numbers.
Status toVersion4(Database &db)
{
    const QString c = common(db);
    if (Status s = runAll(
            db,
            {
                QStringLiteral("CREATE TABLE issue_category (%1, name TEXT NOT NULL, parent_id BIGINT REFERENCES "
                               "issue_category(id), sort_order INTEGER NOT NULL DEFAULT 0, UNIQUE (parent_id, name))")
                    .arg(c),
                QStringLiteral("CREATE TABLE assignee (%1, department_id BIGINT NOT NULL REFERENCES department(id), "
                               "name TEXT NOT NULL, phone TEXT, UNIQUE (department_id, name))")
                    .arg(c),
                QStringLiteral("CREATE TABLE issue_counter (year INTEGER PRIMARY KEY, last_number INTEGER NOT NULL)"),
                QStringLiteral(
                    "CREATE TABLE issue (%1, number TEXT NOT NULL UNIQUE, title TEXT NOT NULL, description TEXT, "
                    "category TEXT NOT NULL, subcategory TEXT, source TEXT NOT NULL CHECK (source IN ('visit', "
                    "'hotline', "
                    "'walk_in', 'online', 'council', 'assigned', 'inspection')), reporter TEXT, reporter_phone TEXT, "
                    "community_id BIGINT REFERENCES community(id), grid_id BIGINT REFERENCES grid(id), "
                    "household_id BIGINT REFERENCES household(id), location TEXT, handling_type TEXT CHECK "
                    "(handling_type IN ('immediate', 'time_limited', 'phased')), registered_date TEXT NOT NULL, "
                    "accepted_date TEXT, dispatched_date TEXT, department_id BIGINT REFERENCES department(id), "
                    "assignee TEXT, deadline TEXT, status TEXT NOT NULL CHECK (status IN ('new', 'accepted', "
                    "'dispatched', 'in_progress', 'resolved', 'followed_up', 'closed', 'rejected')), resolved_date "
                    "TEXT, "
                    "result TEXT, follow_up_date TEXT, satisfaction TEXT CHECK (satisfaction IN ('satisfied', "
                    "'fairly_satisfied', 'dissatisfied')), closed_date TEXT, return_count INTEGER NOT NULL DEFAULT 0, "
                    "escalated INTEGER NOT NULL DEFAULT 0)")
                    .arg(c),
                QStringLiteral("CREATE INDEX issue_status ON issue (status, deadline)"),
                QStringLiteral("CREATE INDEX issue_registered ON issue (registered_date)"),
                QStringLiteral("CREATE INDEX issue_household ON issue (household_id, registered_date)"),
                QStringLiteral("CREATE INDEX issue_location ON issue (location, registered_date)"),
                QStringLiteral("CREATE INDEX issue_department ON issue (department_id)"),
                QStringLiteral("CREATE INDEX issue_grid ON issue (grid_id)"),
                QStringLiteral(
                    "CREATE TABLE issue_event (%1, issue_id BIGINT NOT NULL REFERENCES issue(id), "
                    "event_time TEXT NOT NULL, event_date TEXT NOT NULL, user_id BIGINT REFERENCES \"user\"(id), "
                    "kind TEXT NOT NULL, from_status TEXT, to_status TEXT, department_id BIGINT REFERENCES "
                    "department(id), text TEXT)")
                    .arg(c),
                QStringLiteral("CREATE INDEX issue_event_issue ON issue_event (issue_id, event_time)"),
                QStringLiteral("CREATE INDEX issue_event_date ON issue_event (event_date, kind)"),
                QStringLiteral(
                    "CREATE TABLE attachment (%1, issue_id BIGINT NOT NULL REFERENCES issue(id), "
                    "file_name TEXT NOT NULL, mime_type TEXT, kind TEXT, size INTEGER NOT NULL, data %2 NOT NULL)")
                    .arg(c, db.blobType()),
                QStringLiteral("CREATE INDEX attachment_issue ON attachment (issue_id)"),
            });
        !s)
        return s;

    // DESIGN.md's default categories with common subcategories; editable in settings.
    struct DefaultCategory {
        const char *name;
        std::initializer_list<const char *> subcategories;
    };
    static const DefaultCategory defaults[] = {
        {"教育", {"入学入托", "校园周边", "课外培训"}},
        {"医疗卫生", {"看病就医", "医保报销", "公共卫生"}},
        {"民生保障", {"低保救助", "养老服务", "残疾人服务", "就业"}},
        {"住房与城市建设", {"房屋漏水", "电梯故障", "供暖供水", "道路设施", "违章建筑", "物业管理"}},
        {"环境卫生", {"垃圾清运", "楼道堆物", "噪音扰民", "绿化养护", "下水道堵塞"}},
        {"平安法治", {"邻里纠纷", "消防安全", "治安隐患", "电动车充电"}},
        {"其他", {}},
    };
    const QString now = nowText();
    auto insertCategory = [&](const QString &name, const QVariant &parent, int order) -> Result<qint64> {
        auto q = runQuery(db,
                          QStringLiteral("INSERT INTO issue_category (uuid, created_at, created_by, updated_at, "
                                         "updated_by, version, name, parent_id, sort_order) VALUES (:uuid, :now, "
                                         "'system', :now, 'system', 1, :name, :parent, :ord) RETURNING id"),
                          {{QStringLiteral("uuid"), newUuid()},
                           {QStringLiteral("now"), now},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("parent"), parent},
                           {QStringLiteral("ord"), order}});
        if (!q)
            return q.error();
        q.value().next();
        const qint64 id = q.value().value(0).toLongLong();
        q.value().finish();
        return id;
    };
    int order = 0;
    for (const DefaultCategory &category : defaults) {
        auto id = insertCategory(QString::fromUtf8(category.name), QVariant(QMetaType::fromType<qint64>()), ++order);
        if (!id)
            return id.error();
        int sub = 0;
        for (const char *name : category.subcategories) {
            if (auto s = insertCategory(QString::fromUtf8(name), id.value(), ++sub); !s)
                return s.error();
        }
    }
    return {};
}

// 5: the ledger's lists become editable: categories, departments and assignees can be retired
// (kept for the issues that name them, no longer offered), and settings such as the deadline
// of each handling type are kept in the register.
Status toVersion5(Database &db)
{
    return runAll(
        db,
        {
            QStringLiteral("ALTER TABLE issue_category ADD COLUMN retired INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE department ADD COLUMN retired INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE assignee ADD COLUMN retired INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE setting (%1, key TEXT NOT NULL UNIQUE, value TEXT NOT NULL)").arg(common(db)),
        });
}

// 6: the visit log. A care tag may also apply by age (高龄: 80 and over), and an issue may
// come from a visit.
Status toVersion6(Database &db)
{
    // Rooms written as 2-301 without a unit now sort as unit 2, room 301.
    auto rooms = runQuery(db,
                          QStringLiteral("SELECT h.id, c.name, b.name, h.room FROM household h JOIN compound c ON "
                                         "c.id = h.compound_id LEFT JOIN building b ON b.id = h.building_id WHERE "
                                         "h.unit = '' AND h.room <> ''"));
    if (!rooms)
        return rooms.error();
    QList<std::pair<qint64, QString>> keys;
    while (rooms.value().next())
        keys.append({rooms.value().value(0).toLongLong(),
                     HouseholdRepository::sortKey(rooms.value().value(1).toString(), rooms.value().value(2).toString(),
                                                  QString(), rooms.value().value(3).toString())});
    rooms.value().finish();
    for (const auto &[id, key] : std::as_const(keys)) {
        if (auto q = runQuery(db, QStringLiteral("UPDATE household SET sort_key = :k WHERE id = :id"),
                              {{QStringLiteral("k"), key}, {QStringLiteral("id"), id}});
            !q)
            return q.error();
    }
    return runAll(
        db,
        {
            QStringLiteral("CREATE TABLE visit (%1, household_id BIGINT NOT NULL REFERENCES household(id), "
                           "visit_date TEXT NOT NULL, visitor TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN "
                           "('routine', 'care', 'follow_up', 'verification')), persons_met TEXT, notes TEXT, "
                           "findings TEXT)")
                .arg(common(db)),
            QStringLiteral("CREATE INDEX visit_household ON visit (household_id, visit_date)"),
            QStringLiteral("CREATE INDEX visit_date ON visit (visit_date, household_id)"),
            QStringLiteral("ALTER TABLE issue ADD COLUMN visit_id BIGINT REFERENCES visit(id)"),
            QStringLiteral("ALTER TABLE care_tag ADD COLUMN min_age INTEGER"),
            QStringLiteral("UPDATE care_tag SET min_age = 80 WHERE name = '高龄'"),
            QStringLiteral("CREATE INDEX resident_birth ON resident (birth_date)"),
        });
}

// 7: the 待走访 list at district scale. Each household keeps the date of its latest visit,
// written with every visit, so that the list need not search the visit log; the 高龄 rule
// reads who is old enough, still here, and where from one index; the active households are
// read in walking order from another. The ledger of a department or grid pages by number
// from its index.
Status toVersion7(Database &db)
{
    return runAll(db,
                  {
                      QStringLiteral("ALTER TABLE household ADD COLUMN last_visit TEXT"),
                      QStringLiteral("UPDATE household SET last_visit = (SELECT MAX(v.visit_date) FROM visit v "
                                     "WHERE v.household_id = household.id)"),
                      QStringLiteral("DROP INDEX resident_birth"),
                      QStringLiteral("CREATE INDEX resident_birth ON resident (birth_date, status, household_id)"),
                      // The active households of a grid in walking order, with their last visit.
                      QStringLiteral("CREATE INDEX household_due ON household (status, grid_id, sort_key, "
                                     "last_visit)"),
                      // The ledger of one department or grid pages in number order from its index.
                      QStringLiteral("DROP INDEX issue_department"),
                      QStringLiteral("CREATE INDEX issue_department ON issue (department_id, number)"),
                      QStringLiteral("DROP INDEX issue_grid"),
                      QStringLiteral("CREATE INDEX issue_grid ON issue (grid_id, number)"),
                      // A grid worker's visits, for the grids they cover.
                      QStringLiteral("CREATE INDEX visit_visitor ON visit (visitor, visit_date)"),
                  });
}

// 8: each owner in the search index keeps the text it was indexed with, and its grams are
// deleted by key from that, instead of through an index on the owner columns: an import of
// tens of thousands of residents spent most of its time keeping that index up. The index is
// built again for the rows already there.
Status toVersion8(Database &db)
{
    if (Status s = runAll(db,
                          {
                              QStringLiteral("DROP INDEX search_gram_owner"),
                              QStringLiteral("CREATE TABLE search_owner (resident_id BIGINT NOT NULL, household_id "
                                             "BIGINT NOT NULL, indexed_text TEXT NOT NULL, PRIMARY KEY "
                                             "(resident_id, household_id))%1")
                                  .arg(db.withoutRowId()),
                          });
        !s)
        return s;
    return SearchIndex::rebuild(db);
}

// 9: the weekly figures are computed from the issues' history, so each event keeps the deadline
// it set (交办, 改派, 改期) and the result of a follow-up (回访). Events written before keep them
// too: the latest of an issue takes the issue's own deadline or result; earlier ones read the
// deadline from their text (交办: the one date in it; 改期: the date after →), and a follow-up
// that reopened the issue was 不满意.
Status toVersion9(Database &db)
{
    if (Status s = runAll(db,
                          {
                              QStringLiteral("ALTER TABLE issue_event ADD COLUMN deadline TEXT"),
                              QStringLiteral("ALTER TABLE issue_event ADD COLUMN satisfaction TEXT"),
                          });
        !s)
        return s;
    struct Event {
        qint64 id = 0;
        qint64 issueId = 0;
        QString kind;
        QString toStatus;
        QString text;
        QString issueDeadline;
        QString issueSatisfaction;
    };
    QList<Event> events;
    if (Status s = readRows(db,
                            QStringLiteral("SELECT e.id, e.issue_id, e.kind, e.to_status, e.text, i.deadline, "
                                           "i.satisfaction FROM issue_event e JOIN issue i ON i.id = e.issue_id "
                                           "WHERE e.kind IN ('dispatch', 'redispatch', 'change-deadline', "
                                           "'follow-up') ORDER BY e.issue_id, e.event_date DESC, e.event_time "
                                           "DESC, e.id DESC"),
                            {},
                            [&events](const QSqlQuery &q) {
                                events << Event{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                                q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString(),
                                                q.value(6).toString()};
                            });
        !s)
        return s;
    static const QRegularExpression date(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
    qint64 issue = 0;
    bool latestDeadline = true;
    bool latestFollowUp = true;
    for (const Event &e : std::as_const(events)) {
        if (e.issueId != issue) {
            issue = e.issueId;
            latestDeadline = latestFollowUp = true;
        }
        QString deadline;
        QString satisfaction;
        if (e.kind == QLatin1String("follow-up")) {
            if (e.toStatus == QLatin1String("in_progress"))
                satisfaction = QStringLiteral("dissatisfied");
            else if (latestFollowUp && !e.issueSatisfaction.isEmpty())
                satisfaction = e.issueSatisfaction;
            else
                satisfaction = e.text.startsWith(QStringLiteral("基本满意"))
                        || e.text.startsWith(QLatin1String("Fairly satisfied"))
                    ? QStringLiteral("fairly_satisfied")
                    : QStringLiteral("satisfied");
            latestFollowUp = false;
        } else {
            if (latestDeadline) {
                deadline = e.issueDeadline;
            } else {
                const qsizetype arrow = e.text.indexOf(QChar(0x2192));
                const auto match
                    = date.match(e.text, e.kind == QLatin1String("change-deadline") && arrow >= 0 ? arrow : 0);
                deadline = match.hasMatch() ? match.captured() : QString();
            }
            latestDeadline = false;
        }
        if (Status s = execStatement(
                db,
                QStringLiteral("UPDATE issue_event SET deadline = :deadline, satisfaction = "
                               ":satisfaction WHERE id = :id"),
                {{QStringLiteral("deadline"),
                  deadline.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(deadline)},
                 {QStringLiteral("satisfaction"),
                  satisfaction.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(satisfaction)},
                 {QStringLiteral("id"), e.id}});
            !s)
            return s;
    }
    return {};
}

// 10: published weekly bulletins, each edition with its frozen figures and their hash.
Status toVersion10(Database &db)
{
    return runAll(db,
                  {
                      QStringLiteral("CREATE TABLE weekly_report (%1, week TEXT NOT NULL, scope TEXT NOT NULL, "
                                     "edition INTEGER NOT NULL, published_by TEXT NOT NULL, published_at TEXT NOT "
                                     "NULL, reason TEXT, figures TEXT NOT NULL, figures_hash TEXT NOT NULL, "
                                     "UNIQUE (week, scope, edition))")
                          .arg(common(db)),
                  });
}

// 11: the weekly figures at district scale read a year of issues and their events from
// indexes alone. The registration index carries what the figures group by; each issue's events
// are read with what the figures replay (date, kind, status, department, deadline, result)
// from the index they are found by; and the resolutions of a period, with their issues, are
// found by kind and date.
Status toVersion11(Database &db)
{
    return runAll(db,
                  {
                      QStringLiteral("DROP INDEX issue_registered"),
                      QStringLiteral("CREATE INDEX issue_registered ON issue (registered_date, category, "
                                     "community_id, grid_id)"),
                      QStringLiteral("DROP INDEX issue_event_issue"),
                      QStringLiteral("CREATE INDEX issue_event_issue ON issue_event (issue_id, event_time, id, "
                                     "event_date, kind, to_status, department_id, deadline, satisfaction)"),
                      QStringLiteral("DROP INDEX issue_event_date"),
                      QStringLiteral("CREATE INDEX issue_event_kind ON issue_event (kind, event_date, issue_id)"),
                  });
}

// 12: accounts. A user has a login name (`name`), a role, a scope (a community admin's
// community, a grid worker's grids in user_grid), a password hash, failed logins and a lock
// time, and must change a password an administrator set. The users of older registers were
// made from the operating system's user name, with no password: they stay, disabled, so that
// the history they wrote keeps its names.
Status toVersion12(Database &db)
{
    return runAll(db,
                  {
                      QStringLiteral("ALTER TABLE \"user\" RENAME COLUMN active TO enabled"),
                      QStringLiteral("ALTER TABLE \"user\" ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0"),
                      QStringLiteral("ALTER TABLE \"user\" ADD COLUMN locked_until TEXT"),
                      QStringLiteral("ALTER TABLE \"user\" ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0"),
                      QStringLiteral("ALTER TABLE \"user\" ADD COLUMN last_login_at TEXT"),
                      QStringLiteral("UPDATE \"user\" SET enabled = 0 WHERE password_hash IS NULL"),
                      QStringLiteral("CREATE TABLE user_grid (%1, user_id BIGINT NOT NULL REFERENCES \"user\"(id), "
                                     "grid_id BIGINT NOT NULL REFERENCES grid(id), UNIQUE (user_id, grid_id))")
                          .arg(common(db)),
                      QStringLiteral("CREATE INDEX user_grid_grid ON user_grid (grid_id)"),
                  });
}

// 13: places as DESIGN.md's "Places" describes them. A building lies in one grid (an older
// register's building takes the grid most of its households are in) and may say how many units
// it has; a place can be retired, which keeps it for history but no longer offers it.
Status toVersion13(Database &db)
{
    QStringList statements{
        QStringLiteral("ALTER TABLE building ADD COLUMN grid_id BIGINT REFERENCES grid(id)"),
        QStringLiteral("ALTER TABLE building ADD COLUMN units INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE building SET grid_id = (SELECT h.grid_id FROM household h WHERE h.building_id = "
                       "building.id GROUP BY h.grid_id ORDER BY count(*) DESC, h.grid_id LIMIT 1)"),
        QStringLiteral("CREATE INDEX building_grid ON building (grid_id)"),
    };
    for (const char *table : {"community", "grid", "compound", "building"})
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN retired_at TEXT").arg(QLatin1String(table));
    return runAll(db, statements);
}

// 14: an issue event keeps its values, not a sentence: 交办's assignee and handling type, and
// 改期's previous deadline, beside the deadline and result it had. The text is only what the
// person wrote (a reason, a result), so the history reads in the language of whoever shows it.
Status toVersion14(Database &db)
{
    return runAll(db,
                  {
                      QStringLiteral("ALTER TABLE issue_event ADD COLUMN assignee TEXT"),
                      QStringLiteral("ALTER TABLE issue_event ADD COLUMN handling_type TEXT"),
                      QStringLiteral("ALTER TABLE issue_event ADD COLUMN previous_deadline TEXT"),
                  });
}

// 15: the audit ledger. The audit log is append-only (a trigger refuses changes and deletions;
// on PostgreSQL also TRUNCATE), a published bulletin keeps the audit digest of its moment, and
// every record whose values the log does not yet give (rows made by earlier migrations, changes
// earlier versions did not record row by row) gets a baseline audit row: from here on, every
// row equals its latest audit values.
Status toVersion15(Database &db)
{
    QStringList statements{QStringLiteral("ALTER TABLE weekly_report ADD COLUMN audit_digest TEXT")};
    if (db.isSQLite()) {
        statements << QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT "
                                     "RAISE(ABORT, 'the audit log is append-only'); END")
                   << QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT "
                                     "RAISE(ABORT, 'the audit log is append-only'); END");
    } else {
        statements << QStringLiteral("CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                     "BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$")
                   << QStringLiteral("CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR "
                                     "EACH ROW EXECUTE FUNCTION audit_log_append_only()")
                   << QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH "
                                     "STATEMENT EXECUTE FUNCTION audit_log_append_only()");
    }
    if (Status s = runAll(db, statements); !s)
        return s;
    return AuditLedger::baseline(db, Actor::system(QStringLiteral("linli")));
}

using Step = Status (*)(Database &);
constexpr Step kSteps[]
    = {toVersion1, toVersion2,  toVersion3,  toVersion4,  toVersion5,  toVersion6,  toVersion7, toVersion8,
       toVersion9, toVersion10, toVersion11, toVersion12, toVersion13, toVersion14, toVersion15};

} // namespace

int Migrations::latestVersion()
{
    return int(std::size(kSteps));
}

Status Migrations::migrate(Database &db, int target)
{
    if (target < 0)
        target = latestVersion();
    auto current = db.schemaVersion();
    if (!current)
        return current.error();
    if (current.value() >= target)
        return {};
    if (current.value() < 0 || target > latestVersion())
        return Error{ErrorCode::NotARegister,
                     tr("The register %1 has schema version %2, which this Linli cannot upgrade.")
                         .arg(db.displayName())
                         .arg(current.value()),
                     {}};

    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    for (int v = current.value(); v < target; ++v) {
        if (Status s = kSteps[v](db); !s)
            return Error{ErrorCode::Storage,
                         tr("Upgrading the register %1 to version %2 failed, and it was left as it was: %3")
                             .arg(db.displayName())
                             .arg(v + 1)
                             .arg(s.error().message),
                         {}};
    }
    if (Status s = db.setSchemaVersion(target); !s)
        return s;
    return tx.commit();
}

} // namespace linli
