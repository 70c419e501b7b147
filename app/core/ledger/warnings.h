#pragma once

#include "ledger/issuetypes.h"

#include <QCoreApplication>
#include <QStringList>

namespace linli {

// The red and amber warnings of DESIGN.md for an as-of date.
class Warnings final
{
    Q_DECLARE_TR_FUNCTIONS(Warnings)
public:
    static constexpr int kDueSoonDays = 2;
    static constexpr int kUndispatchedDays = 1;
    static constexpr int kRepeatWindowDays = 90;
    static constexpr int kRepeatCount = 3;

    // `recentAtSamePlace`: issues registered for the same household (or, without one, the same
    // location) in the 90 days up to `asOf`, this one included.
    static WarningLevel level(const Issue &issue, const QDate &asOf, int recentAtSamePlace);
    // Why, in words, for the ledger and the bulletin.
    static QStringList reasons(const Issue &issue, const QDate &asOf, int recentAtSamePlace);
    static QString code(WarningLevel level); // none, amber, red
    static QString label(WarningLevel level); // 红色, 黄色, or empty for none
    static WarningLevel parse(const QString &text, bool *ok);
};

} // namespace linli
