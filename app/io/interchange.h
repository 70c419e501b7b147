#pragma once

#include "registerimport.h"
#include "tablewriter.h"

#include <QList>
#include <QString>

namespace linli {

// DESIGN.md's interchange columns, declared once: the import matches and checks them, the export
// writes them, the import template and its notes sheet list them, and `linli-cli columns`
// prints them for the README. Headers are the Chinese ones of the format, whatever the UI
// language.
struct InterchangeColumn {
    QString header; // 社区, 公民身份号码, ...
    QString field; // the register's field the column carries (household.room, resident.sex, ...)
    ExportTable::Kind kind = ExportTable::Kind::Text; // how the export writes the cells
    bool required = false; // an import needs the column, and a value in every row
    double width = 12; // in characters, as Excel counts them
    QString note; // for the template's notes sheet: what to write, and how
};

class Interchange final
{
public:
    // The columns of a table in DESIGN.md's order (and those added after it, which DESIGN.md's
    // lists do not name: 居民 has none, 走访 has 发现问题).
    static const QList<InterchangeColumn> &columns(ImportKind kind);
    static QStringList headers(ImportKind kind);
    static QStringList requiredHeaders(ImportKind kind);
    // The column carrying `field`; its index in columns(kind), or -1.
    static int indexOf(ImportKind kind, const QString &field);
    // An export table with these columns and no rows.
    static ExportTable emptyTable(ImportKind kind);
    // The import template: an empty sheet for each table, then 填写说明 with a line per column.
    static QList<ExportTable> templateTables();
    // The columns as a Markdown table per table, as the README lists them.
    static QString markdown();
};

} // namespace linli
