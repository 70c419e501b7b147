#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace linli {

// How many characters each kind of free text may hold, declared once, and the check that
// names the field, its limit and the length it was given. A name fits on a printed ledger's
// line, a line of text (a title, a place) on a page's width; notes and results on a page.
class TextLimit final
{
    Q_DECLARE_TR_FUNCTIONS(TextLimit)
public:
    static constexpr int kName = 50; // a person: resident, reporter, visitor, assignee
    static constexpr int kLine = 200; // a title, a location, a destination
    static constexpr int kNotes = 2000; // notes, reasons, a result
    static constexpr int kText = 5000; // a problem's description, a visit's record

    // Invalid with the field's label and the limit when `text` is longer than `limit`.
    static Status check(const QString &text, int limit, const QString &label, const char *field);
};

} // namespace linli
