#include "isoweek.h"

#include <QRegularExpression>

namespace linli {

IsoWeek IsoWeek::containing(const QDate &date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return IsoWeek(year, week);
}

int IsoWeek::weeksInYear(int year)
{
    // 28 December is always in the last week of its year.
    return QDate(year, 12, 28).weekNumber();
}

QDate IsoWeek::monday() const
{
    // 4 January is always in week 1.
    const QDate january4(m_year, 1, 4);
    return january4.addDays(1 - january4.dayOfWeek() + 7 * (m_week - 1));
}

Result<IsoWeek> IsoWeek::parse(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})-?[Ww](\\d{1,2})$"));
    const auto match = form.match(text.trimmed());
    if (!match.hasMatch())
        return Error{ErrorCode::Invalid, tr("'%1' is not a week: write it as 2026-W47.").arg(text),
                     QStringLiteral("week")};
    const IsoWeek week(match.captured(1).toInt(), match.captured(2).toInt());
    if (!week.isValid())
        return Error{ErrorCode::Invalid,
                     tr("%1 has no week %2: its weeks are 1 to %3.")
                         .arg(week.year())
                         .arg(week.week())
                         .arg(weeksInYear(week.year())),
                     QStringLiteral("week")};
    return week;
}

QString IsoWeek::label() const
{
    return QStringLiteral("%1-W%2").arg(m_year).arg(m_week, 2, 10, QLatin1Char('0'));
}

QString IsoWeek::chineseLabel() const
{
    const QDate from = monday();
    const QDate to = sunday();
    return QStringLiteral("%1年第%2周（%3月%4日—%5月%6日）")
        .arg(m_year)
        .arg(m_week)
        .arg(from.month())
        .arg(from.day())
        .arg(to.month())
        .arg(to.day());
}

} // namespace linli
