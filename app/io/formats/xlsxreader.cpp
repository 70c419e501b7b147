// The values of cells as Excel shows them: numbers, serial dates, number formats, references.
// The parts of a workbook and their reading are in xlsxparts.cpp.
#include "xlsxreader.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace linli {

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
    for (QChar ch : reference)
        if (ch.unicode() > 127)
            return false;
    return parseCellReference(QByteArrayView(reference.toLatin1()), row, column);
}

bool XlsxReader::parseCellReference(QByteArrayView reference, int *row, int *column)
{
    int c = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        char ch = reference.at(i);
        if (ch >= 'a' && ch <= 'z')
            ch = char(ch - 'a' + 'A');
        if (ch < 'A' || ch > 'Z')
            break;
        c = c * 26 + (ch - 'A' + 1);
        if (c > kMaxColumns)
            return false;
    }
    if (i == 0 || i == reference.size())
        return false;
    qint64 r = 0;
    for (; i < reference.size(); ++i) {
        const char ch = reference.at(i);
        if (ch < '0' || ch > '9')
            return false;
        r = r * 10 + (ch - '0');
        if (r > kMaxRows)
            return false;
    }
    if (r < 1)
        return false;
    *row = int(r);
    *column = c;
    return true;
}

QDateTime XlsxReader::dateFromSerial(double serial, bool date1904)
{
    // Excel's dates run from 1900 (or 1904) to 9999; anything else is no date.
    if (!std::isfinite(serial) || serial < 0 || serial > 3000000)
        return {};
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
    // In UTC: a date and time as written, which no daylight-saving rule moves (and no lookup of
    // the local time zone slows, cell by cell).
    return QDateTime(date, QTime(0, 0), Qt::UTC).addMSecs(msecs);
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

} // namespace linli
