#include "ledger/issuerow.h"

namespace linli {

Issue issueFromQuery(const QSqlQuery &q)
{
    auto text = [&](const char *column) { return q.value(QString::fromLatin1(column)).toString(); };
    Issue i;
    i.meta = RecordMeta::fromQuery(q);
    i.number = text("number");
    i.title = text("title");
    i.description = text("description");
    i.category = text("category");
    i.subcategory = text("subcategory");
    i.source = text("source");
    i.reporter = text("reporter");
    i.reporterPhone = text("reporter_phone");
    i.communityId = q.value(QStringLiteral("community_id")).toLongLong();
    i.gridId = q.value(QStringLiteral("grid_id")).toLongLong();
    i.householdId = q.value(QStringLiteral("household_id")).toLongLong();
    i.visitId = q.value(QStringLiteral("visit_id")).toLongLong();
    i.location = text("location");
    i.handlingType = text("handling_type");
    i.registeredDate = text("registered_date");
    i.acceptedDate = text("accepted_date");
    i.dispatchedDate = text("dispatched_date");
    i.departmentId = q.value(QStringLiteral("department_id")).toLongLong();
    i.departmentName = text("department_name");
    i.assignee = text("assignee");
    i.deadline = text("deadline");
    i.status = text("status");
    i.resolvedDate = text("resolved_date");
    i.result = text("result");
    i.followUpDate = text("follow_up_date");
    i.satisfaction = text("satisfaction");
    i.closedDate = text("closed_date");
    i.returnCount = q.value(QStringLiteral("return_count")).toInt();
    i.escalated = q.value(QStringLiteral("escalated")).toInt() != 0;
    return i;
}

} // namespace linli
