#include "zipreader.h"

#include <QFile>

#include <vector>

#include <minizip/unzip.h>

namespace linli {

ZipReader::~ZipReader()
{
    if (m_zip)
        unzClose(m_zip);
}

bool ZipReader::open()
{
    m_zip = unzOpen64(QFile::encodeName(m_path).constData());
    if (!m_zip) {
        m_error = QFile::exists(m_path) ? tr("no zip directory (not a zip archive, or cut short)")
                                        : tr("the file does not exist");
        return false;
    }
    int status = unzGoToFirstFile(m_zip);
    while (status == UNZ_OK) {
        if (m_entries.size() >= kMaxEntries) {
            m_error = tr("the zip archive has more than %1 parts").arg(kMaxEntries);
            return false;
        }
        unz_file_info64 info{};
        char name[1024];
        if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK) {
            m_error = tr("the zip directory is damaged");
            return false;
        }
        unz64_file_pos position{};
        if (unzGetFilePos64(m_zip, &position) != UNZ_OK) {
            m_error = tr("the zip directory is damaged");
            return false;
        }
        m_entries.insert(QString::fromUtf8(name, qsizetype(qstrnlen(name, sizeof name))).toLower(),
                         {position.pos_in_zip_directory, position.num_of_file, int(info.compression_method)});
        status = unzGoToNextFile(m_zip);
    }
    if (status != UNZ_END_OF_LIST_OF_FILE) {
        m_error = tr("the zip directory is damaged");
        return false;
    }
    return true;
}

Result<QByteArray> ZipReader::read(const QString &name, qint64 limit)
{
    QByteArray out;
    auto done = stream(name, limit, [&out](const char *data, qsizetype size) {
        out.append(data, size);
        return true;
    });
    if (!done)
        return done.error();
    return out;
}

Result<qint64> ZipReader::stream(const QString &name, qint64 limit,
                                 const std::function<bool(const char *data, qsizetype size)> &sink)
{
    const auto it = m_entries.constFind(name.toLower());
    if (!m_zip || it == m_entries.cend())
        return Error{ErrorCode::NotFound, tr("no part %1").arg(name), {}};
    auto damaged = [&] { return Error{ErrorCode::Invalid, tr("the part %1 is damaged").arg(name), {}}; };
    if (it->method != 0 && it->method != Z_DEFLATED)
        return Error{ErrorCode::Invalid, tr("the part %1 is packed in a way this program does not read").arg(name), {}};
    unz64_file_pos position{it->directoryOffset, it->fileNumber};
    if (unzGoToFilePos64(m_zip, &position) != UNZ_OK || unzOpenCurrentFile(m_zip) != UNZ_OK)
        return damaged();
    qint64 total = 0;
    std::vector<char> buffer(size_t(1) << 18);
    for (;;) {
        const int n = unzReadCurrentFile(m_zip, buffer.data(), unsigned(buffer.size()));
        if (n < 0) {
            unzCloseCurrentFile(m_zip);
            return damaged();
        }
        if (n == 0)
            break;
        // Counted as it comes out: the sizes in the headers may lie.
        total += n;
        if (total > limit) {
            unzCloseCurrentFile(m_zip);
            return Error{ErrorCode::Invalid, tr("the part %1 is too large").arg(name), QStringLiteral("size")};
        }
        if (!sink(buffer.data(), n)) {
            unzCloseCurrentFile(m_zip);
            return Error{ErrorCode::Invalid, tr("the reading of the part %1 was stopped").arg(name),
                         QStringLiteral("stopped")};
        }
    }
    // The CRC is checked when the part is closed.
    if (unzCloseCurrentFile(m_zip) != UNZ_OK)
        return damaged();
    return total;
}

} // namespace linli
