#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace linli {

// A file only its owner may read (0600) that appears under its name only when it is complete:
// every register, backup, export and PDF Linli writes. The bytes go to a file without a name
// in the target's folder (O_TMPFILE), which the system removes if the program is killed; on a
// filesystem without such files, to a hidden temporary name holding the writer's process id,
// which removeLeftovers() deletes once that process has gone. commit() names the finished
// file, replacing the target in one step.
class PrivateFile final
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)
public:
    explicit PrivateFile(const QString &target);
    ~PrivateFile(); // without commit(), nothing is left
    PrivateFile(const PrivateFile &) = delete;
    PrivateFile &operator=(const PrivateFile &) = delete;

    Status open();
    // Where other libraries (libxlsxwriter) open the file for writing while it has no name.
    QString writePath() const { return m_writePath; }
    // The open file, for Qt's writers.
    QFile &device() { return m_device; }
    // Flushes, syncs and names the file; the target, if it existed, is replaced.
    Status commit();

    // The hidden name beside `target` a file being made takes, e.g. for a register SQLite
    // creates: ".name.<pid>.linli-tmp".
    static QString temporaryPath(const QString &target);
    // Gives a finished temporary file its name, never replacing an existing file.
    static Status publish(const QString &temporary, const QString &target);
    // Removes the temporary files (and their -wal, -shm, -journal) that processes no longer
    // running left in `folder`. Returns how many were removed.
    static int removeLeftovers(const QString &folder);
    // Removes a temporary file with its SQLite companions.
    static void discard(const QString &temporary);
    // A folder of this process's own, readable by its owner only, for scratch files a library
    // names itself (libxlsxwriter's): <cache>/scratch/<pid>. Made on first use, when the folders
    // of processes no longer running are removed with whatever a kill left in them.
    static QString scratchFolder();

private:
    QString m_target;
    QString m_writePath;
    QString m_named; // the temporary name, when the folder has no unnamed files
    QFile m_device;
    int m_fd = -1;
    bool m_committed = false;
};

} // namespace linli
