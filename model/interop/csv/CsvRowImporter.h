#pragma once

#include "model/domain/CoalitionError.h"
#include "model/domain/FieldCatalogue.h"
#include "model/domain/Validation.h"
#include "model/domain/ValidationError.h"
#include "model/interop/csv/CsvCells.h"
#include "model/interop/csv/CsvImport.h"
#include "model/interop/csv/ImportMatcher.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/records/RecordChanges.h"

#include "model/storage/Database.h"
#include <functional>
#include <type_traits>

#include <QCoreApplication>
#include <QHash>

// One row of a CsvImport after another: the record a row stands for (by its id, else
// ImportMatcher), its fields taken from the mapped cells (references by name, dates as
// the file writes them, tags split), then updated, created or skipped as the policy
// says. Only CsvImport uses it; it runs inside CsvImport's transaction, a savepoint a
// row. Kept in a header of its own (its members are templates over the repositories) so
// that CsvImport.cpp holds the file-level work: reading, dates, checks, the transaction.
namespace CsvRowImport {

// Our own exports make formulas inert with a leading apostrophe; take it off again
// so export → import gives back the same text.
inline QString cellText(const QString &cell)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (cell.size() >= 2 && cell.front() == QLatin1Char('\'') && triggers.contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

class CsvRowImporter
{
public:
    CsvRowImporter(Database &database, EntityKind table, const ImportMapping &mapping,
                   const SpreadsheetDates &dates, CsvImport::OnMatch onMatch,
                   CsvImport::Result &result, RecordChanges *changes)
        : m_database(database), m_table(table), m_mapping(mapping), m_dates(dates),
          m_onMatch(onMatch), m_result(result), m_changes(changes)
    {}

    // A row written: what it created and changed is noted for undo.
    void rowDone()
    {
        for (const auto &note : qAsConst(m_rowChanges))
            note(*m_changes);
        m_rowChanges.clear();
    }

    // A row that failed was rolled back, records it created with it: what was
    // remembered of them goes too.
    void rowFailed()
    {
        m_rowChanges.clear();
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
    // Keeps a note of the row's changes for undo, when they are noted at all.
    void note(std::function<void(RecordChanges &)> change)
    {
        if (m_changes)
            m_rowChanges.append(std::move(change));
    }
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
            case FieldKind::Instant:
                takeMoment(repository, record, field.column, text);
                break;
            case FieldKind::Flag:
                repository.setField(record, field.column, CsvCells::flag(text, field.column));
                break;
            case FieldKind::Recurrence:
                repository.setField(record, field.column, CsvCells::ruleFrom(text, field.column));
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

    // An event's start or end: a time is the laptop's (or the zone the cell names) and
    // is stored in UTC; a day without a time is an all-day event's day, unless the file
    // has an all-day column that says otherwise.
    template<class Repo, class T>
    void takeMoment(const Repo &repository, T &record, const QString &column, const QString &text)
    {
        const SpreadsheetDates::Moment moment = m_dates.parseMoment(text, column);
        if (!moment.at.isValid()) {
            repository.setField(record, column, QString());
        } else if (moment.dateOnly) {
            repository.setField(
                record, column,
                QDateTime(moment.at.date(), QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs));
            if (!has("all_day"))
                repository.setField(record, QStringLiteral("all_day"), QStringLiteral("yes"));
        } else {
            repository.setField(record, column, moment.at.toUTC().toString(Qt::ISODateWithMs));
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
    // The id of the record a name in the file stands for, looked up once per file: the same
    // few names come back on thousands of rows ("" is kept too: no such record).
    static QString idOf(const QString &id) { return id; }
    template<class Record> static QString idOf(const std::optional<Record> &found)
    {
        return found ? found->id : QString();
    }
    template<class Find>
    static QString lookedUpOnce(QHash<QString, QString> &ids, const QString &name, Find find)
    {
        if (name.isEmpty())
            return {};
        const auto cached = ids.constFind(name);
        if (cached != ids.cend())
            return *cached;
        const QString id = idOf(find(name));
        ids.insert(name, id);
        return id;
    }

    QString knownOrganization(const QString &name)
    {
        return lookedUpOnce(m_organizationIds, name, [this](const QString &named) {
            return OrganizationRepository(m_database).idByName(named);
        });
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
        note([id](RecordChanges &changes) { changes.created(EntityKind::Organization, id); });
        m_organizationIds.insert(name, id);
        return id;
    }

    QString knownCampaign(const QString &name)
    {
        return lookedUpOnce(m_campaignIds, name, [this](const QString &named) {
            return CampaignRepository(m_database).findByIdOrName(named);
        });
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
            note([record](RecordChanges &changes) { changes.changing(record); });
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
        record = repository.create(record);
        if constexpr (std::is_same_v<typename Repo::RecordType, ActionItem>)
            m_matcher.createdAction({record.title, record.campaignId, record.organizationId,
                                     record.owner, record.dueDate});
        else
            m_matcher.created(tableName(repository.kind()), record.id);
        note([kind = repository.kind(), id = record.id](RecordChanges &changes) {
            changes.created(kind, id);
        });
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
    RecordChanges *m_changes;
    QStringList m_cells;
    bool m_merging = false;
    bool m_keepName = false;
    int m_line = 0;
    QHash<QString, QString> m_organizationIds; // name as the file writes it -> id or ""
    QHash<QString, QString> m_campaignIds;
    ImportMatcher m_matcher{m_database};
    // What the row being imported created and changed, noted once it is written.
    QVector<std::function<void(RecordChanges &)>> m_rowChanges;
};

} // namespace CsvRowImport
