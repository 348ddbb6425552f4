#include "model/sample/DatasetGenerator.h"

#include "model/domain/CoalitionError.h"
#include "model/storage/Database.h"
#include "model/storage/SearchIndex.h"
#include "model/storage/StampStore.h"
#include "model/storage/Statement.h"
#include "model/storage/Transaction.h"
#include "model/storage/schema/Schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QUuid>
#include <random>

namespace {

// Words to build names from, in the languages these coalitions work in.
const QStringList firstNames = {
    QStringLiteral("María"),   QStringLiteral("José"),    QStringLiteral("Nguyễn"),
    QStringLiteral("Aisha"),   QStringLiteral("Kwame"),   QStringLiteral("Wei"),
    QStringLiteral("Fatima"),  QStringLiteral("Darnell"), QStringLiteral("Priya"),
    QStringLiteral("Olga"),    QStringLiteral("Tomás"),   QStringLiteral("Amara"),
    QStringLiteral("Jae-won"), QStringLiteral("Sofía"),   QStringLiteral("Chinedu"),
    QStringLiteral("Leilani")};
const QStringList lastNames = {
    QStringLiteral("García"),  QStringLiteral("Tran"),     QStringLiteral("Okafor"),
    QStringLiteral("Chen 陈"), QStringLiteral("Haddad"),   QStringLiteral("Johnson"),
    QStringLiteral("Patel"),   QStringLiteral("Kowalski"), QStringLiteral("Ramírez"),
    QStringLiteral("Kim"),     QStringLiteral("Mensah"),   QStringLiteral("Abdullah"),
    QStringLiteral("Ngata"),   QStringLiteral("Ivanova"),  QStringLiteral("Santos"),
    QStringLiteral("Williams")};
const QStringList places = {
    QStringLiteral("Chicago"), QStringLiteral("Queens"),      QStringLiteral("Philadelphia"),
    QStringLiteral("Oakland"), QStringLiteral("San Antonio"), QStringLiteral("Detroit"),
    QStringLiteral("Atlanta"), QStringLiteral("Seattle"),     QStringLiteral("Minneapolis"),
    QStringLiteral("El Paso"), QStringLiteral("Newark"),      QStringLiteral("Honolulu")};
const QStringList orgWords = {QStringLiteral("Immigrant Rights Coalition"),
                              QStringLiteral("Workers Center"),
                              QStringLiteral("Asian American Justice Collective"),
                              QStringLiteral("Legal Aid Project"),
                              QStringLiteral("Centro Comunitario"),
                              QStringLiteral("Mutual Aid Network"),
                              QStringLiteral("Faith Alliance"),
                              QStringLiteral("Youth Organizing Project"),
                              QStringLiteral("Tenants Union"),
                              QStringLiteral("Black Lives Matter chapter")};
const QStringList issues = {QStringLiteral("Pathway to citizenship"),
                            QStringLiteral("Excluded workers fund"),
                            QStringLiteral("New Way Forward Act"),
                            QStringLiteral("Justice for victims of police violence"),
                            QStringLiteral("Anti-hate resolution"),
                            QStringLiteral("Language access"),
                            QStringLiteral("End detention contracts"),
                            QStringLiteral("Bystander intervention")};
const QStringList verbs = {QStringLiteral("Call"),     QStringLiteral("Register for"),
                           QStringLiteral("Sign"),     QStringLiteral("Donate to"),
                           QStringLiteral("Attend"),   QStringLiteral("Share"),
                           QStringLiteral("Write to"), QStringLiteral("Translate")};
const QStringList objects = {QStringLiteral("the district office about the vote"),
                             QStringLiteral("the bystander-intervention training"),
                             QStringLiteral("the coalition statement"),
                             QStringLiteral("the community fund"),
                             QStringLiteral("the vigil at City Hall"),
                             QStringLiteral("the toolkit with members"),
                             QStringLiteral("the council member"),
                             QStringLiteral("the flyer into Spanish and Tagalog")};
const QStringList actionKinds = {QStringLiteral("call"),    QStringLiteral("training"),
                                 QStringLiteral("sign-on"), QStringLiteral("donate"),
                                 QStringLiteral("event"),   QStringLiteral("share"),
                                 QStringLiteral("read"),    QStringLiteral("sign-up")};
const QStringList orgKinds = {QStringLiteral("nonprofit"), QStringLiteral("coalition"),
                              QStringLiteral("network"),   QStringLiteral("government"),
                              QStringLiteral("media"),     QStringLiteral("funder")};
const QStringList tagWords = {QStringLiteral("rapid-response"), QStringLiteral("español"),
                              QStringLiteral("youth"),          QStringLiteral("faith"),
                              QStringLiteral("legal"),          QStringLiteral("press")};
const QString longNote = QStringLiteral(
    "Notes from the partners' call: who can bring interpreters (Spanish, Mandarin, Haitian "
    "Creole), which members need rides, the press contact's deadline, and the follow-up "
    "list for people who signed the petition at the last rally. ");

class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}
    int below(int n) { return int(m_engine() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    const QString &pick(const QStringList &list) { return list.at(below(int(list.size()))); }
    QString uuid()
    {
        const quint64 high = m_engine(), low = m_engine();
        QByteArray bytes(16, '\0');
        for (int i = 0; i < 8; ++i) {
            bytes[i] = char(high >> (8 * i));
            bytes[8 + i] = char(low >> (8 * i));
        }
        bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4 (random)
        bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }

private:
    std::mt19937_64 m_engine;
};

QString placeholders(int count)
{
    QStringList names;
    for (int i = 0; i < count; ++i)
        names << QStringLiteral(":v%1").arg(i);
    return names.join(QStringLiteral(", "));
}

// One table's rows: an INSERT prepared once and run for each record.
class Inserter
{
public:
    Inserter(Database &database, const QString &table, const QStringList &columns)
        : m_statement(database.connection(),
                      QStringLiteral("INSERT INTO %1 (id, created_at, updated_at, updated_by, "
                                     "tags, %2) VALUES (%3)")
                          .arg(table, columns.join(QStringLiteral(", ")),
                               placeholders(int(columns.size()) + 5)))
    {}
    // An invalid QVariant is SQL NULL.
    void insert(const QString &id, const QString &created, const QString &updated,
                const QString &author, const QString &tags, const QVariantList &values)
    {
        int at = 0;
        for (const QVariant &value : QVariantList{id, created, updated, author, tags} + values)
            m_statement.bind(QStringLiteral(":v%1").arg(at++), value);
        m_statement.exec();
    }

private:
    Statement m_statement;
};

// The secondary indexes of the tables being filled, dropped until the records are in:
// building an index once from sorted rows is several times faster than keeping a dozen
// of them up to date row by row in random order. The UNIQUE constraints' own indexes
// stay, so duplicate ids are still refused while loading.
class DeferredIndexes
{
public:
    DeferredIndexes(Database &database, const QStringList &tables) : m_database(database)
    {
        Statement list(database.connection(),
                       QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = "
                                      "'index' AND sql IS NOT NULL ORDER BY name"));
        list.exec();
        while (list.next()) {
            if (tables.contains(list.text(1)))
                m_indexes.append({list.text(0), list.text(2)});
        }
        for (const auto &index : std::as_const(m_indexes))
            Statement(database.connection(), QStringLiteral("DROP INDEX \"%1\"").arg(index.first))
                .exec();
    }
    void rebuild()
    {
        for (const auto &index : std::as_const(m_indexes))
            Statement(m_database.connection(), index.second).exec();
    }

private:
    Database &m_database;
    QVector<QPair<QString, QString>> m_indexes;
};

