#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace linli {

// A citizen identity number (公民身份号码) checked against GB 11643-1999.
struct IdNumberInfo {
    QString number; // normalised: 18 characters, upper-case X, half-width
    QDate birthDate;
    QString sex; // "M" or "F"
    QString province; // the first two digits
};

class IdNumber final
{
    Q_DECLARE_TR_FUNCTIONS(IdNumber)
public:
    // Half-width digits, upper-case X, no spaces. Does not validate.
    static QString normalise(const QString &text);
    // Validates a normalised or raw number; `today` bounds the birth date.
    static Result<IdNumberInfo> parse(const QString &text, const QDate &today = QDate::currentDate());
    // The ISO 7064 MOD 11-2 check character for the first 17 digits.
    static QChar checkCharacter(QStringView first17);
    static bool isKnownProvince(int code);
    // 150781********0017
    static QString mask(const QString &number);
    // Whether the text is an ID number that Excel stored as a number: shown in scientific
    // notation (1.10105E+17), or 18 digits whose last ones Excel turned to 0 (it keeps 15
    // significant digits) so that the check fails. The message says what happened and what to
    // do; empty when the text does not look damaged.
    static QString damagedByExcel(const QString &text);
};

} // namespace linli
