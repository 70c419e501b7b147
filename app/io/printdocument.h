#pragma once

#include "common/result.h"
#include "pagination.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QPageLayout>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QTextDocument;

namespace linli {

// The fonts paper is printed with. Their glyphs map back to the right characters when text is
// copied out of a PDF (Noto CJK's do not in Qt 6.4: 一 comes out as the radical ⼀).
struct PrintFonts {
    QString body; // 宋体 style: AR PL UMing CN, or SimSun on Windows
    QString title; // 黑体 style: WenQuanYi Zen Hei, or SimHei on Windows

    // The installed pair, or an error naming the packages that provide them.
    static Result<PrintFonts> find();
};

// Builds the HTML of a document: headings, a title block, field grids, tables whose header row
// repeats on every page, and the signature lines. Every value is escaped here.
class DocumentHtml final
{
public:
    struct Column {
        QString header;
        int percent = 0; // share of the table width; 0: whatever is left
        bool centred = false;
        // As wide as its longest value and never wrapped (a number, a date, a status), as long
        // as every value is short; `percent` is then not used.
        bool fit = false;
    };

    void heading(const QString &text);
    // The line under a heading: what the document covers (community, dates) on the left and the
    // day it was printed on the right.
    void titleBlock(const QStringList &scope, const QString &printedOn);
    void section(const QString &text);
    // Rows of label and value pairs, at most `pairsPerRow` to a row; a row's last value spans
    // what is left of it.
    using Field = std::pair<QString, QString>;
    void fields(const QList<QList<Field>> &rows, int pairsPerRow = 2);
    // A table; its header row repeats at the top of each page it runs onto. Empty rows get one
    // line saying `empty`. A compact table (the wide landscape ledgers) is in smaller type.
    enum class Size { Normal, Compact };
    void table(const QList<Column> &columns, const QList<QStringList> &rows, const QString &empty = {},
               Size size = Size::Normal);
    void paragraph(const QString &text);
    // 制表人 / 审核人 / 日期 with room to sign.
    void signatures(const QString &preparedBy = {});
    void pageBreak();
    // A cover page's title and the lines under it, centred.
    void cover(const QString &title, const QStringList &lines);
    void raw(const QString &html) { m_html += html; }

    QString html() const { return m_html; }
    qsizetype size() const { return m_html.size(); }

private:
    QString m_html;
};

// A printable document: HTML laid out on A4 by QTextDocument, painted page by page on a printer
// or a PDF writer with the footer 第 N 页 共 M 页. The layout is in points (1/72 inch), so it is
// the same on every device, and scaled to the device when painted. Each part is laid out as one
// long column and cut into pages by paginate(): rows whole, headings with what follows them,
// the signatures with the last rows, and a long table's header again on each page.
//
// A document is a sequence of parts, each starting on a new page and laid out on its own: a
// booklet's cover, its contents and each household's card. Pages are numbered through the
// whole document. Separate parts keep the layout and painting of a long booklet in step with
// its length: no part is longer than a few pages.
class PrintDocument final
{
    Q_DECLARE_TR_FUNCTIONS(PrintDocument)
public:
    enum class Orientation { Portrait, Landscape };
    // Returns false to cancel: (pages done, pages in all).
    using Progress = std::function<bool(int done, int total)>;

    PrintDocument(const QString &title, Orientation orientation, const PrintFonts &fonts);
    ~PrintDocument();
    PrintDocument(const PrintDocument &) = delete;
    PrintDocument &operator=(const PrintDocument &) = delete;

    QString title() const { return m_title; }
    Orientation orientation() const { return m_orientation; }
    const PrintFonts &fonts() const { return m_fonts; }
    QPageLayout pageLayout() const;

    // A figure (a chart) drawn in place of the part's <img src="NAME">: its size in points and
    // how it paints itself into a rectangle of that size, as lines and text at the resolution of
    // whatever it is painted on (sharp in the preview at any zoom, and vectors in the PDF).
    struct Figure {
        QString name;
        QSizeF size;
        std::function<void(QPainter &, const QRectF &)> paint;
    };
    using Figures = QList<Figure>;
    // Lays out a part at the end, or before part `before`; returns its number of pages.
    int addPart(const QString &bodyHtml, const Figures &figures = {});
    int insertPart(qsizetype before, const QString &bodyHtml);
    void replacePart(qsizetype index, const QString &bodyHtml);
    qsizetype partCount() const { return m_parts.size(); }
    int pageCount() const;
    // The page (from 0) on which part `index` starts.
    int firstPage(qsizetype index) const;
    // The text of every part, one after the other.
    QString plainText() const;

    // Paints pages first..last (from 1; 0 and 0 for all) with their footers. The device's page
    // layout is set to the document's. Returns the cancellation error when progress says stop.
    Status paint(QPagedPaintDevice *device, int first = 0, int last = 0, const Progress &progress = {}) const;
    // Writes a PDF to a temporary file next to `path` and renames it into place, so that a
    // cancelled or failed run leaves no half-written file.
    Status writePdf(const QString &path, const Progress &progress = {}) const;
    // One page as an image at `dpi`, with its footer: print preview thumbnails and tests.
    QImage renderPage(int page, int dpi) const;

    static QString styleSheet(const PrintFonts &fonts);

private:
    struct Part {
        std::unique_ptr<QTextDocument> document;
        QList<PageSlice> slices;
        int pages = 0;
    };
    Part layOut(const QString &bodyHtml, const Figures &figures) const;
    void paintPage(QPainter &painter, int page, int pages) const;
    QRectF bodyRect() const; // in points, on the page
    QString m_title;
    Orientation m_orientation;
    PrintFonts m_fonts;
    std::unique_ptr<QImage> m_layoutDevice; // 72 dpi: the layout is in points
    std::vector<Part> m_parts;
};

} // namespace linli
