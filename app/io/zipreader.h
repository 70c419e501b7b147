#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QString>

namespace linli {

// Reads the parts of a zip archive (an .xlsx workbook) with zlib: the central directory, then
// each part inflated with its size counted as it comes out and its CRC checked.
//
// QuaZip cannot be used here: it exports minizip's functions under their own names, and in a
// process that also links libxlsxwriter (which uses the system minizip) one library's calls end
// up in the other's copy and crash.
class ZipReader final
{
    Q_DECLARE_TR_FUNCTIONS(ZipReader)
public:
    explicit ZipReader(const QString &path) : m_file(path) { }
    // Reads the directory; false (with error()) if the file is not a zip archive.
    bool open();
    QString error() const { return m_error; }
    bool has(const QString &name) const { return m_entries.contains(name.toLower()); }
    // The part's bytes, refusing more than `limit` bytes unpacked.
    Result<QByteArray> read(const QString &name, qint64 limit);

private:
    struct Entry {
        QString name;
        quint16 method = 0;
        quint32 crc = 0;
        quint64 compressedSize = 0;
        quint64 size = 0;
        quint64 localOffset = 0;
    };
    QFile m_file;
    QHash<QString, Entry> m_entries; // by lower-case name
    QString m_error;
};

} // namespace linli
