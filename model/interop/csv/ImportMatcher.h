#pragma once

#include "model/storage/StatementCache.h"

#include <QDate>
#include <QHash>
#include <QString>

class Database;

// Finds the record a spreadsheet row without a Coalition id already stands for, so that
// importing a file twice, or a list kept elsewhere, does not double anyone:
// - a contact by email, by phone (its last ten digits), or by name within the same
//   organization;
// - an organization by email, by website domain, or by name;
// - a campaign by name, a partnership by its campaign and organization;
// - an action item by title, campaign, organization, owner and due date together (two
//   phone bank shifts on one day with different owners are two items).
// Names and titles are compared folded: case, accents and spacing aside ("José  Pérez"
// is "jose perez"). Records created by the import itself are found too, so a file that
// lists someone twice adds them once.
class ImportMatcher
{
public:
    struct Match
    {
        QString id;
        QString name; // the record's name or title, for the preview
        enum class By
        {
            Email,
            Phone,
            Website,
            Name,
            SameItem
        } by = By::Name;
    };

    struct ActionKey
    {
        QString title;
        QString campaignId;
        QString organizationId;
        QString owner;
        QDate due;
    };

    explicit ImportMatcher(Database &database);

    Match contact(const QString &email, const QString &phone, const QString &name,
                  const QString &organizationId) const;
    Match organization(const QString &email, const QString &website, const QString &name) const;
    Match actionItem(const ActionKey &key) const;
    // A campaign by folded name; a partnership by its campaign and organization.
    Match campaign(const QString &name) const;
    Match partner(const QString &campaignId, const QString &organizationId) const;
    // A record the import created: later rows may match it (an organization; an action
    // item is createdAction's).
    void created(const QString &table, const QString &id);
    // The same for an action item just inserted (its row the connection's last): its key
    // as stored, without reading the row back (an import creates them by the hundred
    // thousand).
    void createdAction(const ActionKey &key);
    // Forgets what was read (a row rolled back with records it created).
    void forget();

    // "josé  PÉREZ" -> "jose perez".
    static QString folded(const QString &name);

private:
    Match first(const QString &sql, const QString &key, Match::By by) const;
    const QHash<QString, QString> &organizationsByName() const;
    const QHash<QString, QString> &organizationsByDomain() const;
    void readActionKeys() const;

    Database &m_database;
    // Prepared once for the whole file: preparing them for each row cost a fifth of an
    // import.
    mutable StatementCache m_statements;
    // Built on first use, kept up to date with what the import creates.
    mutable QHash<QString, QString> m_organizationNames;   // folded name -> id
    mutable QHash<QString, QString> m_organizationDomains; // domain -> id
    mutable bool m_organizationsRead = false;
    mutable QMultiHash<size_t, qint64> m_actionKeys; // hash of an item's key -> its seq
    mutable bool m_actionKeysRead = false;
};
