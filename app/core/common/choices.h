#pragma once

#include <QList>
#include <QString>

namespace linli {

// An enumeration value: stored as its English code, shown and imported with its Chinese label.
struct Choice {
    const char *code;
    const char *zh;
    const char *en;
};

// The label for the current UI language (Chinese unless the default locale says otherwise).
QString choiceLabel(const QList<Choice> &choices, const QString &code);
// The Chinese label whatever the UI language: the interchange files and paper use it.
QString choiceChineseLabel(const QList<Choice> &choices, const QString &code);
// Accepts a code or a Chinese or English label; returns the code, or an empty string.
QString choiceCode(const QList<Choice> &choices, const QString &codeOrLabel);
QStringList choiceCodes(const QList<Choice> &choices);
bool uiIsChinese();

namespace choices {
const QList<Choice> &housingUse();
const QList<Choice> &householdStatus();
const QList<Choice> &residentStatus();
const QList<Choice> &relation();
const QList<Choice> &residenceType();
const QList<Choice> &sex();
} // namespace choices

} // namespace linli
