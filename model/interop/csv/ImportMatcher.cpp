#include "model/interop/csv/ImportMatcher.h"

#include "model/domain/Validation.h"
#include "model/storage/Database.h"
#include "model/storage/SqliteRows.h"
#include "model/storage/Statement.h"

#include <QUrl>

namespace {

QString lastTenDigits(const QString &phone)
{
    QString only;
    for (const QChar c : phone) {
        if (c.isDigit())
            only += c;
    }
    return only.right(10); // "+1 (718) 555-0100" and "718.555.0100" are the same line
}

QString domainOf(const QString &website)
{
    QString host =
        QUrl(Validation::normalizedWebAddress(website).value_or(QString())).host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    return host;
}

// The five fields an item is matched on, as one text: case and spacing of the title and
// owner aside, as the comparison SQL made them.
QString actionKeyText(const QString &title, const QString &campaignId,
                      const QString &organizationId, const QString &owner, const QString &due)
{
    return title.trimmed().toCaseFolded() + QLatin1Char('\x1f') + campaignId + QLatin1Char('\x1f') +
           organizationId + QLatin1Char('\x1f') + owner.trimmed().toCaseFolded() +
           QLatin1Char('\x1f') + due;
}

} // namespace

ImportMatcher::ImportMatcher(Database &database) : m_database(database), m_statements(database) {}

QString ImportMatcher::folded(const QString &name)
{
    QString letters;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            letters += c;
    }
    return letters.toCaseFolded().simplified();
}

ImportMatcher::Match ImportMatcher::first(const QString &sql, const QString &key,
                                          Match::By by) const
{
    if (key.isEmpty())
        return {};
    Statement &query = m_statements.prepared(sql);
    query.bind(QStringLiteral(":key"), key).exec();
    Match found;
    if (query.next())
        found = {query.text(0), query.text(1), by};
    query.query().finish(); // kept prepared, not left reading
    return found;
}

ImportMatcher::Match ImportMatcher::contact(const QString &email, const QString &phone,
                                            const QString &name,
                                            const QString &organizationId) const
{
    Match found = first(QStringLiteral("SELECT id, name FROM contacts WHERE email = :key COLLATE "
                                       "NOCASE LIMIT 1"),
                        email, Match::By::Email);
    if (found.id.isEmpty())
        found = first(
            QStringLiteral(
                "SELECT id, name FROM contacts WHERE substr(replace(replace(replace(replace("
                "replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', "
                "''), -10) = :key LIMIT 1"),
            lastTenDigits(phone), Match::By::Phone);
    if (!found.id.isEmpty() || folded(name).isEmpty())
        return found;
    // The people of the same organization (or of none), by folded name.
    Statement &people = m_statements.prepared(
        QStringLiteral("SELECT id, name FROM contacts WHERE organization_id IS :org"));
    people.bind(QStringLiteral(":org"), organizationId.isEmpty() ? QVariant() : organizationId)
        .exec();
    const QString key = folded(name);
    while (found.id.isEmpty() && people.next()) {
        if (folded(people.text(1)) == key)
            found = {people.text(0), people.text(1), Match::By::Name};
    }
    people.query().finish();
    return found;
}

ImportMatcher::Match ImportMatcher::organization(const QString &email, const QString &website,
                                                 const QString &name) const
{
    Match found = first(QStringLiteral("SELECT id, name FROM organizations WHERE email = :key "
                                       "COLLATE NOCASE LIMIT 1"),
                        email, Match::By::Email);
    if (!found.id.isEmpty())
        return found;
    QString id = organizationsByDomain().value(domainOf(website));
    Match::By by = Match::By::Website;
    if (id.isEmpty() && !folded(name).isEmpty()) {
        id = organizationsByName().value(folded(name));
        by = Match::By::Name;
    }
    if (id.isEmpty())
        return {};
    return first(QStringLiteral("SELECT id, name FROM organizations WHERE id = :key"), id, by);
}

ImportMatcher::Match ImportMatcher::actionItem(const ActionKey &key) const
{
    if (key.title.trimmed().isEmpty())
        return {};
    // A title can be shared by thousands of items ("Call your senator"), so no index
    // narrows the search enough: the items' keys are read once into a hash (of the key's
    // hash, to the row: 16 bytes an item), and a hit is checked against the row.
    readActionKeys();
    const QString due = key.due.isValid() ? key.due.toString(Qt::ISODate) : QString();
    const size_t wanted =
        qHash(actionKeyText(key.title, key.campaignId, key.organizationId, key.owner, due));
    Statement &row = m_statements.prepared(
        QStringLiteral("SELECT id, title, coalesce(campaign_id, ''), coalesce(organization_id, "
                       "''), owner, coalesce(due_date, '') FROM action_items WHERE seq = :seq"));
    const auto [first, last] = m_actionKeys.equal_range(wanted);
    for (auto it = first; it != last; ++it) {
        row.bind(QStringLiteral(":seq"), it.value()).exec();
        Match found;
        if (row.next() &&
            actionKeyText(row.text(1), row.text(2), row.text(3), row.text(4), row.text(5)) ==
                actionKeyText(key.title, key.campaignId, key.organizationId, key.owner, due))
            found = {row.text(0), row.text(1), Match::By::SameItem};
        row.query().finish();
        if (!found.id.isEmpty())
            return found;
    }
    return {};
}

