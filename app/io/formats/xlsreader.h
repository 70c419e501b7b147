#pragma once

#include "common/result.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QString>

namespace linli {

// Reads the sheets of an Excel 97–2003 workbook (.xls, BIFF in an OLE compound file, as old
// Excel and WPS write it) with FreeXL: text as UTF-8 whatever the code page, numbers as Excel
// shows them (an 18-digit ID number stored as a number keeps the damage Excel did, for the
// import to name), dates as YYYY-MM-DD. A damaged or crafted file is refused with FreeXL's
// reason; the same limits as the .xlsx reader hold.
//
// FreeXL is a C parser of files from outside, and fuzzing found crafted files that make it
// read out of bounds; so readFile() runs it in a process of its own (linli-xls-reader), with a
// time limit, and a reader that crashes or hangs only costs that file an error message.
class XlsReader final
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)
public:
    static constexpr int kTimeLimitMs = 120000;

    // In the reader process.
    static Result<QList<XlsxSheet>> readFile(const QString &path);
    // In this process: what linli-xls-reader runs.
    static Result<QList<XlsxSheet>> readInProcess(const QString &path);
    // The sheets as the reader process writes them on its standard output, and read back.
    static QByteArray serialize(const Result<QList<XlsxSheet>> &sheets);
    static Result<QList<XlsxSheet>> deserialize(const QByteArray &bytes);
    // linli-xls-reader: LINLI_XLS_READER, beside the program, in ../libexec/linli, or in the
    // build tree.
    static QString readerProgram();
};

// What a file that is to be imported really is, by its first bytes rather than its name.
enum class WorkbookKind { Xlsx, Xls, Csv, OpenDocument, Html, Pdf, Unknown };

class WorkbookFile final
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookFile)
public:
    static WorkbookKind sniff(const QString &path);
    // The sheets of an .xlsx, .xls or .csv file, read by what it is; another kind of file (a
    // WPS .et that FreeXL cannot read, an .ods, an HTML page saved as .xls) is named as what it
    // is, with the advice to save it as .xlsx.
    static Result<QList<XlsxSheet>> read(const QString &path);
};

} // namespace linli
