#include "xlsxreader.h"

#include "xmlscanner.h"
#include "zipreader.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace linli {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::Invalid, message, {}};
}

// The parts of one workbook, read with the size limits.
class Package
{
public:
    explicit Package(const QString &path) : m_path(path), m_zip(path) { }
    bool open() { return m_zip.open(); }
    bool has(const QString &name) const { return m_zip.has(name); }

    Result<QByteArray> part(const QString &name)
    {
        if (!m_zip.has(name))
            return invalid(XlsxReader::tr("The workbook has no part %1.").arg(name));
        auto data = m_zip.read(name, std::min(XlsxReader::kMaxPartBytes, XlsxReader::kMaxTotalBytes - m_total));
        if (!data) {
            if (data.error().field == QLatin1String("size"))
                return invalid(XlsxReader::tr("The part %1 unpacks to more than %2 MB; the file is refused as a "
                                              "possible zip bomb.")
                                   .arg(name)
                                   .arg(XlsxReader::kMaxPartBytes / (1024 * 1024)));
            return invalid(XlsxReader::tr("The part %1 of the workbook %2 is damaged (the file may be cut short).")
                               .arg(name, m_path));
        }
        m_total += data->size();
        return data;
    }

private:
    QString m_path;
    ZipReader m_zip;
    qint64 m_total = 0;
};

// Steps through the start and end tags of a part, with the reader's messages for what is wrong.
class Xml
{
public:
    Xml(const QByteArray &data, QString part) : m_scanner(data), m_part(std::move(part)) { }
    // Advances to the next start or end tag; false at the end or on an error (then error()
    // says what).
    bool next()
    {
        for (;;) {
            switch (m_scanner.next()) {
            case XmlScanner::Token::StartElement:
            case XmlScanner::Token::EndElement: return true;
            case XmlScanner::Token::Text: continue;
            case XmlScanner::Token::End: return false;
            case XmlScanner::Token::Error: noteError(); return false;
            }
        }
    }
    bool isStart(const char *name) const { return m_scanner.isStart(name); }
    bool isEnd(const char *name) const { return m_scanner.isEnd(name); }
    QString attribute(const char *name) const { return m_scanner.attribute(name); }
    // The text up to the end of the current element.
    QString text()
    {
        QString t = m_scanner.elementText();
        if (m_scanner.token() == XmlScanner::Token::Error)
            noteError();
        return t;
    }
    QString error() const { return m_error; }

private:
    void noteError()
    {
        switch (m_scanner.problem()) {
        case XmlScanner::Problem::Dtd:
            m_error
                = XlsxReader::tr("The part %1 declares a DTD, which workbooks never do; it is refused.").arg(m_part);
            break;
        case XmlScanner::Problem::UndeclaredEntity:
            m_error = XlsxReader::tr("The part %1 uses an undeclared entity.").arg(m_part);
            break;
        default:
            m_error = XlsxReader::tr("The part %1 is not well-formed XML (line %2): %3")
                          .arg(m_part)
                          .arg(m_scanner.lineNumber())
                          .arg(m_scanner.errorString());
        }
    }
    XmlScanner m_scanner;
    QString m_part;
    QString m_error;
};

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

} // namespace

// 15 significant digits, whole numbers without an exponent: an 18-digit ID number stored as a
// number so comes out with its last digits as 000, the way Excel damaged it, for the import to
// recognise.
QString XlsxReader::numberText(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(value, 'f', 0);
    if (value == std::floor(value) && std::fabs(value) < 1e21) {
        const QString e = QString::number(value, 'e', 14); // d.dddddddddddddde+XX
        const qsizetype mark = e.indexOf(QLatin1Char('e'));
        const int exponent = e.mid(mark + 1).toInt();
        QString digits = e.left(mark).remove(QLatin1Char('.'));
        const bool negative = digits.startsWith(QLatin1Char('-'));
        if (negative)
            digits.remove(0, 1);
        digits = digits.leftJustified(exponent + 1, QLatin1Char('0'), true);
        return negative ? QLatin1Char('-') + digits : digits;
    }
    return QString::number(value, 'g', 15);
}

