#pragma once

#include <QString>
#include <QVector>
#include <optional>

class Database;

// The conflicts sync found: both sides changed one field since they last met, and the
// value that lost the merge is kept here. The list travels in the feed like records, so
// every laptop shows the same one and a conflict settled on one is settled on all.
class ConflictLog
{
public:
    explicit ConflictLog(Database &database);

    struct Entry
    {
        QString id;
        QString entity;
        QString recordId;
        QString field;
        QString recordName; // the record's title or name, for people to recognise it
        std::optional<QString> keptValue;
        QString keptAuthor;
        QString keptDevice; // the laptop that wrote it, from its stamp
        std::optional<QString> lostValue;
        QString lostAuthor;
        QString lostDevice;
        QString detectedAt;
        bool resolved = false;
    };
    // Open conflicts first, the newest first.
    QVector<Entry> conflicts() const;
    // "Keep the other value": writes the losing value back as a new local edit (which the
    // next sync carries to everyone) and marks the conflict resolved everywhere.
    void keepOtherValue(const QString &conflictId);
    // Leaves the winning value and marks the conflict resolved.
    void dismiss(const QString &conflictId);

private:
    bool recordExists(const QString &table, const QString &id) const;

    Database &m_database;
};
