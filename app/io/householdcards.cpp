// The household documents: the 住户情况登记卡 and the 一户一册 booklet of its cards.
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

namespace {

using Column = DocumentHtml::Column;
using Field = DocumentHtml::Field;

constexpr int kCardVisits = 5; // the last visits on a card
constexpr int kCardIssues = 8; // open and recent issues on a card
constexpr int kRecentDays = 365;

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
                    Printing::printedOn(m_options));
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
    html.signatures(m_options.actor.shownName());

    if (summary) {
        summary->address = h.address;
        summary->head = headName;
        summary->members = int(members->size());
    }
    return Status();
}

} // namespace

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
                scopeLines.value() << QStringLiteral("共 %1 户").arg(rows->size()) << Printing::printedOn(options));
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

} // namespace linli
