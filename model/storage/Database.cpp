#include "model/storage/Database.h"

#include "model/domain/FieldCatalogue.h"

#include "model/domain/CoalitionError.h"
#include "model/storage/StampStore.h"
#include "model/storage/Statement.h"
#include "model/storage/StatementCache.h"
#include "model/storage/schema/Migrator.h"
#include "model/storage/schema/Schema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

Database::Database(const QString &path, const Clock &clock)
    : m_path(path),
      m_connectionName(QStringLiteral("coalition-") + QUuid::createUuid().toString(QUuid::Id128)),
      m_clock(clock), m_statements(std::make_unique<StatementCache>(*this))
{}

namespace {

// Without statistics SQLite's planner takes "status IN ('todo', 'doing')" for a
// selective condition: over a million items it read three quarters of them through the
// status index and sorted them (2.6 s for the first page) instead of walking the sort
// order's index. PRAGMA optimize at close gathers them once queries have needed them,
// but a database filled in bulk (generated, imported, synced) would be opened without.
// A sampled ANALYZE takes 0.14 s at a million items.
void ensurePlannerStatistics(const QSqlDatabase &db)
{
    const int largeTable = 5000;
    if (!Statement(db, QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = 'action_items'"))
             .scalar()
             .isValid())
        return;
    const bool haveStatistics =
        Statement(db, QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat1'"))
            .scalar()
            .isValid() &&
        Statement(db, QStringLiteral("SELECT 1 FROM sqlite_stat1 WHERE tbl = 'action_items'"))
            .scalar()
            .isValid();
    if (haveStatistics ||
        Statement(db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM action_items LIMIT %1)")
                          .arg(largeTable))
                .scalar()
                .toInt() < largeTable)
        return;
    // Best effort: another process holding the write lock only delays the statistics.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA analysis_limit = 1000"));
    QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA analysis_limit = 0"));
}

} // namespace

Database::~Database()
{
    m_statements.reset(); // prepared on the connection, so finalized before it closes
    m_stamps.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            // SQLite's advice for long-lived connections: refresh the planner's statistics
            // where this session's queries would have used them. Cheap when nothing changed.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA optimize"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString &path, const Clock &clock, OpenMode mode)
{
    return open(path, clock, mode, Schema::migrator(), FieldCatalogue::standard());
}

std::unique_ptr<Database> Database::open(const QString &path, const Clock &clock, OpenMode mode,
                                         const Migrator &migrator, const FieldCatalogue &catalogue)
{
    const bool inMemory = path == QLatin1String(":memory:");
    const bool mustExist = mode == OpenMode::MustExist || mode == OpenMode::ReadOnly;
    bool readOnly = false;
    if (!inMemory) {
        const QFileInfo info(path);
        // Where it can write, a command that only reads opens as any other (an older
        // database is upgraded); where it cannot, it reads without writing at all.
        readOnly = mode == OpenMode::ReadOnly && info.exists() &&
                   !(info.isWritable() && QFileInfo(info.absolutePath()).isWritable());
        if (mustExist && !info.exists())
            throw CoalitionError(QCoreApplication::translate(
                                     "Database",
                                     "No database at %1. Create one with \"coalition demo --db "
                                     "%1\" or pick another file with --db.")
                                     .arg(path));
        if (info.exists() && !info.isFile())
            throw CoalitionError(
                QCoreApplication::translate("Database", "%1 is not a file.").arg(path));
        if (!info.exists() && !QFileInfo(info.absolutePath()).isDir())
            throw CoalitionError(QCoreApplication::translate(
                                     "Database", "Cannot create %1: the folder %2 does not exist.")
                                     .arg(path, info.absolutePath()));
        if (info.exists() && info.size() == 0 && mode != OpenMode::Create)
            throw CoalitionError(QCoreApplication::translate(
                                     "Database",
                                     "%1 is empty (0 bytes), so it holds no Coalition database; it "
                                     "was left as it is. To start a new database in it, open the "
                                     "window with \"coalition --db %1 --create\", or run "
                                     "\"coalition demo --db %1\" for the sample.")
                                     .arg(path));
    }

    std::unique_ptr<Database> database(new Database(path, clock));
    database->m_catalogue = &catalogue;
    database->m_readOnly = readOnly;
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    if (readOnly) {
        // Nothing can write here, so nothing changes the file while it is read:
        // "immutable" lets SQLite read it without the journal files it cannot make.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString() +
                           QStringLiteral("?immutable=1"));
    }
    if (!db.open())
        throw CoalitionError(QCoreApplication::translate("Database", "Cannot open %1: %2")
                                 .arg(path, db.lastError().text()));

    // Read the version before touching anything: a newer or foreign file is refused
    // without a single byte written to it.
    try {
        Statement(db, QStringLiteral("PRAGMA busy_timeout = 5000")).exec();
        migrator.checkCompatible(db, path);
        Statement(db, QStringLiteral("PRAGMA foreign_keys = ON")).exec();
        // Match lists and sorts gathered for a page (a few MB at a million items) stay in
        // memory: spilled to a temporary file, a keystroke now and then waited seconds
        // behind the disk's other writes.
        Statement(db, QStringLiteral("PRAGMA temp_store = MEMORY")).exec();
        // A page cache of 32 MB rather than SQLite's 2 MB: a bulk write (an import, a
        // sync) touches a record table, its dozen indexes, the search index and the
        // stamps at once, and with 2 MB it spent a third of its time re-reading pages
        // it had just let go. Taken only as pages are used.
        Statement(db, QStringLiteral("PRAGMA cache_size = -32768")).exec();
        if (readOnly) {
            if (Statement(db, QStringLiteral("PRAGMA user_version")).scalar().toInt() <
                migrator.targetVersion())
                throw CoalitionError(
                    QCoreApplication::translate(
                        "Database", "%1 was written by an older Coalition and must be upgraded "
                                    "before it can be read, which needs writing to it. Open it "
                                    "once where it can be written.")
                        .arg(path));
        } else {
            if (!inMemory) {
                Statement(db, QStringLiteral("PRAGMA journal_mode = WAL")).exec();
                Statement(db, QStringLiteral("PRAGMA synchronous = NORMAL")).exec();
            }
            migrator.migrate(db, path);
            ensurePlannerStatistics(db);
        }
        if (Statement(db, QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = 'sync_device'"))
                .scalar()
                .isValid())
            database->m_stamps = std::make_unique<StampStore>(db, clock);
    } catch (const CoalitionError &error) {
        const QString message = error.message();
        if (message.contains(QLatin1String("file is not a database")))
            throw CoalitionError(
                QCoreApplication::translate("Database",
                                            "%1 is not a Coalition database (it is not SQLite).")
                    .arg(path));
        throw;
    }
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Statement(connection(), QStringLiteral("PRAGMA user_version")).scalar().toInt();
}
