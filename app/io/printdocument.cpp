#include "printdocument.h"

#include "figureobject.h"
#include "storage/privatefile.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace linli {

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kFooterHeight = 18; // points under the body for 第 N 页 共 M 页
constexpr double kFooterFontSize = 9;

QString escaped(const QString &text)
{
    // Line breaks typed into a notes field stay line breaks on paper.
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace

Result<PrintFonts> PrintFonts::find()
{
    const QStringList families = QFontDatabase::families();
    auto first = [&families](std::initializer_list<const char *> candidates) {
        for (const char *candidate : candidates) {
            const QString family = QString::fromLatin1(candidate);
            if (families.contains(family))
                return family;
        }
        return QString();
    };
    PrintFonts fonts;
    fonts.body = first({"AR PL UMing CN", "SimSun", "NSimSun"});
    fonts.title = first({"WenQuanYi Zen Hei", "SimHei"});
    if (fonts.body.isEmpty() || fonts.title.isEmpty())
        return Error{ErrorCode::Invalid,
                     PrintDocument::tr("The print fonts are not installed: printing needs \"AR PL UMing CN\" and "
                                       "\"WenQuanYi Zen Hei\" (Debian packages fonts-arphic-uming and "
                                       "fonts-wqy-zenhei), or SimSun and SimHei on Windows."),
                     QStringLiteral("fonts")};
    return fonts;
}

// --- DocumentHtml -------------------------------------------------------------------------------

void DocumentHtml::heading(const QString &text)
{
    m_html += QStringLiteral("<h1>%1</h1>").arg(escaped(text));
}

void DocumentHtml::titleBlock(const QStringList &scope, const QString &printedOn)
{
    QStringList parts;
    for (const QString &part : scope)
        parts << escaped(part);
    m_html += QStringLiteral("<table class=\"plain\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                             "<td>%1</td><td align=\"right\">%2</td></tr></table>")
                  .arg(parts.join(QStringLiteral("&#12288;")), escaped(printedOn));
}

void DocumentHtml::section(const QString &text)
{
    m_html += QStringLiteral("<h2>%1</h2>").arg(escaped(text));
}

void DocumentHtml::fields(const QList<QList<Field>> &rows, int pairsPerRow)
{
    const int labelPercent = 12;
    const int valuePercent = 100 / pairsPerRow - labelPercent;
    m_html += QStringLiteral(
        "<table class=\"grid\" width=\"100%\" border=\"0.6\" cellspacing=\"0\" cellpadding=\"2\"><tbody>");
    for (const QList<Field> &row : rows) {
        m_html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool last = i + 1 == row.size();
            const qsizetype span = last ? (pairsPerRow - i) * 2 - 1 : 1;
            const qsizetype width = last ? 100 - i * (labelPercent + valuePercent) - labelPercent : valuePercent;
            m_html
                += QStringLiteral("<td class=\"label\" width=\"%1%\">%2</td><td width=\"%3%\" colspan=\"%4\">%5</td>")
                       .arg(labelPercent)
                       .arg(escaped(row.at(i).first))
                       .arg(width)
                       .arg(span)
                       .arg(escaped(row.at(i).second));
        }
        m_html += QStringLiteral("</tr>");
    }
    m_html += QStringLiteral("</tbody></table>");
}

