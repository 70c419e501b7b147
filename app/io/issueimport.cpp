// An issue ledger in DESIGN.md's 问题台账 columns. Each row becomes an issue with the history
// its dates tell (登记, 受理, 交办, 退回, 接收, 办结, 回访, 销号), replayed through the workflow,
// so that its 状态 must agree with those dates.
#include "common/textlimit.h"
#include "importsupport.h"

#include "ledger/issuerepository.h"
#include "ledger/workflow.h"
#include "register/phone.h"
#include "register/placerepository.h"
#include "storage/database.h"
#include "transfer/transferrows.h"

#include <algorithm>

namespace linli {

namespace {

class IssueImport final
{
    Q_DECLARE_TR_FUNCTIONS(IssueImport)
public:
    explicit IssueImport(ImportContext &context) : c(context) { }
    Status run();

private:
    struct Row {
        int index = 0;
        Issue issue;
        QString community;
        QString grid;
        QList<IssueActionRequest> history;
    };
    Status load();
    bool check(int index, Row *row);
    bool checkHistory(int index, Row *row);
    // The code of `column`'s label among `list`, with a problem if it is not one.
    QString code(int row, const QString &column, const QList<Choice> &list, const QString &fallback);

    ImportContext &c;
    QHash<QString, bool> m_categories; // name -> retired
    QHash<QString, bool> m_subcategories; // category + U+001F + name -> retired
    QSet<QString> m_numbers; // in the register
    QHash<QString, int> m_numbersInFile; // -> source row
    QSet<QString> m_communities;
    QSet<QString> m_grids; // community + U+001F + grid
    QHash<QString, bool> m_departments; // name -> retired
};

Status IssueImport::load()
{
    auto categories = TransferRows::categories(c.db);
    if (!categories)
        return categories.error();
    for (const QVariantList &q : categories.value()) {
        if (q.at(1).isNull() || q.at(1).toString().isEmpty())
            m_categories.insert(q.at(0).toString(), q.at(2).toInt() != 0);
        else
            m_subcategories.insert(q.at(1).toString() + QChar(0x1F) + q.at(0).toString(), q.at(2).toInt() != 0);
    }
    auto numbers = TransferRows::issueNumbers(c.db);
    if (!numbers)
        return numbers.error();
    for (const QString &n : numbers.value())
        m_numbers.insert(n);
    auto grids = TransferRows::communityGrids(c.db);
    if (!grids)
        return grids.error();
    for (const QVariantList &q : grids.value()) {
        m_communities.insert(q.at(0).toString());
        m_grids.insert(q.at(0).toString() + QChar(0x1F) + q.at(1).toString());
    }
    auto departments = TransferRows::departments(c.db);
    if (!departments)
        return departments.error();
    for (const QVariantList &q : departments.value())
        m_departments.insert(q.at(0).toString(), q.at(1).toInt() != 0);
    return {};
}

QString IssueImport::code(int row, const QString &column, const QList<Choice> &list, const QString &fallback)
{
    const QString text = c.cell(row, column);
    if (text.isEmpty())
        return fallback;
    const QString found = choiceCode(list, text);
    if (found.isEmpty()) {
        QStringList labels;
        for (const Choice &choice : list)
            labels << QString::fromUtf8(choice.zh);
        c.problem(row, column, tr("'%1' is not one of %2.").arg(text, labels.join(QStringLiteral("、"))));
    }
    return found;
}

bool IssueImport::check(int i, Row *row)
{
    const int before = c.problemCount();
    Issue &d = row->issue;
    d.number = c.cell(i, QStringLiteral("编号"));
    const QDate registered = c.date(i, QStringLiteral("登记日期"), true);
    d.registeredDate = registered.toString(Qt::ISODate);
    if (!d.number.isEmpty()) {
        if (Status s = IssueRepository::checkNumber(d.number, registered.isValid() ? registered.year() : 0); !s)
            c.problem(i, QStringLiteral("编号"), s.error().message);
        else if (m_numbers.contains(d.number))
            c.problem(i, QStringLiteral("编号"), tr("There is already an issue numbered %1.").arg(d.number));
        else if (const int earlier = m_numbersInFile.value(d.number); earlier > 0)
            c.problem(i, QStringLiteral("编号"),
                      tr("The number %1 is already in row %2 of the file.").arg(d.number).arg(earlier));
        else
            m_numbersInFile.insert(d.number, c.file.sourceRow(i));
    }
    d.source = code(i, QStringLiteral("来源"), choices::issueSource(), QStringLiteral("walk_in"));
    d.reporter = c.cell(i, QStringLiteral("反映人"));
    c.checkLength(i, QStringLiteral("反映人"), TextLimit::kName);
    c.checkLength(i, QStringLiteral("地址"), TextLimit::kLine);
    c.checkLength(i, QStringLiteral("问题描述"), TextLimit::kText);
    c.checkLength(i, QStringLiteral("办理结果"), TextLimit::kNotes);
    c.checkLength(i, QStringLiteral("责任人"), TextLimit::kName);
    auto phone = Phone::parse(c.cell(i, QStringLiteral("联系电话")));
    if (!phone)
        c.problem(i, QStringLiteral("联系电话"), phone.error().message);
    else
        d.reporterPhone = phone.value();
    row->community = c.cell(i, QStringLiteral("社区"));
    row->grid = c.cell(i, QStringLiteral("网格"));
    if (row->community.isEmpty())
        c.problem(i, QStringLiteral("社区"), tr("%1 is empty.").arg(QStringLiteral("社区")));
    d.location = c.cell(i, QStringLiteral("地址"));
    if (d.location.isEmpty())
        c.problem(i, QStringLiteral("地址"),
                  tr("地址 is empty: say where the problem is (a dwelling, a building, a street)."));
    d.category = c.cell(i, QStringLiteral("类别"));
    d.subcategory = c.cell(i, QStringLiteral("子类"));
    if (d.category.isEmpty()) {
        c.problem(i, QStringLiteral("类别"), tr("%1 is empty.").arg(QStringLiteral("类别")));
    } else if (!m_categories.contains(d.category) || m_categories.value(d.category)) {
        QStringList known;
        for (auto it = m_categories.cbegin(); it != m_categories.cend(); ++it)
            if (!it.value())
                known << it.key();
        known.sort();
        c.problem(
            i, QStringLiteral("类别"),
            tr("'%1' is not an issue category in use; the categories are %2 (设置 → 问题台账设置 edits the list).")
                .arg(d.category, known.join(QStringLiteral("、"))));
    } else if (!d.subcategory.isEmpty()) {
        const QString key = d.category + QChar(0x1F) + d.subcategory;
        if (!m_subcategories.contains(key) || m_subcategories.value(key))
            c.problem(i, QStringLiteral("子类"), tr("'%1' is not a subcategory of %2.").arg(d.subcategory, d.category));
    }
    // The title is the first line of the description, the rest its details.
    const QString text = c.cell(i, QStringLiteral("问题描述")).trimmed();
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    d.title = (newline < 0 ? text : text.left(newline)).simplified();
    d.description = newline < 0 ? QString() : text.mid(newline + 1).trimmed();
    if (d.title.size() > 200) {
        d.description = text;
        d.title = d.title.left(60) + QStringLiteral("…");
    }
    if (d.title.isEmpty())
        c.problem(i, QStringLiteral("问题描述"), tr("%1 is empty.").arg(QStringLiteral("问题描述")));
    if (c.problemCount() == before)
        checkHistory(i, row);
    if (c.problemCount() != before)
        return false;
    if (!m_communities.contains(row->community))
        c.noteCreated(tr("community %1").arg(row->community));
    if (!row->grid.isEmpty() && !m_grids.contains(row->community + QChar(0x1F) + row->grid))
        c.noteCreated(tr("grid %1/%2").arg(row->community, row->grid));
    for (const IssueActionRequest &r : std::as_const(row->history))
        if (!r.department.isEmpty() && !m_departments.contains(r.department))
            c.noteCreated(tr("department %1").arg(r.department));
    return true;
}

bool IssueImport::checkHistory(int i, Row *row)
{
    const int before = c.problemCount();
    const QString status = code(i, QStringLiteral("状态"), choices::issueStatus(), QString());
    if (status.isEmpty()) {
        if (c.cell(i, QStringLiteral("状态")).isEmpty())
            c.problem(i, QStringLiteral("状态"), tr("%1 is empty.").arg(QStringLiteral("状态")));
        return false;
    }
    const QString handling = code(i, QStringLiteral("办理类型"), choices::handlingType(), QString());
    const QString satisfaction = code(i, QStringLiteral("回访结果"), choices::satisfaction(), QString());
    const QDate registered = QDate::fromString(row->issue.registeredDate, Qt::ISODate);
    const QDate dispatched = c.date(i, QStringLiteral("交办日期"), false);
    const QDate deadline = ImportContext::parseDate(c.cell(i, QStringLiteral("办理时限")));
    const QDate resolved = c.date(i, QStringLiteral("办结日期"), false);
    const QDate followedUp = c.date(i, QStringLiteral("回访日期"), false);
    const QString department = c.cell(i, QStringLiteral("责任单位"));
    const QString result = c.cell(i, QStringLiteral("办理结果"));
    if (!c.cell(i, QStringLiteral("办理时限")).isEmpty() && !deadline.isValid())
        c.problem(i, QStringLiteral("办理时限"),
                  tr("'%1' is not a date: write it as YYYY-MM-DD.").arg(c.cell(i, QStringLiteral("办理时限"))));
    bool countOk = true;
    const QString countText = c.cell(i, QStringLiteral("退回次数"));
    const int returns = countText.isEmpty() ? 0 : countText.toInt(&countOk);
    if (!countOk || returns < 0 || returns > 99) {
        c.problem(i, QStringLiteral("退回次数"), tr("'%1' is not a number of returns.").arg(countText));
        return false;
    }
    if (c.problemCount() != before || !registered.isValid())
        return false;

    const QString label = c.cell(i, QStringLiteral("状态"));
    auto disagree = [&](const QString &column, const QString &why) {
        c.problem(i, column, tr("状态 %1 does not agree with the dates: %2").arg(label, why));
    };
    auto needs = [&](const QString &column, bool given) {
        if (!given)
            disagree(column, tr("%1 is empty.").arg(column));
    };
    auto mustBeEmpty = [&](const QString &column) {
        if (!c.cell(i, column).isEmpty())
            disagree(column, tr("an issue that is %1 has no %2.").arg(label, column));
    };
    const bool rejected = status == QLatin1String("rejected");
    const bool dispatchedOnce
        = !QStringList{QStringLiteral("new"), QStringLiteral("accepted"), QStringLiteral("rejected")}.contains(status);
    const bool reopened = status == QLatin1String("in_progress") && resolved.isValid();
    const bool resolvedOnce
        = QStringList{QStringLiteral("resolved"), QStringLiteral("followed_up"), QStringLiteral("closed")}.contains(
              status)
        || reopened;
    const bool followed = status == QLatin1String("followed_up") || status == QLatin1String("closed") || reopened
        || (status == QLatin1String("resolved") && followedUp.isValid());

    if (status == QLatin1String("new") && returns > 0)
        disagree(QStringLiteral("退回次数"), tr("an issue not yet accepted has not been returned."));
    if (dispatchedOnce || returns > 0) {
        needs(QStringLiteral("交办日期"), dispatched.isValid());
        needs(QStringLiteral("责任单位"), !department.isEmpty());
    } else {
        mustBeEmpty(QStringLiteral("交办日期"));
    }
    if (resolvedOnce) {
        needs(QStringLiteral("办结日期"), resolved.isValid());
        needs(QStringLiteral("办理结果"), !result.isEmpty());
    } else {
        mustBeEmpty(QStringLiteral("办结日期"));
    }
    if (followed) {
        needs(QStringLiteral("回访日期"), followedUp.isValid());
        needs(QStringLiteral("回访结果"), !satisfaction.isEmpty());
        const bool dissatisfied = satisfaction == QLatin1String("dissatisfied");
        if (!satisfaction.isEmpty() && (status == QLatin1String("in_progress") || status == QLatin1String("resolved"))
            && !dissatisfied)
            disagree(QStringLiteral("回访结果"),
                     tr("after a follow-up of %1 the issue is 已回访, not %2.")
                         .arg(c.cell(i, QStringLiteral("回访结果")), label));
        if (dissatisfied && (status == QLatin1String("followed_up") || status == QLatin1String("closed")))
            disagree(QStringLiteral("回访结果"), tr("an issue followed up 不满意 is reopened (办理中)."));
    } else {
        mustBeEmpty(QStringLiteral("回访日期"));
    }
    if (c.problemCount() != before)
        return false;
    // The dates in order.
    auto order = [&](const QDate &earlier, const QDate &later, const QString &column, const QString &earlierColumn) {
        if (earlier.isValid() && later.isValid() && later < earlier)
            c.problem(i, column,
                      tr("%1 %2 is before %3 %4.")
                          .arg(column, later.toString(Qt::ISODate), earlierColumn, earlier.toString(Qt::ISODate)));
    };
    order(registered, dispatched, QStringLiteral("交办日期"), QStringLiteral("登记日期"));
    order(dispatched, deadline, QStringLiteral("办理时限"), QStringLiteral("交办日期"));
    order(dispatched, resolved, QStringLiteral("办结日期"), QStringLiteral("交办日期"));
    if (status != QLatin1String("resolved"))
        order(resolved, followedUp, QStringLiteral("回访日期"), QStringLiteral("办结日期"));
    else
        order(dispatched, followedUp, QStringLiteral("回访日期"), QStringLiteral("交办日期"));
    if (!department.isEmpty() && m_departments.value(department, false))
        c.problem(i, QStringLiteral("责任单位"),
                  tr("The department %1 is retired; reinstate it under 设置 → 问题台账设置 first.").arg(department));
    if (c.problemCount() != before)
        return false;

    // The history, replayed through the workflow when the row is written.
    auto step = [&](IssueAction action, const QDate &date) -> IssueActionRequest & {
        IssueActionRequest r;
        r.action = action;
        r.date = date;
        row->history << r;
        return row->history.last();
    };
    const QString returned = tr("returned (one of the returns counted in the imported ledger)");
    if (rejected && returns == 0) {
        step(IssueAction::Reject, registered).reason = result.isEmpty() ? tr("rejected (imported ledger)") : result;
        return true;
    }
    if (status == QLatin1String("new"))
        return true;
    step(IssueAction::Accept, registered);
    auto dispatch = [&]() {
        IssueActionRequest &r = step(IssueAction::Dispatch, dispatched);
        r.department = department;
        r.assignee = c.cell(i, QStringLiteral("责任人"));
        r.handlingType = handling;
        r.deadline = deadline;
    };
    for (int n = 0; n < returns; ++n) {
        dispatch();
        step(IssueAction::Return, dispatched).reason = returned;
    }
    if (rejected) {
        step(IssueAction::Reject, dispatched).reason = result.isEmpty() ? tr("rejected (imported ledger)") : result;
        return true;
    }
    if (!dispatchedOnce)
        return true;
    dispatch();
    if (status == QLatin1String("dispatched"))
        return true;
    step(IssueAction::Start, dispatched);
    if (!resolvedOnce)
        return true;
    if (status == QLatin1String("resolved") && followed) {
        // Resolved again after a dissatisfied follow-up: the ledger keeps only the last resolution.
        step(IssueAction::Resolve, followedUp).result = result;
        step(IssueAction::FollowUp, followedUp).satisfaction = satisfaction;
    }
    step(IssueAction::Resolve, resolved).result = result;
    if (status == QLatin1String("resolved"))
        return true;
    step(IssueAction::FollowUp, followedUp).satisfaction = satisfaction;
    if (status == QLatin1String("closed"))
        step(IssueAction::Close, followedUp);
    return true;
}

Status IssueImport::run()
{
    if (Status s = load(); !s)
        return s;
    auto checked = c.checkRows<Row>([this](int i, Row *row) { return check(i, row); });
    if (!checked)
        return checked.error();
    QList<Row> rows = std::move(checked).value();
    if (!c.shouldWrite())
        return {};
    // The rows with their own numbers first, so that the new numbers come after them.
    std::stable_partition(rows.begin(), rows.end(), [](const Row &r) { return !r.issue.number.isEmpty(); });

    Transaction tx(c.db);
    if (!tx.status())
        return tx.status();
    PlaceRepository places(c.db);
    IssueRepository issues(c.db);
    issues.setToday(c.options.today);
    const Actor &actor = c.options.actor;
    for (Row row : std::as_const(rows)) {
        auto community = places.ensureCommunity(row.community, actor);
        if (!community)
            return c.rowFailed(row.index, community.error());
        row.issue.communityId = community->meta.id;
        if (!row.grid.isEmpty()) {
            auto grid = places.ensureGrid(community->meta.id, row.grid, actor);
            if (!grid)
                return c.rowFailed(row.index, grid.error());
            row.issue.gridId = grid->meta.id;
        }
        auto added = issues.add(row.issue, actor);
        if (!added)
            return c.rowFailed(row.index, added.error());
        for (const IssueActionRequest &r : std::as_const(row.history))
            if (auto applied = issues.apply(added->number, r, actor); !applied)
                return c.rowFailed(row.index, applied.error());
        if (!c.rowWritten())
            return c.cancelled();
    }
    return tx.commit();
}

} // namespace

Status importers::issues(ImportContext &context)
{
    return IssueImport(context).run();
}

} // namespace linli
