#include "model/interop/csv/CsvImport.h"

#include "model/domain/FieldCatalogue.h"

#include "model/interop/csv/ImportMatcher.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/storage/SearchIndex.h"
#include "model/storage/Statement.h"
#include "model/storage/StorageError.h"
#include "model/storage/Transaction.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

// Our own exports make formulas inert with a leading apostrophe; take it off again so
// export → import gives back the same text.
QString cellText(const QString &cell)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (cell.size() >= 2 && cell.front() == QLatin1Char('\'') && triggers.contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

class Importer
{
public:
    Importer(Database &database, EntityKind table, const ImportMapping &mapping,
             const SpreadsheetDates &dates, CsvImport::OnMatch onMatch, CsvImport::Result &result)
        : m_database(database), m_table(table), m_mapping(mapping), m_dates(dates),
          m_onMatch(onMatch), m_result(result)
    {}

    // A row that failed was rolled back, records it created with it: what was
    // remembered of them goes too.
    void rowFailed()
    {
        m_organizationIds.clear();
        m_campaignIds.clear();
        m_matcher.forget();
    }

    void row(const QStringList &cells, int line)
    {
        m_cells = cells;
        m_line = line;
        switch (m_table) {
        case EntityKind::Contact:
            contact();
            break;
        case EntityKind::Organization:
            organization();
            break;
        case EntityKind::ActionItem:
            actionItem();
            break;
        case EntityKind::Campaign:
            campaign();
            break;
        case EntityKind::CampaignPartner:
            partner();
            break;
        }
    }

private:
    bool has(const QString &field) const { return m_mapping.has(field); }
    bool has(const char *field) const { return has(QLatin1String(field)); }
    // Whether a cell sets its field: any mapped cell of a row with a known id (a cleared
    // cell clears the field: a bulk edit), but only a filled one for a row matched by
    // email, phone or website, so a merge adds what is new and erases nothing.
    bool take(const QString &field) const
    {
        return has(field) && (!m_merging || !value(field).isEmpty());
    }
    bool take(const char *field) const { return take(QLatin1String(field)); }
    QString value(const QString &field) const
    {
        const int column = m_mapping.columnOf(field);
        return column < 0 ? QString() : cellText(m_cells.value(column)).trimmed();
    }
    QString value(const char *field) const { return value(QLatin1String(field)); }

    // Every imported field of the catalogue that the file has a column for, into record:
    // references by name (a missing organization is created, a missing campaign refused),
    // dates checked, tags split on commas; an empty status or priority keeps the default.
    // A field the record type does not name (a later migration's) goes to record.extra.
    template<class Repo, class T> void takeFields(const Repo &repository, T &record)
    {
        for (const FieldSpec &field : m_database.catalogue().entity(repository.kind()).fields) {
            if (!field.imported || !take(field.csvName))
                continue;
            // Matched by its name, a record keeps how it writes it ("José Pérez", not
            // the row's "jose perez").
            if (m_keepName &&
                (field.column == QLatin1String("name") || field.column == QLatin1String("title")))
                continue;
            const QString text = value(field.csvName);
            switch (field.kind) {
            case FieldKind::Reference:
                repository.setField(record, field.column,
                                    field.references == EntityKind::Campaign
                                        ? campaignNamed(text)
                                        : organizationNamed(text));
                break;
            case FieldKind::Date:
                repository.setField(record, field.column,
                                    m_dates.parse(text, field.column).toString(Qt::ISODate));
                break;
            case FieldKind::Tags:
                record.tags = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
                break;
            case FieldKind::Vocabulary:
                if (!text.isEmpty())
                    repository.setField(record, field.column, text);
                break;
            default:
                repository.setField(record, field.column, text);
                break;
            }
        }
    }

    // The id of a known record to update, or empty.
    template<class Repo> QString existingId(Repo &repository) const
    {
        const QString id = value("id");
        if (id.isEmpty() || !repository.exists(id))
            return {};
        return id;
    }

    // The organization a row names, by name or acronym, or "": a file names the same few
    // again and again, and each lookup reads every organization (acronyms have no index).
    QString knownOrganization(const QString &name)
    {
        if (name.isEmpty())
            return {};
        const auto cached = m_organizationIds.constFind(name);
        if (cached != m_organizationIds.cend())
            return *cached;
        const auto found = OrganizationRepository(m_database).findByName(name);
        const QString id = found ? found->id : QString();
        m_organizationIds.insert(name, id);
        return id;
    }

    QString organizationNamed(const QString &name)
    {
        if (name.isEmpty())
            return {};
        if (const QString known = knownOrganization(name); !known.isEmpty())
            return known;
        Organization organization;
        organization.name = name;
        ++m_result.organizationsCreated;
        const QString id = OrganizationRepository(m_database).create(organization).id;
        m_matcher.created(QStringLiteral("organizations"), id);
        m_organizationIds.insert(name, id);
        return id;
    }

    QString knownCampaign(const QString &name)
    {
        if (name.isEmpty())
            return {};
        const auto cached = m_campaignIds.constFind(name);
        if (cached != m_campaignIds.cend())
            return *cached;
        const auto found = CampaignRepository(m_database).findByIdOrName(name);
        const QString id = found ? found->id : QString();
        m_campaignIds.insert(name, id);
        return id;
    }

    QString campaignNamed(const QString &name)
    {
        if (name.isEmpty())
            return {};
        const QString found = knownCampaign(name);
        if (found.isEmpty())
            throw ValidationError(QStringLiteral("campaign"),
                                  QCoreApplication::translate(
                                      "CsvImport",
                                      "There is no campaign named \"%1\"; add it first or correct "
                                      "the name.")
                                      .arg(name));
        return found;
    }

    // What to do with a row: update the record `id`, create a new one, or skip.
    template<class Repo>
    void store(Repo &repository, const QString &knownId, const ImportMatcher::Match &matched)
    {
        typename Repo::RecordType record;
        QString target = knownId;
        const QString &matchedId = matched.id;
        if (target.isEmpty() && !matchedId.isEmpty()) {
            m_result.matches.append({m_line, matched.name, matched.by});
            if (m_onMatch == CsvImport::OnMatch::Skip) {
                ++m_result.skipped;
                return;
            }
            if (m_onMatch == CsvImport::OnMatch::Update)
                target = matchedId;
        }
        if (!target.isEmpty()) {
            m_merging = target != knownId;
            m_keepName = m_merging && (matched.by == ImportMatcher::Match::By::Name ||
                                       matched.by == ImportMatcher::Match::By::SameItem);
            record = *repository.get(target);
            takeFields(repository, record);
            QSet<QString> changed;
            repository.update(record, &changed);
            ++(changed.isEmpty() ? m_result.unchanged : m_result.updated);
            return;
        }
        m_merging = false;
        m_keepName = false;
        takeFields(repository, record);
        // A new record keeps an id from another Coalition database (so records moved
        // between databases keep their identity); anything else gets a fresh one.
        record.id = Validation::isUuid(value("id")) ? value("id") : QString();
        repository.create(record);
        m_matcher.created(tableName(repository.kind()), record.id);
        ++m_result.created;
    }

    void contact()
    {
        ContactRepository contacts(m_database);
        store(contacts, existingId(contacts),
              m_matcher.contact(value("email"), value("phone"), value("name"),
                                knownOrganization(value("organization"))));
    }

    void organization()
    {
        OrganizationRepository organizations(m_database);
        store(organizations, existingId(organizations),
              m_matcher.organization(value("email"), value("website"), value("name")));
    }

    void campaign()
    {
        CampaignRepository campaigns(m_database);
        store(campaigns, existingId(campaigns), m_matcher.campaign(value("name")));
    }

    // A partnership is one organization in one campaign: a row naming both matches it.
    void partner()
    {
        CampaignPartnerRepository partners(m_database);
        store(partners, existingId(partners),
              m_matcher.partner(knownCampaign(value("campaign")),
                                knownOrganization(value("organization"))));
    }

    void actionItem()
    {
        ActionItemRepository actions(m_database);
        if (!existingId(actions).isEmpty() || !has("title")) {
            store(actions, existingId(actions), {});
            return;
        }
        // A row the file gave before (or an earlier import of it) says the same of the
        // item; a campaign or date that does not read is left to the row's own checks.
        ImportMatcher::ActionKey key;
        key.title = value("title");
        key.owner = value("owner");
        key.campaignId = knownCampaign(value("campaign"));
        key.organizationId = knownOrganization(value("organization"));
        try {
            key.due = m_dates.parse(value("due_date"), QStringLiteral("due_date"));
        } catch (const CoalitionError &) {
        }
        store(actions, QString(), m_matcher.actionItem(key));
    }

    Database &m_database;
    EntityKind m_table;
    const ImportMapping &m_mapping;
    const SpreadsheetDates &m_dates;
    CsvImport::OnMatch m_onMatch;
    CsvImport::Result &m_result;
    QStringList m_cells;
    bool m_merging = false;
    bool m_keepName = false;
    int m_line = 0;
    QHash<QString, QString> m_organizationIds; // name as the file writes it -> id or ""
    QHash<QString, QString> m_campaignIds;
    ImportMatcher m_matcher{m_database};
};

// The headers an import of the table recognises first, as the command line's export
// writes them.
QStringList expectedHeaders(EntityKind table, const FieldCatalogue &catalogue)
{
    QStringList names;
    for (const FieldSpec &field : catalogue.entity(table).fields) {
        if (field.imported)
            names << field.csvName;
    }
    return names;
}

// The first pass: every value of the file's date columns, so the day/month order is the
// whole file's. Leaves the reader just after the header again. A quote left open is
// left for the second pass to report by line.
void observeDates(CsvReader &reader, const ImportMapping &mapping, EntityKind table,
                  const FieldCatalogue &catalogue, SpreadsheetDates &dates)
{
    QVector<int> columns;
    for (const FieldSpec &field : catalogue.entity(table).fields) {
        if (field.imported && field.kind == FieldKind::Date && mapping.has(field.csvName))
            columns << mapping.columnOf(field.csvName);
    }
    if (columns.isEmpty())
        return;
    try {
        while (reader.next()) {
            for (const int column : columns)
                dates.observe(reader.row().value(column), reader.line());
        }
    } catch (const CoalitionError &) {
    }
    reader.rewind();
    reader.next(); // the header
}

} // namespace

