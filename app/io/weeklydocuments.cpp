#include "weeklydocuments.h"

#include "chartpainter.h"
#include "printdocument.h"

namespace linli {

namespace {

using Column = DocumentHtml::Column;

QString number(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QStringLiteral("—");
}

// The printed name of each key figure.
QString figureLabel(WeeklyDocuments::Figure figure)
{
    using F = WeeklyDocuments::Figure;
    switch (figure) {
    case F::New: return QStringLiteral("本周新增");
    case F::Resolved: return QStringLiteral("本周办结");
    case F::Accepted: return QStringLiteral("累计受理");
    case F::ResolvedToDate: return QStringLiteral("累计办结");
    case F::Open: return QStringLiteral("在办");
    case F::OverdueOpen: return QStringLiteral("超期未办结");
    case F::ResolutionRate: return QStringLiteral("办结率");
    case F::OnTimeRate: return QStringLiteral("按期办结率");
    case F::SatisfactionRate: return QStringLiteral("满意率");
    case F::AverageDays: return QStringLiteral("平均办理天数");
    case F::VisitedThisWeek: return QStringLiteral("本周走访户数");
    case F::Coverage: return QStringLiteral("走访覆盖率");
    }
    return QString();
}

QList<QStringList> keyFigures(const WeeklyFigures &now, const WeeklyFigures &before)
{
    QList<QStringList> rows;
    for (const WeeklyDocuments::KeyFigure &k : WeeklyDocuments::keyFigures(now, before))
        rows << QStringList{figureLabel(k.figure), k.now, k.before, k.change};
    return rows;
}

void keyFiguresTable(DocumentHtml &html, const WeeklyReport &report)
{
    html.table({{QStringLiteral("指标"), 34},
                {QStringLiteral("本周"), 22, true},
                {QStringLiteral("上周"), 22, true},
                {QStringLiteral("变化"), 0, true}},
               keyFigures(report.totals, report.previous));
}

void breakdown(DocumentHtml &html, const QString &title, const QString &what,
               const QList<std::pair<QString, WeeklyFigures>> &rows, bool withCoverage)
{
    html.section(title);
    QList<Column> columns{{what, 0},
                          {QStringLiteral("新增"), 7, true},
                          {QStringLiteral("办结"), 7, true},
                          {QStringLiteral("累计受理"), 9, true},
                          {QStringLiteral("累计办结"), 9, true},
                          {QStringLiteral("在办"), 7, true},
                          {QStringLiteral("超期"), 7, true},
                          {QStringLiteral("办结率"), 9, true},
                          {QStringLiteral("按期率"), 9, true},
                          {QStringLiteral("满意率"), 9, true}};
    if (withCoverage)
        columns << Column{QStringLiteral("覆盖率"), 9, true};
    QList<QStringList> lines;
    for (const auto &[name, f] : rows) {
        QStringList line{name,
                         QString::number(f.newIssues),
                         QString::number(f.resolvedThisWeek),
                         QString::number(f.accepted),
                         QString::number(f.resolvedToDate),
                         QString::number(f.open),
                         QString::number(f.overdueOpen),
                         WeeklyDocuments::percent(f.resolutionRate()),
                         WeeklyDocuments::percent(f.onTimeRate()),
                         WeeklyDocuments::percent(f.satisfactionRate())};
        if (withCoverage)
            line << WeeklyDocuments::percent(f.coverage());
        lines << line;
    }
    html.table(columns, lines, QStringLiteral("无"));
}

// 红色, 黄色 or nothing, as the paper ledgers write the warning.
QString warningLabel(WarningLevel level)
{
    return level == WarningLevel::Red  ? QStringLiteral("红色")
        : level == WarningLevel::Amber ? QStringLiteral("黄色")
                                       : QString();
}

// A chart of the bulletin: its caption, and the chart drawn in place as a figure sized in points.
constexpr double kChartWidth = 440.0; // points: the text width of a portrait page
constexpr int kChartRows = 30; // more rows would not fit a page: the first and last 15

void chart(DocumentHtml &html, PrintDocument::Figures &figures, const ChartPainter &painter, ChartData data,
           const QString &caption)
{
    QString note;
    if (data.categories.size() > kChartRows) {
        const qsizetype all = data.categories.size();
        const int half = kChartRows / 2;
        data.categories = data.categories.mid(0, half) + data.categories.mid(all - half);
        for (ChartSeries &s : data.series)
            s.values = s.values.mid(0, half) + s.values.mid(all - half);
        note = QStringLiteral("（共%1项，图中为前%2项和后%2项）").arg(all).arg(half);
    }
    html.paragraph(caption + note);
    if (data.isEmpty()) {
        html.paragraph(QStringLiteral("（无数据）"));
        return;
    }
    const QString name = QStringLiteral("chart%1").arg(figures.size() + 1);
    const QSizeF size(kChartWidth, painter.heightFor(data, kChartWidth));
    figures.append({name, size, [painter, data](QPainter &p, const QRectF &rect) { painter.paint(p, rect, data); }});
    html.raw(QStringLiteral("<p><img src=\"%1\"></p>").arg(name));
}

// 图1 各责任单位办结率 and 图2 各类别问题办理情况, from the report's (perhaps frozen) figures.
PrintDocument::Figures bulletinCharts(DocumentHtml &html, const WeeklyReport &report, const QString &font)
{
    PrintDocument::Figures figures;
    const ChartPainter painter(font);
    ChartData departments = WeeklyCharts::departmentRates(report);
    departments.series.first().name = QStringLiteral("办结率");
    chart(html, figures, painter, departments, QStringLiteral("图1  各责任单位办结率（由高到低）"));
    ChartData categories = WeeklyCharts::byCategory(report);
    categories.series[0].name = QStringLiteral("累计办结");
    categories.series[1].name = QStringLiteral("在办");
    chart(html, figures, painter, categories, QStringLiteral("图2  各类别问题办理情况（件）"));
    return figures;
}

} // namespace

QString WeeklyDocuments::days(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 1) : QStringLiteral("—");
}