void DocumentHtml::table(const QList<Column> &columns, const QList<QStringList> &rows, const QString &empty, Size size)
{
    // A column to fit is as wide as its longest value and never wraps, as long as its values
    // are short (a hostile 40,000-character value wraps like any text); the others share what
    // is left.
    constexpr qsizetype kShort = 12;
    QList<bool> fitted;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        bool shortValues = columns.at(i).fit;
        for (qsizetype r = 0; shortValues && r < rows.size(); ++r)
            shortValues = rows.at(r).value(i).size() <= kShort;
        fitted << shortValues;
    }
    const QString noWrap = QStringLiteral(" class=\"fit\"");
    if (size == Size::Compact)
        m_html += QStringLiteral("<div class=\"small\">");
    m_html += QStringLiteral(
        "<table class=\"grid\" width=\"100%\" border=\"0.6\" cellspacing=\"0\" cellpadding=\"2\"><thead><tr>");
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const Column &c = columns.at(i);
        // width 1: as narrow as the column's unwrapped values allow, no wider.
        m_html += fitted.at(i) ? QStringLiteral("<th width=\"1\"%1>").arg(noWrap)
            : c.percent > 0    ? QStringLiteral("<th width=\"%1%\">").arg(c.percent)
                               : QStringLiteral("<th>");
        m_html += escaped(c.header) + QStringLiteral("</th>");
    }
    m_html += QStringLiteral("</tr></thead><tbody>");
    if (rows.isEmpty() && !empty.isEmpty())
        m_html += QStringLiteral("<tr><td colspan=\"%1\" align=\"center\">%2</td></tr>")
                      .arg(columns.size())
                      .arg(escaped(empty));
    for (const QStringList &row : rows) {
        m_html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < columns.size(); ++i)
            m_html += QStringLiteral("<td%1%2>")
                          .arg(columns.at(i).centred ? QStringLiteral(" align=\"center\"") : QString(),
                               fitted.at(i) ? noWrap : QString())
                + escaped(row.value(i)) + QStringLiteral("</td>");
        m_html += QStringLiteral("</tr>");
    }
    m_html += QStringLiteral("</tbody></table>");
    if (size == Size::Compact)
        m_html += QStringLiteral("</div>");
}

void DocumentHtml::paragraph(const QString &text)
{
    m_html += QStringLiteral("<p>%1</p>").arg(escaped(text));
}

void DocumentHtml::signatures(const QString &preparedBy)
{
    // 制表人 is the user who made the document; a blank to sign where nobody is named.
    const QString blank = preparedBy.isEmpty() ? QStringLiteral("<u>%1</u>").arg(QStringLiteral("&nbsp;").repeated(16))
                                               : escaped(preparedBy);
    const QString shortBlank = QStringLiteral("<u>%1</u>").arg(QStringLiteral("&nbsp;").repeated(6));
    m_html += QStringLiteral("<table class=\"signatures\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                             "<td width=\"30%\">制表人：%1</td><td width=\"30%\">审核人：%1</td>"
                             "<td width=\"40%\" align=\"right\">日期：%2年%3月%3日</td></tr></table>")
                  .arg(blank, shortBlank, QStringLiteral("<u>&nbsp;&nbsp;&nbsp;&nbsp;</u>"));
}

void DocumentHtml::cover(const QString &title, const QStringList &lines)
{
    m_html += QStringLiteral("<p class=\"covertitle\">%1</p>").arg(escaped(title));
    for (const QString &line : lines)
        m_html += QStringLiteral("<p class=\"cover\">%1</p>").arg(escaped(line));
}

void DocumentHtml::pageBreak()
{
    m_html += QStringLiteral("<p style=\"page-break-before: always\"></p>");
}

// --- PrintDocument ------------------------------------------------------------------------------

PrintDocument::PrintDocument(const QString &title, Orientation orientation, const PrintFonts &fonts)
    : m_title(title), m_orientation(orientation), m_fonts(fonts),
      m_layoutDevice(std::make_unique<QImage>(1, 1, QImage::Format_RGB32))
{
    // 72 dots per inch: one layout unit is one point, on every device.
    const int dotsPerMeter = qRound(72.0 / 0.0254);
    m_layoutDevice->setDotsPerMeterX(dotsPerMeter);
    m_layoutDevice->setDotsPerMeterY(dotsPerMeter);
}

PrintDocument::Part PrintDocument::layOut(const QString &bodyHtml, const Figures &figures) const
{
    Part part;
    part.document = std::make_unique<QTextDocument>();
    QTextDocument &document = *part.document;
    document.documentLayout()->setPaintDevice(m_layoutDevice.get());
    document.setUseDesignMetrics(true);
    document.setDocumentMargin(0);
    QFont font(m_fonts.body);
    font.setPointSizeF(10.5);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(styleSheet(m_fonts));
    document.setTextWidth(bodyRect().width()); // one long column, cut into pages below
    document.setHtml(QStringLiteral("<html><head><title>%1</title></head><body>%2</body></html>")
                         .arg(m_title.toHtmlEscaped(), bodyHtml));
    if (!figures.isEmpty())
        FigureObject::place(document, figures);
    part.slices = paginate(document, bodyRect().height()); // the whole layout, now rather than when painting
    part.pages = int(part.slices.size());
    return part;
}

