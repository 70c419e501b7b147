#include "zipreader.h"

#include <zlib.h>

namespace linli {

namespace {

quint16 u16(const uchar *p)
{
    return quint16(p[0] | (p[1] << 8));
}

quint32 u32(const uchar *p)
{
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

quint64 u64(const uchar *p)
{
    return quint64(u32(p)) | (quint64(u32(p + 4)) << 32);
}

} // namespace

bool ZipReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = m_file.errorString();
        return false;
    }
    const qint64 size = m_file.size();
    // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
    const qint64 tail = std::min<qint64>(size, 65535 + 22);
    m_file.seek(size - tail);
    const QByteArray end = m_file.read(tail);
    qsizetype at = -1;
    for (qsizetype i = end.size() - 22; i >= 0; --i) {
        if (u32(reinterpret_cast<const uchar *>(end.constData() + i)) == 0x06054b50) {
            at = i;
            break;
        }
    }
    if (at < 0) {
        m_error = tr("no zip directory (not a zip archive, or cut short)");
        return false;
    }
    const auto *e = reinterpret_cast<const uchar *>(end.constData() + at);
    quint64 count = u16(e + 10);
    quint64 directorySize = u32(e + 12);
    quint64 directoryOffset = u32(e + 16);
    // Zip64: the locator just before points to the 64-bit record.
    if (at >= 20 && u32(e - 20) == 0x07064b50) {
        const quint64 recordOffset = u64(e - 20 + 8);
        m_file.seek(qint64(recordOffset));
        const QByteArray record = m_file.read(56);
        if (record.size() == 56 && u32(reinterpret_cast<const uchar *>(record.constData())) == 0x06064b50) {
            const auto *r = reinterpret_cast<const uchar *>(record.constData());
            count = u64(r + 32);
            directorySize = u64(r + 40);
            directoryOffset = u64(r + 48);
        }
    }
    if (directoryOffset + directorySize > quint64(size) || directorySize > 64 * 1024 * 1024) {
        m_error = tr("the zip directory points outside the file (cut short?)");
        return false;
    }
    m_file.seek(qint64(directoryOffset));
    const QByteArray directory = m_file.read(qint64(directorySize));
    qsizetype p = 0;
    for (quint64 i = 0; i < count; ++i) {
        if (p + 46 > directory.size()
            || u32(reinterpret_cast<const uchar *>(directory.constData() + p)) != 0x02014b50) {
            m_error = tr("the zip directory is damaged");
            return false;
        }
        const auto *h = reinterpret_cast<const uchar *>(directory.constData() + p);
        Entry entry;
        entry.method = u16(h + 10);
        entry.crc = u32(h + 16);
        entry.compressedSize = u32(h + 20);
        entry.size = u32(h + 24);
        const quint16 nameLength = u16(h + 28);
        const quint16 extraLength = u16(h + 30);
        const quint16 commentLength = u16(h + 32);
        entry.localOffset = u32(h + 42);
        if (p + 46 + nameLength + extraLength + commentLength > directory.size()) {
            m_error = tr("the zip directory is damaged");
            return false;
        }
        entry.name = QString::fromUtf8(directory.constData() + p + 46, nameLength);
        // Zip64 sizes and offset in the extra field, for the values set to 0xFFFFFFFF.
        qsizetype x = p + 46 + nameLength;
        const qsizetype extraEnd = x + extraLength;
        while (x + 4 <= extraEnd) {
            const auto *f = reinterpret_cast<const uchar *>(directory.constData() + x);
            const quint16 id = u16(f);
            const quint16 length = u16(f + 2);
            if (id == 0x0001) {
                const uchar *v = f + 4;
                const uchar *vEnd = v + length;
                if (entry.size == 0xFFFFFFFF && v + 8 <= vEnd) {
                    entry.size = u64(v);
                    v += 8;
                }
                if (entry.compressedSize == 0xFFFFFFFF && v + 8 <= vEnd) {
                    entry.compressedSize = u64(v);
                    v += 8;
                }
                if (entry.localOffset == 0xFFFFFFFF && v + 8 <= vEnd)
                    entry.localOffset = u64(v);
            }
            x += 4 + length;
        }
        m_entries.insert(entry.name.toLower(), entry);
        p += 46 + nameLength + extraLength + commentLength;
    }
    return true;
}

Result<QByteArray> ZipReader::read(const QString &name, qint64 limit)
{
    const auto it = m_entries.constFind(name.toLower());
    if (it == m_entries.cend())
        return Error{ErrorCode::NotFound, tr("no part %1").arg(name), {}};
    const Entry &entry = it.value();
    auto damaged = [&] { return Error{ErrorCode::Invalid, tr("the part %1 is damaged").arg(name), {}}; };
    if (!m_file.seek(qint64(entry.localOffset)))
        return damaged();
    const QByteArray local = m_file.read(30);
    if (local.size() != 30 || u32(reinterpret_cast<const uchar *>(local.constData())) != 0x04034b50)
        return damaged();
    const auto *l = reinterpret_cast<const uchar *>(local.constData());
    const qint64 dataOffset = qint64(entry.localOffset) + 30 + u16(l + 26) + u16(l + 28);
    if (!m_file.seek(dataOffset) || dataOffset + qint64(entry.compressedSize) > m_file.size())
        return damaged();

    QByteArray out;
    if (entry.method == 0) {
        if (qint64(entry.compressedSize) > limit)
            return Error{ErrorCode::Invalid, tr("the part %1 is too large").arg(name), QStringLiteral("size")};
        out = m_file.read(qint64(entry.compressedSize));
    } else if (entry.method == 8) {
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
            return damaged();
        quint64 left = entry.compressedSize;
        QByteArray in;
        char buffer[1 << 16];
        int status = Z_OK;
        while (status != Z_STREAM_END) {
            if (z.avail_in == 0) {
                if (left == 0)
                    break;
                in = m_file.read(qint64(std::min<quint64>(left, 1 << 16)));
                if (in.isEmpty())
                    break;
                left -= quint64(in.size());
                z.next_in = reinterpret_cast<Bytef *>(in.data());
                z.avail_in = uInt(in.size());
            }
            z.next_out = reinterpret_cast<Bytef *>(buffer);
            z.avail_out = sizeof buffer;
            status = inflate(&z, Z_NO_FLUSH);
            if (status != Z_OK && status != Z_STREAM_END) {
                inflateEnd(&z);
                return damaged();
            }
            out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
            // Counted as it comes out: the sizes in the headers may lie.
            if (out.size() > limit) {
                inflateEnd(&z);
                return Error{ErrorCode::Invalid, tr("the part %1 is too large").arg(name), QStringLiteral("size")};
            }
        }
        inflateEnd(&z);
        if (status != Z_STREAM_END)
            return damaged();
    } else {
        return Error{ErrorCode::Invalid, tr("the part %1 is packed in a way this program does not read").arg(name), {}};
    }
    if (quint32(crc32(0L, reinterpret_cast<const Bytef *>(out.constData()), uInt(out.size()))) != entry.crc)
        return damaged();
    return out;
}

} // namespace linli
