#pragma once

#include "access/actor.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace linli {

class Database;

struct IssueCategory {
    qint64 id = 0;
    qint64 parentId = 0; // 0 for a category, its category's id for a subcategory
    QString name;
    int sortOrder = 0;
    bool retired = false;
    int version = 0;
};

struct Department {
    qint64 id = 0;
    QString name;
    bool retired = false;
    int version = 0;
};

struct Assignee {
    qint64 id = 0;
    qint64 departmentId = 0;
    QString name;
    QString phone;
    bool retired = false;
    int version = 0;
};

// The ledger's editable lists (categories with their subcategories, departments with their
// assignees) and its settings (the deadline of each handling type). An entry that issues
// already name cannot be deleted; it is retired instead: kept for those issues and their
// figures, no longer offered for new ones. Every change is written with its audit row.
class LedgerSettings final
{
    Q_DECLARE_TR_FUNCTIONS(LedgerSettings)
public:
    explicit LedgerSettings(Database &db) : m_db(db) { }

    enum class Retired { Include, Exclude };

    // Categories first by their order, each followed by its subcategories.
    Result<QList<IssueCategory>> categories(Retired retired = Retired::Include);
    Result<QStringList> categoryNames(qint64 parentId = 0, Retired retired = Retired::Exclude);
    Result<IssueCategory> category(qint64 id);
    Result<IssueCategory> addCategory(const QString &name, qint64 parentId, const Actor &actor);
    // Renaming also renames the category in the issues that carry it, in the same transaction.
    Status renameCategory(qint64 id, int expectedVersion, const QString &name, const Actor &actor);
    Status setCategoryRetired(qint64 id, int expectedVersion, bool retired, const Actor &actor);
    // Swaps the entry with its neighbour above (delta -1) or below (+1) among its siblings.
    Status moveCategory(qint64 id, int delta, const Actor &actor);
    Status removeCategory(qint64 id, const Actor &actor);

    Result<QList<Department>> departments(Retired retired = Retired::Include);
    Result<Department> addDepartment(const QString &name, const Actor &actor);
    Status renameDepartment(qint64 id, int expectedVersion, const QString &name, const Actor &actor);
    Status setDepartmentRetired(qint64 id, int expectedVersion, bool retired, const Actor &actor);
    Status removeDepartment(qint64 id, const Actor &actor);

    Result<QList<Assignee>> assignees(qint64 departmentId, Retired retired = Retired::Include);
    Result<Assignee> addAssignee(qint64 departmentId, const QString &name, const QString &phone, const Actor &actor);
    Status updateAssignee(qint64 id, int expectedVersion, const QString &name, const QString &phone,
                          const Actor &actor);
    Status setAssigneeRetired(qint64 id, int expectedVersion, bool retired, const Actor &actor);
    Status removeAssignee(qint64 id, const Actor &actor);

    // Days from the dispatch date to the default deadline: 立行立改 3, 限期办理 15 and
    // 分阶段整改 90 unless set otherwise in this register.
    static int builtInDeadlineDays(const QString &handlingType);
    Result<int> deadlineDays(const QString &handlingType);
    Status setDeadlineDays(const QString &handlingType, int days, const Actor &actor);

    static constexpr int kMaxNameLength = 40;
    static constexpr int kMaxDeadlineDays = 365;

private:
    static QString retiredCondition(Retired retired, const QString &alias = QString());
    Result<QString> checkedName(const QString &name, const QString &what);
    // Conflict when another row of `table` within `scope` (SQL over `binds`) has the name.
    Status nameFree(const QString &table, const QString &scope, QVariantMap binds, const QString &name,
                    qint64 exceptId = 0);
    // Retires or reinstates an entry of `table`; `label` ("Category %1") names it in a conflict.
    Status setRetired(const QString &table, const QString &label, qint64 id, int expectedVersion, bool retired,
                      const Actor &actor);
    Result<QString> setting(const QString &key);
    Status setSetting(const QString &key, const QString &value, const Actor &actor);
    Status remove(const QString &table, qint64 id, const Actor &actor);
    Database &m_db;
};

} // namespace linli
