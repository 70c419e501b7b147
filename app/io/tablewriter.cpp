#include "tablewriter.h"

#include "csvreader.h"
#include "storage/privatefile.h"

#include <xlsxwriter.h>

#include <QDate>
#include <QFileInfo>

namespace linli {

namespace {

Error failed(const QString &path, const QString &why)
{
    return Error{ErrorCode::Storage, TableWriter::tr("%1 could not be written: %2").arg(path, why), {}};
}

QString csvField(const QString &cell)
{
    const QString text = CsvReader::guardFormula(cell);
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

Status TableWriter::writeXlsx(const QString &path, const ExportTable &table)
{
    return writeXlsx(path, QList<ExportTable>{table});
}

Status TableWriter::writeXlsx(const QString &path, const QList<ExportTable> &tables)
{
    // Written to a file without a name and named when complete: a failed or killed export
    // leaves no half file, and what it holds is readable by its owner only.
    PrivateFile out(path);
    if (Status s = out.open(); !s)
        return s;
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    // libxlsxwriter names each scratch file for a moment before removing it: a kill at that
    // moment leaves one, holding part of the export. They go to this process's own folder
    // (removed at a later start), neither beside the export nor in the shared /tmp.
    const QByteArray tmpdir = QFile::encodeName(PrivateFile::scratchFolder());
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    const QByteArray file = QFile::encodeName(out.writePath());
    lxw_workbook *workbook = workbook_new_opt(file.constData(), &options);
    if (!workbook)
        return failed(path, tr("the file cannot be created"));

    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDEBF7);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format *text = workbook_add_format(workbook);
    format_set_num_format(text, "@");
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *rate = workbook_add_format(workbook);
    format_set_num_format(rate, "0.0%");
    lxw_format *decimal = workbook_add_format(workbook);
    format_set_num_format(decimal, "0.0");

    for (const ExportTable &table : tables) {
        const QByteArray sheetName = table.sheetName.toUtf8();
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName.constData());
        if (!sheet) {
            workbook_close(workbook);
            return failed(path, tr("a sheet cannot be named '%1'").arg(table.sheetName));
        }
        const int columns = int(table.columns.size());
        for (int c = 0; c < columns; ++c) {
            const ExportTable::Column &column = table.columns.at(c);
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), column.width,
                                 column.kind == ExportTable::Kind::Text          ? text
                                     : column.kind == ExportTable::Kind::Date    ? date
                                     : column.kind == ExportTable::Kind::Rate    ? rate
                                     : column.kind == ExportTable::Kind::Decimal ? decimal
                                                                                 : nullptr);
            worksheet_write_string(sheet, 0, lxw_col_t(c), column.header.toUtf8().constData(), header);
        }
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QStringList &row = table.rows.at(r);
            const lxw_row_t at = lxw_row_t(r + 1);
            for (int c = 0; c < columns && c < row.size(); ++c) {
                const QString &value = row.at(c);
                if (value.isEmpty())
                    continue;
                switch (table.columns.at(c).kind) {
                case ExportTable::Kind::Date: {
                    // Excel's dates begin in 1900: an earlier one stays text, as written.
                    const QDate d = QDate::fromString(value.left(10), Qt::ISODate);
                    if (d.isValid() && d >= QDate(1900, 3, 1)) {
                        lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0};
                        worksheet_write_datetime(sheet, at, lxw_col_t(c), &when, date);
                        continue;
                    }
                    break;
                }
                case ExportTable::Kind::Number:
                case ExportTable::Kind::Rate:
                case ExportTable::Kind::Decimal: {
                    bool ok = false;
                    const double number = value.toDouble(&ok);
                    if (ok) {
                        const ExportTable::Kind kind = table.columns.at(c).kind;
                        worksheet_write_number(sheet, at, lxw_col_t(c), number,
                                               kind == ExportTable::Kind::Rate          ? rate
                                                   : kind == ExportTable::Kind::Decimal ? decimal
                                                                                        : nullptr);
                        continue;
                    }
                    break;
                }
                case ExportTable::Kind::Text: break;
                }
                worksheet_write_string(sheet, at, lxw_col_t(c), value.toUtf8().constData(), text);
            }
        }
        if (columns > 0) {
            worksheet_freeze_panes(sheet, 1, 0);
            worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(columns - 1));
            worksheet_repeat_rows(sheet, 0, 0); // the header on every printed page
            worksheet_set_landscape(sheet);
            worksheet_set_paper(sheet, 9); // A4
            worksheet_fit_to_pages(sheet, 1, 0);
        }
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        return failed(path, QString::fromUtf8(lxw_strerror(error)));
    return out.commit();
}

Status TableWriter::writeCsv(const QString &path, const ExportTable &table)
{
    PrivateFile target(path);
    if (Status s = target.open(); !s)
        return s;
    QFile &file = target.device();
    QByteArray out("\xEF\xBB\xBF"); // the mark that makes Excel read UTF-8
    QStringList headers;
    for (const ExportTable::Column &c : table.columns)
        headers << csvField(c.header);
    out += headers.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const QStringList &row : table.rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << csvField(cell);
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
        if (out.size() > (1 << 20)) {
            if (file.write(out) != out.size())
                return failed(path, file.errorString());
            out.clear();
        }
    }
    if (file.write(out) != out.size())
        return failed(path, file.errorString());
    return target.commit();
}

Status TableWriter::write(const QString &path, const ExportTable &table)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx(path, table);
    if (suffix == QLatin1String("csv"))
        return writeCsv(path, table);
    return Error{ErrorCode::Invalid, tr("%1: export writes .xlsx or .csv files.").arg(path), QStringLiteral("out")};
}

} // namespace linli
