#pragma once

#include "model/domain/FieldCatalogue.h"
#include "model/storage/ChangeNotifier.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

class Clock;
class Migrator;
class StampStore;
class StatementCache;

// One open Coalition database file: the SQLite connection with its PRAGMAs, the
// schema brought up to date, the clock and author that stamp every write, and the
// change notifier. Repositories and item models are built on a Database.
class Database
{
public:
    // An empty (0-byte) file is refused by every mode but Create: it is more likely a
    // failed copy or a mistyped name than a wish for a new database.
    enum class OpenMode
    {
        CreateIfMissing,
        MustExist, // the command line refuses to invent a database the user mistyped
        // For commands that only read (agenda, export): an existing database; where it
        // or its folder cannot be written (SQLite could not make its journal files
        // there) it is read as an unchanging file, without writing anything.
        ReadOnly,
        Create, // a new database, in a missing or an empty file (demo, --create)
    };

    // Opens (and migrates) the file at path. Throws CoalitionError with a message a
    // user can act on: missing or empty file, not a database, written by a newer
    // Coalition, an older one that a read-only open cannot upgrade.
    static std::unique_ptr<Database> open(const QString &path, const Clock &clock,
                                          OpenMode mode = OpenMode::CreateIfMissing);
    // With a schema of the caller's: its migrations and the catalogue of the fields they
    // make (a test's scratch schema with one field more).
    static std::unique_ptr<Database>
    open(const QString &path, const Clock &clock, OpenMode mode, const Migrator &migrator,
         const FieldCatalogue &catalogue = FieldCatalogue::standard());
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    const Clock &clock() const { return m_clock; }
    ChangeNotifier &notifier() { return m_notifier; }

    // The name recorded as updated_by on this laptop's writes.
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }

    int schemaVersion() const;
    // Every entity and field this database's schema has.
    const FieldCatalogue &catalogue() const { return *m_catalogue; }

    // This database's device id and field stamps for sync; null before schema 2.
    StampStore *stamps() { return m_stamps.get(); }
    // Statements prepared once for this connection, by their SQL (repositories' inserts).
    StatementCache &statements() { return *m_statements; }

private:
    friend class Transaction;
    Database(const QString &path, const Clock &clock);

    QString m_path;
    bool m_readOnly = false;
    QString m_connectionName;
    const Clock &m_clock;
    QString m_author;
    ChangeNotifier m_notifier;
    int m_transactionDepth = 0;
    std::unique_ptr<StampStore> m_stamps;
    std::unique_ptr<StatementCache> m_statements;
    const FieldCatalogue *m_catalogue = nullptr;
};
