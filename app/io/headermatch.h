#pragma once

#include "common/result.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QHash>

namespace linli {

// Where an import's data is: the sheet, and the header row found by its names (title rows
// above it and extra columns beside it are fine), with the column of every known header.
struct HeaderMatch {
    QString sheetName;
    int headerRow = 0; // index into table.rows
    QHash<QString, int> columns; // expected header -> column index
    QStringList ignored; // headers in the file that the import does not use
    TextTable table;

    // The cell of `header` in data row `row` (an index into table.rows), or empty.
    QString cell(int row, const QString &header) const;
    // The row as people see it in the file (for reports): the spreadsheet row or CSV line.
    int sourceRow(int row) const { return table.sourceRows.value(row); }
};

class HeaderMatcher final
{
    Q_DECLARE_TR_FUNCTIONS(HeaderMatcher)
public:
    static constexpr int kSearchRows = 20;

    // The header as written, compared without spaces, asterisks (required marks) and
    // bracketed notes: "姓名*", " 姓 名 " and "联系电话（手机）" all match 姓名 / 联系电话.
    static QString normalise(const QString &header);
    // Finds the sheet and row holding the most of `expected` among the first rows of every
    // sheet; refused, naming the headers that are missing, if any of `required` is not there.
    static Result<HeaderMatch> find(const QList<XlsxSheet> &sheets, const QStringList &expected,
                                    const QStringList &required);
};

} // namespace linli
