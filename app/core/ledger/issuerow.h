#pragma once

#include "common/result.h"
#include "ledger/issuetypes.h"

#include <QSqlQuery>

namespace linli {

// Shared by the ledger's repository files: an issue from a row of "issue i" joined with its
// department's name as department_name.
Issue issueFromQuery(const QSqlQuery &q);

inline Error invalidIssueField(const QString &message, const char *field)
{
    return Error{ErrorCode::Invalid, message, QString::fromLatin1(field)};
}

} // namespace linli
