#include "xlsreader.h"

#include "csvreader.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <freexl.h>

#include <memory>

namespace linli {

namespace {

QString freexlReason(int code)
{
    switch (code) {
    case FREEXL_FILE_NOT_FOUND: return XlsReader::tr("the file cannot be read");
    case FREEXL_INSUFFICIENT_MEMORY: return XlsReader::tr("there is not enough memory for it");
    case FREEXL_INVALID_CFBF_HEADER:
    case FREEXL_CFBF_INVALID_SIGNATURE:
    case FREEXL_CFBF_INVALID_SECTOR_SIZE:
    case FREEXL_CFBF_EMPTY_FAT_CHAIN:
    case FREEXL_CFBF_ILLEGAL_FAT_ENTRY:
    case FREEXL_CFBF_READ_ERROR:
    case FREEXL_CFBF_SEEK_ERROR:
    case FREEXL_INVALID_MINI_STREAM:
    case FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY: return XlsReader::tr("its file structure is damaged");
    case FREEXL_BIFF_INVALID_BOF:
    case FREEXL_BIFF_INVALID_SST:
    case FREEXL_BIFF_ILLEGAL_SST_INDEX:
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND: return XlsReader::tr("it holds no readable Excel workbook");
    case FREEXL_INVALID_CHARACTER:
    case FREEXL_UNSUPPORTED_CHARSET: return XlsReader::tr("its text is in an encoding that cannot be read");
    case FREEXL_CRAFTED_FILE: return XlsReader::tr("it is damaged in a way that looks deliberate");
    default: break;
    }
    return XlsReader::tr("FreeXL error %1").arg(code);
}

struct Closer {
    void operator()(const void *handle) const { freexl_close(handle); }
};

} // namespace

Result<QList<XlsxSheet>> XlsReader::readInProcess(const QString &path)
{
    auto refuse = [&path](const QString &why) {
        return Error{
            ErrorCode::Invalid,
            tr("%1 cannot be read as an Excel 97–2003 workbook (.xls): %2.").arg(QFileInfo(path).fileName(), why),
            {}};
    };
    const void *raw = nullptr;
    const QByteArray local = QFile::encodeName(path);
    if (int rc = freexl_open(local.constData(), &raw); rc != FREEXL_OK) {
        if (raw)
            freexl_close(raw);
        return refuse(freexlReason(rc));
    }
    std::unique_ptr<const void, Closer> handle(raw);
    unsigned int password = 0;
    if (freexl_get_info(raw, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK && password == FREEXL_BIFF_OBFUSCATED)
        return refuse(tr("it is protected by a password; save it without one"));
    unsigned int sheetCount = 0;
    if (int rc = freexl_get_info(raw, FREEXL_BIFF_SHEET_COUNT, &sheetCount); rc != FREEXL_OK)
        return refuse(freexlReason(rc));
    QList<XlsxSheet> sheets;
    qint64 cells = 0;
    CellBudget budget(CellBudget::limitFor(QFileInfo(path).size()));
    for (unsigned short s = 0; s < sheetCount; ++s) {
        XlsxSheet sheet;
        const char *name = nullptr;
        if (freexl_get_worksheet_name(raw, s, &name) == FREEXL_OK && name)
            sheet.name = QString::fromUtf8(name);
        if (int rc = freexl_select_active_worksheet(raw, s); rc != FREEXL_OK)
            return refuse(freexlReason(rc));
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (int rc = freexl_worksheet_dimensions(raw, &rows, &columns); rc != FREEXL_OK)
            return refuse(freexlReason(rc));
        if (rows > unsigned(XlsxReader::kMaxRows) || columns > XlsxReader::kMaxColumns)
            return refuse(tr("the sheet %1 is larger than Excel allows").arg(sheet.name));
        for (unsigned int r = 0; r < rows; ++r) {
            TextRow row;
            for (unsigned short c = 0; c < columns; ++c) {
                if (++cells > 50'000'000)
                    return refuse(tr("it has more cells than an import can take"));
                FreeXL_CellValue value;
                QString text;
                if (int rc = freexl_get_cell_value(raw, r, c, &value); rc != FREEXL_OK)
                    return refuse(tr("the cell %1 of sheet %2: %3")
                                      .arg(QStringLiteral("%1%2").arg(QChar(u'A' + c % 26)).arg(r + 1), sheet.name,
                                           freexlReason(rc)));
                switch (value.type) {
                case FREEXL_CELL_INT: text = QString::number(value.value.int_value); break;
                case FREEXL_CELL_DOUBLE: text = XlsxReader::numberText(value.value.double_value); break;
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT:
                case FREEXL_CELL_DATE:
                case FREEXL_CELL_DATETIME:
                case FREEXL_CELL_TIME:
                    text = value.value.text_value ? QString::fromUtf8(value.value.text_value) : QString();
                    break;
                default: break;
                }
                if (text.size() > XlsxReader::kMaxCellChars)
                    return refuse(tr("a cell of sheet %1 holds more than %2 characters")
                                      .arg(sheet.name)
                                      .arg(XlsxReader::kMaxCellChars));
                if (text.isEmpty())
                    continue;
                if (!budget.addCell() || !budget.addText(text.size()))
                    return refuse(tr("sheet %1 is larger than an import reads at once (%2 cells by row %3, about "
                                     "%4 MB); split it into several files")
                                      .arg(sheet.name)
                                      .arg(budget.cells())
                                      .arg(r + 1)
                                      .arg(budget.maxBytes() / (1024 * 1024)));
                row.set(c, text);
            }
            if (row.isEmpty())
                continue;
            sheet.table.rows << row;
            sheet.table.sourceRows << int(r + 1);
        }
        sheets << sheet;
    }
    return sheets;
}

namespace {

constexpr quint32 kMagic = 0x4C584C53; // "LXLS"

} // namespace

QByteArray XlsReader::serialize(const Result<QList<XlsxSheet>> &sheets)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << bool(sheets.ok());
    if (!sheets) {
        out << sheets.error().message;
        return bytes;
    }
    out << quint32(sheets.value().size());
    for (const XlsxSheet &sheet : sheets.value())
        out << sheet.name << sheet.table.rows << sheet.table.sourceRows;
    return bytes;
}

Result<QList<XlsxSheet>> XlsReader::deserialize(const QByteArray &bytes)
{
    const Error garbled{ErrorCode::Invalid, tr("the reader of .xls workbooks answered with something unreadable"),
                        QStringLiteral("reader")};
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    bool ok = false;
    in >> magic >> ok;
    if (in.status() != QDataStream::Ok || magic != kMagic)
        return garbled;
    if (!ok) {
        QString message;
        if (!announcedStringFits(in))
            return garbled;
        in >> message;
        if (in.status() != QDataStream::Ok)
            return garbled;
        return Error{ErrorCode::Invalid, message, {}};
    }
    quint32 count = 0;
    in >> count;
    QList<XlsxSheet> sheets;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        XlsxSheet sheet;
        // Each length is checked against what is left before Qt allocates for it.
        if (!announcedStringFits(in))
            return garbled;
        in >> sheet.name;
        if (!announcedListFits(in, 4))
            return garbled;
        in >> sheet.table.rows;
        if (!announcedListFits(in, 4))
            return garbled;
        in >> sheet.table.sourceRows;
        if (sheet.table.rows.size() != sheet.table.sourceRows.size())
            return garbled;
        sheets << sheet;
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return garbled;
    return sheets;
}

QString XlsReader::readerProgram()
{
    const QString name = QStringLiteral("linli-xls-reader");
    QStringList candidates;
    if (const QString set = qEnvironmentVariable("LINLI_XLS_READER"); !set.isEmpty())
        candidates << set;
    const QString dir = QCoreApplication::applicationDirPath();
    candidates << QDir(dir).filePath(name) << QDir(dir).filePath(QStringLiteral("../libexec/linli/") + name);
#ifdef LINLI_XLS_READER_BUILT
    candidates << QStringLiteral(LINLI_XLS_READER_BUILT);
#endif
    for (const QString &c : std::as_const(candidates))
        if (QFileInfo(c).isExecutable())
            return c;
    return {};
}

Result<QList<XlsxSheet>> XlsReader::readFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    auto refuse = [&name](const QString &why) {
        return Error{
            ErrorCode::Invalid, tr("%1 cannot be read as an Excel 97–2003 workbook (.xls): %2.").arg(name, why), {}};
    };
    const QString program = readerProgram();
    if (program.isEmpty())
        return refuse(tr("the program that reads .xls workbooks (linli-xls-reader) is not installed"));
    QProcess reader;
    reader.setProcessChannelMode(QProcess::SeparateChannels);
    reader.start(program, {QFileInfo(path).absoluteFilePath()});
    if (!reader.waitForStarted(30000))
        return refuse(tr("its reader did not start: %1").arg(reader.errorString()));
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    // Read as it comes, so that a large workbook does not fill the pipe; a reader that takes
    // too long is stopped.
    while (reader.state() != QProcess::NotRunning) {
        if (timer.elapsed() > kTimeLimitMs) {
            reader.kill();
            reader.waitForFinished(5000);
            return refuse(tr("reading it took longer than %1 seconds").arg(kTimeLimitMs / 1000));
        }
        reader.waitForReadyRead(200);
        output += reader.readAllStandardOutput();
        if (output.size() > 1024LL * 1024 * 1024) {
            reader.kill();
            reader.waitForFinished(5000);
            return refuse(tr("it holds more than an import can take"));
        }
    }
    output += reader.readAllStandardOutput();
    if (reader.exitStatus() == QProcess::CrashExit)
        return refuse(tr("it is damaged in a way that stopped its reader"));
    auto sheets = deserialize(output);
    if (!sheets && sheets.error().field == QLatin1String("reader"))
        return refuse(sheets.error().message);
    return sheets;
}

