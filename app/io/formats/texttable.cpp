#include "texttable.h"

#include <QIODevice>
#include <QtEndian>

#include <algorithm>

namespace linli {

TextRow::TextRow(const QStringList &dense)
{
    for (qsizetype c = 0; c < dense.size(); ++c)
        if (!dense.at(c).isEmpty())
            m_cells.append({int(c), dense.at(c)});
}

QString TextRow::value(qsizetype column) const
{
    // Rows are mostly full: the cell is usually at its own index.
    if (column >= 0 && column < m_cells.size() && m_cells.at(column).column == column)
        return m_cells.at(column).text;
    const auto it = std::lower_bound(m_cells.cbegin(), m_cells.cend(), column,
                                     [](const Cell &cell, qsizetype c) { return cell.column < c; });
    return it != m_cells.cend() && it->column == column ? it->text : QString();
}

void TextRow::set(int column, const QString &text)
{
    if (column < 0)
        return;
    if (m_cells.isEmpty() || m_cells.constLast().column < column) {
        if (!text.isEmpty())
            m_cells.append({column, text});
        return;
    }
    const auto it = std::lower_bound(m_cells.begin(), m_cells.end(), column,
                                     [](const Cell &cell, int c) { return cell.column < c; });
    if (it != m_cells.end() && it->column == column) {
        if (text.isEmpty())
            m_cells.erase(it);
        else
            it->text = text;
    } else if (!text.isEmpty()) {
        m_cells.insert(it, {column, text});
    }
}

QStringList TextRow::toList() const
{
    QStringList list(size());
    for (const Cell &cell : m_cells)
        list[cell.column] = cell.text;
    return list;
}

bool operator==(const TextRow &a, const TextRow &b)
{
    return std::equal(
        a.m_cells.cbegin(), a.m_cells.cend(), b.m_cells.cbegin(), b.m_cells.cend(),
        [](const TextRow::Cell &x, const TextRow::Cell &y) { return x.column == y.column && x.text == y.text; });
}

QDataStream &operator<<(QDataStream &out, const TextRow &row)
{
    out << quint32(row.m_cells.size());
    for (const TextRow::Cell &cell : row.m_cells)
        out << qint32(cell.column) << cell.text;
    return out;
}

namespace {

// The next quint32 of `in`, not yet read; false if there is none.
bool announcedLength(QDataStream &in, quint32 *length, qint64 *left)
{
    QIODevice *device = in.device();
    if (!device)
        return false;
    const QByteArray head = device->peek(4);
    if (head.size() < 4)
        return false;
    *length = in.byteOrder() == QDataStream::BigEndian ? qFromBigEndian<quint32>(head.constData())
                                                       : qFromLittleEndian<quint32>(head.constData());
    *left = device->bytesAvailable() - 4;
    return true;
}

} // namespace

bool announcedStringFits(QDataStream &in)
{
    quint32 length = 0;
    qint64 left = 0;
    return announcedLength(in, &length, &left) && (length == 0xFFFFFFFFu || qint64(length) <= left);
}

bool announcedListFits(QDataStream &in, qint64 itemBytes)
{
    quint32 length = 0;
    qint64 left = 0;
    return announcedLength(in, &length, &left) && qint64(length) * itemBytes <= left;
}

QDataStream &operator>>(QDataStream &in, TextRow &row)
{
    // What comes in is checked as it is read: lengths within what is left, columns
    // increasing, within a sheet's width.
    row = TextRow();
    if (!announcedListFits(in, 8)) {
        in.setStatus(QDataStream::ReadCorruptData);
        return in;
    }
    quint32 count = 0;
    in >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        qint32 column = 0;
        QString text;
        in >> column;
        if (!announcedStringFits(in)) {
            in.setStatus(QDataStream::ReadCorruptData);
            break;
        }
        in >> text;
        if (column < 0 || column >= 16384 || (!row.m_cells.isEmpty() && row.m_cells.constLast().column >= column)
            || text.isEmpty()) {
            in.setStatus(QDataStream::ReadCorruptData);
            break;
        }
        row.m_cells.append({column, text});
    }
    return in;
}

qint64 CellBudget::limitFor(qint64 fileBytes)
{
    return std::min<qint64>(std::max<qint64>(kBaseBytes, 8 * fileBytes), 1024LL * 1024 * 1024);
}

} // namespace linli
