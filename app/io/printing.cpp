// The printed ledgers: 问题台账, 走访台账 and 待走访 (the household card and booklet are in
// householdcards.cpp).
#include "printing.h"
#include "printsupport.h"

#include "common/choices.h"
#include "ledger/issuerepository.h"
#include "ledger/ledgersettings.h"
#include "ledger/workflow.h"
#include "register/householdrepository.h"
#include "register/idnumber.h"
#include "register/phone.h"
#include "register/placerepository.h"
#include "register/residentrepository.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "visits/visitrepository.h"

#include <algorithm>

namespace linli {

using namespace printsupport;

QString Printing::idNumber(const QString &number, bool full)
{
    return full ? number : IdNumber::mask(number);
}

QString Printing::phone(const QString &phone, bool full)
{
    return full ? phone : Phone::mask(phone);
}

QString Printing::chineseDate(const QDate &date)
{
    return date.isValid() ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day())
                          : QString();
}

QString Printing::printedOn(const PrintOptions &options)
{
    return QStringLiteral("打印日期：") + Printing::chineseDate(options.today);
}

Result<Printing::Document> Printing::ledger(Database &db, const IssueFilter &filter, const PrintOptions &options)
{
    PrintFonts fonts;
    PlaceNames names(db);
    if (Status s = prepare(&fonts, names); !s)
        return s.error();
    IssueRepository repository(db);
    repository.setToday(options.today);
    auto issues = repository.list(filter);
    if (!issues)
        return issues.error();

    QStringList scope = names.scope(filter.gridId);
    if (const QString range = dateRange(filter.from, filter.to); !range.isEmpty())
        scope << QStringLiteral("登记日期：") + range;
    if (!filter.status.isEmpty())
        scope << QStringLiteral("状态：") + label(choices::issueStatus(), filter.status);
    if (!filter.category.isEmpty())
        scope << QStringLiteral("类别：") + filter.category;
    if (filter.departmentId) {
        auto departments = LedgerSettings(db).departments();
        if (!departments)
            return departments.error();
        for (const Department &d : departments.value())
            if (d.id == filter.departmentId)
                scope << QStringLiteral("责任单位：") + d.name;
    }
    if (filter.warning != WarningLevel::None)
        scope << (filter.warning == WarningLevel::Red ? QStringLiteral("红色预警") : QStringLiteral("黄色预警"));
    if (!filter.text.trimmed().isEmpty())
        scope << QStringLiteral("含“%1”").arg(filter.text.trimmed());
    if (Status s = recordFullNumbers(db, options, QStringLiteral("问题台账"), scope.join(QLatin1Char(' '))); !s)
        return s.error();

    QList<QStringList> rows;
    const int total = int(issues->size());
    int resolved = 0;
    for (int n = 0; n < total; ++n) {
        if (options.progress && n % 200 == 0 && !options.progress(n, total + 1))
            return cancelled();
        const Issue &i = issues->at(n).issue;
        if (!i.resolvedDate.isEmpty())
            ++resolved;
        rows << QStringList{i.number,
                            i.registeredDate,
                            label(choices::issueSource(), i.source),
                            i.reporter,
                            phone(i.reporterPhone, options.fullNumbers),
                            names.grid(i.gridId),
                            i.location,
                            i.subcategory.isEmpty() ? i.category : i.category + QLatin1Char('/') + i.subcategory,
                            i.title,
                            i.departmentName,
                            i.deadline,
                            i.resolvedDate,
                            label(choices::issueStatus(), i.status)};
    }
    auto document
        = std::make_unique<PrintDocument>(QStringLiteral("问题台账"), PrintDocument::Orientation::Landscape, fonts);
    DocumentHtml html;
    html.heading(QStringLiteral("问题台账"));
    html.titleBlock(scope, printedOn(options));
    // The short columns are as wide as their values; the texts share the rest by their length.
    html.table({{QStringLiteral("编号"), 8, true, true},
                {QStringLiteral("登记日期"), 7, true, true},
                {QStringLiteral("来源"), 5, true, true},
                {QStringLiteral("反映人"), 6, true, true},
                {QStringLiteral("联系电话"), 8, true, true},
                {QStringLiteral("网格"), 6, true, true},
                {QStringLiteral("地址"), 0},
                {QStringLiteral("类别"), 0},
                {QStringLiteral("问题描述"), 0},
                {QStringLiteral("责任单位"), 0},
                {QStringLiteral("办理时限"), 7, true, true},
                {QStringLiteral("办结日期"), 7, true, true},
                {QStringLiteral("状态"), 5, true, true}},
               rows, QStringLiteral("没有符合条件的问题"), DocumentHtml::Size::Compact);
    html.paragraph(QStringLiteral("共 %1 件，其中已办结 %2 件。").arg(total).arg(resolved));
    html.signatures(options.actor.shownName());
    return finish(std::move(document), html, options, total, total);
}