QList<WeeklyDocuments::KeyFigure> WeeklyDocuments::keyFigures(const WeeklyFigures &now, const WeeklyFigures &before)
{
    QList<KeyFigure> rows;
    auto counted = [&rows](Figure figure, int a, int b) {
        rows << KeyFigure{figure, QString::number(a), QString::number(b), change(a, b)};
    };
    auto rated = [&rows](Figure figure, const std::optional<double> &a, const std::optional<double> &b) {
        rows << KeyFigure{figure, percent(a), percent(b), rateChange(a, b)};
    };
    counted(Figure::New, now.newIssues, before.newIssues);
    counted(Figure::Resolved, now.resolvedThisWeek, before.resolvedThisWeek);
    counted(Figure::Accepted, now.accepted, before.accepted);
    counted(Figure::ResolvedToDate, now.resolvedToDate, before.resolvedToDate);
    counted(Figure::Open, now.open, before.open);
    counted(Figure::OverdueOpen, now.overdueOpen, before.overdueOpen);
    rated(Figure::ResolutionRate, now.resolutionRate(), before.resolutionRate());
    rated(Figure::OnTimeRate, now.onTimeRate(), before.onTimeRate());
    rated(Figure::SatisfactionRate, now.satisfactionRate(), before.satisfactionRate());
    rows << KeyFigure{Figure::AverageDays, days(now.averageDays()), days(before.averageDays()),
                      now.averageDays() && before.averageDays()
                          ? QString::asprintf("%+.1f", *now.averageDays() - *before.averageDays())
                          : QStringLiteral("—")};
    if (now.visitedThisWeek) {
        rows << KeyFigure{Figure::VisitedThisWeek, number(now.visitedThisWeek), number(before.visitedThisWeek),
                          now.visitedThisWeek && before.visitedThisWeek
                              ? change(*now.visitedThisWeek, *before.visitedThisWeek)
                              : QStringLiteral("—")};
        rated(Figure::Coverage, now.coverage(), before.coverage());
    }
    return rows;
}