void ImportMatcher::readActionKeys() const
{
    if (m_actionKeysRead)
        return;
    m_actionKeysRead = true;
    Statement all(m_database.connection(),
                  QStringLiteral("SELECT seq, title, coalesce(campaign_id, ''), "
                                 "coalesce(organization_id, ''), owner, coalesce(due_date, '') "
                                 "FROM action_items"));
    all.exec();
    while (all.next())
        m_actionKeys.insert(
            qHash(actionKeyText(all.text(1), all.text(2), all.text(3), all.text(4), all.text(5))),
            all.value(0).toLongLong());
}

ImportMatcher::Match ImportMatcher::campaign(const QString &name) const
{
    const QString key = folded(name);
    if (key.isEmpty())
        return {};
    // Coalitions run dozens of campaigns, not thousands: compared one by one.
    Statement &all = m_statements.prepared(QStringLiteral("SELECT id, name FROM campaigns"));
    all.exec();
    Match found;
    while (found.id.isEmpty() && all.next()) {
        if (folded(all.text(1)) == key)
            found = {all.text(0), all.text(1), Match::By::Name};
    }
    all.query().finish();
    return found;
}

ImportMatcher::Match ImportMatcher::partner(const QString &campaignId,
                                            const QString &organizationId) const
{
    if (campaignId.isEmpty() || organizationId.isEmpty())
        return {};
    Statement &pair = m_statements.prepared(
        QStringLiteral("SELECT p.id, o.name || ' · ' || c.name FROM campaign_partners p JOIN "
                       "organizations o ON o.id = p.organization_id JOIN campaigns c ON c.id = "
                       "p.campaign_id WHERE p.campaign_id = :campaign AND p.organization_id = "
                       ":organization"));
    pair.bind(QStringLiteral(":campaign"), campaignId)
        .bind(QStringLiteral(":organization"), organizationId)
        .exec();
    Match found;
    if (pair.next())
        found = {pair.text(0), pair.text(1), Match::By::Name};
    pair.query().finish();
    return found;
}

void ImportMatcher::created(const QString &table, const QString &id)
{
    if (table != QLatin1String("organizations") || !m_organizationsRead)
        return;
    Statement row(m_database.connection(),
                  QStringLiteral("SELECT name, website FROM organizations WHERE id = :id"));
    row.bind(QStringLiteral(":id"), id).exec();
    if (!row.next())
        return;
    if (!m_organizationNames.contains(folded(row.text(0))))
        m_organizationNames.insert(folded(row.text(0)), id);
    if (const QString domain = domainOf(row.text(1));
        !domain.isEmpty() && !m_organizationDomains.contains(domain))
        m_organizationDomains.insert(domain, id);
}

void ImportMatcher::createdAction(const ActionKey &key)
{
    if (!m_actionKeysRead)
        return; // read with the rest when first needed
    const QString due = key.due.isValid() ? key.due.toString(Qt::ISODate) : QString();
    m_actionKeys.insert(
        qHash(actionKeyText(key.title, key.campaignId, key.organizationId, key.owner, due)),
        SqliteRows::lastInsertedRow(m_database.connection()));
}

void ImportMatcher::forget()
{
    m_actionKeys.clear();
    m_actionKeysRead = false;
    m_organizationNames.clear();
    m_organizationDomains.clear();
    m_organizationsRead = false;
}

const QHash<QString, QString> &ImportMatcher::organizationsByName() const
{
    organizationsByDomain(); // reads both
    return m_organizationNames;
}

const QHash<QString, QString> &ImportMatcher::organizationsByDomain() const
{
    if (!m_organizationsRead) {
        m_organizationsRead = true;
        Statement all(m_database.connection(),
                      QStringLiteral("SELECT id, name, website FROM organizations ORDER BY seq "
                                     "DESC"));
        all.exec();
        // Newest first, so that of several records with one name or domain the oldest,
        // inserted last, is the one matched.
        while (all.next()) {
            m_organizationNames.insert(folded(all.text(1)), all.text(0));
            if (const QString domain = domainOf(all.text(2)); !domain.isEmpty())
                m_organizationDomains.insert(domain, all.text(0));
        }
    }
    return m_organizationDomains;
}
