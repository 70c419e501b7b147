#include "registerimport.h"
#include "common/textlimit.h"

#include "interchange.h"
#include "xlsreader.h"

#include "csvreader.h"
#include "importsupport.h"
#include "registerexport.h"
#include "transfer/transferrows.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace linli {

const QList<ImportKind> &RegisterImport::kinds()
{
    static const QList<ImportKind> all{ImportKind::Households, ImportKind::Residents, ImportKind::Issues,
                                       ImportKind::Visits};
    return all;
}

QString RegisterImport::code(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Households: return QStringLiteral("households");
    case ImportKind::Residents: return QStringLiteral("residents");
    case ImportKind::Issues: return QStringLiteral("issues");
    case ImportKind::Visits: return QStringLiteral("visits");
    }
    return {};
}

Result<ImportKind> RegisterImport::parseKind(const QString &text)
{
    for (ImportKind kind : kinds())
        if (text == code(kind) || text == label(kind))
            return kind;
    return Error{ErrorCode::Invalid,
                 tr("'%1' is not a table to import: use households, residents, issues or visits.").arg(text),
                 {}};
}

QString RegisterImport::label(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Households: return QStringLiteral("住户");
    case ImportKind::Residents: return QStringLiteral("居民");
    case ImportKind::Issues: return QStringLiteral("问题台账");
    case ImportKind::Visits: return QStringLiteral("走访");
    }
    return {};
}

QStringList RegisterImport::columns(ImportKind kind)
{
    return Interchange::headers(kind);
}

QStringList RegisterImport::requiredColumns(ImportKind kind)
{
    return Interchange::requiredHeaders(kind);
}

Result<HeaderMatch> RegisterImport::readFile(const QString &path, ImportKind kind)
{
    // By what the file is, not by its name: .xlsx, .xls (FreeXL) or CSV; others are named.
    auto sheets = WorkbookFile::read(path);
    if (!sheets)
        return sheets.error();
    return HeaderMatcher::find(sheets.value(), columns(kind), requiredColumns(kind));
}

Result<ImportReport> RegisterImport::run(ImportKind kind, Database &db, const HeaderMatch &file,
                                         const ImportOptions &options)
{
    ImportContext context(db, file, options);
    Status s;
    switch (kind) {
    case ImportKind::Households: s = importers::households(context); break;
    case ImportKind::Residents: s = importers::residents(context); break;
    case ImportKind::Issues: s = importers::issues(context); break;
    case ImportKind::Visits: s = importers::visits(context); break;
    }
    if (!s)
        return s.error();
    return context.report;
}

ImportContext::ImportContext(Database &database, const HeaderMatch &match, const ImportOptions &importOptions)
    : db(database), file(match), options(importOptions)
{
    report.sheetName = file.sheetName;
    m_rows = std::max(0, endRow() - firstRow());
    report.rows = m_rows;
}

void ImportContext::problem(int row, const QString &column, const QString &reason)
{
    report.problems.append({file.sourceRow(row), column, reason});
}

void ImportContext::checkLength(int row, const QString &column, int limit)
{
    if (Status s = TextLimit::check(cell(row, column), limit, column, ""); !s)
        problem(row, column, s.error().message);
}

void ImportContext::noteCreated(const QString &what)
{
    if (!m_created.contains(what)) {
        m_created.insert(what);
        report.created << what;
    }
}

bool ImportContext::progress(int done, int offset)
{
    return !options.progress || (done % 256 != 0 && done != m_rows) || options.progress(offset + done, 2 * m_rows);
}

Error ImportContext::cancelled() const
{
    return Error{ErrorCode::Cancelled, tr("The import was cancelled; nothing was written."), {}};
}

bool ImportContext::shouldWrite() const
{
    return !options.dryRun && (report.problems.isEmpty() || options.skipInvalid);
}

Error ImportContext::rowFailed(int row, const Error &error) const
{
    return Error{error.code, tr("Row %1: %2 Nothing was imported.").arg(file.sourceRow(row)).arg(error.message),
                 error.field};
}

QDate ImportContext::parseDate(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QDate ImportContext::date(int row, const QString &column, bool required)
{
    const QString text = cell(row, column);
    if (text.isEmpty()) {
        if (required)
            problem(row, column, tr("%1 is empty.").arg(column));
        return {};
    }
    const QDate d = parseDate(text);
    if (!d.isValid()) {
        problem(row, column, tr("'%1' is not a date: write it as YYYY-MM-DD.").arg(text));
        return {};
    }
    if (d > options.today) {
        problem(row, column, tr("The date %1 is in the future.").arg(d.toString(Qt::ISODate)));
        return {};
    }
    return d;
}

Status DwellingIndex::load(Database &db)
{
    auto rows = TransferRows::dwellings(db);
    if (!rows)
        return rows.error();
    for (const QVariantList &r : rows.value())
        m_households.insert(
            key(r.at(1).toString(), r.at(3).toString(), r.at(4).toString(), r.at(5).toString(), r.at(6).toString()),
            {r.at(0).toLongLong(), r.at(2).toString()});
    return {};
}

QString DwellingIndex::key(const QString &community, const QString &compound, const QString &building,
                           const QString &unit, const QString &room)
{
    return QStringList{community, compound, building, unit, room}.join(QChar(0x1F));
}

qint64 DwellingIndex::find(ImportContext &c, int row) const
{
    const QString community = c.cell(row, QStringLiteral("社区"));
    const QString compound = c.cell(row, QStringLiteral("小区"));
    const QString building = c.cell(row, QStringLiteral("楼栋"));
    const QString unit = c.cell(row, QStringLiteral("单元"));
    const QString room = c.cell(row, QStringLiteral("房号"));
    const auto found = m_households.constFind(key(community, compound, building, unit, room));
    if (found == m_households.constEnd()) {
        QStringList address{community, compound};
        if (!building.isEmpty())
            address << building;
        if (!unit.isEmpty())
            address << tr("unit %1").arg(unit);
        address << room;
        c.problem(row, QStringLiteral("房号"),
                  tr("No household is registered at %1; import or register the household first.")
                      .arg(address.join(QLatin1Char(' '))));
        return 0;
    }
    const QString grid = c.cell(row, QStringLiteral("网格"));
    if (!grid.isEmpty() && grid != found->grid) {
        c.problem(row, QStringLiteral("网格"),
                  tr("The household at this address is in grid %1, not %2.").arg(found->grid, grid));
        return 0;
    }
    return found->id;
}

} // namespace linli