QString WeeklyDocuments::percent(const std::optional<double> &rate)
{
    return rate ? QStringLiteral("%1%").arg(*rate * 100.0, 0, 'f', 1) : QStringLiteral("—");
}

QString WeeklyDocuments::change(int now, int before)
{
    return now == before ? QStringLiteral("0") : QString::asprintf("%+d", now - before);
}

QString WeeklyDocuments::rateChange(const std::optional<double> &now, const std::optional<double> &before)
{
    if (!now || !before)
        return QStringLiteral("—");
    const double points = (*now - *before) * 100.0;
    if (qAbs(points) < 0.05)
        return QStringLiteral("0");
    return QString::asprintf("%+.1f", points) + QStringLiteral("个百分点");
}

QString WeeklyDocuments::scopeLabel(const WeeklyScope &scope)
{
    switch (scope.kind) {
    case WeeklyScope::Kind::All: return QStringLiteral("范围：全部");
    case WeeklyScope::Kind::Community: return QStringLiteral("社区：") + scope.name;
    case WeeklyScope::Kind::Grid: return QStringLiteral("网格：") + scope.name;
    case WeeklyScope::Kind::Category: return QStringLiteral("类别：") + scope.name;
    case WeeklyScope::Kind::Department: return QStringLiteral("责任单位：") + scope.name;
    }
    return QString();
}

Result<Printing::Document> WeeklyDocuments::summary(const WeeklyReport &report, const PrintOptions &options)
{
    auto fonts = PrintFonts::find();
    if (!fonts)
        return fonts.error();
    auto document = std::make_unique<PrintDocument>(QStringLiteral("周汇总"), PrintDocument::Orientation::Portrait,
                                                    fonts.value());
    DocumentHtml html;
    html.heading(QStringLiteral("问题办理情况周汇总"));
    html.titleBlock({report.week.chineseLabel(), scopeLabel(report.scope)}, Printing::printedOn(options));
    keyFiguresTable(html, report);
    const bool visits = report.totals.visitedThisWeek.has_value();
    breakdown(html, QStringLiteral("按类别"), QStringLiteral("类别"), report.byCategory, false);
    // A street's summary: the communities side by side.
    if (report.byCommunity.size() > 1)
        breakdown(html, QStringLiteral("按社区"), QStringLiteral("社区"), report.byCommunity, visits);
    breakdown(html, QStringLiteral("按网格"), QStringLiteral("网格"), report.byGrid, visits);
    breakdown(html, QStringLiteral("按责任单位"), QStringLiteral("责任单位"), report.byDepartment, false);
    html.paragraph(QStringLiteral("口径：累计数自%1年1月1日起至本周日止；在办 = 累计受理 - 累计办结。")
                       .arg(report.week.periodStart().year()));
    html.signatures(options.actor.shownName());
    document->addPart(html.html());
    return Result<Printing::Document>(std::move(document));
}

WeeklyDocuments::Edition WeeklyDocuments::editionOf(const std::optional<BulletinEdition> &published)
{
    if (!published)
        return {};
    return {published->edition, published->publishedAt, published->reason, published->figuresHash,
            published->auditDigest};
}

