// LedgerSettings: the departments issues are dispatched to, and their assignees.
#include "ledger/ledgersettings.h"

#include "access/permissions.h"
#include "register/phone.h"
#include "storage/database.h"
#include "storage/records.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace linli {

Result<QList<Department>> LedgerSettings::departments(Retired retired)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, name, retired, version FROM department WHERE %1 ORDER BY name")
                          .arg(retiredCondition(retired)));
    if (!q)
        return q.error();
    QList<Department> list;
    while (q.value().next())
        list.append({q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toInt() != 0,
                     q.value().value(3).toInt()});
    return list;
}

Result<Department> LedgerSettings::addDepartment(const QString &name, const Actor &actor)
{
    // Named while dispatching by one who may dispatch, or in the settings by an administrator.
    if (!Access::allows(actor, Permission::HandleIssue))
        if (Status s = Access::require(m_db, actor, Permission::LedgerSettings); !s)
            return s.error();
    auto n = checkedName(name, tr("department"));
    if (!n)
        return n.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (Status s = nameFree(QStringLiteral("department"), QStringLiteral("1 = 1"), {}, n.value()); !s)
        return s.error();
    auto meta = Records::insert(m_db, actor, QStringLiteral("department"), {{QStringLiteral("name"), n.value()}});
    if (!meta)
        return meta.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return Department{meta->id, n.value(), false, meta->version};
}

Status LedgerSettings::renameDepartment(qint64 id, int expectedVersion, const QString &name, const Actor &actor)
{
    if (Status s = Access::require(m_db, actor, Permission::LedgerSettings); !s)
        return s;
    auto n = checkedName(name, tr("department"));
    if (!n)
        return n.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto row = Records::read(m_db, QStringLiteral("department"), id);
    if (!row)
        return row.error();
    if (Status s = nameFree(QStringLiteral("department"), QStringLiteral("1 = 1"), {}, n.value(), id); !s)
        return s;
    // Issues refer to the department by id, so they follow the new name by themselves.
    auto meta = Records::update(
        m_db, actor, QStringLiteral("department"), id, expectedVersion, {{QStringLiteral("name"), n.value()}},
        tr("Department %1").arg(row->value(QStringLiteral("name")).toString()), QStringLiteral("rename"));
    if (!meta)
        return meta.error();
    return tx.commit();
}

Status LedgerSettings::setDepartmentRetired(qint64 id, int expectedVersion, bool retired, const Actor &actor)
{
    if (Status s = Access::require(m_db, actor, Permission::LedgerSettings); !s)
        return s;
    return setRetired(QStringLiteral("department"), tr("Department %1"), id, expectedVersion, retired, actor);
}

Status LedgerSettings::removeDepartment(qint64 id, const Actor &actor)
{
    if (Status s = Access::require(m_db, actor, Permission::LedgerSettings); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto row = Records::read(m_db, QStringLiteral("department"), id);
    if (!row)
        return row.error();
    const QString name = row->value(QStringLiteral("name")).toString();
    auto used = queryValue(m_db,
                           QStringLiteral("SELECT (SELECT COUNT(*) FROM issue WHERE department_id = :id) + (SELECT "
                                          "COUNT(*) FROM issue_event WHERE department_id = :id)"),
                           {{QStringLiteral("id"), id}});
    if (!used)
        return used.error();
    if (used->toInt() > 0)
        return Error{ErrorCode::Conflict,
                     tr("Issues have been dispatched to %1, so it cannot be deleted; retire it instead.").arg(name),
                     {}};
    auto people = runQuery(m_db, QStringLiteral("SELECT id FROM assignee WHERE department_id = :id"),
                           {{QStringLiteral("id"), id}});
    if (!people)
        return people.error();
    QList<qint64> assigneeIds;
    while (people.value().next())
        assigneeIds << people.value().value(0).toLongLong();
    for (qint64 assignee : std::as_const(assigneeIds)) {
        if (Status s = removeAssignee(assignee, actor); !s)
            return s;
    }
    if (Status s = remove(QStringLiteral("department"), id, actor); !s)
        return s;
    return tx.commit();
}

Result<QList<Assignee>> LedgerSettings::assignees(qint64 departmentId, Retired retired)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, department_id, name, phone, retired, version FROM assignee WHERE "
                                     "department_id = :d AND %1 ORDER BY name")
                          .arg(retiredCondition(retired)),
                      {{QStringLiteral("d"), departmentId}});
    if (!q)
        return q.error();
    QList<Assignee> list;
    while (q.value().next())
        list.append({q.value().value(0).toLongLong(), q.value().value(1).toLongLong(), q.value().value(2).toString(),
                     q.value().value(3).toString(), q.value().value(4).toInt() != 0, q.value().value(5).toInt()});
    return list;
}

