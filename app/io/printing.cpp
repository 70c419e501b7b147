// The printed ledgers: household card, 一户一册 booklet, 问题台账, 走访台账 and 待走访.
#include "printing.h"

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

namespace {

using Column = DocumentHtml::Column;
using Field = DocumentHtml::Field;

constexpr int kCardVisits = 5; // the last visits on a card
constexpr int kCardIssues = 8; // open and recent issues on a card
constexpr int kRecentDays = 365;

QString label(const QList<Choice> &choices, const QString &code)
{
    return choiceChineseLabel(choices, code);
}

Error cancelled()
{
    return Error{ErrorCode::Cancelled, Printing::tr("Printing was cancelled."), {}};
}

// Names of grids and their communities, read once per document.
class PlaceNames
{
public:
    explicit PlaceNames(Database &db) : m_places(db) { }

    Status load()
    {
        auto communities = m_places.communities();
        if (!communities)
            return communities.error();
        for (const Community &c : communities.value()) {
            m_communities.insert(c.meta.id, c.name);
            auto grids = m_places.grids(c.meta.id);
            if (!grids)
                return grids.error();
            for (const Grid &g : grids.value()) {
                m_grids.insert(g.meta.id, g.name);
                m_communityOfGrid.insert(g.meta.id, c.meta.id);
            }
        }
        return Status();
    }
    QString grid(qint64 id) const { return m_grids.value(id); }
    QString communityOfGrid(qint64 gridId) const { return m_communities.value(m_communityOfGrid.value(gridId)); }
    QString community(qint64 id) const { return m_communities.value(id); }
    // 社区 and 网格 of a grid; with no grid, the register's community (全部 with several) unless
    // `orNothing`.
    QStringList scope(qint64 gridId, bool orNothing = false) const
    {
        if (gridId)
            return {QStringLiteral("社区：") + communityOfGrid(gridId), QStringLiteral("网格：") + grid(gridId)};
        if (orNothing)
            return {};
        return {QStringLiteral("社区：")
                + (m_communities.size() == 1 ? m_communities.cbegin().value() : QStringLiteral("全部"))};
    }
    PlaceRepository &repository() { return m_places; }

private:
    PlaceRepository m_places;
    QHash<qint64, QString> m_communities;
    QHash<qint64, QString> m_grids;
    QHash<qint64, qint64> m_communityOfGrid;
};

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
                         const QString &table = QStringLiteral("document"), qint64 recordId = 0,
                         const QString &recordUuid = {})
{
    if (!options.fullNumbers)
        return Status();
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

QString printedOn(const PrintOptions &options)
{
    return QStringLiteral("打印日期：") + Printing::chineseDate(options.today);
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

// What the table of contents says about a card.
struct CardSummary {
    QString address;
    QString head;
    int members = 0;
};

// Reads households and writes their cards.
class CardWriter
{
public:
    CardWriter(Database &db, const PrintOptions &options)
        : m_options(options), m_households(db), m_residents(db), m_tags(db), m_visits(db), m_issues(db), m_places(db)
    {
        m_visits.setToday(options.today);
        m_issues.setToday(options.today);
    }

    PlaceNames &places() { return m_places; }

    Result<Household> household(qint64 id) { return m_households.get(id); }

    Status write(DocumentHtml &html, const Household &h, CardSummary *summary);

private:
    QString tagsOf(const QList<TagAssignment> &tags) const
    {
        QStringList names;
        for (const TagAssignment &t : tags)
            names << t.tagName;
        return names.join(QStringLiteral("、"));
    }

    const PrintOptions &m_options;
    HouseholdRepository m_households;
    ResidentRepository m_residents;
    CareTagRepository m_tags;
    VisitRepository m_visits;
    IssueRepository m_issues;
    PlaceNames m_places;
};

Status CardWriter::write(DocumentHtml &html, const Household &h, CardSummary *summary)
{
    const bool full = m_options.fullNumbers;
    auto members = m_residents.listByHousehold(h.meta.id, false);
    if (!members)
        return members.error();
    auto householdTags = m_tags.householdTags(h.meta.id, m_options.today);
    if (!householdTags)
        return householdTags.error();

    QString headName;
    QString headPhone;
    QList<QStringList> memberRows;
    for (const Resident &r : members.value()) {
        if (r.relation == QLatin1String("head") && headName.isEmpty()) {
            headName = r.name;
            headPhone = r.phone;
        }
        auto tags = m_tags.residentTags(r.meta.id, m_options.today);
        if (!tags)
            return tags.error();
        memberRows << QStringList{QString::number(memberRows.size() + 1),
                                  r.name,
                                  label(choices::relation(), r.relation),
                                  label(choices::sex(), r.sex),
                                  r.birthDate,
                                  Printing::idNumber(r.idNumber, full),
                                  Printing::phone(r.phone, full),
                                  label(choices::residenceType(), r.residenceType),
                                  tagsOf(tags.value())};
    }

    VisitFilter visitFilter;
    visitFilter.householdId = h.meta.id;
    auto visits = m_visits.list(visitFilter, 0, kCardVisits);
    if (!visits)
        return visits.error();
    QList<QStringList> visitRows;
    for (const Visit &v : visits.value())
        visitRows << QStringList{
            v.visitDate, v.visitor, label(choices::visitKind(), v.kind), v.personsMet.join(QStringLiteral("、")),
            v.findings.isEmpty() ? v.notes : v.notes + QStringLiteral("（发现：%1）").arg(v.findings)};

    // Open issues first, then those of the last year, newest first.
    IssueFilter issueFilter;
    issueFilter.householdId = h.meta.id;
    issueFilter.asOf = m_options.today;
    auto issues = m_issues.list(issueFilter);
    if (!issues)
        return issues.error();
    const QString since = m_options.today.addDays(-kRecentDays).toString(Qt::ISODate);
    QList<Issue> shown;
    for (const auto &listed : issues.value()) {
        const Issue &i = listed.issue;
        if (Workflow::isOpen(i.status) || i.registeredDate >= since || i.resolvedDate >= since)
            shown << i;
    }
    std::stable_sort(shown.begin(), shown.end(), [](const Issue &a, const Issue &b) {
        const bool aOpen = Workflow::isOpen(a.status);
        const bool bOpen = Workflow::isOpen(b.status);
        if (aOpen != bOpen)
            return aOpen;
        return a.registeredDate > b.registeredDate;
    });
    const qsizetype moreIssues = qMax<qsizetype>(0, shown.size() - kCardIssues);
    QList<QStringList> issueRows;
    for (const Issue &i : shown.mid(0, kCardIssues))
        issueRows << QStringList{i.number,
                                 i.registeredDate,
                                 i.category,
                                 i.title,
                                 i.departmentName,
                                 i.deadline,
                                 label(choices::issueStatus(), i.status)};

    html.heading(QStringLiteral("住户情况登记卡"));
    html.titleBlock({QStringLiteral("社区：") + m_places.communityOfGrid(h.gridId),
                     QStringLiteral("网格：") + m_places.grid(h.gridId)},
                    printedOn(m_options));
    QList<QList<Field>> rows{
        {{QStringLiteral("住址"), h.address}},
        {{QStringLiteral("住房用途"), label(choices::housingUse(), h.housingUse)},
         {QStringLiteral("住户状态"), label(choices::householdStatus(), h.status)}},
        {{QStringLiteral("户主"), headName},
         {QStringLiteral("联系电话"), Printing::phone(h.phone.isEmpty() ? headPhone : h.phone, full)}},
        {{QStringLiteral("在册人数"), QStringLiteral("%1 人").arg(members->size())},
         {QStringLiteral("户标签"), tagsOf(householdTags.value())}},
    };
    if (!h.notes.trimmed().isEmpty())
        rows << QList<Field>{{QStringLiteral("备注"), h.notes}};
    html.fields(rows);

    html.section(QStringLiteral("家庭成员"));
    html.table({{QStringLiteral("序号"), 5, true},
                {QStringLiteral("姓名"), 9},
                {QStringLiteral("与户主关系"), 11, true},
                {QStringLiteral("性别"), 5, true},
                {QStringLiteral("出生日期"), 12, true},
                {QStringLiteral("公民身份号码"), 21, true},
                {QStringLiteral("联系电话"), 13, true},
                {QStringLiteral("户籍类型"), 9, true},
                {QStringLiteral("关怀标签"), 0}},
               memberRows, QStringLiteral("无在册成员"));

    html.section(QStringLiteral("最近走访"));
    html.table({{QStringLiteral("走访日期"), 12, true},
                {QStringLiteral("走访人"), 10, true},
                {QStringLiteral("走访类型"), 10, true},
                {QStringLiteral("见面人员"), 16},
                {QStringLiteral("情况记录"), 0}},
               visitRows, QStringLiteral("尚无走访记录"));

    html.section(QStringLiteral("在办及近一年问题"));
    html.table({{QStringLiteral("编号"), 14, true},
                {QStringLiteral("登记日期"), 12, true},
                {QStringLiteral("类别"), 12},
                {QStringLiteral("问题描述"), 0},
                {QStringLiteral("责任单位"), 12},
                {QStringLiteral("办理时限"), 12, true},
                {QStringLiteral("状态"), 8, true}},
               issueRows, QStringLiteral("无"));
    if (moreIssues > 0)
        html.paragraph(QStringLiteral("另有 %1 件，见问题台账。").arg(moreIssues));
    html.signatures();

    if (summary) {
        summary->address = h.address;
        summary->head = headName;
        summary->members = int(members->size());
    }
    return Status();
}

} // namespace

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

Result<Printing::Document> Printing::householdCard(Database &db, qint64 householdId, const PrintOptions &options)
{
    PrintFonts fonts;
    CardWriter writer(db, options);
    if (Status s = prepare(&fonts, writer.places()); !s)
        return s.error();
    auto household = writer.household(householdId);
    if (!household)
        return household.error();
    if (Status s = recordFullNumbers(db, options, QStringLiteral("住户情况登记卡"), household->address,
                                     QStringLiteral("household"), household->meta.id, household->meta.uuid);
        !s)
        return s.error();
    auto document = std::make_unique<PrintDocument>(QStringLiteral("住户情况登记卡"),
                                                    PrintDocument::Orientation::Portrait, fonts);
    DocumentHtml html;
    if (Status s = writer.write(html, household.value(), nullptr); !s)
        return s.error();
    return finish(std::move(document), html, options, 1, 1);
}

namespace {

HouseholdFilter bookletFilter(Printing::Scope scope, qint64 id)
{
    HouseholdFilter filter;
    filter.activeOnly = true;
    switch (scope) {
    case Printing::Scope::Building: filter.buildingId = id; break;
    case Printing::Scope::Compound: filter.compoundId = id; break;
    case Printing::Scope::Grid: filter.gridId = id; break;
    }
    return filter;
}

// 第一网格, 幸福里小区, or 幸福里小区 3号楼, with the community in front.
Result<QStringList> bookletScope(PlaceNames &names, Printing::Scope scope, qint64 id)
{
    PlaceRepository &places = names.repository();
    switch (scope) {
    case Printing::Scope::Grid: {
        auto grid = places.grid(id);
        if (!grid)
            return grid.error();
        return QStringList{QStringLiteral("社区：") + names.community(grid->communityId),
                           QStringLiteral("网格：") + grid->name};
    }
    case Printing::Scope::Compound: {
        auto compound = places.compound(id);
        if (!compound)
            return compound.error();
        return QStringList{QStringLiteral("社区：") + names.community(compound->communityId),
                           QStringLiteral("小区：") + compound->name};
    }
    case Printing::Scope::Building: {
        auto building = places.building(id);
        if (!building)
            return building.error();
        auto compound = places.compound(building->compoundId);
        if (!compound)
            return compound.error();
        return QStringList{QStringLiteral("社区：") + names.community(compound->communityId),
                           QStringLiteral("楼栋：%1 %2").arg(compound->name, building->name)};
    }
    }
    return QStringList();
}

} // namespace

Result<int> Printing::bookletSize(Database &db, Scope scope, qint64 id)
{
    return HouseholdRepository(db).count(bookletFilter(scope, id));
}

Result<Printing::Document> Printing::booklet(Database &db, Scope scope, qint64 id, const PrintOptions &options)
{
    PrintFonts fonts;
    CardWriter writer(db, options);
    if (Status s = prepare(&fonts, writer.places()); !s)
        return s.error();
    auto scopeLines = bookletScope(writer.places(), scope, id);
    if (!scopeLines)
        return scopeLines.error();
    auto rows = HouseholdRepository(db).list(bookletFilter(scope, id), 0, 1000000);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{
            ErrorCode::NotFound,
            tr("There are no households in %1 to print.").arg(scopeLines->constLast().section(QChar(0xFF1A), 1)),
            QStringLiteral("scope")};
    if (Status s = recordFullNumbers(db, options, QStringLiteral("一户一册"), scopeLines->join(QLatin1Char(' '))); !s)
        return s.error();

    auto document
        = std::make_unique<PrintDocument>(QStringLiteral("一户一册"), PrintDocument::Orientation::Portrait, fonts);
    DocumentHtml cover;
    cover.cover(QStringLiteral("一户一册"),
                scopeLines.value() << QStringLiteral("共 %1 户").arg(rows->size()) << printedOn(options));
    document->addPart(cover.html());

    // Each card is a part of its own; the contents, which name each card's first page, go in
    // between the cover and the cards once the cards are laid out.
    QList<CardSummary> summaries;
    const int total = int(rows->size());
    for (int i = 0; i < total; ++i) {
        if (options.progress && !options.progress(i, total + 1))
            return cancelled();
        auto household = writer.household(rows->at(i).id);
        if (!household)
            return household.error();
        CardSummary summary;
        DocumentHtml card;
        if (Status s = writer.write(card, household.value(), &summary); !s)
            return s.error();
        document->addPart(card.html());
        summaries << summary;
    }
    // The contents, with each card's page (from 1) as `pageOf` gives it.
    auto contents = [&](const std::function<int(int card)> &pageOf) {
        QList<QStringList> lines;
        for (int i = 0; i < total; ++i) {
            const CardSummary &s = summaries.at(i);
            lines << QStringList{QString::number(i + 1), s.address, s.head, QString::number(s.members),
                                 QString::number(pageOf(i))};
        }
        DocumentHtml html;
        html.heading(QStringLiteral("目　录"));
        html.table({{QStringLiteral("序号"), 8, true},
                    {QStringLiteral("住址"), 0},
                    {QStringLiteral("户主"), 16, true},
                    {QStringLiteral("在册人数"), 12, true},
                    {QStringLiteral("页码"), 10, true}},
                   lines);
        return html.html();
    };
    // The contents take as many pages as they have lines, whatever the numbers in them: laid
    // out once with a guess at their own length, and again if the guess was wrong. Card i is
    // part 1 + i before they go in, part 2 + i after.
    const int guess = qMax(1, (total + 39) / 40);
    const int contentsPages
        = document->insertPart(1, contents([&](int i) { return document->firstPage(1 + i) + guess + 1; }));
    if (contentsPages != guess)
        document->replacePart(1, contents([&](int i) { return document->firstPage(2 + i) + 1; }));
    if (options.progress && !options.progress(total + 1, total + 1))
        return cancelled();
    return Result<Document>(std::move(document));
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
    html.raw(QStringLiteral("<div class=\"small\">"));
    html.table({{QStringLiteral("编号"), 8, true},
                {QStringLiteral("登记日期"), 7, true},
                {QStringLiteral("来源"), 5, true},
                {QStringLiteral("反映人"), 6, true},
                {QStringLiteral("联系电话"), 8, true},
                {QStringLiteral("网格"), 6, true},
                {QStringLiteral("地址"), 11},
                {QStringLiteral("类别"), 8},
                {QStringLiteral("问题描述"), 0},
                {QStringLiteral("责任单位"), 8},
                {QStringLiteral("办理时限"), 7, true},
                {QStringLiteral("办结日期"), 7, true},
                {QStringLiteral("状态"), 5, true}},
               rows, QStringLiteral("没有符合条件的问题"));
    html.raw(QStringLiteral("</div>"));
    html.paragraph(QStringLiteral("共 %1 件，其中已办结 %2 件。").arg(total).arg(resolved));
    html.signatures();
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
    html.raw(QStringLiteral("<div class=\"small\">"));
    html.table({{QStringLiteral("序号"), 5, true},
                {QStringLiteral("走访日期"), 8, true},
                {QStringLiteral("网格"), 7, true},
                {QStringLiteral("住址"), 15},
                {QStringLiteral("走访人"), 7, true},
                {QStringLiteral("走访类型"), 7, true},
                {QStringLiteral("见面人员"), 10},
                {QStringLiteral("情况记录"), 0},
                {QStringLiteral("发现问题"), 16}},
               rows, QStringLiteral("该时段没有走访记录"));
    html.raw(QStringLiteral("</div>"));
    html.paragraph(QStringLiteral("共走访 %1 次，%2 户。").arg(total).arg(households.size()));
    html.signatures();
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
    html.signatures();
    return finish(std::move(document), html, options, int(rows.size()), int(rows.size()));
}

} // namespace linli
