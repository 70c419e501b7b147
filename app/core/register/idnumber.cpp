#include "idnumber.h"

#include <QRegularExpression>

#include <array>

namespace linli {

namespace {

constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckChars[] = "10X98765432";

Error invalid(const QString &message)
{
    return Error{ErrorCode::Invalid, message, QStringLiteral("id_number")};
}

} // namespace

QString IdNumber::normalise(const QString &text)
{
    QString out;
    out.reserve(18);
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isSpace() || u == u'-')
            continue;
        if (u >= 0xFF10 && u <= 0xFF19) // full-width digits
            out += QChar(u'0' + (u - 0xFF10));
        else if (u == 0xFF38 || u == 0xFF58 || u == u'x') // full-width X/x, lower-case x
            out += QLatin1Char('X');
        else
            out += c;
    }
    return out;
}

QChar IdNumber::checkCharacter(QStringView first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - u'0') * kWeights[size_t(i)];
    return QLatin1Char(kCheckChars[sum % 11]);
}

bool IdNumber::isKnownProvince(int code)
{
    // Mainland provinces by region, then Taiwan, Hong Kong, Macao and the 83 of
    // residence permits for Taiwan residents.
    static constexpr int known[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
                                    44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    for (int k : known) {
        if (k == code)
            return true;
    }
    return false;
}

Result<IdNumberInfo> IdNumber::parse(const QString &text, const QDate &today)
{
    const QString n = normalise(text);
    if (n.isEmpty())
        return invalid(tr("The ID number is empty."));
    if (n.size() != 18)
        return invalid(tr("The ID number must have 18 characters, but %1 has %2.").arg(n).arg(n.size()));
    for (int i = 0; i < 17; ++i) {
        if (!n.at(i).isDigit() || n.at(i).unicode() > 127)
            return invalid(tr("Character %1 of the ID number %2 is '%3', but only digits may stand there.")
                               .arg(i + 1)
                               .arg(n, n.at(i)));
    }
    const QChar last = n.at(17);
    if (!(last.isDigit() && last.unicode() < 128) && last != QLatin1Char('X'))
        return invalid(tr("The last character of the ID number %1 must be a digit or X, not '%2'.").arg(n, last));

    const int province = n.left(2).toInt();
    if (!isKnownProvince(province))
        return invalid(tr("The ID number %1 starts with %2, which is not a province code.").arg(n, n.left(2)));

    const QString datePart = n.mid(6, 8);
    const QDate birth = QDate::fromString(datePart, QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1800)
        return invalid(tr("The ID number %1 contains the birth date %2, which is not a real date.").arg(n, datePart));
    if (birth > today)
        return invalid(tr("The ID number %1 contains the birth date %2, which is in the future.")
                           .arg(n, birth.toString(Qt::ISODate)));

    const QChar expected = checkCharacter(QStringView(n).left(17));
    if (expected != last)
        return invalid(
            tr("The check character of the ID number %1 should be %2, not %3: a digit was probably mistyped.")
                .arg(n, expected, last));

    IdNumberInfo info;
    info.number = n;
    info.birthDate = birth;
    info.sex = (n.at(16).unicode() - u'0') % 2 == 1 ? QStringLiteral("M") : QStringLiteral("F");
    info.province = n.left(2);
    return info;
}

QString IdNumber::mask(const QString &number)
{
    if (number.size() != 18)
        return number.isEmpty() ? QString() : QString(number.size(), QLatin1Char('*'));
    return number.left(6) + QString(8, QLatin1Char('*')) + number.right(4);
}

QString IdNumber::damagedByExcel(const QString &text)
{
    const QString t = normalise(text);
    static const QRegularExpression scientific(QStringLiteral("^\\d(\\.\\d+)?E\\+?\\d{1,2}$"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression zeroed(QStringLiteral("^\\d{15}000$"));
    const bool shownScientific = scientific.match(t).hasMatch();
    const bool lostDigits = zeroed.match(t).hasMatch() && !parse(t).ok();
    if (!shownScientific && !lostDigits)
        return {};
    return tr("The ID number %1 was damaged by Excel: it was stored as a number, so %2. Set the column's format to "
              "Text in Excel and type the number again.")
        .arg(text.trimmed(),
             shownScientific ? tr("it shows in scientific notation and its digits are lost")
                             : tr("its last digits became 000"));
}

} // namespace linli