Result<Printing::Document> Printing::visits(Database &db, const VisitFilter &filter, const PrintOptions &options)
{
    PrintFonts fonts;
    PlaceNames names(db);
    if (Status s = prepare(&fonts, names); !s)
        return s.error();
    VisitRepository repository(db);
    repository.setToday(options.today);
    auto listed = repository.list(filter);
    if (!listed)
        return listed.error();
    QList<Visit> visits = listed.value();
    std::reverse(visits.begin(), visits.end()); // oldest first, as the register is kept

    QStringList scope = names.scope(filter.gridId);
    if (const QString range = dateRange(filter.from, filter.to); !range.isEmpty())
        scope << QStringLiteral("走访日期：") + range;
    if (!filter.visitor.trimmed().isEmpty())
        scope << QStringLiteral("走访人：") + filter.visitor.trimmed();

    QList<QStringList> rows;
    QSet<qint64> households;
    const int total = int(visits.size());
    for (int n = 0; n < total; ++n) {
        if (options.progress && n % 200 == 0 && !options.progress(n, total + 1))
            return cancelled();
        const Visit &v = visits.at(n);
        households.insert(v.householdId);
        rows << QStringList{QString::number(n + 1),
                            v.visitDate,
                            v.gridName,
                            v.address,
                            v.visitor,
                            label(choices::visitKind(), v.kind),
                            v.personsMet.join(QStringLiteral("、")),
                            v.notes,
                            v.findings};
    }
    auto document
        = std::make_unique<PrintDocument>(QStringLiteral("走访台账"), PrintDocument::Orientation::Landscape, fonts);
    DocumentHtml html;
    html.heading(QStringLiteral("走访台账"));
    html.titleBlock(scope, printedOn(options));
    html.table({{QStringLiteral("序号"), 5, true},
                {QStringLiteral("走访日期"), 8, true},
                {QStringLiteral("网格"), 7, true},
                {QStringLiteral("住址"), 15},
                {QStringLiteral("走访人"), 7, true},
                {QStringLiteral("走访类型"), 7, true},
                {QStringLiteral("见面人员"), 10},
                {QStringLiteral("情况记录"), 0},
                {QStringLiteral("发现问题"), 16}},
               rows, QStringLiteral("该时段没有走访记录"), DocumentHtml::Size::Compact);
    html.paragraph(QStringLiteral("共走访 %1 次，%2 户。").arg(total).arg(households.size()));
    html.signatures(options.actor.shownName());
    return finish(std::move(document), html, options, total, total);
}

Result<Printing::Document> Printing::routeList(Database &db, const DueFilter &filter, const PrintOptions &options)
{
    PrintFonts fonts;
    PlaceNames names(db);
    if (Status s = prepare(&fonts, names); !s)
        return s.error();
    VisitRepository repository(db);
    repository.setToday(options.today);
    auto due = repository.due(filter);
    if (!due)
        return due.error();

    QStringList scope = names.scope(filter.gridId, true);
    if (!filter.worker.trimmed().isEmpty())
        scope << QStringLiteral("网格员：") + filter.worker.trimmed();
    scope << QStringLiteral("截至") + chineseDate(filter.asOf.addDays(filter.withinDays));

    QList<QStringList> rows;
    for (const VisitDue &d : due.value())
        rows << QStringList{QString::number(rows.size() + 1),
                            d.address,
                            d.head,
                            d.tags.join(QStringLiteral("、")),
                            d.lastVisit.isValid() ? d.lastVisit.toString(Qt::ISODate) : QStringLiteral("从未走访"),
                            d.dueDate.isValid() ? d.dueDate.toString(Qt::ISODate) : QStringLiteral("即时"),
                            QString(),
                            QString()};
    auto document
        = std::make_unique<PrintDocument>(QStringLiteral("待走访清单"), PrintDocument::Orientation::Portrait, fonts);
    DocumentHtml html;
    html.heading(QStringLiteral("待走访清单"));
    html.titleBlock(scope, printedOn(options));
    html.table({{QStringLiteral("序号"), 5, true},
                {QStringLiteral("住址"), 26},
                {QStringLiteral("户主"), 8, true},
                {QStringLiteral("关怀标签"), 12},
                {QStringLiteral("上次走访"), 13, true},
                {QStringLiteral("应访日期"), 13, true},
                {QStringLiteral("走访情况"), 0},
                {QStringLiteral("签字"), 8}},
               rows, QStringLiteral("没有待走访的住户"));
    html.paragraph(QStringLiteral("共 %1 户待走访。").arg(rows.size()));
    html.signatures(options.actor.shownName());
    return finish(std::move(document), html, options, int(rows.size()), int(rows.size()));
}

} // namespace linli
