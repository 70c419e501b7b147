// The printed documents, read back as a person would: the PDF's text page by page (pdftotext),
// its fonts (pdffonts), and a low-resolution picture of a card page (pdftoppm).
#include "testregister.h"

#include "storage/auditledger.h"

#include "ledger/issuerepository.h"
#include "printdocument.h"
#include "printing.h"
#include "register/idnumber.h"
#include "storage/sql.h"
#include "visits/visitrepository.h"
#include "weekly/bulletins.h"
#include "weekly/weeklycharts.h"
#include "weeklydocuments.h"

#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

using namespace linli;
using linli::test::TestRegister;

class TestPrinting final : public QObject
{
    Q_OBJECT

    TestRegister m_reg;
    QTemporaryDir m_out;
    QList<qint64> m_households; // 1单元101室, 102室, 201室
    const QDate m_today{2026, 11, 23};

    static QString id(const char *first17)
    {
        const QString digits = QString::fromLatin1(first17);
        return digits + IdNumber::checkCharacter(digits);
    }

    PrintOptions options(bool full = false) const
    {
        PrintOptions o;
        o.today = m_today;
        o.fullNumbers = full;
        o.actor = m_reg.actor;
        return o;
    }

    QString write(const Result<Printing::Document> &document, const QString &name)
    {
        if (!document) {
            qWarning("%s", qPrintable(document.error().message));
            return {};
        }
        const QString path = m_out.filePath(name);
        const Status written = document.value()->writePdf(path);
        if (!written) {
            qWarning("%s", qPrintable(written.error().message));
            return {};
        }
        m_pdfs << path;
        return path;
    }

    static QString run(const QString &program, const QStringList &arguments)
    {
        QProcess p;
        p.start(program, arguments);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // Without white space: pdftotext breaks lines inside table cells and keeps or drops the
    // spaces around digits as the glyphs fall.
    static QString flat(QString text)
    {
        text.remove(QRegularExpression(QStringLiteral("\\s"), QRegularExpression::UseUnicodePropertiesOption));
        return text;
    }

    // The text of each page, as pdftotext extracts it, without white space.
    static QStringList pages(const QString &pdf)
    {
        QStringList out = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).split(QLatin1Char('\f'));
        if (!out.isEmpty() && out.constLast().trimmed().isEmpty())
            out.removeLast();
        for (QString &page : out)
            page = flat(page);
        return out;
    }
    static bool has(const QString &page, const QString &expected) { return page.contains(flat(expected)); }

    static void verifyFooters(const QStringList &texts)
    {
        for (int i = 0; i < texts.size(); ++i)
            QVERIFY2(has(texts.at(i), QStringLiteral("第 %1 页 共 %2 页").arg(i + 1).arg(texts.size())),
                     qPrintable(QStringLiteral("page %1 has no footer").arg(i + 1)));
    }

    Resident resident(qint64 household, const QString &name, const QString &idNumber, const QString &relation,
                      const QString &phone = {})
    {
        auto r = m_reg.addResident(household, name, idNumber, relation, phone);
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return r.ok() ? r.value() : Resident{};
    }

    Issue issue(const QString &title, const QString &date, qint64 household, const QString &category)
    {
        Issue d;
        d.title = title;
        d.category = category;
        d.source = QStringLiteral("入户走访");
        d.registeredDate = date;
        d.householdId = household;
        d.location = household ? QString() : QStringLiteral("幸福里小区3号楼");
        IssueRepository repo(*m_reg.db);
        repo.setToday(m_today);
        auto added = repo.add(d, m_reg.actor);
        if (!added)
            qWarning("%s", qPrintable(added.error().message));
        return added.ok() ? added.value() : Issue{};
    }

    QStringList m_pdfs; // every PDF written, for the font and character checks

private slots:
    void initTestCase();
    void householdCard();
    void cardListsOpenIssuesFirst();
    void fullNumbersAreAudited();
    void bookletHasCoverContentsAndCards();
    void ledgerRepeatsItsHeaderOnEveryPage();
    void ledgerFilters();
    void visitRegister();
    void routeList();
    void goldenCardPage();
    void cancelLeavesNoFile();
    void unknownHousehold();
    void weeklyDocuments();
    void headingStaysWithWhatFollows();
    void aRowTallerThanAPageStartsAtOnce();
    void fontsEmbeddedAndNoRadicals();
};