bool XlsxReader::parseCellReference(const QString &reference, int *row, int *column)
{
    int c = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference.at(i).isLetter(); ++i) {
        const char16_t ch = reference.at(i).toUpper().unicode();
        if (ch < u'A' || ch > u'Z' || c > kMaxColumns)
            return false;
        c = c * 26 + (ch - u'A' + 1);
    }
    if (i == 0 || i == reference.size() || c > kMaxColumns)
        return false;
    bool ok = false;
    const qint64 r = reference.mid(i).toLongLong(&ok);
    if (!ok || r < 1 || r > kMaxRows)
        return false;
    *row = int(r);
    *column = c;
    return true;
}

QDateTime XlsxReader::dateFromSerial(double serial, bool date1904)
{
    const double days = std::floor(serial);
    const qint64 msecs = qint64(std::llround((serial - days) * 86400.0)) * 1000;
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(qint64(days));
    else if (days >= 61)
        date = QDate(1899, 12, 30).addDays(qint64(days)); // past Excel's phantom 1900-02-29
    else if (days >= 1)
        date = QDate(1899, 12, 31).addDays(qint64(days));
    else
        date = QDate(1899, 12, 31);
    return QDateTime(date, QTime(0, 0)).addMSecs(msecs);
}

bool XlsxReader::isDateFormat(const QString &formatCode)
{
    // Outside quoted text, escaped characters and [..] sections (colours, conditions, elapsed
    // time aside), any of y m d h s makes it a date or time.
    QString code = formatCode;
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|\\\\.|_.|\\*."));
    code.remove(quoted);
    static const QRegularExpression brackets(QStringLiteral("\\[(?![hms]+\\])[^\\]]*\\]"),
                                             QRegularExpression::CaseInsensitiveOption);
    code.remove(brackets);
    // Only the first section (positive numbers) decides.
    code = code.section(QLatin1Char(';'), 0, 0);
    static const QRegularExpression dateLetters(QStringLiteral("[ymdhs]|\\[[hms]+\\]|年|月|日"),
                                                QRegularExpression::CaseInsensitiveOption);
    return dateLetters.match(code).hasMatch() && !code.contains(QLatin1String("General"), Qt::CaseInsensitive);
}

