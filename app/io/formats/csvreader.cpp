#include "csvreader.h"

#include <QFile>
#include <QStringDecoder>

namespace linli {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::Invalid, message, {}};
}

// The number of quotes a cell starts with when a formula character follows them, or -1.
qsizetype quotesBeforeFormula(const QString &cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    if (i == cell.size())
        return -1;
    switch (cell.at(i).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r': return i;
    default: return -1;
    }
}

} // namespace

QString CsvReader::guardFormula(const QString &cell)
{
    return quotesBeforeFormula(cell) >= 0 ? QLatin1Char('\'') + cell : cell;
}

QString CsvReader::unguardFormula(const QString &cell)
{
    return quotesBeforeFormula(cell) > 0 ? cell.mid(1) : cell;
}

Result<QString> CsvReader::decode(const QByteArray &bytes, QString *encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = QStringLiteral("UTF-8");
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8(bytes.mid(3));
        if (utf8.hasError())
            return invalid(tr("The file starts as UTF-8 but holds bytes that are not UTF-8."));
        return text;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        *encoding = QStringLiteral("UTF-16");
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return QString(utf16(bytes.mid(2)));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    // Not UTF-8: what Excel on Chinese Windows writes. GB18030 reads GBK and GB2312 alike.
    QStringDecoder gbk("GB18030");
    if (!gbk.isValid())
        return invalid(tr("The file is not UTF-8, and GBK cannot be read on this system."));
    text = gbk(bytes);
    if (gbk.hasError())
        return invalid(tr("The file is neither UTF-8 nor GBK; save it from Excel as CSV UTF-8."));
    *encoding = QStringLiteral("GBK");
    return text;
}

Result<TextTable> CsvReader::read(const QByteArray &bytes)
{
    if (bytes.size() > kMaxFileBytes)
        return invalid(tr("The file is larger than %1 MB.").arg(kMaxFileBytes / (1024 * 1024)));
    TextTable table;
    auto decoded = decode(bytes, &table.encoding);
    if (!decoded)
        return decoded.error();
    const QString &text = decoded.value();

    // Tab-separated when the first line has tabs and no commas.
    const QString firstLine = text.left(text.indexOf(QLatin1Char('\n')));
    const QChar separator = firstLine.contains(QLatin1Char('\t')) && !firstLine.contains(QLatin1Char(','))
        ? QLatin1Char('\t')
        : QLatin1Char(',');
    TextRow row;
    int column = 0; // of the cell being read
    QString cell;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field began with a quote
    int line = 1;
    int rowStart = 1;
    int cellStart = 1;
    // What the cells take, besides the text of the file itself.
    CellBudget budget(CellBudget::limitFor(bytes.size()));
    QString refused;
    // Checked as the cell grows, so that a 10 MB cell is refused before it is read whole.
    auto tooLong = [&] {
        return invalid(tr("Line %1, field %2 is longer than %3 characters, the most a cell holds.")
                           .arg(cellStart)
                           .arg(column + 1)
                           .arg(kMaxCellChars));
    };
    auto endCell = [&] {
        if (column >= kMaxColumns) {
            refused = tr("Line %1 has more than %2 fields, the most a sheet has.").arg(rowStart).arg(kMaxColumns);
            return false;
        }
        if (!cell.isEmpty()) {
            const QString value = unguardFormula(cell);
            if (!budget.addCell() || !budget.addText(value.size())) {
                refused = tr("The file is larger than an import reads at once (%1 cells by line %2, about %3 MB); "
                             "split it into several files.")
                              .arg(budget.cells())
                              .arg(rowStart)
                              .arg(budget.maxBytes() / (1024 * 1024));
                return false;
            }
            row.set(column, value);
        }
        ++column;
        cell.clear();
        wasQuoted = false;
        return true;
    };
    auto endRow = [&]() {
        // Lines with nothing in them are skipped.
        if (!row.isEmpty()) {
            table.rows << row;
            table.sourceRows << rowStart;
        }
        row = TextRow();
        column = 0;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                if (c != QLatin1Char('\r') || i + 1 >= n || text.at(i + 1) != QLatin1Char('\n'))
                    cell += c;
                if (cell.size() > kMaxCellChars)
                    return tooLong();
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            cellStart = line;
        } else if (c == separator) {
            if (!endCell())
                return invalid(refused);
            cellStart = line;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!endCell())
                return invalid(refused);
            endRow();
            ++line;
            rowStart = cellStart = line;
        } else {
            if (cell.isEmpty() && !wasQuoted)
                cellStart = line;
            cell += c;
            if (cell.size() > kMaxCellChars)
                return tooLong();
        }
    }
    if (quoted)
        return invalid(tr("Line %1: a quoted field is never closed; the file may be cut short.").arg(cellStart));
    if (!cell.isEmpty() || !row.isEmpty()) {
        if (!endCell())
            return invalid(refused);
        endRow();
    }
    return table;
}

Result<TextTable> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()), {}};
    if (file.size() > kMaxFileBytes)
        return invalid(tr("%1 is larger than %2 MB.").arg(path).arg(kMaxFileBytes / (1024 * 1024)));
    auto table = read(file.readAll());
    if (!table)
        return Error{table.error().code, tr("%1: %2").arg(path, table.error().message), {}};
    return table;
}

} // namespace linli
