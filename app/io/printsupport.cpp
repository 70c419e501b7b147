// What the printed documents share.
#include "printsupport.h"

#include "access/permissions.h"
#include "storage/audit.h"
#include "storage/database.h"

namespace linli::printsupport {

QString label(const QList<Choice> &choices, const QString &code)
{
    return choiceChineseLabel(choices, code);
}

Error cancelled()
{
    return Error{ErrorCode::Cancelled, Printing::tr("Printing was cancelled."), {}};
}

// What every document starts from: the print fonts and the names of the places.
Status prepare(PrintFonts *fonts, PlaceNames &names)
{
    auto found = PrintFonts::find();
    if (!found)
        return found.error();
    *fonts = found.value();
    return names.load();
}

// Full numbers on paper are an audited act, recorded before the document is made.
Status recordFullNumbers(Database &db, const PrintOptions &options, const QString &document, const QString &scope,
                         const QString &table, qint64 recordId, const QString &recordUuid)
{
    if (!options.fullNumbers)
        return Status();
    // Only a role that may print personal data in full (DESIGN.md) gets it.
    if (Status s = Access::require(db, options.actor, Permission::ExportFull); !s)
        return s;
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    AuditLog::Entry entry;
    entry.action = QStringLiteral("unmask");
    entry.table = table;
    entry.recordId = recordId;
    entry.recordUuid = recordUuid;
    entry.newValues = {{QStringLiteral("document"), document},
                       {QStringLiteral("scope"), scope},
                       {QStringLiteral("printed_on"), options.today.toString(Qt::ISODate)}};
    if (Status s = AuditLog::append(db, options.actor, entry); !s)
        return s;
    return transaction.commit();
}

QString dateRange(const QDate &from, const QDate &to)
{
    if (from.isValid() && to.isValid())
        return QStringLiteral("%1—%2").arg(Printing::chineseDate(from), Printing::chineseDate(to));
    if (from.isValid())
        return Printing::chineseDate(from) + QStringLiteral("起");
    if (to.isValid())
        return QStringLiteral("截至") + Printing::chineseDate(to);
    return QString();
}

// Lays the document out, reporting it as the last step of the progress.
Result<Printing::Document> finish(Printing::Document document, const DocumentHtml &html, const PrintOptions &options,
                                  int done, int total)
{
    if (options.progress && !options.progress(done, total + 1))
        return cancelled();
    document->addPart(html.html());
    if (options.progress && !options.progress(total + 1, total + 1))
        return cancelled();
    return Result<Printing::Document>(std::move(document));
}

} // namespace linli::printsupport
