#include "privatefile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace linli {

namespace {

const QLatin1String kSuffix(".linli-tmp");

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

Error failed(const QString &path, const QString &why)
{
    return Error{ErrorCode::Output, PrivateFile::tr("%1 could not be written: %2").arg(path, why), {}};
}

} // namespace

PrivateFile::PrivateFile(const QString &target) : m_target(QFileInfo(target).absoluteFilePath()) { }

PrivateFile::~PrivateFile()
{
    m_device.close();
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_committed && !m_named.isEmpty())
        QFile::remove(m_named);
}

Status PrivateFile::open()
{
    const QString folder = QFileInfo(m_target).absolutePath();
    removeLeftovers(folder);
#ifdef O_TMPFILE
    m_fd = ::open(QFile::encodeName(folder).constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, S_IRUSR | S_IWUSR);
#endif
    if (m_fd < 0) {
        // A filesystem without unnamed files (a FAT-formatted USB drive): a hidden name.
        m_named = temporaryPath(m_target);
        m_fd = ::open(QFile::encodeName(m_named).constData(), O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (m_fd < 0) {
            const QString why = systemError();
            m_named.clear();
            return failed(m_target, why);
        }
    }
    ::fchmod(m_fd, S_IRUSR | S_IWUSR);
    m_writePath = m_named.isEmpty() ? QStringLiteral("/proc/self/fd/%1").arg(m_fd) : m_named;
    if (!m_device.open(m_fd, QIODevice::ReadWrite, QFileDevice::DontCloseHandle))
        return failed(m_target, m_device.errorString());
    return {};
}

Status PrivateFile::commit()
{
    if (m_fd < 0)
        return failed(m_target, tr("the file was never opened"));
    if (!m_device.flush())
        return failed(m_target, m_device.errorString());
    m_device.close();
    if (::fsync(m_fd) != 0)
        return failed(m_target, systemError());
    QString named = m_named;
    if (named.isEmpty()) {
        const QByteArray proc = QStringLiteral("/proc/self/fd/%1").arg(m_fd).toLatin1();
        // A new name is taken in one step: nothing half-named is ever left.
        if (::linkat(AT_FDCWD, proc.constData(), AT_FDCWD, QFile::encodeName(m_target).constData(), AT_SYMLINK_FOLLOW)
            == 0) {
            m_committed = true;
            ::close(m_fd);
            m_fd = -1;
            return {};
        }
        if (errno != EEXIST)
            return failed(m_target, systemError());
        // An existing file is replaced through a hidden name and a rename.
        named = temporaryPath(m_target);
        if (::linkat(AT_FDCWD, proc.constData(), AT_FDCWD, QFile::encodeName(named).constData(), AT_SYMLINK_FOLLOW)
            != 0)
            return failed(m_target, systemError());
        m_named = named; // removed by the destructor if the rename fails
    }
    if (::rename(QFile::encodeName(named).constData(), QFile::encodeName(m_target).constData()) != 0)
        return failed(m_target, systemError());
    m_committed = true;
    ::close(m_fd);
    m_fd = -1;
    return {};
}

QString PrivateFile::temporaryPath(const QString &target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2%3").arg(info.fileName()).arg(::getpid()).arg(kSuffix));
}

Status PrivateFile::publish(const QString &temporary, const QString &target)
{
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(target);
    if (::link(from.constData(), to.constData()) == 0) {
        ::unlink(from.constData());
        return {};
    }
    if (errno == EEXIST)
        return Error{ErrorCode::Conflict, tr("%1 already exists; it is left as it is.").arg(target), {}};
    // A filesystem without hard links: the name is free (checked), so a rename takes it.
    if (QFileInfo::exists(target))
        return Error{ErrorCode::Conflict, tr("%1 already exists; it is left as it is.").arg(target), {}};
    if (::rename(from.constData(), to.constData()) != 0)
        return failed(target, systemError());
    return {};
}

void PrivateFile::discard(const QString &temporary)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(temporary + QString::fromLatin1(suffix));
}

int PrivateFile::removeLeftovers(const QString &folder)
{
    static const QRegularExpression name(QStringLiteral("^\\..+\\.(\\d+)\\.linli-tmp(-wal|-shm|-journal)?$"));
    const QDir dir(folder);
    int removed = 0;
    const QStringList candidates
        = dir.entryList({QStringLiteral(".*") + kSuffix + QLatin1Char('*')}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &file : candidates) {
        const QRegularExpressionMatch m = name.match(file);
        if (!m.hasMatch())
            continue;
        const qint64 pid = m.captured(1).toLongLong();
        if (pid <= 0 || pid > std::numeric_limits<pid_t>::max())
            continue;
        // Another Linli at work keeps its files; one that has gone leaves them to be removed.
        if (pid == ::getpid() || ::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue;
        if (QFile::remove(dir.filePath(file)))
            ++removed;
    }
    return removed;
}

QString PrivateFile::scratchFolder()
{
    static const QString folder = [] {
        QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        if (base.isEmpty())
            base = QDir::home().filePath(QStringLiteral(".cache/linli"));
        const QDir scratch(base + QStringLiteral("/scratch"));
        QDir().mkpath(scratch.path());
        ::chmod(QFile::encodeName(scratch.path()).constData(), S_IRWXU);
        for (const QString &entry : scratch.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            bool number = false;
            const qint64 pid = entry.toLongLong(&number);
            if (!number || pid <= 0 || pid > std::numeric_limits<pid_t>::max() || pid == ::getpid())
                continue;
            if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
                QDir(scratch.filePath(entry)).removeRecursively();
        }
        const QString own = scratch.filePath(QString::number(::getpid()));
        QDir().mkpath(own);
        ::chmod(QFile::encodeName(own).constData(), S_IRWXU);
        return own;
    }();
    return folder;
}

} // namespace linli
