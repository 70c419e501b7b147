#include "ledgersettings.h"

#include "access/permissions.h"
#include "common/choices.h"
#include "ledger/workflow.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/records.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace linli {

namespace {

Error invalid(const QString &message, const char *field)
{
    return Error{ErrorCode::Invalid, message, QString::fromLatin1(field)};
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString deadlineKey(const QString &handlingType)
{
    return QStringLiteral("deadline_days.") + handlingType;
}

} // namespace

QString LedgerSettings::retiredCondition(Retired retired, const QString &alias)
{
    return retired == Retired::Include ? QStringLiteral("1 = 1") : QStringLiteral("%1retired = 0").arg(alias);
}

Result<QString> LedgerSettings::checkedName(const QString &name, const QString &what)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return invalid(tr("The name of the %1 is empty.").arg(what), "name");
    if (n.size() > kMaxNameLength)
        return invalid(tr("The name of the %1 may have at most %2 characters.").arg(what).arg(kMaxNameLength), "name");
    return n;
}

Status LedgerSettings::nameFree(const QString &table, const QString &scope, QVariantMap binds, const QString &name,
                                qint64 exceptId)
{
    binds.insert(QStringLiteral("n"), name);
    binds.insert(QStringLiteral("except"), exceptId);
    auto count = queryValue(
        m_db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE name = :n AND id <> :except AND %2").arg(table, scope),
        binds);
    if (!count)
        return count.error();
    if (count->toInt() > 0)
        return Error{ErrorCode::Conflict, tr("%1 is already in the list.").arg(name), QStringLiteral("name")};
    return {};
}

Status LedgerSettings::setRetired(const QString &table, const QString &label, qint64 id, int expectedVersion,
                                  bool retired, const Actor &actor)
{
    auto row = Records::read(m_db, table, id);
    if (!row)
        return row.error();
    auto meta = Records::update(m_db, actor, table, id, expectedVersion, {{QStringLiteral("retired"), retired ? 1 : 0}},
                                label.arg(row->value(QStringLiteral("name")).toString()),
                                retired ? QStringLiteral("retire") : QStringLiteral("reinstate"));
    if (!meta)
        return meta.error();
    return {};
}

// Categories ------------------------------------------------------------------------------

Result<QList<IssueCategory>> LedgerSettings::categories(Retired retired)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT c.id, c.parent_id, c.name, c.sort_order, c.retired, c.version FROM "
                                     "issue_category c LEFT JOIN issue_category p ON p.id = c.parent_id WHERE %1 "
                                     "ORDER BY COALESCE(p.sort_order, c.sort_order), COALESCE(p.id, c.id), "
                                     "CASE WHEN c.parent_id IS NULL THEN 0 ELSE 1 END, c.sort_order, c.id")
                          .arg(retiredCondition(retired, QStringLiteral("c."))));
    if (!q)
        return q.error();
    QList<IssueCategory> list;
    while (q.value().next()) {
        IssueCategory c;
        c.id = q.value().value(0).toLongLong();
        c.parentId = q.value().value(1).toLongLong();
        c.name = q.value().value(2).toString();
        c.sortOrder = q.value().value(3).toInt();
        c.retired = q.value().value(4).toInt() != 0;
        c.version = q.value().value(5).toInt();
        // A subcategory of a retired category is not offered either.
        if (retired == Retired::Exclude && c.parentId
            && std::none_of(list.cbegin(), list.cend(), [&](const IssueCategory &p) { return p.id == c.parentId; }))
            continue;
        list << c;
    }
    return list;
}

Result<QStringList> LedgerSettings::categoryNames(qint64 parentId, Retired retired)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT name FROM issue_category WHERE %1 AND %2 ORDER BY sort_order, id")
                          .arg(parentId ? QStringLiteral("parent_id = :p") : QStringLiteral("parent_id IS NULL"),
                               retiredCondition(retired)),
                      parentId ? QVariantMap{{QStringLiteral("p"), parentId}} : QVariantMap{});
    if (!q)
        return q.error();
    QStringList names;
    while (q.value().next())
        names << q.value().value(0).toString();
    return names;
}

