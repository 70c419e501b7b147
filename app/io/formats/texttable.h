#pragma once

#include <QDataStream>
#include <QList>
#include <QString>
#include <QStringList>

namespace linli {

// One row of a sheet as read: only the cells that hold text, with their columns (0-based). A
// row whose only cell is in column XFD costs one cell, not 16,384.
class TextRow final
{
public:
    struct Cell {
        int column = 0;
        QString text;
    };

    TextRow() = default;
    // The cells of `dense` in its columns, the empty ones left out.
    TextRow(const QStringList &dense); // NOLINT(google-explicit-constructor): rows are written as lists
    TextRow(std::initializer_list<QString> dense) : TextRow(QStringList(dense)) { }

    // The text of a column, or empty.
    QString value(qsizetype column) const;
    QString at(qsizetype column) const { return value(column); }
    // One past the last column with text: how wide the row is as a spreadsheet shows it.
    qsizetype size() const { return m_cells.isEmpty() ? 0 : m_cells.constLast().column + 1; }
    bool isEmpty() const { return m_cells.isEmpty(); }
    // The cells with text, by column.
    const QList<Cell> &cells() const { return m_cells; }
    // Sets a column's text; empty text clears it.
    void set(int column, const QString &text);
    // Every column up to size(), the empty ones as empty strings.
    QStringList toList() const;

    friend bool operator==(const TextRow &a, const TextRow &b);
    friend bool operator!=(const TextRow &a, const TextRow &b) { return !(a == b); }
    friend QDataStream &operator<<(QDataStream &out, const TextRow &row);
    friend QDataStream &operator>>(QDataStream &in, TextRow &row);

private:
    QList<Cell> m_cells; // by column, none empty
};

// Whether the length that the next quint32 of `in` announces fits in what is left to read:
// checked before a string or a list is read from bytes that may be hostile, as Qt allocates
// whatever length it reads. A string's length is in bytes (0xFFFFFFFF: a null string); a list's
// items take at least `itemBytes` each.
bool announcedStringFits(QDataStream &in);
bool announcedListFits(QDataStream &in, qint64 itemBytes);

// A sheet of text cells as read from a file: rows of cells, each row with the line (CSV) or
// row number (xlsx) it starts on, for reports that name the place of every problem.
struct TextTable {
    QList<TextRow> rows;
    QList<int> sourceRows; // 1-based, one per row
    QString encoding; // CSV: "UTF-8" or "GBK"
};

// What the cells read from a file take in memory, estimated as they are read (a cell's slot,
// and a text of its own), against a bound: readers stop with a clear message rather than take
// the machine down.
class CellBudget final
{
public:
    static constexpr qint64 kBaseBytes = 120LL * 1024 * 1024;
    static constexpr qint64 kCellBytes = 40;
    static constexpr qint64 kStringBytes = 40; // plus two bytes a character

    // For a file of `fileBytes`: kBaseBytes, or eight times the file when that is more, at most
    // 1 GB. A file under 20 MB so never takes more than kBaseBytes in cells.
    static qint64 limitFor(qint64 fileBytes);

    explicit CellBudget(qint64 maxBytes) : m_max(maxBytes) { }
    // Each returns false once the bound is passed.
    bool addCell()
    {
        ++m_cells;
        m_bytes += kCellBytes;
        return m_bytes <= m_max;
    }
    bool addText(qsizetype chars)
    {
        m_bytes += kStringBytes + 2 * qint64(chars);
        return m_bytes <= m_max;
    }
    qint64 cells() const { return m_cells; }
    qint64 bytes() const { return m_bytes; }
    qint64 maxBytes() const { return m_max; }

private:
    qint64 m_max;
    qint64 m_bytes = 0;
    qint64 m_cells = 0;
};

} // namespace linli
