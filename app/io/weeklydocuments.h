#pragma once

#include "printing.h"
#include "tablewriter.h"
#include "weekly/bulletins.h"
#include "weekly/weeklyfigures.h"

#include <QCoreApplication>

namespace linli {

// The weekly cycle's documents, made with the document engine from a report (live, or read
// back from a published edition): always in Chinese, like the paper they replace.
class WeeklyDocuments final
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyDocuments)
public:
    // 周汇总: every figure of the week with the week before and the change, then the figures
    // by category, grid and department.
    static Result<Printing::Document> summary(const WeeklyReport &report, const PrintOptions &options);

    // 周通报: the summary in words and figures, the 红榜 and 黑榜 and the departments' ranking.
    // `edition` says which published edition this is (its number, date and reason), or that it
    // is a draft of live figures.
    struct Edition {
        int number = 0; // 0: a draft
        QString publishedAt;
        QString reason;
        QString hash;
        QString auditDigest; // the audit log's digest when it was published
    };
    static Edition editionOf(const std::optional<BulletinEdition> &published);
    static Result<Printing::Document> bulletin(const WeeklyReport &report, const Edition &edition,
                                               const PrintOptions &options);

    // 周调度, landscape: the open issues for the Monday meeting with a column for its decisions,
    // then those accepted and not yet dispatched.
    static Result<Printing::Document> dispatch(const DispatchList &list, const PrintOptions &options);

    // The same as workbooks: 周汇总 as one flat table (the totals of the week and the week
    // before, then a row for each category, grid and department), 周调度 as the list of issues.
    static ExportTable summaryTable(const WeeklyReport &report);
    static ExportTable dispatchTable(const DispatchList &list);
    // 周通报 as a workbook: the summary table with each department's place in the ranking and
    // on the 红榜 or 黑榜, and the edition (or 草稿) in the sheet's name.
    static ExportTable bulletinTable(const WeeklyReport &report, const Edition &edition);
    // The bulletin's workbook: bulletinTable, and a sheet of its red warnings when the bulletin
    // records them.
    static QList<ExportTable> bulletinWorkbook(const WeeklyReport &report, const Edition &edition);

    // The key figures of a week against the week before, written as printed: the summary table
    // of the 周汇总 and 周通报, and the 周报 page's.
    enum class Figure {
        New,
        Resolved,
        Accepted,
        ResolvedToDate,
        Open,
        OverdueOpen,
        ResolutionRate,
        OnTimeRate,
        SatisfactionRate,
        AverageDays,
        VisitedThisWeek, // with Coverage, only where visits have a meaning
        Coverage
    };
    struct KeyFigure {
        Figure figure;
        QString now;
        QString before;
        QString change;
    };
    static QList<KeyFigure> keyFigures(const WeeklyFigures &now, const WeeklyFigures &before);

    // 85.7%, or — without a denominator.
    static QString percent(const std::optional<double> &rate);
    // +3, -2, 0; for rates +1.2个百分点.
    static QString change(int now, int before);
    // 12.6 days, or — with nothing resolved.
    static QString days(const std::optional<double> &value);
    static QString rateChange(const std::optional<double> &now, const std::optional<double> &before);
    static QString scopeLabel(const WeeklyScope &scope);
};

} // namespace linli
