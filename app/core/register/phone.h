#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace linli {

// Chinese phone numbers: 11-digit mobiles (1[3-9]xxxxxxxxx) and landlines with an area code.
class Phone final
{
    Q_DECLARE_TR_FUNCTIONS(Phone)
public:
    // Normalised: a mobile as 11 digits, a landline as "0471-1234567". An empty text is valid
    // (phones are optional); `field` names the field in the error.
    static Result<QString> parse(const QString &text, const QString &field = QStringLiteral("phone"));
    // 139****5678; a landline keeps its area code and last four digits.
    static QString mask(const QString &phone);
};

} // namespace linli