Result<Printing::Document> WeeklyDocuments::bulletin(const WeeklyReport &report, const Edition &edition,
                                                     const PrintOptions &options)
{
    auto fonts = PrintFonts::find();
    if (!fonts)
        return fonts.error();
    auto document = std::make_unique<PrintDocument>(QStringLiteral("周通报"), PrintDocument::Orientation::Portrait,
                                                    fonts.value());
    const WeeklyFigures &t = report.totals;
    const WeeklyLists lists = WeeklyLists::of(report);
    DocumentHtml html;
    html.heading(QStringLiteral("问题办理情况周通报"));
    html.titleBlock({report.week.chineseLabel(), scopeLabel(report.scope),
                     edition.number ? QStringLiteral("第%1版").arg(edition.number) : QStringLiteral("草稿")},
                    Printing::printedOn(options));
    if (edition.number) {
        QString line = QStringLiteral("本通报于%1发布，数字已固定").arg(edition.publishedAt.left(10));
        if (!edition.reason.isEmpty())
            line += QStringLiteral("；更正原因：") + edition.reason;
        html.paragraph(line + QStringLiteral("。校验码：") + edition.hash.left(16));
        // Kept on paper, outside the register: linli-cli check --digest proves the log reaches it.
        if (!edition.auditDigest.isEmpty())
            html.paragraph(QStringLiteral("审计摘要：") + edition.auditDigest);
    } else {
        html.paragraph(QStringLiteral("草稿：本周尚未发布，以下为台账当前数字，发布前可能变化。"));
    }
    html.section(QStringLiteral("一、总体情况"));
    html.paragraph(QStringLiteral("本周新增问题%1件，办结%2件。截至本周日，累计受理%3件，累计办结%4件，办结率%5，"
                                  "按期办结率%6，满意率%7；在办%8件，其中超期未办结%9件。")
                       .arg(t.newIssues)
                       .arg(t.resolvedThisWeek)
                       .arg(t.accepted)
                       .arg(t.resolvedToDate)
                       .arg(percent(t.resolutionRate()), percent(t.onTimeRate()), percent(t.satisfactionRate()))
                       .arg(t.open)
                       .arg(t.overdueOpen));
    keyFiguresTable(html, report);
    PrintDocument::Figures figures = bulletinCharts(html, report, fonts->body);

    QHash<QString, const WeeklyFigures *> departments;
    for (const auto &[name, f] : report.byDepartment)
        departments.insert(name, &f);
    if (report.redWarnings) {
        html.section(QStringLiteral("二、红色预警（%1件）").arg(report.redWarnings->size()));
        QList<QStringList> rows;
        for (const RedWarning &w : std::as_const(*report.redWarnings))
            rows << QStringList{QString::number(rows.size() + 1),    w.number, w.title, w.department, w.deadline,
                                w.reasons.join(QStringLiteral("；"))};
        html.table({{QStringLiteral("序号"), 7, true},
                    {QStringLiteral("编号"), 13, true},
                    {QStringLiteral("问题"), 0},
                    {QStringLiteral("责任单位"), 16},
                    {QStringLiteral("办理时限"), 12, true},
                    {QStringLiteral("预警原因"), 20}},
                   rows, QStringLiteral("本周末无红色预警问题"));
    }
    const QStringList numbers{QStringLiteral("二"), QStringLiteral("三"), QStringLiteral("四"), QStringLiteral("五"),
                              QStringLiteral("六")};
    int next = report.redWarnings ? 1 : 0;
    html.section(numbers.at(next++) + QStringLiteral("、红榜"));
    QList<QStringList> red;
    for (const QString &name : lists.red) {
        const WeeklyFigures *f = departments.value(name);
        red << QStringList{QString::number(red.size() + 1), name,
                           QString::number(f->accepted),    percent(f->resolutionRate()),
                           percent(f->onTimeRate()),        days(f->averageDays())};
    }
    html.table({{QStringLiteral("序号"), 8, true},
                {QStringLiteral("责任单位"), 0},
                {QStringLiteral("累计受理"), 14, true},
                {QStringLiteral("办结率"), 14, true},
                {QStringLiteral("按期办结率"), 14, true},
                {QStringLiteral("平均办理天数"), 14, true}},
               red, QStringLiteral("本周无单位上红榜"));
    html.section(numbers.at(next++) + QStringLiteral("、黑榜"));
    QList<QStringList> black;
    for (const QString &name : lists.black) {
        const WeeklyFigures *f = departments.value(name);
        black << QStringList{QString::number(black.size() + 1), name, QString::number(f->overdueOpen),
                             QString::number(f->overdueDays), QString::number(f->open)};
    }
    html.table({{QStringLiteral("序号"), 8, true},
                {QStringLiteral("责任单位"), 0},
                {QStringLiteral("超期未办结"), 16, true},
                {QStringLiteral("超期天数合计"), 16, true},
                {QStringLiteral("在办"), 14, true}},
               black, QStringLiteral("本周无超期未办结问题"));
    html.section(numbers.at(next++) + QStringLiteral("、责任单位排名"));
    QList<QStringList> ranking;
    for (const QString &name : lists.ranking) {
        const WeeklyFigures *f = departments.value(name);
        ranking << QStringList{QString::number(ranking.size() + 1),
                               name,
                               QString::number(f->accepted),
                               percent(f->resolutionRate()),
                               percent(f->onTimeRate()),
                               days(f->averageDays())};
    }
    html.table({{QStringLiteral("名次"), 8, true},
                {QStringLiteral("责任单位"), 0},
                {QStringLiteral("累计受理"), 14, true},
                {QStringLiteral("办结率"), 14, true},
                {QStringLiteral("按期办结率"), 14, true},
                {QStringLiteral("平均办理天数"), 14, true}},
               ranking, QStringLiteral("累计受理3件以上的单位方参与排名"));
    html.paragraph(
        QStringLiteral("说明：累计受理%1件以上的单位按办结率、按期办结率、平均办理天数排名；红榜为排名前三且办结率"
                       "不低于90%、无超期未办结问题的单位（并列者同列）；黑榜为有超期未办结问题的单位，"
                       "按超期件数、超期天数排列。")
            .arg(WeeklyLists::kMinimumAccepted));
    // A street's bulletin: how each community stands.
    if (report.byCommunity.size() > 1) {
        html.section(numbers.at(next++) + QStringLiteral("、各社区情况"));
        QList<QStringList> communities;
        for (const auto &[name, f] : report.byCommunity)
            communities << QStringList{QString::number(communities.size() + 1),
                                       name,
                                       QString::number(f.newIssues),
                                       QString::number(f.resolvedThisWeek),
                                       QString::number(f.accepted),
                                       percent(f.resolutionRate()),
                                       QString::number(f.open),
                                       QString::number(f.overdueOpen),
                                       percent(f.coverage())};
        html.table({{QStringLiteral("序号"), 7, true},
                    {QStringLiteral("社区"), 0},
                    {QStringLiteral("本周新增"), 10, true},
                    {QStringLiteral("本周办结"), 10, true},
                    {QStringLiteral("累计受理"), 10, true},
                    {QStringLiteral("办结率"), 10, true},
                    {QStringLiteral("在办"), 8, true},
                    {QStringLiteral("超期未办结"), 11, true},
                    {QStringLiteral("走访覆盖率"), 11, true}},
                   communities, QString());
    }
    html.signatures(options.actor.shownName());
    document->addPart(html.html(), figures);
    return Result<Printing::Document>(std::move(document));
}

