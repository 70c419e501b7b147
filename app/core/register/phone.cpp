#include "phone.h"

namespace linli {

namespace {

QString digitsOf(const QString &text, bool *onlyPhoneChars)
{
    QString digits;
    *onlyPhoneChars = true;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            digits += c;
        else if (u >= 0xFF10 && u <= 0xFF19)
            digits += QChar(u'0' + (u - 0xFF10));
        else if (!(c.isSpace() || u == u'-' || u == 0xFF0D || u == u'(' || u == u')' || u == u'+'))
            *onlyPhoneChars = false;
    }
    return digits;
}

// Area codes of three digits (010, 020–029); all others have four.
int areaCodeLength(const QString &digits)
{
    if (digits.startsWith(QLatin1String("010")) || digits.startsWith(QLatin1String("02")))
        return 3;
    return 4;
}

} // namespace

Result<QString> Phone::parse(const QString &text, const QString &field)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    bool clean = false;
    QString digits = digitsOf(trimmed, &clean);
    if (!clean)
        return Error{ErrorCode::Invalid,
                     tr("The phone number '%1' contains characters other than digits.").arg(trimmed), field};
    if (digits.size() == 13 && digits.startsWith(QLatin1String("86")) && digits.at(2) == QLatin1Char('1'))
        digits = digits.mid(2);

    if (digits.startsWith(QLatin1Char('1'))) {
        if (digits.size() != 11)
            return Error{ErrorCode::Invalid,
                         tr("The mobile number '%1' must have 11 digits, but has %2.").arg(trimmed).arg(digits.size()),
                         field};
        if (digits.at(1) < QLatin1Char('3'))
            return Error{ErrorCode::Invalid, tr("The mobile number '%1' must start with 13 to 19.").arg(trimmed),
                         field};
        return digits;
    }
    if (digits.startsWith(QLatin1Char('0'))) {
        const int area = areaCodeLength(digits);
        const qsizetype local = digits.size() - area;
        if (local < 7 || local > 8)
            return Error{ErrorCode::Invalid,
                         tr("The landline number '%1' must be an area code followed by 7 or 8 digits.").arg(trimmed),
                         field};
        return digits.left(area) + QLatin1Char('-') + digits.mid(area);
    }
    return Error{
        ErrorCode::Invalid,
        tr("The phone number '%1' is neither an 11-digit mobile nor a landline with its area code.").arg(trimmed),
        field};
}

QString Phone::mask(const QString &phone)
{
    if (phone.size() == 11 && phone.startsWith(QLatin1Char('1')))
        return phone.left(3) + QStringLiteral("****") + phone.right(4);
    const qsizetype dash = phone.indexOf(QLatin1Char('-'));
    if (dash > 0 && phone.size() - dash > 5)
        return phone.left(dash + 1) + QString(phone.size() - dash - 5, QLatin1Char('*')) + phone.right(4);
    return phone;
}

} // namespace linli
