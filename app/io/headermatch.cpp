#include "headermatch.h"

#include <QRegularExpression>

namespace linli {

QString HeaderMatch::cell(int row, const QString &header) const
{
    const int column = columns.value(header, -1);
    if (column < 0 || row < 0 || row >= table.rows.size())
        return {};
    return table.rows.at(row).value(column).trimmed();
}

QString HeaderMatcher::normalise(const QString &header)
{
    static const QRegularExpression notes(QStringLiteral("[（(][^）)]*[）)]"));
    static const QRegularExpression noise(QStringLiteral("[\\s*＊:：]"));
    QString h = header;
    h.remove(notes);
    h.remove(noise);
    return h;
}

Result<HeaderMatch> HeaderMatcher::find(const QList<XlsxSheet> &sheets, const QStringList &expected,
                                        const QStringList &required)
{
    QHash<QString, QString> wanted; // normalised -> expected
    for (const QString &e : expected)
        wanted.insert(normalise(e), e);
    int bestScore = 0;
    int bestSheet = -1;
    int bestRow = -1;
    for (int s = 0; s < sheets.size(); ++s) {
        const TextTable &t = sheets.at(s).table;
        for (int r = 0; r < std::min<int>(kSearchRows, int(t.rows.size())); ++r) {
            QSet<QString> found;
            for (const TextRow::Cell &cell : t.rows.at(r).cells())
                if (const QString key = normalise(cell.text); wanted.contains(key))
                    found.insert(key);
            if (int(found.size()) > bestScore) {
                bestScore = int(found.size());
                bestSheet = s;
                bestRow = r;
            }
        }
    }
    if (bestSheet < 0)
        return Error{ErrorCode::Invalid,
                     tr("No sheet has a header row with the columns %1 in its first %2 rows.")
                         .arg(expected.join(QStringLiteral("、")))
                         .arg(kSearchRows),
                     QStringLiteral("header")};
    HeaderMatch match;
    match.sheetName = sheets.at(bestSheet).name;
    match.headerRow = bestRow;
    match.table = sheets.at(bestSheet).table;
    for (const TextRow::Cell &cell : match.table.rows.at(bestRow).cells()) {
        const QString key = normalise(cell.text);
        if (key.isEmpty())
            continue;
        if (wanted.contains(key) && !match.columns.contains(wanted.value(key)))
            match.columns.insert(wanted.value(key), cell.column);
        else
            match.ignored << cell.text.trimmed();
    }
    QStringList missing;
    for (const QString &r : required)
        if (!match.columns.contains(r))
            missing << r;
    if (!missing.isEmpty())
        return Error{ErrorCode::Invalid,
                     tr("Sheet %1, row %2 looks like the header row but lacks the columns %3; the columns are %4.")
                         .arg(match.sheetName)
                         .arg(match.sourceRow(bestRow))
                         .arg(missing.join(QStringLiteral("、")), expected.join(QStringLiteral("、"))),
                     QStringLiteral("header")};
    return match;
}

} // namespace linli