Result<Printing::Document> WeeklyDocuments::dispatch(const DispatchList &list, const PrintOptions &options)
{
    auto fonts = PrintFonts::find();
    if (!fonts)
        return fonts.error();
    auto document = std::make_unique<PrintDocument>(QStringLiteral("周调度"), PrintDocument::Orientation::Landscape,
                                                    fonts.value());
    QList<QStringList> open;
    for (const DispatchItem &item : list.open) {
        const Issue &i = item.issue;
        open << QStringList{QString::number(open.size() + 1),
                            i.number,
                            i.registeredDate,
                            i.title,
                            i.departmentName,
                            i.assignee,
                            i.deadline,
                            QString::number(item.daysOpen),
                            QString::number(item.weeksCarried),
                            warningLabel(item.warning),
                            item.reasons.join(QStringLiteral("；")),
                            item.decisions.join(QStringLiteral("；"))};
    }
    QList<QStringList> waiting;
    for (const DispatchItem &item : list.undispatched) {
        const Issue &i = item.issue;
        waiting << QStringList{QString::number(waiting.size() + 1),
                               i.number,
                               i.registeredDate,
                               i.acceptedDate,
                               i.title,
                               i.category,
                               QString::number(item.daysOpen),
                               item.decisions.join(QStringLiteral("；"))};
    }
    DocumentHtml html;
    html.heading(QStringLiteral("周调度问题清单"));
    html.titleBlock({list.week.chineseLabel(), scopeLabel(list.scope),
                     QStringLiteral("调度会议：%1").arg(Printing::chineseDate(list.week.sunday().addDays(1)))},
                    Printing::printedOn(options));
    html.section(QStringLiteral("一、在办问题（%1件）").arg(open.size()));
    html.table({{QStringLiteral("序号"), 4, true},
                {QStringLiteral("编号"), 8, true},
                {QStringLiteral("登记日期"), 7, true},
                {QStringLiteral("问题"), 0},
                {QStringLiteral("责任单位"), 8},
                {QStringLiteral("责任人"), 6, true},
                {QStringLiteral("办理时限"), 7, true},
                {QStringLiteral("已办天数"), 5, true},
                {QStringLiteral("上榜周数"), 5, true},
                {QStringLiteral("预警"), 4, true},
                {QStringLiteral("预警原因"), 14},
                {QStringLiteral("会议决定"), 12}},
               open, QStringLiteral("无在办问题"), DocumentHtml::Size::Compact);
    html.section(QStringLiteral("二、已受理未交办（%1件）").arg(waiting.size()));
    html.table({{QStringLiteral("序号"), 4, true},
                {QStringLiteral("编号"), 8, true},
                {QStringLiteral("登记日期"), 7, true},
                {QStringLiteral("受理日期"), 7, true},
                {QStringLiteral("问题"), 0},
                {QStringLiteral("类别"), 10},
                {QStringLiteral("已办天数"), 5, true},
                {QStringLiteral("拟交办单位"), 16}},
               waiting, QStringLiteral("无"), DocumentHtml::Size::Compact);
    html.signatures(options.actor.shownName());
    document->addPart(html.html());
    return Result<Printing::Document>(std::move(document));
}

