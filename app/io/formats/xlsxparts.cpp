// The parts of an .xlsx workbook, each parsed by a handler of its own as minizip unpacks it
// (XmlStream), and XlsxReader::readFile, which reads them in order. The cell values themselves
// (numbers, dates, number formats, references) are in xlsxreader.cpp.
#include "xlsxreader.h"

#include "xmlstream.h"
#include "zipreader.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <charconv>

namespace linli {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::Invalid, message, {}};
}

QString columnName(int column)
{
    QString name;
    for (int c = column; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString resolveTarget(const QString &target)
{
    // Targets are relative to xl/ unless absolute.
    QString t = target;
    if (t.startsWith(QLatin1Char('/')))
        return t.mid(1);
    while (t.startsWith(QLatin1String("./")))
        t = t.mid(2);
    return QStringLiteral("xl/") + t;
}

QString attributeText(const char **attributes, const char *name)
{
    const char *value = XmlStream::attribute(attributes, name);
    return value ? QString::fromUtf8(value) : QString();
}

// A whole number written in an attribute or a value, or `fallback`.
int wholeNumber(QByteArrayView text, int fallback)
{
    int value = 0;
    const char *end = text.data() + text.size();
    const auto [at, error] = std::from_chars(text.data(), end, value);
    return error == std::errc() && at == end ? value : fallback;
}

int wholeNumber(const char *text, int fallback)
{
    return text ? wholeNumber(QByteArrayView(text), fallback) : fallback;
}

// The reader of one part: collects what it wants from the tags and text, and may stop the parse
// with its reason.
class PartHandler : public XmlHandler
{
public:
    XmlStream *stream = nullptr;
    void refuse(const QString &reason) { stream->stop(reason); }
};

// The parts of one workbook, each unpacked into its reader, with the size limits.
class Package
{
public:
    explicit Package(const QString &path) : m_path(path), m_zip(path) { }
    bool open() { return m_zip.open(); }
    bool has(const QString &name) const { return m_zip.has(name); }

    Status parse(const QString &name, PartHandler &handler)
    {
        if (!m_zip.has(name))
            return invalid(XlsxReader::tr("The workbook has no part %1.").arg(name));
        XmlStream xml(handler, name);
        handler.stream = &xml;
        const qint64 limit = std::min(XlsxReader::kMaxPartBytes, XlsxReader::kMaxTotalBytes - m_total);
        auto unpacked = m_zip.stream(name, limit,
                                     [&xml](const char *data, qsizetype size) { return xml.feed(data, size, false); });
        if (!unpacked) {
            if (unpacked.error().field == QLatin1String("stopped"))
                return invalid(xml.error());
            if (unpacked.error().field == QLatin1String("size"))
                return invalid(
                    limit < XlsxReader::kMaxPartBytes
                        ? XlsxReader::tr("The parts of the workbook unpack to more than %1 MB; the file is refused "
                                         "as a possible zip bomb.")
                              .arg(XlsxReader::kMaxTotalBytes / (1024 * 1024))
                        : XlsxReader::tr("The part %1 unpacks to more than %2 MB; the file is refused as a "
                                         "possible zip bomb.")
                              .arg(name)
                              .arg(XlsxReader::kMaxPartBytes / (1024 * 1024)));
            return invalid(XlsxReader::tr("The part %1 of the workbook %2 is damaged (the file may be cut short).")
                               .arg(name, m_path));
        }
        m_total += unpacked.value();
        if (!xml.feed(nullptr, 0, true))
            return invalid(xml.error());
        return {};
    }

private:
    QString m_path;
    ZipReader m_zip;
    qint64 m_total = 0;
};

struct SheetRef {
    QString name;
    QString rid;
};

// xl/workbook.xml: the sheets and the date system.
class WorkbookPart final : public PartHandler
{
public:
    QList<SheetRef> sheets;
    bool date1904 = false;

    void startElement(QByteArrayView name, const char **attributes) override
    {
        if (name == "workbookPr") {
            const QByteArrayView v(XmlStream::attribute(attributes, "date1904"));
            date1904 = v == "1" || v.compare("true", Qt::CaseInsensitive) == 0;
        } else if (name == "sheet") {
            if (sheets.size() >= 10000)
                return refuse(XlsxReader::tr("The workbook lists more than 10,000 sheets."));
            // r:id, whatever the relationships namespace's prefix.
            sheets.append({attributeText(attributes, "name"), attributeText(attributes, "id")});
        }
    }
    void endElement(QByteArrayView) override { }
};

// xl/_rels/workbook.xml.rels: sheet ids to parts.
class RelationshipsPart final : public PartHandler
{
public:
    QHash<QString, QString> targets;

    void startElement(QByteArrayView name, const char **attributes) override
    {
        if (name != "Relationship")
            return;
        if (targets.size() >= 20000)
            return refuse(XlsxReader::tr("The workbook has more than 20,000 relationships."));
        targets.insert(attributeText(attributes, "Id"), resolveTarget(attributeText(attributes, "Target")));
    }
    void endElement(QByteArrayView) override { }
};

// Collects the text of elements while `depth` says it is wanted, refusing more than a cell holds.
class TextCollector
{
public:
    void begin() { m_bytes.clear(); }
    // False when the text has grown past what a cell may hold (in UTF-8, at most three bytes
    // a character of the limit).
    bool append(QByteArrayView piece)
    {
        if (m_bytes.size() + piece.size() > 3LL * XlsxReader::kMaxCellChars)
            return false;
        m_bytes.append(piece);
        return true;
    }
    const QByteArray &bytes() const { return m_bytes; }
    // Decoded, taking no more memory than its characters need (decoding reserves room for as
    // many characters as there are bytes: three times what Chinese text needs).
    QString text() const
    {
        QString decoded = QString::fromUtf8(m_bytes);
        if (decoded.capacity() > decoded.size() + 8)
            decoded.squeeze();
        return decoded;
    }

private:
    QByteArray m_bytes;
};

// xl/sharedStrings.xml: each <si> is a <t> or runs <r><t>, joined; phonetic guides (<rPh>)
// are not part of the text.
class SharedStringsPart final : public PartHandler
{
public:
    explicit SharedStringsPart(CellBudget &budget) : m_budget(budget) { }
    QStringList strings;

    void startElement(QByteArrayView name, const char **) override
    {
        if (name == "si") {
            m_inSi = true;
            m_text.begin();
        } else if (name == "rPh") {
            ++m_phonetic;
        } else if (name == "t" && m_inSi && m_phonetic == 0) {
            m_inT = true;
        }
    }
    void endElement(QByteArrayView name) override
    {
        if (name == "t") {
            m_inT = false;
        } else if (name == "rPh") {
            --m_phonetic;
        } else if (name == "si" && m_inSi) {
            m_inSi = false;
            if (strings.size() >= XlsxReader::kMaxSharedStrings)
                return refuse(XlsxReader::tr("The shared-string table of the workbook holds more than %1 strings; "
                                             "split the workbook into several files.")
                                  .arg(XlsxReader::kMaxSharedStrings));
            strings << m_text.text();
            if (!m_budget.addText(strings.constLast().size()))
                return refuse(XlsxReader::tr("The shared-string table of the workbook takes more than %1 MB; "
                                             "split the workbook into several files.")
                                  .arg(m_budget.maxBytes() / (1024 * 1024)));
        }
    }
    void text(QByteArrayView piece) override
    {
        if (m_inT && !m_text.append(piece))
            refuse(XlsxReader::tr("Shared string %1 holds more than %2 characters; a cell holds at most %2.")
                       .arg(strings.size())
                       .arg(XlsxReader::kMaxCellChars));
    }

private:
    CellBudget &m_budget;
    TextCollector m_text;
    bool m_inSi = false;
    bool m_inT = false;
    int m_phonetic = 0;
};

// xl/styles.xml: which cell formats show dates.
class StylesPart final : public PartHandler
{
public:
    QHash<int, QString> custom;
    QList<int> formatIds;

    void startElement(QByteArrayView name, const char **attributes) override
    {
        if (name == "numFmt") {
            if (custom.size() < 10000)
                custom.insert(wholeNumber(XmlStream::attribute(attributes, "numFmtId"), 0),
                              attributeText(attributes, "formatCode"));
        } else if (name == "cellXfs") {
            m_inCellXfs = true;
        } else if (m_inCellXfs && name == "xf") {
            if (formatIds.size() >= 100000)
                return refuse(XlsxReader::tr("The styles of the workbook list more than 100,000 cell formats."));
            formatIds << wholeNumber(XmlStream::attribute(attributes, "numFmtId"), 0);
        }
    }
    void endElement(QByteArrayView name) override
    {
        if (name == "cellXfs")
            m_inCellXfs = false;
    }

    QList<bool> dateStyles() const
    {
        QList<bool> dates;
        for (int id : formatIds) {
            const bool builtInDate = (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
                || (id >= 50 && id <= 58) || (id >= 71 && id <= 81);
            dates << (custom.contains(id) ? XlsxReader::isDateFormat(custom.value(id)) : builtInDate);
        }
        return dates;
    }

private:
    bool m_inCellXfs = false;
};

// A worksheet: its rows, held sparsely, and its merged ranges.
class SheetPart final : public PartHandler
{
public:
    struct Merge {
        int row1, col1, row2, col2;
    };
    SheetPart(QString sheetName, const QStringList &shared, bool hasShared, const QList<bool> &dateStyles,
              bool date1904, CellBudget &budget)
        : m_sheet(std::move(sheetName)), m_shared(shared), m_hasShared(hasShared), m_dateStyles(dateStyles),
          m_date1904(date1904), m_budget(budget)
    {
    }
    QMap<int, TextRow> rows; // by row number
    QList<Merge> merges;

    void startElement(QByteArrayView name, const char **attributes) override
    {
        if (m_inCell) {
            if (name == "v") {
                m_value.begin();
                m_hasValue = true;
                m_collect = Collect::Value;
            } else if (name == "rPh") {
                ++m_phonetic;
            } else if (name == "t" && m_phonetic == 0) {
                m_hasValue = true;
                m_collect = Collect::Inline;
            }
        } else if (name == "c") {
            startCell(attributes);
        } else if (name == "row") {
            const char *r = XmlStream::attribute(attributes, "r");
            m_row = r ? wholeNumber(r, -1) : m_row + 1;
            if (m_row < 1 || m_row > XlsxReader::kMaxRows)
                return refuse(XlsxReader::tr("Sheet %1: row %2 is beyond the %3 rows a sheet may have.")
                                  .arg(m_sheet, QString::fromUtf8(r ? r : "?"))
                                  .arg(XlsxReader::kMaxRows));
            m_nextColumn = 1;
        } else if (name == "mergeCell") {
            const QByteArrayView ref(XmlStream::attribute(attributes, "ref"));
            const qsizetype colon = ref.indexOf(':');
            Merge m{};
            if (colon > 0 && merges.size() < 100000
                && XlsxReader::parseCellReference(ref.first(colon), &m.row1, &m.col1)
                && XlsxReader::parseCellReference(ref.sliced(colon + 1), &m.row2, &m.col2))
                merges << m;
        }
    }
    void endElement(QByteArrayView name) override
    {
        if (!m_inCell)
            return;
        if (name == "c")
            endCell();
        else if (name == "v" || name == "t")
            m_collect = Collect::None;
        else if (name == "rPh")
            --m_phonetic;
    }
    void text(QByteArrayView piece) override
    {
        if (m_collect == Collect::None)
            return;
        if (!(m_collect == Collect::Value ? m_value : m_inline).append(piece))
            refuse(XlsxReader::tr("Cell %1 holds more than %2 characters; a cell holds at most %2.")
                       .arg(where())
                       .arg(XlsxReader::kMaxCellChars));
    }

    // Merged cells show their first cell's value everywhere in the range.
    Status fillMerges()
    {
        for (const Merge &m : std::as_const(merges)) {
            const QString value = rows.value(m.row1).value(m.col1 - 1);
            if (value.isEmpty() || m.row2 < m.row1 || m.col2 < m.col1
                || qint64(m.row2 - m.row1 + 1) * (m.col2 - m.col1 + 1) > 100000)
                continue;
            for (int r = m.row1; r <= m.row2; ++r) {
                TextRow &row = rows[r];
                for (int c = m.col1; c <= m.col2; ++c) {
                    if (!m_budget.addCell())
                        return invalid(tooMany());
                    row.set(c - 1, value);
                }
            }
        }
        return {};
    }

private:
    enum class Collect { None, Value, Inline };

    QString where() const { return QStringLiteral("%1!%2%3").arg(m_sheet, columnName(m_column)).arg(m_cellRow); }
    QString tooMany() const
    {
        return XlsxReader::tr("Sheet %1 is larger than an import reads at once (%2 cells by row %3, about %4 MB); "
                              "split it into several files.")
            .arg(m_sheet)
            .arg(m_budget.cells())
            .arg(m_row)
            .arg(m_budget.maxBytes() / (1024 * 1024));
    }

    void startCell(const char **attributes)
    {
        m_cellRow = m_row;
        m_column = m_nextColumn;
        if (const char *reference = XmlStream::attribute(attributes, "r");
            reference && !XlsxReader::parseCellReference(QByteArrayView(reference), &m_cellRow, &m_column))
            return refuse(XlsxReader::tr("Sheet %1: the cell reference %2 is not one a sheet can have (at most "
                                         "column XFD, row %3).")
                              .arg(m_sheet, QString::fromUtf8(reference).left(40))
                              .arg(XlsxReader::kMaxRows));
        if (m_cellRow < 1 || m_column > XlsxReader::kMaxColumns)
            return refuse(XlsxReader::tr("Sheet %1: a cell lies beyond column XFD or before row 1.").arg(m_sheet));
        m_nextColumn = m_column + 1;
        const QByteArrayView type(XmlStream::attribute(attributes, "t"));
        m_type = type.isEmpty()            ? 'n'
            : type == "s"                  ? 's'
            : type == "inlineStr"          ? 'i'
            : type == "str" || type == "e" ? 'f'
            : type == "b"                  ? 'b'
            : type == "d"                  ? 'd'
                                           : 'n';
        m_style = wholeNumber(XmlStream::attribute(attributes, "s"), 0);
        m_inCell = true;
        m_hasValue = false;
        m_phonetic = 0;
        m_collect = Collect::None;
        m_value.begin();
        m_inline.begin();
    }

    void endCell()
    {
        m_inCell = false;
        m_collect = Collect::None;
        if (!m_hasValue)
            return;
        QString text;
        bool own = true; // a text of its own, not one of the shared strings
        const QByteArray &value = m_value.bytes();
        switch (m_type) {
        case 's': {
            const int index = wholeNumber(QByteArrayView(value).trimmed(), -1);
            if (!m_hasShared)
                return refuse(
                    XlsxReader::tr("Cell %1 refers to the shared strings, but the workbook has no sharedStrings part.")
                        .arg(where()));
            if (index < 0 || index >= m_shared.size())
                return refuse(XlsxReader::tr("Cell %1 refers to shared string %2, which does not exist.")
                                  .arg(where(), QString::fromUtf8(value.left(40))));
            text = m_shared.at(index);
            own = false;
            break;
        }
        case 'i': text = m_inline.text(); break;
        case 'f': text = value.isEmpty() ? m_inline.text() : m_value.text(); break;
        case 'b': text = value.trimmed() == "1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE"); break;
        case 'd': text = m_value.text().left(10); break; // ISO 8601 date cells
        default: {
            bool ok = false;
            const double number = value.trimmed().toDouble(&ok);
            if (!ok)
                return refuse(XlsxReader::tr("Cell %1 should hold a number, not '%2'.")
                                  .arg(where(), QString::fromUtf8(value.left(40))));
            if (m_style >= 0 && m_style < m_dateStyles.size() && m_dateStyles.at(m_style)) {
                const QDateTime when = XlsxReader::dateFromSerial(number, m_date1904);
                text = !when.isValid()           ? XlsxReader::numberText(number)
                    : when.time() == QTime(0, 0) ? when.date().toString(Qt::ISODate)
                                                 : when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            } else {
                text = XlsxReader::numberText(number);
            }
        }
        }
        if (text.size() > XlsxReader::kMaxCellChars)
            return refuse(XlsxReader::tr("Cell %1 holds %2 characters; a cell holds at most %3.")
                              .arg(where())
                              .arg(text.size())
                              .arg(XlsxReader::kMaxCellChars));
        if (text.isEmpty())
            return;
        if (!m_budget.addCell() || (own && !m_budget.addText(text.size())))
            return refuse(tooMany());
        // Cells come row by row: the row being filled is kept at hand.
        if (!m_line || m_lineRow != m_cellRow) {
            m_line = &rows[m_cellRow];
            m_lineRow = m_cellRow;
        }
        m_line->set(m_column - 1, text);
    }

    QString m_sheet;
    const QStringList &m_shared;
    bool m_hasShared;
    const QList<bool> &m_dateStyles;
    bool m_date1904;
    CellBudget &m_budget;
    int m_row = 0;
    int m_nextColumn = 1;
    // The cell being read.
    bool m_inCell = false;
    int m_cellRow = 0;
    int m_column = 0;
    char m_type = 'n';
    int m_style = 0;
    bool m_hasValue = false;
    int m_phonetic = 0;
    Collect m_collect = Collect::None;
    TextCollector m_value;
    TextCollector m_inline;
    TextRow *m_line = nullptr;
    int m_lineRow = 0;
};

} // namespace

Result<QList<XlsxSheet>> XlsxReader::readFile(const QString &path)
{
    Package package(path);
    if (!package.open())
        return invalid(tr("%1 is not an .xlsx workbook (it is not a zip archive, or it is damaged).").arg(path));
    CellBudget budget(CellBudget::limitFor(QFileInfo(path).size()));

    WorkbookPart workbook;
    if (Status s = package.parse(QStringLiteral("xl/workbook.xml"), workbook); !s)
        return s.error();
    if (workbook.sheets.isEmpty())
        return invalid(tr("The workbook %1 has no sheets.").arg(path));

    RelationshipsPart relationships;
    if (Status s = package.parse(QStringLiteral("xl/_rels/workbook.xml.rels"), relationships); !s)
        return s.error();

    SharedStringsPart shared(budget);
    const bool hasShared = package.has(QStringLiteral("xl/sharedStrings.xml"));
    if (hasShared)
        if (Status s = package.parse(QStringLiteral("xl/sharedStrings.xml"), shared); !s)
            return s.error();

    StylesPart styles;
    if (package.has(QStringLiteral("xl/styles.xml")))
        if (Status s = package.parse(QStringLiteral("xl/styles.xml"), styles); !s)
            return s.error();
    const QList<bool> dateStyles = styles.dateStyles();

    QList<XlsxSheet> sheets;
    for (const SheetRef &ref : std::as_const(workbook.sheets)) {
        const QString partName = relationships.targets.value(ref.rid);
        if (partName.isEmpty())
            return invalid(tr("The sheet %1 has no part in the workbook's relationships.").arg(ref.name));
        SheetPart sheetPart(ref.name, shared.strings, hasShared, dateStyles, workbook.date1904, budget);
        if (Status s = package.parse(partName, sheetPart); !s)
            return s.error();
        if (Status s = sheetPart.fillMerges(); !s)
            return s.error();
        XlsxSheet sheet;
        sheet.name = ref.name;
        sheet.table.rows.reserve(sheetPart.rows.size());
        sheet.table.sourceRows.reserve(sheetPart.rows.size());
        for (auto it = sheetPart.rows.cbegin(); it != sheetPart.rows.cend(); ++it) {
            if (it.value().isEmpty())
                continue;
            sheet.table.rows << it.value();
            sheet.table.sourceRows << it.key();
        }
        sheets << sheet;
    }
    return sheets;
}

} // namespace linli