void TestPrinting::initTestCase()
{
    QVERIFY(m_reg.open());
    QVERIFY(m_out.isValid());
    if (qEnvironmentVariableIsSet("LINLI_KEEP_OUTPUT")) {
        m_out.setAutoRemove(false);
        qInfo("documents in %s", qPrintable(m_out.path()));
    }
    for (const auto &[unit, room] : {std::pair{"1", "101"}, std::pair{"1", "102"}, std::pair{"1", "201"}}) {
        auto h = m_reg.addHousehold(QString::fromLatin1(unit), QString::fromLatin1(room));
        LINLI_VERIFY_OK(h);
        m_households << h->meta.id;
    }
    // 101: a family of three, visited twice, with many issues.
    resident(m_households[0], QStringLiteral("王建国"), id("11010519491231002"), QStringLiteral("head"),
             QStringLiteral("13912345678"));
    resident(m_households[0], QStringLiteral("李秀英"), id("11010519520315004"), QStringLiteral("spouse"));
    resident(m_households[0], QStringLiteral("王小明"), id("11010520100601001"), QStringLiteral("son"));
    // 102: the household of the golden picture.
    resident(m_households[1], QStringLiteral("赵丽华"), id("15078119700101001"), QStringLiteral("head"),
             QStringLiteral("13698765432"));
    resident(m_households[1], QStringLiteral("孙志强"), id("15078119680808003"), QStringLiteral("spouse"),
             QStringLiteral("18600001111"));
    // 201: one resident.
    resident(m_households[2], QStringLiteral("周一鸣"), id("44052419800101001"), QStringLiteral("head"));

    QCOMPARE(queryValue(*m_reg.db, QStringLiteral("SELECT count(*) FROM resident"), {}).value().toInt(), 6);

    VisitRepository visits(*m_reg.db);
    visits.setToday(m_today);
    for (const auto &[household, date, notes] :
         {std::tuple{0, "2026-03-02", "了解家庭情况"}, std::tuple{0, "2026-10-12", "老人身体状况良好"},
          std::tuple{1, "2026-09-15", "宣传防诈骗知识"}}) {
        Visit v;
        v.householdId = m_households[household];
        v.visitDate = QString::fromLatin1(date);
        v.visitor = QStringLiteral("李网格");
        v.kind = QStringLiteral("routine");
        v.notes = QString::fromUtf8(notes);
        LINLI_VERIFY_OK(visits.add(v, m_reg.actor));
    }

    // 101 reported twelve problems; 102 one; forty more at the building, for a long ledger.
    for (int i = 0; i < 12; ++i)
        issue(QStringLiteral("楼道堆物第%1次").arg(i + 1), QDate(2026, 1, 5).addDays(i * 20).toString(Qt::ISODate),
              m_households[0], QStringLiteral("环境卫生"));
    issue(QStringLiteral("电梯经常停运"), QStringLiteral("2026-06-24"), m_households[1],
          QStringLiteral("住房与城市建设"));
    for (int i = 0; i < 40; ++i)
        issue(QStringLiteral("路灯不亮%1").arg(i + 1), QDate(2026, 2, 1).addDays(i * 5).toString(Qt::ISODate), 0,
              i % 2 ? QStringLiteral("住房与城市建设") : QStringLiteral("环境卫生"));
}