// Fills one new database with made-up records, in an order fixed by the seed: the same
// seed gives the same database (benchmarks compare runs on it).
class Filler
{
public:
    Filler(Database &database, const DatasetGenerator::Sizes &sizes,
           const std::function<void(qint64, qint64)> &progress)
        : m_database(database), m_sizes(sizes), m_progress(progress), m_random(sizes.seed),
          m_total(qint64(sizes.organizations) + sizes.contacts + sizes.campaigns + sizes.actions)
    {}

    void organizations()
    {
        Inserter organization(m_database, QStringLiteral("organizations"),
                              {QStringLiteral("name"), QStringLiteral("kind"),
                               QStringLiteral("region"), QStringLiteral("website"),
                               QStringLiteral("email"), QStringLiteral("description")});
        for (int i = 0; i < m_sizes.organizations; ++i) {
            const QString place = m_random.pick(places);
            const QString name = place + QLatin1Char(' ') + m_random.pick(orgWords) +
                                 QStringLiteral(" %1").arg(i + 1);
            const auto [created, updated] = stamps();
            m_organizations << m_random.uuid();
            organization.insert(m_organizations.last(), created, updated, staff(), tags(),
                                {name, m_random.pick(orgKinds), place,
                                 QStringLiteral("https://org%1.example.org").arg(i + 1),
                                 QStringLiteral("info@org%1.example.org").arg(i + 1),
                                 m_random.chance(20) ? longNote : QString()});
            step();
        }
    }