Result<QList<XlsxSheet>> XlsxReader::readFile(const QString &path)
{
    Package package(path);
    if (!package.open())
        return invalid(tr("%1 is not an .xlsx workbook (it is not a zip archive, or it is damaged).").arg(path));

    // workbook.xml: the sheets and the date system.
    auto workbookXml = package.part(QStringLiteral("xl/workbook.xml"));
    if (!workbookXml)
        return workbookXml.error();
    struct SheetRef {
        QString name;
        QString rid;
    };
    QList<SheetRef> refs;
    bool date1904 = false;
    {
        Xml xml(workbookXml.value(), QStringLiteral("xl/workbook.xml"));
        while (xml.next()) {
            if (xml.isStart("workbookPr")) {
                const QString v = xml.attribute("date1904");
                date1904 = v == QLatin1String("1") || v.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            } else if (xml.isStart("sheet")) {
                // r:id, whatever the relationships namespace's prefix.
                refs.append({xml.attribute("name"), xml.attribute("id")});
            }
        }
        if (!xml.error().isEmpty())
            return invalid(xml.error());
    }
    if (refs.isEmpty())
        return invalid(tr("The workbook %1 has no sheets.").arg(path));

    // Relationships: sheet ids to parts.
    QHash<QString, QString> targets;
    if (auto rels = package.part(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        Xml xml(rels.value(), QStringLiteral("xl/_rels/workbook.xml.rels"));
        while (xml.next())
            if (xml.isStart("Relationship"))
                targets.insert(xml.attribute("Id"), resolveTarget(xml.attribute("Target")));
        if (!xml.error().isEmpty())
            return invalid(xml.error());
    } else {
        return rels.error();
    }

    // Shared strings (optional part): each <si> is a <t> or runs <r><t>, joined; phonetic
    // guides (<rPh>) are not part of the text.
    QStringList shared;
    bool hasShared = package.has(QStringLiteral("xl/sharedStrings.xml"));
    if (hasShared) {
        auto sst = package.part(QStringLiteral("xl/sharedStrings.xml"));
        if (!sst)
            return sst.error();
        Xml xml(sst.value(), QStringLiteral("xl/sharedStrings.xml"));
        QString current;
        bool inSi = false;
        int phonetic = 0;
        while (xml.next()) {
            if (xml.isStart("si")) {
                inSi = true;
                current.clear();
            } else if (xml.isEnd("si")) {
                shared << current;
                inSi = false;
            } else if (xml.isStart("rPh")) {
                ++phonetic;
            } else if (xml.isEnd("rPh")) {
                --phonetic;
            } else if (xml.isStart("t") && inSi && phonetic == 0) {
                current += xml.text();
            }
        }
        if (!xml.error().isEmpty())
            return invalid(xml.error());
    }

    // Styles: which cell formats show dates.
    QList<bool> dateStyles;
    if (package.has(QStringLiteral("xl/styles.xml"))) {
        auto styles = package.part(QStringLiteral("xl/styles.xml"));
        if (!styles)
            return styles.error();
        Xml xml(styles.value(), QStringLiteral("xl/styles.xml"));
        QHash<int, QString> custom;
        bool inCellXfs = false;
        QList<int> formatIds;
        while (xml.next()) {
            if (xml.isStart("numFmt"))
                custom.insert(xml.attribute("numFmtId").toInt(), xml.attribute("formatCode"));
            else if (xml.isStart("cellXfs"))
                inCellXfs = true;
            else if (xml.isEnd("cellXfs"))
                inCellXfs = false;
            else if (inCellXfs && xml.isStart("xf"))
                formatIds << xml.attribute("numFmtId").toInt();
        }
        if (!xml.error().isEmpty())
            return invalid(xml.error());
        for (int id : std::as_const(formatIds)) {
            const bool builtInDate = (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
                || (id >= 50 && id <= 58) || (id >= 71 && id <= 81);
            dateStyles << (custom.contains(id) ? isDateFormat(custom.value(id)) : builtInDate);
        }
    }

    QList<XlsxSheet> sheets;
    for (const SheetRef &ref : std::as_const(refs)) {
        const QString partName = targets.value(ref.rid);
        if (partName.isEmpty())
            return invalid(tr("The sheet %1 has no part in the workbook's relationships.").arg(ref.name));
        auto data = package.part(partName);
        if (!data)
            return data.error();
        XlsxSheet sheet;
        sheet.name = ref.name;
        QMap<int, QStringList> cells; // row -> the texts of its columns
        // Cells come row by row: the row being filled is kept at hand.
        int lineRow = 0;
        QStringList *line = nullptr;
        auto put = [&](int r, int c, const QString &text) {
            if (!line || r != lineRow) {
                line = &cells[r];
                lineRow = r;
            }
            if (line->size() < c)
                line->resize(c);
            (*line)[c - 1] = text;
        };
        struct Merge {
            int row1, col1, row2, col2;
        };
        QList<Merge> merges;
        Xml xml(data.value(), partName);
        int row = 0;
        int nextColumn = 1;
        while (xml.next()) {
            if (xml.isStart("row")) {
                const QString r = xml.attribute("r");
                row = r.isEmpty() ? row + 1 : r.toInt();
                if (row < 1 || row > kMaxRows)
                    return invalid(tr("Sheet %1: row %2 is beyond the %3 rows a sheet may have.")
                                       .arg(sheet.name, r)
                                       .arg(kMaxRows));
                nextColumn = 1;
            } else if (xml.isStart("c")) {
                const QString reference = xml.attribute("r");
                int cellRow = row;
                int column = nextColumn;
                if (!reference.isEmpty() && !parseCellReference(reference, &cellRow, &column))
                    return invalid(tr("Sheet %1: the cell reference %2 is not one a sheet can have (at most "
                                      "column XFD, row %3).")
                                       .arg(sheet.name, reference)
                                       .arg(kMaxRows));
                nextColumn = column + 1;
                const QString type = xml.attribute("t");
                const int style = xml.attribute("s").toInt();
                QString value;
                QString inlineText;
                bool hasValue = false;
                while (xml.next() && !xml.isEnd("c")) {
                    if (xml.isStart("v")) {
                        value = xml.text();
                        hasValue = true;
                    } else if (xml.isStart("t")) {
                        inlineText += xml.text();
                        hasValue = true;
                    }
                }
                if (!xml.error().isEmpty())
                    return invalid(xml.error());
                if (!hasValue)
                    continue;
                QString text;
                auto where = [&] { return QStringLiteral("%1!%2%3").arg(sheet.name, columnName(column)).arg(cellRow); };
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (!hasShared)
                        return invalid(
                            tr("Cell %1 refers to the shared strings, but the workbook has no sharedStrings part.")
                                .arg(where()));
                    if (!ok || index < 0 || index >= shared.size())
                        return invalid(
                            tr("Cell %1 refers to shared string %2, which does not exist.").arg(where(), value));
                    text = shared.at(index);
                } else if (type == QLatin1String("inlineStr")) {
                    text = inlineText;
                } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
                    text = value.isEmpty() ? inlineText : value;
                } else if (type == QLatin1String("b")) {
                    text = value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if (type == QLatin1String("d")) {
                    text = value.left(10); // ISO 8601 date cells
                } else {
                    bool ok = false;
                    const double number = value.trimmed().toDouble(&ok);
                    if (!ok)
                        return invalid(tr("Cell %1 should hold a number, not '%2'.").arg(where(), value.left(40)));
                    if (style >= 0 && style < dateStyles.size() && dateStyles.at(style)) {
                        const QDateTime when = dateFromSerial(number, date1904);
                        text = when.time() == QTime(0, 0) ? when.date().toString(Qt::ISODate)
                                                          : when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                    } else {
                        text = XlsxReader::numberText(number);
                    }
                }
                if (text.size() > kMaxCellChars)
                    return invalid(tr("Cell %1 holds %2 characters; a cell holds at most %3.")
                                       .arg(where())
                                       .arg(text.size())
                                       .arg(kMaxCellChars));
                put(cellRow, column, text);
            } else if (xml.isStart("mergeCell")) {
                const QStringList range = xml.attribute("ref").split(QLatin1Char(':'));
                Merge m{};
                if (range.size() == 2 && parseCellReference(range.at(0), &m.row1, &m.col1)
                    && parseCellReference(range.at(1), &m.row2, &m.col2))
                    merges << m;
            }
        }
        if (!xml.error().isEmpty())
            return invalid(xml.error());
        // Merged cells show their first cell's value everywhere in the range.
        for (const Merge &m : std::as_const(merges)) {
            const QString value = cells.value(m.row1).value(m.col1 - 1);
            if (value.isEmpty() || qint64(m.row2 - m.row1 + 1) * (m.col2 - m.col1 + 1) > 100000)
                continue;
            for (int r = m.row1; r <= m.row2; ++r)
                for (int c = m.col1; c <= m.col2; ++c)
                    put(r, c, value);
        }
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            if (std::all_of(it.value().cbegin(), it.value().cend(), [](const QString &t) { return t.isEmpty(); }))
                continue;
            sheet.table.rows << it.value();
            sheet.table.sourceRows << it.key();
        }
        sheets << sheet;
    }
    return sheets;
}

} // namespace linli