void TestPrinting::householdCard()
{
    const QString pdf
        = write(Printing::householdCard(*m_reg.db, m_households[1], options()), QStringLiteral("card.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QStringList texts = pages(pdf);
    QCOMPARE(texts.size(), 1);
    const QString &t = texts.constFirst();
    for (const QString &expected :
         {QStringLiteral("住户情况登记卡"), QStringLiteral("社区：幸福社区"), QStringLiteral("网格：第一网格"),
          QStringLiteral("打印日期：2026年11月23日"), QStringLiteral("幸福里小区3号楼1单元102室"),
          QStringLiteral("赵丽华"), QStringLiteral("孙志强"), IdNumber::mask(id("15078119700101001")),
          QStringLiteral("136****5432"), QStringLiteral("186****1111"), QStringLiteral("宣传防诈骗知识"),
          QStringLiteral("电梯经常停运"), QStringLiteral("制表人"), QStringLiteral("审核人")})
        QVERIFY2(has(t, expected), qPrintable(expected));
    QVERIFY(!has(t, id("15078119700101001")));
    QVERIFY(!has(t, QStringLiteral("13698765432")));
    QVERIFY(!has(t, QStringLiteral("王建国"))); // another household
    verifyFooters(texts);
}

void TestPrinting::cardListsOpenIssuesFirst()
{
    const QString pdf
        = write(Printing::householdCard(*m_reg.db, m_households[0], options()), QStringLiteral("card0.pdf"));
    const QStringList texts = pages(pdf);
    QCOMPARE(texts.size(), 1);
    // Twelve issues of the last year: eight on the card, the newest first, and a line for the rest.
    QVERIFY(has(texts.constFirst(), QStringLiteral("另有 4 件，见问题台账。")));
    QVERIFY(has(texts.constFirst(), QStringLiteral("楼道堆物第12次")));
    QVERIFY(!has(texts.constFirst(), QStringLiteral("楼道堆物第1次")));
    QVERIFY(has(texts.constFirst(), QStringLiteral("老人身体状况良好")));
}

void TestPrinting::fullNumbersAreAudited()
{
    auto unmasks = [this] {
        return queryValue(*m_reg.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'unmask'"), {})
            .value()
            .toInt();
    };
    const int before = unmasks();
    write(Printing::householdCard(*m_reg.db, m_households[1], options()), QStringLiteral("masked.pdf"));
    QCOMPARE(unmasks(), before);
    const QString pdf
        = write(Printing::householdCard(*m_reg.db, m_households[1], options(true)), QStringLiteral("full.pdf"));
    QCOMPARE(unmasks(), before + 1);
    const QString t = pages(pdf).constFirst();
    QVERIFY(has(t, id("15078119700101001")));
    QVERIFY(has(t, QStringLiteral("13698765432")));
    auto row
        = queryRow(*m_reg.db,
                   QStringLiteral("SELECT table_name, record_id, new_values FROM audit_log WHERE action = 'unmask' "
                                  "ORDER BY id DESC LIMIT 1"),
                   {});
    LINLI_VERIFY_OK(row);
    QCOMPARE(row->value(0).toString(), QStringLiteral("household"));
    QCOMPARE(row->value(1).toLongLong(), m_households[1]);
    QVERIFY(row->value(2).toString().contains(QStringLiteral("住户情况登记卡")));

    write(Printing::ledger(*m_reg.db, IssueFilter{}, options(true)), QStringLiteral("ledger-full.pdf"));
    QCOMPARE(unmasks(), before + 2);
}

void TestPrinting::bookletHasCoverContentsAndCards()
{
    const QString pdf
        = write(Printing::booklet(*m_reg.db, Printing::Scope::Building, m_reg.building.meta.id, options()),
                QStringLiteral("booklet.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QStringList texts = pages(pdf);
    QCOMPARE(texts.size(), 5); // cover, contents, three cards
    QVERIFY(has(texts.at(0), QStringLiteral("一户一册")));
    QVERIFY(has(texts.at(0), QStringLiteral("楼栋：幸福里小区 3号楼")));
    QVERIFY(has(texts.at(0), QStringLiteral("共 3 户")));
    QVERIFY(has(texts.at(1), QStringLiteral("目　录")));
    verifyFooters(texts);

    // The contents give each card's page; the card is on that page.
    const QStringList rooms{QStringLiteral("1单元101室"), QStringLiteral("1单元102室"), QStringLiteral("1单元201室")};
    const QString contents = run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("2"),
                                  QStringLiteral("-l"), QStringLiteral("2"), pdf, QStringLiteral("-")});
    for (const QString &room : rooms) {
        const QRegularExpression line(QStringLiteral("幸福里小区3号楼%1.*\\s(\\d+)\\s*$").arg(room),
                                      QRegularExpression::MultilineOption);
        const auto match = line.match(contents);
        QVERIFY2(match.hasMatch(), qPrintable(contents));
        const int page = match.captured(1).toInt();
        QVERIFY(page >= 3 && page <= texts.size());
        QVERIFY(has(texts.at(page - 1), QStringLiteral("住户情况登记卡")));
        QVERIFY2(has(texts.at(page - 1), QStringLiteral("幸福里小区3号楼") + room), qPrintable(room));
    }
    QVERIFY(has(texts.at(2), QStringLiteral("王建国")));
    QVERIFY(has(texts.at(2), QStringLiteral("110105********002X")));
    QVERIFY(has(texts.at(3), QStringLiteral("赵丽华")));
    QVERIFY(has(texts.at(4), QStringLiteral("周一鸣")));

    auto empty = Printing::booklet(*m_reg.db, Printing::Scope::Compound, m_reg.compound.meta.id + 1000, options());
    QVERIFY(!empty.ok());
}

void TestPrinting::ledgerRepeatsItsHeaderOnEveryPage()
{
    // A register of its own with 120 issues, every seventh with a description of several lines:
    // the ledger runs over several pages, and each issue's description is marked at both ends.
    TestRegister reg;
    QVERIFY(reg.open());
    IssueRepository repo(*reg.db);
    repo.setToday(m_today);
    const int count = 120;
    auto start = [](int n) { return QStringLiteral("甲%1起").arg(n, 3, 10, QLatin1Char('0')); };
    auto end = [](int n) { return QStringLiteral("乙%1止").arg(n, 3, 10, QLatin1Char('0')); };
    for (int n = 1; n <= count; ++n) {
        Issue d;
        d.title = start(n)
            + (n % 7 == 0 ? QStringLiteral("楼道堆放杂物影响通行，居民多次反映，").repeated(5)
                          : QStringLiteral("楼道灯不亮"))
            + end(n);
        d.category = QStringLiteral("环境卫生");
        d.source = QStringLiteral("入户走访");
        d.registeredDate = QDate(2026, 6, 1).addDays(n).toString(Qt::ISODate);
        d.location = QStringLiteral("幸福里小区3号楼");
        QVERIFY(repo.add(d, reg.actor).ok());
    }
    IssueFilter filter;
    filter.asOf = m_today;
    const QString pdf = write(Printing::ledger(*reg.db, filter, options()), QStringLiteral("ledger.pdf"));
    const QStringList texts = pages(pdf);
    QVERIFY2(texts.size() >= 3, qPrintable(QString::number(texts.size())));
    QVERIFY(has(texts.at(0), QStringLiteral("问题台账")));
    QVERIFY(has(texts.at(0), QStringLiteral("社区：幸福社区")));
    for (const QString &page : texts)
        for (const QString &header : {QStringLiteral("编号"), QStringLiteral("登记日期"), QStringLiteral("问题描述"),
                                      QStringLiteral("责任单位"), QStringLiteral("办理时限"), QStringLiteral("状态")})
            QVERIFY2(has(page, header), qPrintable(header));
    verifyFooters(texts);
    // No row breaks across pages: each description begins and ends on the same page.
    auto pageOf = [&texts](const QString &text) {
        int found = -1;
        for (int p = 0; p < texts.size(); ++p) {
            if (has(texts.at(p), text)) {
                if (found >= 0)
                    return -2; // on two pages
                found = p;
            }
        }
        return found;
    };
    QSet<int> pagesWithRows;
    for (int n = 1; n <= count; ++n) {
        const int first = pageOf(start(n));
        QVERIFY2(first >= 0, qPrintable(start(n)));
        QVERIFY2(pageOf(end(n)) == first,
                 qPrintable(
                     QStringLiteral("%1 begins on page %2, ends on %3").arg(n).arg(first + 1).arg(pageOf(end(n)) + 1)));
        pagesWithRows.insert(first);
    }
    QCOMPARE(pagesWithRows.size(), texts.size()); // no page without rows
    const QString all = texts.join(QString());
    QVERIFY(has(all, QStringLiteral("共 %1 件").arg(count)));
    // The signatures are on the last page, under its last rows.
    QVERIFY(has(texts.constLast(), QStringLiteral("制表人")));
    QVERIFY(has(texts.constLast(), end(count)));
    QVERIFY(!has(texts.at(texts.size() - 2), QStringLiteral("制表人")));
    // The short columns are not wrapped: 入户走访 and a whole number on one line.
    const QString firstPage = run(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("1"),
                                   QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
    QVERIFY2(firstPage.contains(QStringLiteral("入户走访")), qPrintable(firstPage.left(600)));
    QVERIFY(firstPage.contains(QStringLiteral("2026-000001")));
}

void TestPrinting::headingStaysWithWhatFollows()
{
    // One part per amount of text before a section heading, so that the heading falls at every
    // height near a page's foot: it is never the last thing on a page.
    auto fonts = PrintFonts::find();
    QVERIFY(fonts.ok());
    PrintDocument document(QStringLiteral("周通报"), PrintDocument::Orientation::Portrait, fonts.value());
    const int first = 40, last = 70;
    for (int fill = first; fill <= last; ++fill) {
        DocumentHtml html;
        html.heading(QStringLiteral("周通报"));
        for (int k = 0; k < fill; ++k)
            html.paragraph(QStringLiteral("一、本周情况第%1段。").arg(k));
        html.section(QStringLiteral("二、红色预警%1").arg(fill));
        html.table({{QStringLiteral("编号"), 20, true}, {QStringLiteral("问题"), 0}},
                   {{QStringLiteral("首行%1").arg(fill), QStringLiteral("楼道灯不亮")},
                    {QStringLiteral("次行%1").arg(fill), QStringLiteral("路面破损")}});
        document.addPart(html.html());
    }
    const QString pdf = m_out.filePath(QStringLiteral("headings.pdf"));
    QVERIFY(document.writePdf(pdf).ok());
    m_pdfs << pdf;
    const QStringList texts = pages(pdf);
    int seen = 0;
    for (const QString &page : texts) {
        for (int fill = first; fill <= last; ++fill) {
            if (!has(page, QStringLiteral("二、红色预警%1").arg(fill)))
                continue;
            ++seen;
            QVERIFY2(has(page, QStringLiteral("首行%1").arg(fill)),
                     qPrintable(QStringLiteral("the heading of part %1 is alone at a page's foot").arg(fill)));
        }
    }
    QCOMPARE(seen, last - first + 1);
    QVERIFY(texts.size() > last - first + 1); // some parts ran onto a second page
}

void TestPrinting::aRowTallerThanAPageStartsAtOnce()
{
    // A row that no page could hold (a hostile 40,000-character field) is cut between lines:
    // it starts under the header on the first page, not after a page holding the header alone.
    auto fonts = PrintFonts::find();
    QVERIFY(fonts.ok());
    PrintDocument document(QStringLiteral("问题台账"), PrintDocument::Orientation::Portrait, fonts.value());
    DocumentHtml html;
    html.heading(QStringLiteral("问题台账"));
    html.table(
        {{QStringLiteral("编号"), 20, true}, {QStringLiteral("问题"), 0}},
        {{QStringLiteral("2026-000001"),
          QStringLiteral("甲起") + QStringLiteral("楼道堆放杂物影响通行").repeated(600) + QStringLiteral("乙止")}});
    html.signatures();
    document.addPart(html.html());
    const QString pdf = m_out.filePath(QStringLiteral("tall-row.pdf"));
    QVERIFY(document.writePdf(pdf).ok());
    m_pdfs << pdf;
    const QStringList texts = pages(pdf);
    QVERIFY2(texts.size() >= 3, qPrintable(QString::number(texts.size())));
    QVERIFY(has(texts.constFirst(), QStringLiteral("2026-000001")));
    QVERIFY(has(texts.constFirst(), QStringLiteral("甲起")));
    QVERIFY(has(texts.constLast(), QStringLiteral("乙止")));
    QVERIFY(has(texts.constLast(), QStringLiteral("制表人")));
    for (const QString &page : texts)
        QVERIFY(has(page, QStringLiteral("编号")));
}

void TestPrinting::ledgerFilters()
{
    IssueFilter filter;
    filter.asOf = m_today;
    filter.category = QStringLiteral("住房与城市建设");
    filter.from = QDate(2026, 3, 1);
    filter.to = QDate(2026, 4, 30);
    const QString pdf = write(Printing::ledger(*m_reg.db, filter, options()), QStringLiteral("ledger-filtered.pdf"));
    const QString all = pages(pdf).join(QString());
    QVERIFY(has(all, QStringLiteral("类别：住房与城市建设")));
    QVERIFY(has(all, QStringLiteral("登记日期：2026年3月1日—2026年4月30日")));
    // Registered every five days from 1 February, the odd ones 住房与城市建设: 6 March to 25 April.
    QVERIFY(has(all, QStringLiteral("共 6 件")));
    QVERIFY(!has(all, QStringLiteral("楼道堆物")));

    // A department's ledger names the department even when it has nothing in the period.
    auto department = IssueRepository(*m_reg.db).ensureDepartment(QStringLiteral("城管"), m_reg.actor);
    LINLI_VERIFY_OK(department);
    filter.departmentId = department.value();
    const QString byDepartment
        = pages(write(Printing::ledger(*m_reg.db, filter, options()), QStringLiteral("ledger-department.pdf")))
              .join(QString());
    QVERIFY(has(byDepartment, QStringLiteral("责任单位：城管")));
    QVERIFY(has(byDepartment, QStringLiteral("没有符合条件的问题")));
    QVERIFY(has(byDepartment, QStringLiteral("共 0 件")));
}

void TestPrinting::visitRegister()
{
    VisitFilter filter;
    filter.from = QDate(2026, 3, 1);
    filter.to = QDate(2026, 9, 30);
    filter.gridId = m_reg.grid.meta.id;
    const QString pdf = write(Printing::visits(*m_reg.db, filter, options()), QStringLiteral("visits.pdf"));
    const QStringList texts = pages(pdf);
    QCOMPARE(texts.size(), 1);
    const QString &t = texts.constFirst();
    QVERIFY(has(t, QStringLiteral("走访台账")));
    QVERIFY(has(t, QStringLiteral("走访日期：2026年3月1日—2026年9月30日")));
    QVERIFY(has(t, QStringLiteral("网格：第一网格")));
    QVERIFY(t.indexOf(QStringLiteral("了解家庭情况")) < t.indexOf(QStringLiteral("宣传防诈骗知识"))); // oldest first
    QVERIFY(!has(t, QStringLiteral("老人身体状况良好"))); // October
    QVERIFY(has(t, QStringLiteral("共走访 2 次，2 户。")));
    verifyFooters(texts);
}

void TestPrinting::routeList()
{
    DueFilter filter;
    filter.asOf = m_today;
    filter.gridId = m_reg.grid.meta.id;
    const QString pdf = write(Printing::routeList(*m_reg.db, filter, options()), QStringLiteral("route.pdf"));
    const QString t = pages(pdf).join(QString());
    QVERIFY(has(t, QStringLiteral("待走访清单")));
    // 201 was never visited; 101 and 102 were visited this year and are not due for a year.
    QVERIFY(has(t, QStringLiteral("幸福里小区3号楼1单元201室")));
    QVERIFY(has(t, QStringLiteral("从未走访")));
    QVERIFY(!has(t, QStringLiteral("1单元101室")));
    QVERIFY(has(t, QStringLiteral("共 1 户待走访。")));
}

void TestPrinting::goldenCardPage()
{
    // The card of 102 at 30 dpi, compared with the picture kept in tests/data: it catches a
    // layout that moved (columns, fonts, margins), not a pixel of antialiasing.
    const QString pdf
        = write(Printing::householdCard(*m_reg.db, m_households[1], options()), QStringLiteral("golden.pdf"));
    const QString prefix = m_out.filePath(QStringLiteral("golden"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-gray"), QStringLiteral("-png"),
         QStringLiteral("-singlefile"), pdf, prefix});
    const QImage page = QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_Grayscale8);
    QVERIFY(!page.isNull());
    const QString goldenPath = QStringLiteral(LINLI_TEST_DATA "/golden/household-card.png");
    if (qEnvironmentVariableIsSet("LINLI_UPDATE_GOLDEN")) {
        QVERIFY(page.save(goldenPath));
        QSKIP("golden picture written");
    }
    const QImage golden = QImage(goldenPath).convertToFormat(QImage::Format_Grayscale8);
    QVERIFY2(!golden.isNull(), qPrintable(goldenPath));
    QCOMPARE(page.size(), golden.size());
    qint64 total = 0;
    qint64 far = 0;
    for (int y = 0; y < page.height(); ++y) {
        const uchar *a = page.constScanLine(y);
        const uchar *b = golden.constScanLine(y);
        for (int x = 0; x < page.width(); ++x) {
            const int d = qAbs(int(a[x]) - int(b[x]));
            total += d;
            far += d > 96;
        }
    }
    const double pixels = double(page.width()) * page.height();
    const double mean = double(total) / pixels;
    const double farShare = double(far) / pixels;
    qInfo("golden card: mean difference %.3f, %.4f%% of pixels far off", mean, farShare * 100);
    QVERIFY2(mean < 2.0, qPrintable(QString::number(mean)));
    QVERIFY2(farShare < 0.004, qPrintable(QString::number(farShare)));

    // And it would notice a different card.
    const QString other
        = write(Printing::householdCard(*m_reg.db, m_households[0], options()), QStringLiteral("other.pdf"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-gray"), QStringLiteral("-png"),
         QStringLiteral("-singlefile"), other, prefix});
    const QImage otherPage = QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_Grayscale8);
    qint64 otherFar = 0;
    for (int y = 0; y < otherPage.height(); ++y) {
        const uchar *a = otherPage.constScanLine(y);
        const uchar *b = golden.constScanLine(y);
        for (int x = 0; x < otherPage.width(); ++x)
            otherFar += qAbs(int(a[x]) - int(b[x])) > 96;
    }
    QVERIFY(double(otherFar) / pixels > 0.004);
}

void TestPrinting::cancelLeavesNoFile()
{
    auto document = Printing::booklet(*m_reg.db, Printing::Scope::Grid, m_reg.grid.meta.id, options());
    LINLI_VERIFY_OK(document);
    const QString path = m_out.filePath(QStringLiteral("cancelled.pdf"));
    const Status s = document.value()->writePdf(path, [](int done, int) { return done < 2; });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::Cancelled);
    QVERIFY(!QFile::exists(path));

    PrintOptions stopping = options();
    stopping.progress = [](int done, int) { return done < 1; };
    auto stopped = Printing::booklet(*m_reg.db, Printing::Scope::Grid, m_reg.grid.meta.id, stopping);
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
}

void TestPrinting::unknownHousehold()
{
    auto card = Printing::householdCard(*m_reg.db, 999999, options());
    QVERIFY(!card.ok());
    QCOMPARE(card.error().code, ErrorCode::NotFound);
}

void TestPrinting::weeklyDocuments()
{
    WeeklyStatistics statistics(*m_reg.db);
    const IsoWeek week(2026, 47);
    auto live = statistics.report(week);
    LINLI_VERIFY_OK(live);
    const QString summary = write(WeeklyDocuments::summary(live.value(), options()), QStringLiteral("summary.pdf"));
    QStringList texts = pages(summary);
    QVERIFY(has(texts.at(0), QStringLiteral("问题办理情况周汇总")));
    QVERIFY(has(texts.at(0), QStringLiteral("2026年第47周（11月16日—11月22日）")));
    QVERIFY(has(texts.at(0), QStringLiteral("累计受理")));
    QVERIFY(has(texts.join(QString()), QStringLiteral("按网格")));
    verifyFooters(texts);

    // A draft before publishing; the published edition after, the same when printed again
    // after the ledger has changed.
    // An issue escalated in the week is under red warning at its end.
    IssueRepository repo(*m_reg.db);
    repo.setToday(m_today);
    const QString lift = issue(QStringLiteral("电梯困人未修"), QStringLiteral("2026-11-17"), m_households[1],
                               QStringLiteral("住房与城市建设"))
                             .number;
    for (IssueAction action : {IssueAction::Accept, IssueAction::Dispatch, IssueAction::Escalate}) {
        IssueActionRequest r;
        r.action = action;
        r.date = QDate(2026, 11, 18);
        r.department = QStringLiteral("城管");
        r.deadline = QDate(2026, 11, 25);
        r.reason = QStringLiteral("三天未修复");
        LINLI_VERIFY_OK(repo.apply(lift, r, m_reg.actor));
    }
    live = statistics.report(week);
    WeeklyBulletins bulletins(*m_reg.db);
    bulletins.setToday(m_today);
    auto drafted = bulletins.bulletin(week, {});
    LINLI_VERIFY_OK(drafted);
    QVERIFY(!drafted->edition);
    const QString draft = write(WeeklyDocuments::bulletin(drafted->report, {}, options()), QStringLiteral("draft.pdf"));
    const QString draftText = pages(draft).join(QString());
    QVERIFY(has(draftText, QStringLiteral("草稿")));
    // The red warnings, and the two charts as pictures with their captions.
    const int red = int(drafted->report.redWarnings->size());
    QVERIFY(red > 0);
    QVERIFY(has(draftText, QStringLiteral("二、红色预警（%1件）").arg(red)));
    QVERIFY(has(draftText, lift));
    QVERIFY(has(draftText, QStringLiteral("电梯困人未修")));
    QVERIFY(has(draftText, QStringLiteral("图1  各责任单位办结率")));
    QVERIFY(has(draftText, QStringLiteral("图2  各类别问题办理情况")));
    // The charts are drawn as lines and text, sharp at any size (a picture scaled down for the
    // preview lost the strokes of its labels): no picture in the PDF, and the charts' own words
    // (the rate axis, the legend, each department as a bar's label) are text in it.
    const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), draft})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(images.size(), 2); // the two header lines only
    const QString charts = draftText.mid(draftText.indexOf(QStringLiteral("图1")));
    for (const QString &word : {QStringLiteral("25%"), QStringLiteral("75%"), QStringLiteral("累计办结")})
        QVERIFY2(has(charts, word), qPrintable(word));
    const QStringList departments = WeeklyCharts::departmentRates(drafted->report).categories;
    QVERIFY(!departments.isEmpty());
    for (const QString &department : departments)
        QVERIFY2(has(charts.left(charts.indexOf(QStringLiteral("图2"))), department), qPrintable(department));
    auto edition = bulletins.publish(week, {}, {}, m_reg.actor);
    LINLI_VERIFY_OK(edition);
    auto printEdition = [&](const QString &name) {
        auto shown = bulletins.bulletin(week, {});
        return write(WeeklyDocuments::bulletin(shown->report, WeeklyDocuments::editionOf(shown->edition), options()),
                     name);
    };
    const QString before = pages(printEdition(QStringLiteral("bulletin-1.pdf"))).join(QString());
    QVERIFY(has(before, QStringLiteral("问题办理情况周通报")));
    QVERIFY(has(before, QStringLiteral("第1版")));
    QVERIFY(has(before, QStringLiteral("校验码：") + edition->figuresHash.left(16)));
    // The audit digest of the moment it was published, on the paper, and reached by the log.
    QVERIFY(AuditLedger::Digest::parse(edition->auditDigest).has_value());
    QVERIFY(has(before, QStringLiteral("审计摘要：") + edition->auditDigest));
    LINLI_VERIFY_OK(AuditLedger::reaches(*m_reg.db, AuditLedger::Digest::parse(edition->auditDigest).value()));
    QVERIFY(has(before, QStringLiteral("红榜")));
    QVERIFY(has(before, QStringLiteral("黑榜")));
    QVERIFY(has(before, QStringLiteral("二、红色预警（%1件）").arg(red)));
    issue(QStringLiteral("周五新登记"), QStringLiteral("2026-11-20"), 0, QStringLiteral("环境卫生"));
    QVERIFY(statistics.report(week)->totals.newIssues != live->totals.newIssues);
    QCOMPARE(pages(printEdition(QStringLiteral("bulletin-again.pdf"))).join(QString()), before);
}

void TestPrinting::fontsEmbeddedAndNoRadicals()
{
    QVERIFY(m_pdfs.size() >= 8);
    for (const QString &pdf : std::as_const(m_pdfs)) {
        // Every character a reader copies out is the real one: no Kangxi or CJK radical look-alikes.
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(!text.isEmpty());
        for (const QChar c : text)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                     qPrintable(QStringLiteral("%1 has U+%2").arg(pdf).arg(c.unicode(), 4, 16)));
        // pdffonts: a header of two lines, then one line per font with "emb" yes.
        const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3);
        for (const QString &line : lines.mid(2)) {
            const QStringList columns = line.simplified().split(QLatin1Char(' '));
            QVERIFY2(columns.size() >= 7, qPrintable(line));
            QVERIFY2(columns.at(columns.size() - 5) == QLatin1String("yes"), qPrintable(pdf + QLatin1Char(' ') + line));
            QVERIFY2(line.startsWith(QLatin1String("UMing")) || line.startsWith(QLatin1String("WenQuanYi")),
                     qPrintable(line));
        }
    }
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestPrinting test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_printing.moc"
