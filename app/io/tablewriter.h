#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace linli {

// A table for export: Chinese headers, and how each column's cells are written.
struct ExportTable {
    enum class Kind {
        Text, // always a text cell: ID numbers and phones keep every digit
        Date, // YYYY-MM-DD text becomes a real date shown as YYYY-MM-DD
        Number, // whole numbers as numbers
        Rate, // a fraction written as a number shown as a percentage: 0.941 as 94.1%
        Decimal, // a number shown with one decimal: 12.9
    };
    struct Column {
        QString header;
        Kind kind = Kind::Text;
        double width = 12; // in characters, as Excel counts them
    };
    QString sheetName;
    QList<Column> columns;
    QList<QStringList> rows;
};

// Writes export tables as .xlsx (libxlsxwriter: header row frozen and filtered, repeated on
// every printed page, sensible widths) or as CSV in UTF-8 with a byte-order mark, which Excel
// opens with the Chinese intact.
class TableWriter final
{
    Q_DECLARE_TR_FUNCTIONS(TableWriter)
public:
    static Status writeXlsx(const QString &path, const ExportTable &table);
    // A workbook of several tables, a sheet each, in order.
    static Status writeXlsx(const QString &path, const QList<ExportTable> &tables);
    static Status writeCsv(const QString &path, const ExportTable &table);
    // By the file name's suffix: .xlsx or .csv.
    static Status write(const QString &path, const ExportTable &table);
};

} // namespace linli