int PrintDocument::addPart(const QString &bodyHtml, const Figures &figures)
{
    Part part = layOut(bodyHtml, figures);
    const int pages = part.pages;
    m_parts.push_back(std::move(part));
    return pages;
}

int PrintDocument::insertPart(qsizetype before, const QString &bodyHtml)
{
    Part part = layOut(bodyHtml, {});
    const int pages = part.pages;
    m_parts.insert(m_parts.begin() + before, std::move(part));
    return pages;
}

void PrintDocument::replacePart(qsizetype index, const QString &bodyHtml)
{
    m_parts[size_t(index)] = layOut(bodyHtml, {});
}

PrintDocument::~PrintDocument() = default;

QString PrintDocument::styleSheet(const PrintFonts &fonts)
{
    // Sizes are in points (the layout is at 72 dpi, so a CSS pixel is a point).
    return QStringLiteral(
               "body { font-family: '%1'; font-size: 10.5pt; }"
               "h1 { font-family: '%2'; font-size: 18pt; font-weight: normal; text-align: center; "
               "margin-top: 0px; margin-bottom: 6px; }"
               "h2 { font-family: '%2'; font-size: 12pt; font-weight: normal; margin-top: 14px; margin-bottom: 4px; }"
               "p { margin-top: 4px; margin-bottom: 4px; }"
               "table.grid { border-collapse: collapse; border-color: #000000; margin-top: 4px; }"
               "table.grid th { font-family: '%2'; font-weight: normal; background-color: #e6e6e6; "
               "border: 0.6px solid #000000; }"
               "table.grid td { border: 0.6px solid #000000; }"
               "td.label { font-family: '%2'; background-color: #f0f0f0; }"
               "table.plain { margin-bottom: 4px; }"
               "p.covertitle { font-family: '%2'; font-size: 48pt; text-align: center; margin-top: 180px; "
               "margin-bottom: 100px; }"
               "p.cover { font-family: '%2'; font-size: 16pt; text-align: center; margin-top: 12px; }"
               "table.grid td { font-size: 9.5pt; }"
               "table.grid th { font-size: 9.5pt; }"
               "div.small td { font-size: 9pt; }"
               "div.small th { font-size: 9pt; }"
               "table.signatures { margin-top: 18px; }"
               "td.fit { white-space: nowrap; }"
               "th.fit { white-space: nowrap; }")
        .arg(fonts.body, fonts.title);
}