Result<IssueCategory> LedgerSettings::category(qint64 id)
{
    auto row = Records::read(m_db, QStringLiteral("issue_category"), id);
    if (!row)
        return Error{ErrorCode::NotFound, tr("Category %1 does not exist.").arg(id), {}};
    IssueCategory c;
    c.id = id;
    c.parentId = row->value(QStringLiteral("parent_id")).toLongLong();
    c.name = row->value(QStringLiteral("name")).toString();
    c.sortOrder = row->value(QStringLiteral("sort_order")).toInt();
    c.retired = row->value(QStringLiteral("retired")).toInt() != 0;
    c.version = row->value(QStringLiteral("version")).toInt();
    return c;
}

Result<IssueCategory> LedgerSettings::addCategory(const QString &name, qint64 parentId, const Actor &actor)
{
    if (Status s = Access::require(m_db, actor, Permission::LedgerSettings); !s)
        return s.error();
    auto n = checkedName(name, parentId ? tr("subcategory") : tr("category"));
    if (!n)
        return n.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (parentId) {
        auto parent = category(parentId);
        if (!parent)
            return parent.error();
        if (parent->parentId)
            return invalid(
                tr("%1 is itself a subcategory; subcategories have no subcategories of their own.").arg(parent->name),
                "parent");
    }
    const QString siblings = parentId ? QStringLiteral("parent_id = :p") : QStringLiteral("parent_id IS NULL");
    const QVariantMap parent = parentId ? QVariantMap{{QStringLiteral("p"), parentId}} : QVariantMap{};
    if (Status s = nameFree(QStringLiteral("issue_category"), siblings, parent, n.value()); !s)
        return s.error();
    auto last = queryValue(
        m_db, QStringLiteral("SELECT COALESCE(MAX(sort_order), 0) FROM issue_category WHERE %1").arg(siblings),
        parentId ? QVariantMap{{QStringLiteral("p"), parentId}} : QVariantMap{});
    if (!last)
        return last.error();
    const int order = last->toInt() + 1;
    auto meta = Records::insert(m_db, actor, QStringLiteral("issue_category"),
                                {{QStringLiteral("name"), n.value()},
                                 {QStringLiteral("parent_id"), idOrNull(parentId)},
                                 {QStringLiteral("sort_order"), order}});
    if (!meta)
        return meta.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return IssueCategory{meta->id, parentId, n.value(), order, false, meta->version};
}

