#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>
#include <QVariantList>

namespace linli {

class Database;

// The rows of the interchange tables (and the dwellings an import matches), read from the register within the scope of
// the connection's user (Database::actor), as plain values: the exporters of app/io turn them into the tables' columns
// and labels. Each row's columns are in the order each function names.
class TransferRows final
{
    Q_DECLARE_TR_FUNCTIONS(TransferRows)
public:
    using Rows = QList<QVariantList>;
    // ID numbers and phones in full (for a user with Permission::ExportFull: refused and
    // audited otherwise) or masked as on screen (150781********0017, 139****5678).
    enum class Numbers { Masked, Full };

    // 社区, 网格, 小区, 楼栋, 单元, 房号, housing_use, 户主姓名, phone, notes, household id, status,
    // status_date; active households.
    static Result<Rows> households(Database &db, Numbers numbers);
    // 社区, 网格, 小区, 楼栋, 单元, 房号, name, id_number, relation, phone, residence_type, status,
    // resident id, notes, status_date, sex, birth_date, party_member, destination; the residents
    // of active households.
    static Result<Rows> residents(Database &db, Numbers numbers);
    // The care tags in force on `day`, by resident id, in the tags' order.
    static Result<QHash<qint64, QStringList>> residentTags(Database &db, const QDate &day);
    // The care tags in force on `day`, by household id.
    static Result<QHash<qint64, QStringList>> householdTags(Database &db, const QDate &day);
    // number, registered_date, source, reporter, reporter_phone, 社区, 网格, location, category,
    // subcategory, title, handling_type, department, assignee, dispatched_date, deadline,
    // resolved_date, result, follow_up_date, satisfaction, return_count, status, description,
    // the reason of the latest rejection; registered between from and to when valid.
    static Result<Rows> issues(Database &db, const QDate &from, const QDate &to, Numbers numbers);
    // 社区, 网格, 小区, 楼栋, 单元, 房号, visit_date, visitor, kind, persons_met, notes, findings;
    // visited between from and to when valid, in one grid unless 0.
    static Result<Rows> visits(Database &db, const QDate &from, const QDate &to, qint64 gridId);
    // The dwellings an import matches its rows to: id, 社区, 网格, 小区, 楼栋, 单元, 房号 of
    // every active household in the user's scope.
    static Result<Rows> dwellings(Database &db);
    // id_number, name, address, grid id of every active resident with an ID number.
    static Result<Rows> activeIdNumbers(Database &db);
    // id, household id, name, relation, version of the active residents without an ID number.
    static Result<Rows> residentsWithoutIdNumber(Database &db);
    // household id, name of every active household head.
    static Result<Rows> heads(Database &db);
    // name, parent name (null for a category), retired of the issue categories.
    static Result<Rows> categories(Database &db);
    static Result<QStringList> issueNumbers(Database &db);
    // community name, grid name (null for a community without grids).
    static Result<Rows> communityGrids(Database &db);
    // name, retired of the departments.
    static Result<Rows> departments(Database &db);
    // Whether the register has a visit to the household on that day by that visitor.
    static Result<bool> visitExists(Database &db, qint64 householdId, const QString &date, const QString &visitor);

    // Whether the connection's user may have numbers in full: Full for a user with the right,
    // Masked otherwise (and always when `masked` is asked for).
    static Numbers numbersFor(const Database &db, bool masked);
    // The audit row of an export: which table, how many rows, to which file, numbers in full or
    // not, and the user's scope. Written after the file, in a transaction of its own.
    static Status recordExport(Database &db, const QString &table, int rows, const QString &file, Numbers numbers);

private:
    static Status checkFull(Database &db, Numbers numbers);
    static Result<QHash<qint64, QStringList>> tagsInForce(Database &db, const QString &table, const QString &owner,
                                                          const QDate &day);
    static void mask(Rows &rows, const QList<int> &idColumns, const QList<int> &phoneColumns);
};

} // namespace linli