ExportTable WeeklyDocuments::summaryTable(const WeeklyReport &report)
{
    using Kind = ExportTable::Kind;
    ExportTable t;
    t.sheetName = QStringLiteral("周汇总");
    t.columns
        = {{QStringLiteral("分组"), Kind::Text, 10},           {QStringLiteral("名称"), Kind::Text, 18},
           {QStringLiteral("本周新增"), Kind::Number, 9},      {QStringLiteral("本周办结"), Kind::Number, 9},
           {QStringLiteral("累计受理"), Kind::Number, 9},      {QStringLiteral("累计办结"), Kind::Number, 9},
           {QStringLiteral("在办"), Kind::Number, 7},          {QStringLiteral("超期未办结"), Kind::Number, 10},
           {QStringLiteral("办结率"), Kind::Rate, 9},          {QStringLiteral("按期办结率"), Kind::Rate, 10},
           {QStringLiteral("满意率"), Kind::Rate, 9},          {QStringLiteral("平均办理天数"), Kind::Decimal, 12},
           {QStringLiteral("本周走访户数"), Kind::Number, 12}, {QStringLiteral("走访覆盖率"), Kind::Rate, 10}};
    // Rates and averages as numbers, unrounded: the workbook's number formats show 94.1% and 12.9.
    auto number = [](const std::optional<double> &v) { return v ? QString::number(*v, 'g', 17) : QString(); };
    auto row = [&number](const QString &group, const QString &name, const WeeklyFigures &f) {
        return QStringList{group,
                           name,
                           QString::number(f.newIssues),
                           QString::number(f.resolvedThisWeek),
                           QString::number(f.accepted),
                           QString::number(f.resolvedToDate),
                           QString::number(f.open),
                           QString::number(f.overdueOpen),
                           number(f.resolutionRate()),
                           number(f.onTimeRate()),
                           number(f.satisfactionRate()),
                           number(f.averageDays()),
                           f.visitedThisWeek ? QString::number(*f.visitedThisWeek) : QString(),
                           number(f.coverage())};
    };
    t.rows << row(QStringLiteral("合计"), report.week.label(), report.totals)
           << row(QStringLiteral("合计"), report.week.previous().label() + QStringLiteral("（上周）"), report.previous);
    for (const auto &[name, f] : report.byCategory)
        t.rows << row(QStringLiteral("类别"), name, f);
    for (const auto &[name, f] : report.byCommunity)
        t.rows << row(QStringLiteral("社区"), name, f);
    for (const auto &[name, f] : report.byGrid)
        t.rows << row(QStringLiteral("网格"), name, f);
    for (const auto &[name, f] : report.byDepartment)
        t.rows << row(QStringLiteral("责任单位"), name, f);
    return t;
}

