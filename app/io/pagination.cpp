#include "pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>
#include <vector>

namespace linli {

namespace {

// Something that goes whole onto one page: a paragraph, a heading, a small table (a title line,
// a grid of fields, the signatures) or one row of a long table.
struct Unit {
    double top = 0;
    double bottom = 0;
    int table = -1; // the long table the unit is a row or the header of
    bool header = false; // the header band of that table
    bool keepWithNext = false;
    bool breakBefore = false;
};

struct Band {
    double top = 0;
    double bottom = 0;
};

constexpr double kSlack = 0.01; // rounding of the layout's fixed-point numbers

// The extent of a table cell's content: its first block's top to its last block's bottom.
bool cellExtent(const QAbstractTextDocumentLayout &layout, const QTextTableCell &cell, double &top, double &bottom)
{
    bool found = false;
    for (auto it = cell.begin(); !it.atEnd(); ++it) {
        QRectF rect;
        if (QTextFrame *frame = it.currentFrame())
            rect = layout.frameBoundingRect(frame);
        else
            rect = layout.blockBoundingRect(it.currentBlock());
        top = found ? std::min(top, rect.top()) : rect.top();
        bottom = found ? std::max(bottom, rect.bottom()) : rect.bottom();
        found = true;
    }
    return found;
}

// A table with a header row: its header band and one unit per row. Rows meet halfway between
// the bottom of one row's tallest content and the top of the next row's content, which is
// where their shared border runs.
void addLongTable(const QAbstractTextDocumentLayout &layout, QTextTable *table, int index, const QRectF &frame,
                  std::vector<Unit> &units, std::vector<Band> &headers)
{
    const int rows = table->rows();
    std::vector<double> contentTop(size_t(rows), frame.top()), contentBottom(size_t(rows), frame.top());
    for (int r = 0; r < rows; ++r) {
        bool any = false;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (cell.row() != r || cell.column() != c)
                continue; // covered by a spanning cell
            double top = 0, bottom = 0;
            if (!cellExtent(layout, cell, top, bottom))
                continue;
            contentTop[size_t(r)] = any ? std::min(contentTop[size_t(r)], top) : top;
            contentBottom[size_t(r)] = any ? std::max(contentBottom[size_t(r)], bottom) : bottom;
            any = true;
        }
    }
    auto boundary = [&](int r) { // between row r - 1 and row r
        if (r <= 0)
            return frame.top();
        if (r >= rows)
            return frame.bottom();
        return (contentBottom[size_t(r - 1)] + contentTop[size_t(r)]) / 2;
    };
    const int headerRows = std::min(table->format().headerRowCount(), rows - 1);
    headers.push_back({frame.top(), boundary(headerRows)});
    Unit header{frame.top(), boundary(headerRows), index, true, true, false};
    units.push_back(header);
    for (int r = headerRows; r < rows; ++r)
        units.push_back({boundary(r), boundary(r + 1), index, false, false, false});
}

bool breaksBefore(QTextFormat::PageBreakFlags flags)
{
    return flags & QTextFormat::PageBreak_AlwaysBefore;
}

bool breaksAfter(QTextFormat::PageBreakFlags flags)
{
    return flags & QTextFormat::PageBreak_AlwaysAfter;
}

} // namespace

