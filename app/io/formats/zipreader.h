#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>

namespace linli {

// Reads the parts of a zip archive (an .xlsx workbook) with minizip's unzip API, the library
// libxlsxwriter itself links: the central directory, then each part inflated with its size
// counted as it comes out (the sizes in the headers may lie) and its CRC checked.
class ZipReader final
{
    Q_DECLARE_TR_FUNCTIONS(ZipReader)
public:
    static constexpr int kMaxEntries = 10000; // a workbook has tens of parts

    explicit ZipReader(const QString &path) : m_path(path) { }
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    // Reads the directory; false (with error()) if the file is not a zip archive.
    bool open();
    QString error() const { return m_error; }
    bool has(const QString &name) const { return m_entries.contains(name.toLower()); }
    // The part's bytes, refusing more than `limit` bytes unpacked.
    Result<QByteArray> read(const QString &name, qint64 limit);
    // The part unpacked piece by piece into `sink`, never held whole; refused past `limit`
    // bytes (field "size"). A sink that returns false stops the reading (field "stopped").
    // On success, the number of bytes unpacked.
    Result<qint64> stream(const QString &name, qint64 limit,
                          const std::function<bool(const char *data, qsizetype size)> &sink);

private:
    struct Entry {
        quint64 directoryOffset = 0; // where minizip finds it again
        quint64 fileNumber = 0;
        int method = 0;
    };
    QString m_path;
    void *m_zip = nullptr; // minizip's unzFile
    QHash<QString, Entry> m_entries; // by lower-case name
    QString m_error;
};

} // namespace linli
