#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace linli {

class Database;

// Copies of a SQLite register (DESIGN.md, Backups): made with VACUUM INTO into a backup folder
// (备份/ beside the register unless another is chosen), each a whole register file checked
// (integrity, audit chain) before it gets its name, with a manifest beside it: when, the
// register's version, the rows of every table and the audit digest. Rotation keeps the 24 most
// recent, and the newest of each of the last 7 days, 4 weeks and 12 months. A restore writes a
// new file from a backup, checks it, and never replaces an existing one.
class Backups final
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
public:
    struct Manifest {
        QString file; // the backup's path
        QString registerFile; // the register it was made of
        QDateTime time;
        int version = 0;
        QMap<QString, qint64> counts; // rows per table
        QString digest; // the audit log's, COUNT:HASH
        qint64 bytes = 0;
        QString reason; // manual, close, import, migration, restore, interval

        QByteArray json() const;
        static Result<Manifest> fromJson(const QByteArray &json, const QString &file);
    };

    // 备份/ beside the register.
    static QString defaultFolder(const QString &registerPath);
    // The manifest's path for a backup file.
    static QString manifestPath(const QString &backupFile);

    // Backs up the register into `folder` (the default when empty) as it is at `now`, checks
    // the copy, writes its manifest and rotates the folder. The copy has a name only once it
    // has passed its check.
    static Result<Manifest> create(Database &db, const QString &reason, const QString &folder = {},
                                   const QDateTime &now = QDateTime::currentDateTime());
    // The same, unless the newest backup in the folder already holds the register as it is
    // (the same audit digest): nothing then, and no error.
    static Result<std::optional<Manifest>> createIfChanged(Database &db, const QString &reason,
                                                           const QString &folder = {},
                                                           const QDateTime &now = QDateTime::currentDateTime());
    // Opens the backup read-only: integrity, the audit chain, and the manifest's counts and
    // digest. The manifest on success; an error naming what is wrong.
    static Result<Manifest> verify(const QString &backupFile);
    // The backups of a folder with their manifests, newest first.
    static Result<QList<Manifest>> list(const QString &folder);
    // Writes a new register at `target` from a checked backup; refuses an existing target.
    static Status restore(const QString &backupFile, const QString &target);

    // Of backups made at `times`, those rotation keeps at `now` (indexes into `times`).
    static QList<int> kept(const QList<QDateTime> &times, const QDateTime &now);
    // Removes the backups (and manifests) of `folder` rotation does not keep; returns them.
    static QStringList rotate(const QString &folder, const QDateTime &now);
    // Whether a register needs a backup now: it has writes no backup holds, and the first of
    // them is 15 minutes old (at most 15 minutes of work can be lost with the disk).
    static bool due(const QDateTime &firstUnsavedWrite, const QDateTime &now);
    static constexpr int kIntervalSeconds = 15 * 60;
};

} // namespace linli
