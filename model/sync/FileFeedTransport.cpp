#include "model/sync/FileFeedTransport.h"

#include "model/domain/CoalitionError.h"
#include "model/storage/WholeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CoalitionError(
            QCoreApplication::translate("FileFeedTransport", "Cannot read the feed %1: %2")
                .arg(path, file.errorString()));
    return file.readAll();
}

// Whether the file at path holds expected (nullopt: there is no file), read a piece at a
// time: a feed is read into memory once per sync, not twice.
bool holds(const QString &path, const std::optional<QByteArray> &expected)
{
    if (!QFile::exists(path))
        return !expected;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CoalitionError(
            QCoreApplication::translate("FileFeedTransport", "Cannot read the feed %1: %2")
                .arg(path, file.errorString()));
    if (!expected || file.size() != expected->size())
        return false;
    constexpr qint64 piece = 1 << 20;
    QByteArray buffer(piece, Qt::Uninitialized);
    for (qint64 at = 0; at < expected->size();) {
        const qint64 read = file.read(buffer.data(), piece);
        if (read <= 0 ||
            QByteArrayView(buffer.constData(), read) !=
                QByteArrayView(*expected).sliced(at, qMin(read, expected->size() - at)))
            return false;
        at += read;
    }
    return file.atEnd();
}

// "feed (conflicted copy 2021-12-15).txt", "feed.sync-conflict-20211215-1.txt"…
QStringList conflictCopies(const QString &feed)
{
    const QFileInfo info(feed);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    QStringList copies;
    const QStringList patterns = {base + QStringLiteral(" (*conflict*)") + suffix,
                                  base + QStringLiteral(".sync-conflict-*") + suffix,
                                  base + QStringLiteral(" (*Conflict*)") + suffix};
    for (const QFileInfo &copy : info.dir().entryInfoList(patterns, QDir::Files)) {
        if (!copies.contains(copy.absoluteFilePath()))
            copies << copy.absoluteFilePath();
    }
    return copies;
}

} // namespace

FileFeedTransport::FileFeedTransport(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath())
{
    if (!QFileInfo(QFileInfo(m_path).absolutePath()).isDir())
        throw CoalitionError(QCoreApplication::translate(
                                 "FileFeedTransport",
                                 "The folder of the feed %1 is not there; is the drive connected?")
                                 .arg(m_path));
    // One laptop at a time; a lock left by a crashed sync goes stale at once (Qt sees its
    // holder is gone) or, if Qt cannot tell, after a minute.
    const QString lockPath = m_path + QStringLiteral(".lock");
    removeEmptyLock(lockPath);
    m_lock = std::make_unique<QLockFile>(lockPath);
    m_lock->setStaleLockTime(60 * 1000);
    if (m_lock->tryLock(20 * 1000))
        return;
    if (m_lock->error() == QLockFile::LockFailedError)
        throw CoalitionError(QCoreApplication::translate(
                                 "FileFeedTransport",
                                 "Another laptop is syncing with %1 right now; try again in a "
                                 "moment.")
                                 .arg(m_path));
    // The lock file could not be made at all: the folder is read-only (a share mounted
    // read-only, a write-protected drive), full, or not this user's to write in.
    throw CoalitionError(QCoreApplication::translate(
                             "FileFeedTransport",
                             "Cannot sync with %1: its folder %2 cannot be written (read-only, "
                             "full, or you may not write in it).")
                             .arg(m_path, QFileInfo(m_path).absolutePath()));
}

void FileFeedTransport::removeEmptyLock(const QString &lockPath)
{
    // QLockFile writes who holds a lock right after creating its file; a file still empty
    // a moment later was left by a sync killed in between. Qt cannot tell its holder is
    // gone and would refuse every sync for a minute ("another laptop is syncing").
    if (!QFileInfo::exists(lockPath) || QFileInfo(lockPath).size() != 0)
        return;
    QThread::msleep(250);
    const QFileInfo again(lockPath);
    if (again.exists() && again.size() == 0)
        QFile::remove(lockPath);
}

FileFeedTransport::~FileFeedTransport() = default;

FeedTransport::Fetched FileFeedTransport::fetch()
{
    Fetched fetched;
    fetched.exists = QFile::exists(m_path);
    if (fetched.exists)
        fetched.bytes = readAll(m_path);
    m_fetched = fetched.exists ? std::optional<QByteArray>(fetched.bytes) : std::nullopt;
    for (const QString &copy : conflictCopies(m_path))
        fetched.copies.append({copy, readAll(copy)});
    return fetched;
}

bool FileFeedTransport::store(const SegmentedFeed &feed)
{
    // The lock is advisory on some network drives: make sure nobody wrote the feed since
    // we read it, so their edits are merged rather than overwritten.
    if (!holds(m_path, m_fetched))
        return false;
    const QByteArray bytes = feed.bytes();
    try {
        // Readers refuse a half-written feed by its checksum, so a folder that refuses
        // renames may have it written in place.
        WholeFile::write(
            m_path, [&bytes](QIODevice &out) { return out.write(bytes) == bytes.size(); },
            WholeFile::Mode::ReplaceOrWriteInPlace);
    } catch (const WholeFile::Failure &failure) {
        throw CoalitionError(
            QCoreApplication::translate("FileFeedTransport", "Cannot write the feed %1: %2")
                .arg(m_path, failure.message()));
    }
    m_fetched = bytes;
    return true;
}

void FileFeedTransport::finish(const QStringList &mergedCopies)
{
    for (const QString &copy : mergedCopies)
        QFile::remove(copy); // its edits are in the feed just written
}
