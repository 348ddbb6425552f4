#include "FileFeedSync.h"

#include "Clock.h"
#include "CoalitionError.h"
#include "Database.h"
#include "FeedCodec.h"
#include "StampStore.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FileFeedSync", text);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CoalitionError(tr("Cannot read the feed %1: %2").arg(path, file.errorString()));
    return file.readAll();
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

FileFeedSync::Outcome FileFeedSync::sync(Database &database, const Options &options)
{
    StampStore *stamps = database.stamps();
    if (!stamps)
        throw CoalitionError(
            tr("This database cannot sync yet; open it once with this Coalition."));
    const QString feed = QFileInfo(options.feedPath).absoluteFilePath();
    if (!QFileInfo(QFileInfo(feed).absolutePath()).isDir())
        throw CoalitionError(
            tr("The folder of the feed %1 is not there; is the drive connected?").arg(feed));

    // One laptop at a time; a lock left by a crashed sync goes stale after a minute.
    QLockFile lock(feed + QStringLiteral(".lock"));
    lock.setStaleLockTime(60 * 1000);
    if (!lock.tryLock(20 * 1000))
        throw CoalitionError(tr("Another laptop is syncing with %1 right now; try again in a "
                                "moment.")
                                 .arg(feed));

    Outcome outcome;
    SyncStore store(database);
    const SyncStore::LastSync last = store.lastSync(feed);
    FeedState remote;
    QByteArray readChecksum;
    if (QFile::exists(feed)) {
        const QByteArray bytes = readAll(feed);
        remote = FeedCodec::decode(bytes, options.passphrase);
        readChecksum = FeedCodec::checksum(bytes);
    } else if (last.known && !options.createMissingFeed) {
        throw CoalitionError(tr("The feed %1 was there at this laptop's last sync and is now "
                                "missing (an unmounted drive or a moved folder?). Nothing was "
                                "changed. To start the feed anew from this laptop, sync with "
                                "--create-feed.")
                                 .arg(feed));
    } else {
        outcome.createdFeed = true;
    }
    // Copies a sync tool made when two laptops wrote at once hold edits too.
    const QStringList copies = conflictCopies(feed);
    for (const QString &copy : copies) {
        try {
            remote = FeedMerge::merge(remote, FeedCodec::decode(readAll(copy), options.passphrase))
                         .state;
            ++outcome.mergedCopies;
        } catch (const CoalitionError &) {
            // A damaged copy is left where it is for a person to look at.
        }
    }

    const FeedState local = store.localState();
    FeedMerge::Result merged = FeedMerge::merge(local, remote, last.stamp);
    const auto [deleting, visible] = store.deletions(local, merged.state);
    if (!options.allowMassDelete && deleting > 0 && deleting * 2 > visible)
        throw MassDeleteRefused(tr("This sync would delete %1 of the %2 records on this laptop; "
                                   "nothing was changed. If that is right, sync with "
                                   "--allow-mass-delete.")
                                    .arg(deleting)
                                    .arg(visible));

    Transaction transaction(database);
    QStringList notes;
    // Stamps with our device id that this database never made: its file was copied and
    // another laptop writes with the same id. From now on this one stamps with its own.
    const QString device = stamps->deviceId();
    bool copied = false;
    for (auto record = remote.cbegin(); record != remote.cend() && !copied; ++record) {
        for (auto field = record->fields.cbegin(); field != record->fields.cend(); ++field) {
            if (field->stamp.device == device &&
                local.value(record.key()).fields.value(field.key()) != *field) {
                copied = true;
                break;
            }
        }
    }
    if (copied) {
        stamps->rekey();
        notes << tr("This database was a copy of another laptop's; it now has its own device id");
    }
    // A laptop whose clock runs far ahead wins every edit until the others catch up.
    const Stamp latest = FeedMerge::latestStamp(merged.state);
    const qint64 ahead = latest.wall - database.clock().now().toMSecsSinceEpoch();
    if (ahead > 24 * 3600 * 1000LL)
        notes << tr("A laptop's clock is %1 hours ahead (device %2); check its date and time")
                     .arg(ahead / (3600 * 1000))
                     .arg(latest.device.left(8));
    stamps->receive(latest);
    // Conflicts join the state as records, so every laptop lists them.
    for (const FeedMerge::Conflict &conflict : merged.conflicts) {
        auto stampText = [](const Stamp &s) {
            return QStringLiteral("%1.%2.%3").arg(s.wall).arg(s.counter).arg(s.device);
        };
        const QString id = QString::fromLatin1(
            QCryptographicHash::hash((conflict.record.first + QLatin1Char('|') +
                                      conflict.record.second + QLatin1Char('|') + conflict.field +
                                      QLatin1Char('|') + stampText(conflict.lost.stamp) +
                                      QLatin1Char('|') + stampText(conflict.kept.stamp))
                                         .toUtf8(),
                                     QCryptographicHash::Sha1)
                .toHex());
        const Stamp stamp = stamps->next();
        FeedRecord &record = merged.state[{QStringLiteral("sync_conflicts"), id}];
        if (!record.fields.isEmpty())
            continue;
        auto set = [&](const char *name, const std::optional<QString> &value) {
            record.fields.insert(QString::fromLatin1(name),
                                 FieldValue{value, stamp, database.author()});
        };
        set("entity", conflict.record.first);
        set("record_id", conflict.record.second);
        set("field", conflict.field);
        set("kept_value", conflict.kept.value);
        set("kept_stamp", stampText(conflict.kept.stamp));
        set("kept_author", conflict.kept.author);
        set("lost_value", conflict.lost.value);
        set("lost_stamp", stampText(conflict.lost.stamp));
        set("lost_author", conflict.lost.author);
        set("detected_at", database.clock().nowIsoUtc());
        set("resolved", QStringLiteral("0"));
    }
    outcome.summary = store.apply(local, merged);
    outcome.summary.notes = notes;

    const QByteArray bytes =
        FeedCodec::encode(merged.state, database.schemaVersion(), options.passphrase);
    // Nobody may have written the feed since we read it (the lock is advisory on some
    // network drives): check, and if so start over rather than overwrite their edits.
    const QByteArray nowChecksum =
        QFile::exists(feed) ? FeedCodec::checksum(readAll(feed)) : QByteArray();
    if (nowChecksum != readChecksum)
        throw CoalitionError(
            tr("The feed changed while syncing; nothing was changed. Sync again."));
    QSaveFile out(feed);
    out.setDirectWriteFallback(true); // for folders that refuse renames
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        throw CoalitionError(tr("Cannot write the feed %1: %2").arg(feed, out.errorString()));

    store.recordSync(feed, FeedCodec::checksum(bytes), stamps->next(), outcome.summary);
    transaction.commit();
    for (const QString &copy : copies)
        QFile::remove(copy); // merged into the feed just written
    return outcome;
}