QPageLayout PrintDocument::pageLayout() const
{
    QPageLayout layout(QPageSize(QPageSize::A4),
                       m_orientation == Orientation::Landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

QRectF PrintDocument::bodyRect() const
{
    const QRectF page = pageLayout().fullRectPoints();
    // Portrait documents are bound on the left (一户一册 binders): a wider margin there.
    const QMarginsF margins = m_orientation == Orientation::Portrait
        ? QMarginsF(22 * kPointsPerMm, 15 * kPointsPerMm, 15 * kPointsPerMm, 12 * kPointsPerMm)
        : QMarginsF(15 * kPointsPerMm, 12 * kPointsPerMm, 15 * kPointsPerMm, 10 * kPointsPerMm);
    QRectF body = page.marginsRemoved(margins);
    body.setBottom(body.bottom() - kFooterHeight);
    return body;
}

int PrintDocument::pageCount() const
{
    int pages = 0;
    for (const Part &part : m_parts)
        pages += part.pages;
    return pages;
}

int PrintDocument::firstPage(qsizetype index) const
{
    int page = 0;
    for (qsizetype i = 0; i < index && i < qsizetype(m_parts.size()); ++i)
        page += m_parts[size_t(i)].pages;
    return page;
}

QString PrintDocument::plainText() const
{
    QStringList texts;
    for (const Part &part : m_parts)
        texts << part.document->toPlainText();
    return texts.join(QLatin1Char('\n'));
}

void PrintDocument::paintPage(QPainter &painter, int page, int pages) const
{
    // The part the page belongs to, and the page within it.
    int inPart = page;
    const Part *part = nullptr;
    for (const Part &p : m_parts) {
        if (inPart < p.pages) {
            part = &p;
            break;
        }
        inPart -= p.pages;
    }
    const QRectF body = bodyRect();
    if (part) {
        // The repeated header band, if any, then the page's band of the column under it. Only
        // what lies within a band is drawn (text outside it would be in the PDF, if not seen);
        // the clip reaches half a point past its ends so that the rules on them print whole.
        const PageSlice &slice = part->slices.at(inPart);
        auto band = [&](double top, double bottom, double at) {
            painter.save();
            painter.translate(body.left(), body.top() + at - top);
            painter.setClipRect(QRectF(0, top - 0.5, body.width(), bottom - top + 1));
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, top + 0.01, body.width(), bottom - top - 0.02);
            context.palette.setColor(QPalette::Text, Qt::black);
            part->document->documentLayout()->draw(&painter, context);
            painter.restore();
        };
        if (slice.headerHeight() > 0)
            band(slice.headerTop, slice.headerBottom, 0);
        band(slice.top, slice.bottom, slice.headerHeight());
    }

    QFont font(m_fonts.body);
    font.setPixelSize(int(kFooterFontSize)); // a point, in the painter's units
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(body.left(), body.bottom(), body.width(), kFooterHeight),
                     Qt::AlignHCenter | Qt::AlignBottom, QStringLiteral("第 %1 页 共 %2 页").arg(page + 1).arg(pages));
}

Status PrintDocument::paint(QPagedPaintDevice *device, int first, int last, const Progress &progress) const
{
    const int pages = pageCount();
    first = first > 0 ? qMin(first, pages) : 1;
    last = last > 0 ? qMin(last, pages) : pages;
    if (!device->setPageLayout(pageLayout()))
        return Error{ErrorCode::Output, tr("The printer does not take A4 paper."), QStringLiteral("printer")};
    QPainter painter;
    if (!painter.begin(device))
        return Error{ErrorCode::Output, tr("The printer or file could not be opened for printing."),
                     QStringLiteral("printer")};
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // Photos scaled to the device are smoothed (charts are figures, drawn at its resolution).
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(device->logicalDpiX() / 72.0, device->logicalDpiY() / 72.0);
    for (int page = first - 1; page < last; ++page) {
        if (progress && !progress(page - first + 1, last - first + 1)) {
            painter.end();
            return Error{ErrorCode::Cancelled, tr("Printing was cancelled."), {}};
        }
        if (page >= first && !device->newPage())
            return Error{ErrorCode::Output, tr("The printer did not take page %1.").arg(page + 1),
                         QStringLiteral("printer")};
        paintPage(painter, page, pages);
    }
    if (progress)
        progress(last - first + 1, last - first + 1);
    if (!painter.end())
        return Error{ErrorCode::Output, tr("The document could not be finished."), QStringLiteral("printer")};
    return Status();
}

Status PrintDocument::writePdf(const QString &path, const Progress &progress) const
{
    PrivateFile file(path);
    if (Status s = file.open(); !s)
        return s;
    {
        QPdfWriter writer(&file.device());
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Linli 邻里台账"));
        writer.setResolution(600);
        if (Status s = paint(&writer, 0, 0, progress); !s)
            return s; // the unnamed file goes with `file`
    }
    return file.commit();
}

QImage PrintDocument::renderPage(int page, int dpi) const
{
    const QSizeF points = pageLayout().fullRectPoints().size();
    QImage image(QSize(qRound(points.width() * dpi / 72.0), qRound(points.height() * dpi / 72.0)),
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // Photos scaled to the device are smoothed (charts are figures, drawn at its resolution).
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(dpi / 72.0, dpi / 72.0);
    paintPage(painter, page, pageCount());
    return image;
}

} // namespace linli