    void contacts()
    {
        Inserter contact(m_database, QStringLiteral("contacts"),
                         {QStringLiteral("name"), QStringLiteral("role"),
                          QStringLiteral("organization_id"), QStringLiteral("email"),
                          QStringLiteral("phone"), QStringLiteral("notes")});
        for (int i = 0; i < m_sizes.contacts; ++i) {
            const QString name =
                m_random.pick(firstNames) + QLatin1Char(' ') + m_random.pick(lastNames);
            const auto [created, updated] = stamps();
            const bool hasOrganization = !m_organizations.isEmpty() && m_random.chance(85);
            contact.insert(m_random.uuid(), created, updated, staff(), tags(),
                           {name, m_random.chance(50) ? QStringLiteral("Organizer") : QString(),
                            orNull(hasOrganization,
                                   hasOrganization ? m_random.pick(m_organizations) : QString()),
                            QStringLiteral("person%1@example.org").arg(i + 1),
                            QStringLiteral("+1 312 555 %1").arg(i % 10000, 4, 10, QLatin1Char('0')),
                            m_random.chance(10) ? longNote : QString()});
            step();
        }
    }

    void campaigns()
    {
        Inserter campaign(m_database, QStringLiteral("campaigns"),
                          {QStringLiteral("name"), QStringLiteral("status"),
                           QStringLiteral("issue_area"), QStringLiteral("goal"),
                           QStringLiteral("description")});
        Inserter partner(m_database, QStringLiteral("campaign_partners"),
                         {QStringLiteral("campaign_id"), QStringLiteral("organization_id"),
                          QStringLiteral("role")});
        static const QStringList statuses = {QStringLiteral("active"),   QStringLiteral("active"),
                                             QStringLiteral("planning"), QStringLiteral("won"),
                                             QStringLiteral("paused"),   QStringLiteral("closed")};
        static const QStringList roles = {QStringLiteral("lead"), QStringLiteral("partner"),
                                          QStringLiteral("partner"), QStringLiteral("signatory"),
                                          QStringLiteral("supporter")};
        for (int i = 0; i < m_sizes.campaigns; ++i) {
            const QString issue = m_random.pick(issues);
            const auto [created, updated] = stamps();
            m_campaigns << m_random.uuid();
            campaign.insert(
                m_campaigns.last(), created, updated, staff(), tags(),
                {QStringLiteral("%1 — %2 %3").arg(issue, m_random.pick(places)).arg(i + 1),
                 m_random.pick(statuses), issue,
                 QStringLiteral("Win %1 this session").arg(issue.toLower()),
                 m_random.chance(30) ? longNote : QString()});
            QStringList chosen;
            const int partners = m_organizations.isEmpty() ? 0 : 2 + m_random.below(7);
            for (int p = 0; p < partners; ++p) {
                const QString org = m_random.pick(m_organizations);
                if (chosen.contains(org))
                    continue;
                chosen << org;
                partner.insert(m_random.uuid(), created, updated, staff(), QString(),
                               {m_campaigns.last(), org, m_random.pick(roles)});
            }
            step();
        }
    }

    void actions()
    {
        Inserter action(
            m_database, QStringLiteral("action_items"),
            {QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("campaign_id"),
             QStringLiteral("organization_id"), QStringLiteral("owner"), QStringLiteral("due_date"),
             QStringLiteral("location"), QStringLiteral("status"), QStringLiteral("priority"),
             QStringLiteral("notes"), QStringLiteral("completed_at")});
        static const QStringList actionStatuses = {
            QStringLiteral("todo"),  QStringLiteral("todo"),     QStringLiteral("todo"),
            QStringLiteral("doing"), QStringLiteral("todo"),     QStringLiteral("doing"),
            QStringLiteral("done"),  QStringLiteral("cancelled")};
        static const QStringList priorities = {QStringLiteral("normal"), QStringLiteral("normal"),
                                               QStringLiteral("high"), QStringLiteral("low"),
                                               QStringLiteral("urgent")};
        for (int i = 0; i < m_sizes.actions; ++i) {
            const auto [created, updated] = stamps();
            const QString status = m_random.pick(actionStatuses);
            const bool hasCampaign = !m_campaigns.isEmpty() && m_random.chance(90);
            const bool hasOrganization = !m_organizations.isEmpty() && m_random.chance(50);
            const bool hasDue = m_random.chance(85);
            action.insert(
                m_random.uuid(), created, updated, staff(), tags(),
                {QStringLiteral("%1 %2").arg(m_random.pick(verbs), m_random.pick(objects)),
                 m_random.pick(actionKinds),
                 orNull(hasCampaign, hasCampaign ? m_random.pick(m_campaigns) : QString()),
                 orNull(hasOrganization,
                        hasOrganization ? m_random.pick(m_organizations) : QString()),
                 m_random.chance(80) ? staff() : QString(), orNull(hasDue, date(-730, 365)),
                 m_random.chance(30) ? m_random.pick(places) : QString(), status,
                 m_random.pick(priorities),
                 m_random.chance(5)
                     ? longNote.repeated(8)
                     : (m_random.chance(40) ? QStringLiteral("Bring flyers") : QString()),
                 orNull(status == QLatin1String("done"), updated)});
            step();
        }
    }