Status LedgerSettings::renameCategory(qint64 id, int expectedVersion, const QString &name, const Actor &actor)
{
    if (Status s = Access::require(m_db, actor, Permission::LedgerSettings); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto current = category(id);
    if (!current)
        return current.error();
    auto n = checkedName(name, current->parentId ? tr("subcategory") : tr("category"));
    if (!n)
        return n.error();
    if (n.value() == current->name)
        return {};
    if (Status s = nameFree(QStringLiteral("issue_category"),
                            current->parentId ? QStringLiteral("parent_id = :p") : QStringLiteral("parent_id IS NULL"),
                            current->parentId ? QVariantMap{{QStringLiteral("p"), current->parentId}} : QVariantMap{},
                            n.value(), id);
        !s)
        return s;
    auto meta = Records::update(m_db, actor, QStringLiteral("issue_category"), id, expectedVersion,
                                {{QStringLiteral("name"), n.value()}}, tr("Category %1").arg(current->name),
                                QStringLiteral("rename"));
    if (!meta)
        return meta.error();

    // The issues carry the name: they follow the rename, each with its audit row, so that
    // every issue still equals its latest audit values.
    QString sql;
    QVariantMap binds{{QStringLiteral("old"), current->name}};
    QString column = QStringLiteral("category");
    if (current->parentId) {
        auto parent = category(current->parentId);
        if (!parent)
            return parent.error();
        sql = QStringLiteral("SELECT id, version FROM issue WHERE category = :parent AND subcategory = :old");
        binds.insert(QStringLiteral("parent"), parent->name);
        column = QStringLiteral("subcategory");
    } else {
        sql = QStringLiteral("SELECT id, version FROM issue WHERE category = :old");
    }
    QList<std::pair<qint64, int>> issues;
    if (Status s = readRows(m_db, sql, binds,
                            [&](const QSqlQuery &q) {
                                issues.append({q.value(0).toLongLong(), q.value(1).toInt()});
                            });
        !s)
        return s;
    for (const auto &[issueId, version] : std::as_const(issues)) {
        auto renamed = Records::update(m_db, actor, QStringLiteral("issue"), issueId, version, {{column, n.value()}},
                                       tr("Issue %1").arg(issueId), QStringLiteral("rename_category"));
        if (!renamed)
            return renamed.error();
    }
    return tx.commit();
}

Status LedgerSettings::setCategoryRetired(qint64 id, int expectedVersion, bool retired, const Actor &actor)
{
    if (Status s = Access::require(m_db, actor, Permission::LedgerSettings); !s)
        return s;
    return setRetired(QStringLiteral("issue_category"), tr("Category %1"), id, expectedVersion, retired, actor);
}

Status LedgerSettings::moveCategory(qint64 id, int delta, const Actor &actor)
{
    if (Status s = Access::require(m_db, actor, Permission::LedgerSettings); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto current = category(id);
    if (!current)
        return current.error();
    auto q
        = runQuery(m_db,
                   QStringLiteral("SELECT id, sort_order, version FROM issue_category WHERE %1 ORDER BY "
                                  "sort_order, id")
                       .arg(current->parentId ? QStringLiteral("parent_id = :p") : QStringLiteral("parent_id IS NULL")),
                   current->parentId ? QVariantMap{{QStringLiteral("p"), current->parentId}} : QVariantMap{});
    if (!q)
        return q.error();
    struct Sibling {
        qint64 id;
        int order;
        int version;
    };
    QList<Sibling> siblings;
    while (q.value().next())
        siblings.append({q.value().value(0).toLongLong(), q.value().value(1).toInt(), q.value().value(2).toInt()});
    const qsizetype at = std::find_if(siblings.cbegin(), siblings.cend(), [&](const Sibling &s) { return s.id == id; })
        - siblings.cbegin();
    const qsizetype to = at + (delta < 0 ? -1 : 1);
    if (at >= siblings.size() || to < 0 || to >= siblings.size())
        return tx.commit(); // already first or last
    // Positions become 1..n so that equal orders left by older registers cannot block a move.
    std::swap(siblings[at], siblings[to]);
    for (qsizetype i = 0; i < siblings.size(); ++i) {
        if (siblings[i].order == int(i + 1))
            continue;
        auto meta = Records::update(m_db, actor, QStringLiteral("issue_category"), siblings[i].id, siblings[i].version,
                                    {{QStringLiteral("sort_order"), int(i + 1)}}, tr("Category %1").arg(siblings[i].id),
                                    QStringLiteral("reorder"));
        if (!meta)
            return meta.error();
    }
    return tx.commit();
}

Status LedgerSettings::remove(const QString &table, qint64 id, const Actor &actor)
{
    auto row = Records::read(m_db, table, id);
    if (!row)
        return row.error();
    auto q = runQuery(m_db, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table), {{QStringLiteral("id"), id}});
    if (!q)
        return q.error();
    return AuditLog::append(
        m_db, actor,
        {QStringLiteral("delete"), table, id, row->value(QStringLiteral("uuid")).toString(), row.value(), {}});
}

Status LedgerSettings::removeCategory(qint64 id, const Actor &actor)
{
    if (Status s = Access::require(m_db, actor, Permission::LedgerSettings); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto current = category(id);
    if (!current)
        return current.error();
    QString parentName;
    if (current->parentId) {
        auto parent = category(current->parentId);
        if (!parent)
            return parent.error();
        parentName = parent->name;
    }
    auto used = current->parentId
        ? queryValue(m_db, QStringLiteral("SELECT COUNT(*) FROM issue WHERE category = :c AND subcategory = :s"),
                     {{QStringLiteral("c"), parentName}, {QStringLiteral("s"), current->name}})
        : queryValue(m_db, QStringLiteral("SELECT COUNT(*) FROM issue WHERE category = :c"),
                     {{QStringLiteral("c"), current->name}});
    if (!used)
        return used.error();
    if (used->toInt() > 0)
        return Error{
            ErrorCode::Conflict,
            tr("%n issue(s) are filed under %1, so it cannot be deleted; retire it instead.", nullptr, used->toInt())
                .arg(current->name),
            {}};
    auto children = queryValue(m_db, QStringLiteral("SELECT COUNT(*) FROM issue_category WHERE parent_id = :id"),
                               {{QStringLiteral("id"), id}});
    if (!children)
        return children.error();
    if (children->toInt() > 0)
        return Error{
            ErrorCode::Conflict, tr("%1 still has subcategories; delete or retire them first.").arg(current->name), {}};
    if (Status s = remove(QStringLiteral("issue_category"), id, actor); !s)
        return s;
    return tx.commit();
}

// Settings --------------------------------------------------------------------------------------

int LedgerSettings::builtInDeadlineDays(const QString &handlingType)
{
    if (handlingType == QLatin1String("immediate"))
        return 3;
    if (handlingType == QLatin1String("phased"))
        return 90;
    return 15;
}

Result<QString> LedgerSettings::setting(const QString &key)
{
    auto v = queryValue(m_db, QStringLiteral("SELECT value FROM setting WHERE key = :k"), {{QStringLiteral("k"), key}});
    if (!v)
        return v.error();
    return v->isNull() ? QString() : v->toString();
}

Status LedgerSettings::setSetting(const QString &key, const QString &value, const Actor &actor)
{
    if (Status s = Access::require(m_db, actor, Permission::LedgerSettings); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto q = runQuery(m_db, QStringLiteral("SELECT id, version FROM setting WHERE key = :k"),
                      {{QStringLiteral("k"), key}});
    if (!q)
        return q.error();
    if (q.value().next()) {
        const qint64 id = q.value().value(0).toLongLong();
        const int version = q.value().value(1).toInt();
        q.value().finish();
        auto meta = Records::update(m_db, actor, QStringLiteral("setting"), id, version,
                                    {{QStringLiteral("value"), value}}, tr("Setting %1").arg(key));
        if (!meta)
            return meta.error();
    } else {
        auto meta = Records::insert(m_db, actor, QStringLiteral("setting"),
                                    {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
        if (!meta)
            return meta.error();
    }
    return tx.commit();
}

Result<int> LedgerSettings::deadlineDays(const QString &handlingType)
{
    const QString code = choiceCode(choices::handlingType(), handlingType);
    if (code.isEmpty())
        return invalid(tr("'%1' is not a handling type.").arg(handlingType), "handling_type");
    auto stored = setting(deadlineKey(code));
    if (!stored)
        return stored.error();
    bool ok = false;
    const int days = stored->toInt(&ok);
    return ok && days > 0 ? days : builtInDeadlineDays(code);
}

Status LedgerSettings::setDeadlineDays(const QString &handlingType, int days, const Actor &actor)
{
    if (Status s = Access::require(m_db, actor, Permission::LedgerSettings); !s)
        return s;
    const QString code = choiceCode(choices::handlingType(), handlingType);
    if (code.isEmpty())
        return invalid(tr("'%1' is not a handling type.").arg(handlingType), "handling_type");
    if (days < 1 || days > kMaxDeadlineDays)
        return invalid(tr("The deadline of %1 must be between 1 and %2 days, not %3.")
                           .arg(choiceLabel(choices::handlingType(), code))
                           .arg(kMaxDeadlineDays)
                           .arg(days),
                       "deadline_days");
    return setSetting(deadlineKey(code), QString::number(days), actor);
}

} // namespace linli