WorkbookKind WorkbookFile::sniff(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return WorkbookKind::Unknown;
    const QByteArray head = file.read(4096);
    if (head.startsWith("PK\x03\x04")) {
        // An OpenDocument spreadsheet names its kind in its first entry, "mimetype".
        if (head.contains("application/vnd.oasis.opendocument"))
            return WorkbookKind::OpenDocument;
        return WorkbookKind::Xlsx;
    }
    if (head.startsWith(QByteArray::fromHex("D0CF11E0A1B11AE1")))
        return WorkbookKind::Xls;
    if (head.startsWith("%PDF"))
        return WorkbookKind::Pdf;
    QByteArray text = head;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const QByteArray lower = text.trimmed().left(256).toLower();
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<table")
        || (lower.startsWith("<?xml") && lower.contains("urn:schemas-microsoft-com:office"))
        || lower.startsWith("<meta"))
        return WorkbookKind::Html;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt"))
        return WorkbookKind::Csv;
    return WorkbookKind::Unknown;
}

Result<QList<XlsxSheet>> WorkbookFile::read(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!QFileInfo(path).isFile())
        return Error{ErrorCode::NotFound, tr("%1 does not exist or is not a file.").arg(path), {}};
    const QString advice = tr("Open it in Excel or WPS and save it as an Excel workbook (.xlsx), then import that.");
    switch (sniff(path)) {
    case WorkbookKind::Xlsx: return XlsxReader::readFile(path);
    case WorkbookKind::Xls: {
        auto sheets = XlsReader::readFile(path);
        if (!sheets && suffix == QLatin1String("et"))
            return Error{ErrorCode::Invalid,
                         tr("%1 is a WPS spreadsheet (.et) that cannot be read here. %2").arg(name, advice),
                         {}};
        return sheets;
    }
    case WorkbookKind::Csv: {
        auto table = CsvReader::readFile(path);
        if (!table)
            return table.error();
        return QList<XlsxSheet>{{name, table.value()}};
    }
    case WorkbookKind::OpenDocument:
        return Error{ErrorCode::Invalid,
                     tr("%1 is an OpenDocument spreadsheet (.ods, as LibreOffice or WPS save it), not an Excel "
                        "workbook. %2")
                         .arg(name, advice),
                     {}};
    case WorkbookKind::Html:
        return Error{ErrorCode::Invalid,
                     tr("%1 is a web page (HTML) with a workbook's name, as some systems export their tables; it is "
                        "not an Excel workbook. %2")
                         .arg(name, advice),
                     {}};
    case WorkbookKind::Pdf: return Error{ErrorCode::Invalid, tr("%1 is a PDF document, not a workbook.").arg(name), {}};
    case WorkbookKind::Unknown: break;
    }
    if (suffix == QLatin1String("et"))
        return Error{
            ErrorCode::Invalid, tr("%1 is a WPS spreadsheet (.et) that cannot be read here. %2").arg(name, advice), {}};
    return Error{
        ErrorCode::Invalid, tr("%1 is not an Excel workbook (.xlsx or .xls) or a CSV file. %2").arg(name, advice), {}};
}

} // namespace linli
