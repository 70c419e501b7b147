#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace linli {

// An ISO 8601 week, Monday to Sunday, labelled 2026-W47 and, in Chinese,
// 2026年第47周（11月16日—11月22日）. The week belongs to the year of its Thursday, so 2026-W01
// starts on Monday 29 December 2025 and 2026-W53 ends on Sunday 3 January 2027.
class IsoWeek final
{
    Q_DECLARE_TR_FUNCTIONS(IsoWeek)
public:
    IsoWeek() = default;
    IsoWeek(int year, int week) : m_year(year), m_week(week) { }

    static IsoWeek containing(const QDate &date);
    // 2026-W47 (also 2026W47 and 2026-w47); refused with a message naming the text.
    static Result<IsoWeek> parse(const QString &text);
    // 52 or 53.
    static int weeksInYear(int year);

    bool isValid() const { return m_year > 0 && m_week >= 1 && m_week <= weeksInYear(m_year); }
    int year() const { return m_year; }
    int week() const { return m_week; }
    QDate monday() const;
    QDate thursday() const { return monday().addDays(3); }
    QDate sunday() const { return monday().addDays(6); }
    // The weekly figures' period: from 1 January of the Thursday's year to the Sunday.
    QDate periodStart() const { return QDate(m_year, 1, 1); }
    IsoWeek previous() const { return containing(monday().addDays(-7)); }
    IsoWeek next() const { return containing(monday().addDays(7)); }

    QString label() const; // 2026-W47
    QString chineseLabel() const; // 2026年第47周（11月16日—11月22日）

    bool operator==(const IsoWeek &other) const { return m_year == other.m_year && m_week == other.m_week; }
    bool operator<(const IsoWeek &other) const
    {
        return m_year != other.m_year ? m_year < other.m_year : m_week < other.m_week;
    }

private:
    int m_year = 0;
    int m_week = 0;
};

} // namespace linli
