#pragma once

// What the four imports share: the row being checked, problems by row and column, progress,
// and finding a household by its address.

#include "registerimport.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace linli {

class ImportContext final
{
    Q_DECLARE_TR_FUNCTIONS(ImportContext)
public:
    ImportContext(Database &db, const HeaderMatch &file, const ImportOptions &options);

    Database &db;
    const HeaderMatch &file;
    const ImportOptions &options;
    ImportReport report;

    // The data rows of the file, as indexes into file.table.rows.
    int firstRow() const { return file.headerRow + 1; }
    int endRow() const { return int(file.table.rows.size()); }
    QString cell(int row, const QString &column) const { return file.cell(row, column); }
    bool hasColumn(const QString &column) const { return file.columns.contains(column); }

    void problem(int row, const QString &column, const QString &reason);
    // A problem when the column's text in `row` is longer than `limit` (a TextLimit).
    void checkLength(int row, const QString &column, int limit);
    int problemCount() const { return int(report.problems.size()); }
    void noteCreated(const QString &what);
    // Checks every data row with check(index, &row), keeping the rows it accepts (Row has an
    // `index`); sets report.valid. The cancellation error if the user stopped it.
    template<typename Row, typename Check> Result<QList<Row>> checkRows(Check check)
    {
        QList<Row> rows;
        rows.reserve(std::max(0, endRow() - firstRow()));
        for (int i = firstRow(); i < endRow(); ++i) {
            if (!checked(i - firstRow() + 1))
                return cancelled();
            Row row;
            row.index = i;
            if (check(i, &row))
                rows.append(std::move(row));
        }
        report.valid = int(rows.size());
        return rows;
    }
    // Reports that `done` of the rows were checked (first half of the progress), or that one
    // more row was written (second half); false when the user cancelled.
    bool checked(int done) { return progress(done, 0); }
    bool rowWritten() { return progress(++report.written, m_rows); }
    Error cancelled() const;
    // Whether to go on to writing: not a dry run, and no problem unless they are to be skipped.
    bool shouldWrite() const;
    // A write that failed after the checks: named by its row, and nothing is kept.
    Error rowFailed(int row, const Error &error) const;

    // A date as written in a register: 2026-05-03, 2026/5/3, 2026.5.3 or 2026年5月3日.
    static QDate parseDate(const QString &text);
    // Checks the date in `column` of `row`: empty is fine unless required; a bad date or one
    // after today is a problem. Returns the date (invalid when empty or bad).
    QDate date(int row, const QString &column, bool required);

private:
    bool progress(int done, int offset);
    QSet<QString> m_created;
    int m_rows = 0;
};

// The active households of the register by address (社区, 网格, 小区, 楼栋, 单元, 房号).
class DwellingIndex final
{
    Q_DECLARE_TR_FUNCTIONS(DwellingIndex)
public:
    Status load(Database &db);
    // The household at the address of `row`, or 0 with a problem reported at 房号 or 网格.
    qint64 find(ImportContext &context, int row) const;
    // Whether an active household is registered at a dwelling given by key().
    bool contains(const QString &dwelling) const { return m_households.contains(dwelling); }
    // A dwelling as one text: 社区, 小区, 楼栋, 单元 and 房号.
    static QString key(const QString &community, const QString &compound, const QString &building, const QString &unit,
                       const QString &room);

private:
    struct Entry {
        qint64 id = 0;
        QString grid;
    };
    QHash<QString, Entry> m_households;
};

// One function per table; each checks every row, then writes them if it should.
namespace importers {
Status households(ImportContext &context);
Status residents(ImportContext &context);
Status issues(ImportContext &context);
Status visits(ImportContext &context);
} // namespace importers

} // namespace linli
