#pragma once

#include <QList>

class QTextDocument;

namespace linli {

// One printed page of a document laid out as a single long column: the band [top, bottom) of
// the column, and, when the page goes on with a table begun on an earlier page, that table's
// header band [headerTop, headerBottom) printed above it. In points, in the column's
// coordinates.
struct PageSlice {
    double top = 0;
    double bottom = 0;
    double headerTop = 0;
    double headerBottom = 0;

    double headerHeight() const { return headerBottom - headerTop; }
};

// Cuts a document laid out without pages (QTextDocument::setTextWidth) into pages of
// `pageHeight`, the way paper ledgers are kept:
// - a table row never breaks across pages: a row that does not fit goes whole to the next
//   page, under the table's header printed again;
// - a heading stays with what follows it, and a table's header with its first row;
// - what comes after the last table row (a total, the 制表人/审核人 line) stays with that row;
// - a page break asked for in the document (page-break-before/after) is kept.
// Only something taller than a page is cut, between two of its lines.
QList<PageSlice> paginate(const QTextDocument &document, double pageHeight);

} // namespace linli