QList<PageSlice> paginate(const QTextDocument &document, double pageHeight)
{
    const QAbstractTextDocumentLayout &layout = *document.documentLayout();
    const double end = layout.documentSize().height(); // lays the whole document out

    // The units, in the order they are printed.
    std::vector<Unit> units;
    std::vector<Band> headers;
    bool breakNext = false;
    int lastRow = -1;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            const QRectF rect = layout.frameBoundingRect(frame);
            const bool before = breakNext || breaksBefore(frame->frameFormat().pageBreakPolicy());
            auto *table = qobject_cast<QTextTable *>(frame);
            const size_t first = units.size();
            if (table && table->format().headerRowCount() > 0 && table->rows() > 1) {
                addLongTable(layout, table, int(headers.size()), rect, units, headers);
                lastRow = int(units.size()) - 1;
            } else {
                units.push_back({rect.top(), rect.bottom(), -1, false, false, false});
            }
            units[first].breakBefore = before;
            breakNext = breaksAfter(frame->frameFormat().pageBreakPolicy());
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const QTextBlockFormat format = block.blockFormat();
        if (block.text().trimmed().isEmpty()) {
            // An empty block (Qt's spacers around tables, or a bare page break) takes no room.
            breakNext = breakNext || breaksBefore(format.pageBreakPolicy()) || breaksAfter(format.pageBreakPolicy());
            continue;
        }
        const QRectF rect = layout.blockBoundingRect(block);
        Unit unit{rect.top(), rect.bottom(), -1, false, format.headingLevel() > 0, false};
        unit.breakBefore = breakNext || breaksBefore(format.pageBreakPolicy());
        breakNext = breaksAfter(format.pageBreakPolicy());
        units.push_back(unit);
    }
    // What follows the last row of the last long table stays with it.
    if (lastRow >= 0) {
        for (size_t i = size_t(lastRow); i + 1 < units.size(); ++i)
            units[i].keepWithNext = true;
    }

    // Where a unit taller than a page may be cut: between two lines.
    std::vector<double> lineTops;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *lines = block.layout();
        if (!lines)
            continue;
        const double top = layout.blockBoundingRect(block).top() - lines->boundingRect().top();
        for (int i = 0; i < lines->lineCount(); ++i)
            lineTops.push_back(top + lines->lineAt(i).y());
    }
    std::sort(lineTops.begin(), lineTops.end());

    QList<PageSlice> pages;
    PageSlice page;
    auto fits = [&](double bottom) { return bottom - page.top + page.headerHeight() <= pageHeight + kSlack; };
    auto newPage = [&](double at, int table) {
        page.bottom = at;
        pages << page;
        page = PageSlice{};
        page.top = at;
        if (table >= 0) {
            page.headerTop = headers[size_t(table)].top;
            page.headerBottom = headers[size_t(table)].bottom;
        }
    };
    // Whether the band [top, bottom) fits on one page, under the header of table `repeated`
    // printed again (none with -1).
    auto onOnePage = [&](double top, double bottom, int repeated) {
        const double headerRoom = repeated >= 0 ? headers[size_t(repeated)].bottom - headers[size_t(repeated)].top : 0;
        return bottom - top + headerRoom <= pageHeight + kSlack;
    };
    // Places the band [top, bottom) of a unit or a group of them: on this page, on a new one,
    // or, taller than a page, cut between lines over as many as it needs.
    auto place = [&](double top, double bottom, int table, bool header, bool breakBefore) {
        const int repeated = header ? -1 : table;
        if (breakBefore && top > page.top + kSlack)
            newPage(top, repeated);
        if (fits(bottom))
            return;
        if (top > page.top + kSlack && onOnePage(top, bottom, repeated)) {
            newPage(top, repeated);
            return; // it fits on the new page
        }
        // Taller than a page: it starts where it is, and goes on over the next pages.
        while (!fits(bottom)) {
            const double limit = page.top + pageHeight - page.headerHeight();
            auto at = std::upper_bound(lineTops.begin(), lineTops.end(), limit);
            double cut = limit;
            if (at != lineTops.begin() && *(at - 1) > page.top + kSlack)
                cut = *(at - 1);
            newPage(cut, repeated);
        }
    };
    for (size_t i = 0; i < units.size();) {
        size_t last = i;
        while (units[last].keepWithNext && last + 1 < units.size())
            ++last;
        const Unit &first = units[i];
        if (onOnePage(first.top, units[last].bottom, first.header ? -1 : first.table)) {
            place(first.top, units[last].bottom, first.table, first.header, first.breakBefore);
        } else {
            // A group taller than a page: its parts go one by one (a single part is cut).
            for (size_t k = i; k <= last; ++k)
                place(units[k].top, units[k].bottom, units[k].table, units[k].header, units[k].breakBefore);
        }
        i = last + 1;
    }
    page.bottom = std::max(end, page.top);
    pages << page;
    return pages;
}

} // namespace linli
