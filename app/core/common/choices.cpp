#include "choices.h"

#include <QLocale>

namespace linli {

bool uiIsChinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString choiceLabel(const QList<Choice> &choices, const QString &code)
{
    for (const Choice &c : choices) {
        if (code == QLatin1String(c.code))
            return uiIsChinese() ? QString::fromUtf8(c.zh) : QString::fromUtf8(c.en);
    }
    return code;
}

QString choiceChineseLabel(const QList<Choice> &choices, const QString &code)
{
    for (const Choice &c : choices) {
        if (code == QLatin1String(c.code))
            return QString::fromUtf8(c.zh);
    }
    return code;
}

QString choiceCode(const QList<Choice> &choices, const QString &codeOrLabel)
{
    const QString text = codeOrLabel.trimmed();
    for (const Choice &c : choices) {
        if (text == QLatin1String(c.code) || text == QString::fromUtf8(c.zh)
            || text.compare(QString::fromUtf8(c.en), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(c.code);
    }
    return {};
}

QStringList choiceCodes(const QList<Choice> &choices)
{
    QStringList codes;
    for (const Choice &c : choices)
        codes << QString::fromLatin1(c.code);
    return codes;
}

namespace choices {

const QList<Choice> &housingUse()
{
    static const QList<Choice> list = {
        {"owner", "自住", "Owner-occupied"},
        {"rented", "出租", "Rented"},
        {"vacant", "空置", "Vacant"},
        {"other", "其他", "Other"},
    };
    return list;
}

const QList<Choice> &householdStatus()
{
    static const QList<Choice> list = {
        {"active", "在册", "Active"},
        {"moved_out", "迁出", "Moved out"},
        {"closed", "注销", "Closed"},
    };
    return list;
}

const QList<Choice> &residentStatus()
{
    static const QList<Choice> list = {
        {"active", "在册", "Active"},
        {"moved_out", "迁出", "Moved out"},
        {"deceased", "死亡", "Deceased"},
    };
    return list;
}

const QList<Choice> &relation()
{
    static const QList<Choice> list = {
        {"head", "户主", "Head"},           {"spouse", "配偶", "Spouse"}, {"son", "子", "Son"},
        {"daughter", "女", "Daughter"},     {"parent", "父母", "Parent"}, {"grandchild", "孙子女", "Grandchild"},
        {"sibling", "兄弟姐妹", "Sibling"}, {"tenant", "租户", "Tenant"}, {"other", "其他", "Other"},
    };
    return list;
}

const QList<Choice> &residenceType()
{
    static const QList<Choice> list = {
        {"registered", "户籍", "Registered"},
        {"resident", "常住", "Resident"},
        {"floating", "流动", "Floating"},
        {"away", "人户分离", "Registered elsewhere"},
    };
    return list;
}

const QList<Choice> &sex()
{
    static const QList<Choice> list = {
        {"M", "男", "Male"},
        {"F", "女", "Female"},
    };
    return list;
}

} // namespace choices
} // namespace linli