Result<Assignee> LedgerSettings::addAssignee(qint64 departmentId, const QString &name, const QString &phone,
                                             const Actor &actor)
{
    if (Status s = Access::require(m_db, actor, Permission::LedgerSettings); !s)
        return s.error();
    auto n = checkedName(name, tr("assignee"));
    if (!n)
        return n.error();
    auto p = Phone::parse(phone, QStringLiteral("phone"));
    if (!p)
        return p.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (auto department = Records::read(m_db, QStringLiteral("department"), departmentId); !department)
        return department.error();
    if (Status s = nameFree(QStringLiteral("assignee"), QStringLiteral("department_id = :d"),
                            {{QStringLiteral("d"), departmentId}}, n.value());
        !s)
        return s.error();
    auto meta = Records::insert(m_db, actor, QStringLiteral("assignee"),
                                {{QStringLiteral("department_id"), departmentId},
                                 {QStringLiteral("name"), n.value()},
                                 {QStringLiteral("phone"), nullIfEmpty(p.value())}});
    if (!meta)
        return meta.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return Assignee{meta->id, departmentId, n.value(), p.value(), false, meta->version};
}

Status LedgerSettings::updateAssignee(qint64 id, int expectedVersion, const QString &name, const QString &phone,
                                      const Actor &actor)
{
    if (Status s = Access::require(m_db, actor, Permission::LedgerSettings); !s)
        return s;
    auto n = checkedName(name, tr("assignee"));
    if (!n)
        return n.error();
    auto p = Phone::parse(phone, QStringLiteral("phone"));
    if (!p)
        return p.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto row = Records::read(m_db, QStringLiteral("assignee"), id);
    if (!row)
        return row.error();
    if (Status s = nameFree(QStringLiteral("assignee"), QStringLiteral("department_id = :d"),
                            {{QStringLiteral("d"), row->value(QStringLiteral("department_id"))}}, n.value(), id);
        !s)
        return s;
    auto meta
        = Records::update(m_db, actor, QStringLiteral("assignee"), id, expectedVersion,
                          {{QStringLiteral("name"), n.value()}, {QStringLiteral("phone"), nullIfEmpty(p.value())}},
                          tr("Assignee %1").arg(row->value(QStringLiteral("name")).toString()));
    if (!meta)
        return meta.error();
    return tx.commit();
}

Status LedgerSettings::setAssigneeRetired(qint64 id, int expectedVersion, bool retired, const Actor &actor)
{
    if (Status s = Access::require(m_db, actor, Permission::LedgerSettings); !s)
        return s;
    return setRetired(QStringLiteral("assignee"), tr("Assignee %1"), id, expectedVersion, retired, actor);
}

Status LedgerSettings::removeAssignee(qint64 id, const Actor &actor)
{
    if (Status s = Access::require(m_db, actor, Permission::LedgerSettings); !s)
        return s;
    // Issues keep the assignee's name as text, so removing the entry changes none of them.
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (Status s = remove(QStringLiteral("assignee"), id, actor); !s)
        return s;
    return tx.commit();
}

} // namespace linli
