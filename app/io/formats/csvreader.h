#pragma once

#include "common/result.h"
#include "texttable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace linli {

// CSV as Excel and WPS write it: UTF-8 with or without a byte-order mark, or GBK (GB18030),
// told apart by whether the bytes are valid UTF-8; fields separated by commas (or tabs, when
// the first line has tabs and no commas), quoted fields holding commas, doubled quotes and
// line breaks. Bad input is refused with the line it is on.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;
    static constexpr int kMaxCellChars = 32767; // Excel's own limit for a cell
    static constexpr int kMaxColumns = 16384; // and for the columns of a sheet

    static Result<TextTable> read(const QByteArray &bytes);
    static Result<TextTable> readFile(const QString &path);
    // The text of the bytes, and the name of the encoding it was in.
    static Result<QString> decode(const QByteArray &bytes, QString *encoding);

    // A cell a spreadsheet would run as a formula (one starting with =, +, -, @, a tab or a
    // carriage return) goes out with a leading ' and comes back without it. Text that already
    // starts with quotes before such a character gains one more, so the round trip is exact.
    static QString guardFormula(const QString &cell);
    static QString unguardFormula(const QString &cell);
};

} // namespace linli
