#include "textlimit.h"

namespace linli {

Status TextLimit::check(const QString &text, int limit, const QString &label, const char *field)
{
    if (text.size() <= limit)
        return {};
    return Error{ErrorCode::Invalid,
                 tr("%1 may have at most %2 characters; this one has %3.").arg(label).arg(limit).arg(text.size()),
                 QString::fromLatin1(field)};
}

} // namespace linli
