#pragma once

#include "common/result.h"
#include "texttable.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace linli {

struct XlsxSheet {
    QString name;
    TextTable table; // every cell as text; dates as YYYY-MM-DD (with the time when there is one)
};

// Reads the sheets of an .xlsx workbook (Office Open XML, as Excel, WPS, LibreOffice and
// openpyxl write it) with ZipReader (minizip) and XmlStream (expat): sheets found through
// workbook.xml and its relationships; shared strings (rich-text runs joined), inline strings,
// numbers, booleans; dates recognised by their number format (built-in and custom), in the 1900
// system (with Excel's phantom 1900-02-29) or the 1904 one; merged cells filled from their first
// cell. Parts are parsed as they are unpacked, never held whole, and rows are held sparsely.
// Whatever is malformed is refused with the part and cell it is in.
//
// Every input is bounded: the unpacked size of a part and of the workbook (counted as it comes
// out, against zip bombs), rows, columns and characters per cell (Excel's own limits), and what
// is held in memory (cells and the shared-string table), so that a file of a few megabytes
// never takes more than about 200 MB to read. A DTD is refused, so no entity is ever expanded.
class XlsxReader final
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    static constexpr qint64 kMaxPartBytes = 512LL * 1024 * 1024; // one unpacked part
    static constexpr qint64 kMaxTotalBytes = 1024LL * 1024 * 1024; // all parts read
    static constexpr int kMaxRows = 1048576; // Excel's limits
    static constexpr int kMaxColumns = 16384;
    static constexpr int kMaxCellChars = 32767;
    static constexpr int kMaxSharedStrings = 2000000; // besides the memory they take (CellBudget)

    static Result<QList<XlsxSheet>> readFile(const QString &path);

    // A number as Excel shows it: 15 significant digits, whole numbers without an exponent (an
    // 18-digit ID number stored as a number so ends in 000, as Excel damaged it).
    static QString numberText(double value);
    // The date of an Excel serial number; the time of day is the fraction.
    static QDateTime dateFromSerial(double serial, bool date1904);
    // Whether a number format (its code) shows a date or time.
    static bool isDateFormat(const QString &formatCode);
    // "B12" -> row 12, column 2 (1-based); false if it is not a cell reference within the limits.
    static bool parseCellReference(const QString &reference, int *row, int *column);
    static bool parseCellReference(QByteArrayView reference, int *row, int *column);
};

} // namespace linli