ExportTable WeeklyDocuments::bulletinTable(const WeeklyReport &report, const Edition &edition)
{
    ExportTable t = summaryTable(report);
    t.sheetName = edition.number ? QStringLiteral("周通报第%1版").arg(edition.number) : QStringLiteral("周通报草稿");
    t.columns << ExportTable::Column{QStringLiteral("排名"), ExportTable::Kind::Number, 6}
              << ExportTable::Column{QStringLiteral("红黑榜"), ExportTable::Kind::Text, 8};
    const WeeklyLists lists = WeeklyLists::of(report);
    for (QStringList &row : t.rows) {
        const bool department = row.at(0) == QLatin1String("责任单位");
        const qsizetype place = department ? lists.ranking.indexOf(row.at(1)) : -1;
        row << (place >= 0 ? QString::number(place + 1) : QString())
            << (department && lists.red.contains(row.at(1))         ? QStringLiteral("红榜")
                    : department && lists.black.contains(row.at(1)) ? QStringLiteral("黑榜")
                                                                    : QString());
    }
    return t;
}

QList<ExportTable> WeeklyDocuments::bulletinWorkbook(const WeeklyReport &report, const Edition &edition)
{
    QList<ExportTable> book{bulletinTable(report, edition)};
    if (!report.redWarnings)
        return book;
    using Kind = ExportTable::Kind;
    ExportTable red;
    red.sheetName = QStringLiteral("红色预警");
    red.columns = {{QStringLiteral("序号"), Kind::Number, 6},    {QStringLiteral("编号"), Kind::Text, 13},
                   {QStringLiteral("问题"), Kind::Text, 30},     {QStringLiteral("责任单位"), Kind::Text, 14},
                   {QStringLiteral("办理时限"), Kind::Date, 11}, {QStringLiteral("预警原因"), Kind::Text, 40}};
    for (const RedWarning &w : std::as_const(*report.redWarnings))
        red.rows << QStringList{QString::number(red.rows.size() + 1), w.number, w.title, w.department, w.deadline,
                                w.reasons.join(QStringLiteral("；"))};
    book << red;
    return book;
}

ExportTable WeeklyDocuments::dispatchTable(const DispatchList &list)
{
    using Kind = ExportTable::Kind;
    ExportTable t;
    t.sheetName = QStringLiteral("周调度");
    t.columns = {{QStringLiteral("清单"), Kind::Text, 10},      {QStringLiteral("编号"), Kind::Text, 13},
                 {QStringLiteral("登记日期"), Kind::Date, 11},  {QStringLiteral("问题"), Kind::Text, 30},
                 {QStringLiteral("类别"), Kind::Text, 12},      {QStringLiteral("责任单位"), Kind::Text, 14},
                 {QStringLiteral("责任人"), Kind::Text, 10},    {QStringLiteral("办理时限"), Kind::Date, 11},
                 {QStringLiteral("已办天数"), Kind::Number, 9}, {QStringLiteral("上榜周数"), Kind::Number, 9},
                 {QStringLiteral("预警"), Kind::Text, 6},       {QStringLiteral("预警原因"), Kind::Text, 30},
                 {QStringLiteral("会议决定"), Kind::Text, 30}};
    auto add = [&t](const QString &group, const DispatchItem &item) {
        const Issue &i = item.issue;
        t.rows << QStringList{group,
                              i.number,
                              i.registeredDate,
                              i.title,
                              i.category,
                              i.departmentName,
                              i.assignee,
                              i.deadline,
                              QString::number(item.daysOpen),
                              QString::number(item.weeksCarried),
                              warningLabel(item.warning),
                              item.reasons.join(QStringLiteral("；")),
                              item.decisions.join(QStringLiteral("；"))};
    };
    for (const DispatchItem &item : list.open)
        add(QStringLiteral("在办"), item);
    for (const DispatchItem &item : list.undispatched)
        add(QStringLiteral("已受理未交办"), item);
    return t;
}

} // namespace linli