    qint64 total() const { return m_total; }

private:
    void step()
    {
        if (m_progress && ++m_done % 50000 == 0)
            m_progress(m_done, m_total);
    }
    // Records made over six years of organizing, each edited a little after creation.
    std::pair<QString, QString> stamps()
    {
        const qint64 start = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 created = start + qint64(m_random.below(6 * 365 * 24 * 60)) * 60000;
        const qint64 updated = created + qint64(m_random.below(30 * 24 * 60)) * 60000;
        auto iso = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        };
        return std::make_pair(iso(created), iso(updated));
    }
    QString staff() { return m_random.pick(firstNames); }
    QString tags() { return m_random.chance(30) ? m_random.pick(tagWords) : QString(); }
    QString date(int fromDays, int toDays)
    {
        return QDate(2026, 1, 1)
            .addDays(fromDays + m_random.below(toDays - fromDays))
            .toString(Qt::ISODate);
    }
    static QVariant orNull(bool present, const QVariant &value)
    {
        return present ? value : QVariant();
    }

    Database &m_database;
    const DatasetGenerator::Sizes &m_sizes;
    const std::function<void(qint64, qint64)> &m_progress;
    Random m_random;
    qint64 m_total;
    qint64 m_done = 0;
    QStringList m_organizations;
    QStringList m_campaigns;
};

} // namespace

void DatasetGenerator::generate(Database &database, const Sizes &sizes,
                                const std::function<void(qint64, qint64)> &progress)
{
    const QStringList tables = Schema::syncedTablesIn(database.connection());
    for (const QString &table : tables) {
        if (Statement(database.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table))
                .scalar()
                .toLongLong() > 0)
            throw CoalitionError(QCoreApplication::translate(
                "DatasetGenerator", "generate needs a new, empty database; this one has records."));
    }
    // Inserting a million rows keeps a dozen indexes and the search index growing in
    // random order; with SQLite's default 2 MB page cache most of that time goes to
    // re-reading index pages. 512 MB while generating, the default afterwards.
    Statement(database.connection(), QStringLiteral("PRAGMA cache_size = -524288")).exec();
    // The database is new, so a rollback journal has almost nothing to save and SQLite
    // writes each page once, to the file. In WAL mode a million items wrote 3 GB to the
    // log first and copied it over at the checkpoint. Back to the usual mode after.
    const QString journalMode =
        Statement(database.connection(), QStringLiteral("PRAGMA journal_mode")).scalar().toString();
    Statement(database.connection(), QStringLiteral("PRAGMA journal_mode = DELETE")).exec();
    Transaction transaction(database);
    DeferredIndexes indexes(database, tables);
    Filler filler(database, sizes, progress);
    filler.organizations();
    filler.contacts();
    filler.campaigns();
    filler.actions();
    indexes.rebuild();
    // Every field stamped as its record's last edit left it, by this database.
    Schema::stampExistingRows(database.connection(), database.stamps()->deviceId(),
                              Schema::syncedFieldsOf(database.catalogue()));
    SearchIndex(database).optimize();
    // The planner's statistics, as a long-used database has them (see Database::open).
    Statement(database.connection(), QStringLiteral("ANALYZE")).exec();
    transaction.commit();
    Statement(database.connection(), QStringLiteral("PRAGMA journal_mode = %1").arg(journalMode))
        .exec();
    Statement(database.connection(), QStringLiteral("PRAGMA cache_size = -2000")).exec();
    if (progress)
        progress(filler.total(), filler.total());
}