QString CsvImport::describeMatches(const Result &result, int limit)
{
    using By = ImportMatcher::Match::By;
    QStringList parts;
    for (const Match &match : result.matches) {
        if (parts.size() == limit) {
            parts << QCoreApplication::translate("CsvImport", "%n more", nullptr,
                                                 int(result.matches.size()) - limit);
            break;
        }
        const char *how =
            match.by == By::Email     ? QT_TRANSLATE_NOOP("CsvImport", "same email")
            : match.by == By::Phone   ? QT_TRANSLATE_NOOP("CsvImport", "same phone")
            : match.by == By::Website ? QT_TRANSLATE_NOOP("CsvImport", "same website")
            : match.by == By::Name
                ? QT_TRANSLATE_NOOP("CsvImport", "same name")
                : QT_TRANSLATE_NOOP("CsvImport",
                                    "same title, campaign, organization, owner and date");
        parts << QCoreApplication::translate("CsvImport", "line %1: %2 (%3)")
                     .arg(match.line)
                     .arg(match.name, QCoreApplication::translate("CsvImport", how));
    }
    return parts.join(QStringLiteral("; "));
}

CsvImport::Result CsvImport::run(Database &database, EntityKind table, const QByteArray &data,
                                 OnMatch onMatch, bool dryRun, SpreadsheetDates::Order dateOrder)
{
    Result result;
    CsvReader reader(data);
    result.encoding = reader.encoding();
    result.delimiter = reader.delimiter();
    if (!reader.next())
        throw CoalitionError(QCoreApplication::translate(
            "CsvImport", "The file is empty: it needs a header row naming the columns."));
    const ImportMapping mapping(table, reader.row(), database.catalogue());
    result.mapping = mapping.describe();
    result.ignoredColumns = mapping.unmappedHeaders();
    const QString required = table == EntityKind::ActionItem        ? QStringLiteral("title")
                             : table == EntityKind::CampaignPartner ? QStringLiteral("campaign")
                                                                    : QStringLiteral("name");
    if (table == EntityKind::CampaignPartner && !mapping.has(QStringLiteral("organization")) &&
        !mapping.has(QStringLiteral("id")))
        throw CoalitionError(
            QCoreApplication::translate(
                "CsvImport", "No column gives the %1; name one \"%1\" (columns found: %2).")
                .arg(QStringLiteral("organization"), reader.row().join(QStringLiteral(", "))));
    if (!mapping.has(required) && !mapping.has(QStringLiteral("id")))
        throw CoalitionError(
            QCoreApplication::translate(
                "CsvImport", "No column gives the %1; name one \"%1\" (columns found: %2).")
                .arg(required, reader.row().join(QStringLiteral(", "))));
    // Ids alone would "import" every row as unchanged: an export whose other headers were
    // not recognised would report success and lose every edit in it.
    if (mapping.fields() == QStringList{QStringLiteral("id")})
        throw CoalitionError(
            QCoreApplication::translate("CsvImport",
                                        "No column but the id was recognised, so nothing in the "
                                        "file could be imported (columns found: %1). Name the "
                                        "columns as Coalition's export does: %2.")
                .arg(reader.row().join(QStringLiteral(", ")),
                     expectedHeaders(table, database.catalogue()).join(QStringLiteral(", "))));

    SpreadsheetDates dates(dateOrder);
    observeDates(reader, mapping, table, database.catalogue(), dates);
    if (const QString conflict = dates.conflict(); !conflict.isEmpty())
        throw CoalitionError(conflict);
    result.dateOrder = dates.order();
    if (dates.needsOrder()) {
        result.dateOrderNeeded = true;
        result.ambiguousDate = dates.ambiguousExample();
        result.rejected.append(
            {0, QCoreApplication::translate("CsvImport",
                                            "Dates such as %1 could be day/month or month/day: "
                                            "say which order the file uses.")
                    .arg(dates.ambiguousExample())});
        return result;
    }

    Transaction transaction(database);
    Importer importer(database, table, mapping, dates, onMatch, result);
    for (;;) {
        bool more = false;
        try {
            more = reader.next();
        } catch (const CoalitionError &error) { // a quote never closed: the rest is one cell
            result.rejected.append({reader.line(), error.message()});
            break;
        }
        if (!more)
            break;
        const QStringList cells = reader.row();
        if (std::all_of(cells.cbegin(), cells.cend(),
                        [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue;
        try {
            Transaction row(database); // a bad row leaves no half of itself behind
            importer.row(cells, reader.line());
            row.commit();
        } catch (const StorageError &) {
            throw; // the disk or the file, not this row: stop, and roll everything back
        } catch (const CoalitionError &error) {
            result.rejected.append({reader.line(), error.message()});
            importer.rowFailed();
        }
    }
    result.written = !dryRun && result.rejected.isEmpty();
    if (result.written) {
        transaction.commit();
        if (result.created + result.updated >= SearchIndex::bulkChange)
            SearchIndex(database).optimize();
    }
    return result; // otherwise the Transaction rolls everything back
}
