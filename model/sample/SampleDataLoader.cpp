#include "model/sample/SampleDataLoader.h"

#include "model/domain/ActionRules.h"
#include "model/domain/Vocabulary.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result << item.toString();
    return result;
}

QDate date(const QJsonObject &object, const char *key)
{
    const QString text = object.value(QLatin1String(key)).toString();
    if (text.isEmpty())
        return {};
    const QDate parsed = Validation::parseDate(text);
    if (!parsed.isValid())
        throw ValidationError(
            QLatin1String(key),
            QCoreApplication::translate("SampleDataLoader",
                                        "\"%1\" is not a date in the form YYYY-MM-DD.")
                .arg(text));
    return parsed;
}

QDateTime instant(const QJsonObject &object, const char *key)
{
    const QString text = object.value(QLatin1String(key)).toString();
    if (text.isEmpty())
        return {};
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        throw ValidationError(QLatin1String(key),
                              QCoreApplication::translate(
                                  "SampleDataLoader", "\"%1\" is not a date and time (ISO 8601).")
                                  .arg(text));
    return parsed.toUTC();
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// The sample's key for a field: its CSV name in camel case ("issue_area" → "issueArea").
QString keyOf(const FieldSpec &field)
{
    const QStringList words = field.csvName.split(QLatin1Char('_'));
    QString key = words.first();
    for (int i = 1; i < words.size(); ++i)
        key += words[i].left(1).toUpper() + words[i].mid(1);
    return key;
}

class Loader
{
public:
    explicit Loader(Database &database)
        : m_organizations(database), m_contacts(database), m_campaigns(database),
          m_partners(database), m_actions(database)
    {}

    void load(const QJsonObject &root)
    {
        for (const QJsonValue &value : root.value(QLatin1String("organizations")).toArray())
            loadOrganization(value.toObject());
        for (const QJsonValue &value : root.value(QLatin1String("contacts")).toArray())
            loadContact(value.toObject());
        for (const QJsonValue &value : root.value(QLatin1String("campaigns")).toArray())
            loadCampaign(value.toObject());
        for (const QJsonValue &value : root.value(QLatin1String("actionItems")).toArray())
            loadActionItem(value.toObject());
    }

    SampleDataLoader::Result result;

private:
    template<class Repo, class T> void store(Repo &repository, const T &record)
    {
        if (repository.createIfMissing(record))
            ++result.created;
        else
            ++result.alreadyPresent;
    }

    // Every field of the catalogue the object gives, into record: references by name,
    // dates and instants checked, lists (tags, links) from arrays. A field the object
    // leaves out keeps the record type's default.
    template<class Repo, class T>
    void readFields(const Repo &repository, const QJsonObject &object, T &record) const
    {
        for (const FieldSpec &field : repository.catalogue().entity(repository.kind()).fields) {
            const QString key = keyOf(field);
            if (!object.contains(key))
                continue;
            const QByteArray utf8 = key.toUtf8();
            const char *name = utf8.constData();
            switch (field.kind) {
            case FieldKind::Reference:
                repository.setField(record, field.column,
                                    field.references == EntityKind::Campaign
                                        ? campaignId(text(object, name))
                                        : organizationId(text(object, name)));
                break;
            case FieldKind::Date:
                repository.setField(record, field.column, date(object, name).toString(Qt::ISODate));
                break;
            case FieldKind::Instant:
                repository.setField(record, field.column,
                                    instant(object, name).toString(Qt::ISODateWithMs));
                break;
            case FieldKind::Tags:
                record.tags = strings(object.value(key));
                break;
            default:
                repository.setField(record, field.column,
                                    object.value(key).isArray()
                                        ? strings(object.value(key)).join(QLatin1Char('\n'))
                                        : object.value(key).toString());
                break;
            }
        }
    }

    QString organizationId(const QString &name) const
    {
        if (name.isEmpty())
            return {};
        const QString id = SampleDataLoader::stableId(EntityKind::Organization, name);
        if (!m_organizations.exists(id))
            throw CoalitionError(QCoreApplication::translate(
                                     "SampleDataLoader",
                                     "The sample data names an organization it does not define: "
                                     "\"%1\".")
                                     .arg(name));
        return id;
    }

    QString campaignId(const QString &name) const
    {
        if (name.isEmpty())
            return {};
        const QString id = SampleDataLoader::stableId(EntityKind::Campaign, name);
        if (!m_campaigns.exists(id))
            throw CoalitionError(QCoreApplication::translate(
                                     "SampleDataLoader",
                                     "The sample data names a campaign it does not define: \"%1\".")
                                     .arg(name));
        return id;
    }

    void loadOrganization(const QJsonObject &o)
    {
        Organization organization;
        readFields(m_organizations, o, organization);
        organization.id = SampleDataLoader::stableId(EntityKind::Organization, organization.name);
        store(m_organizations, organization);
    }

    void loadContact(const QJsonObject &o)
    {
        Contact contact;
        readFields(m_contacts, o, contact);
        contact.id = SampleDataLoader::stableId(
            EntityKind::Contact, contact.name + QLatin1Char('/') + text(o, "organization"));
        store(m_contacts, contact);
    }

    void loadCampaign(const QJsonObject &o)
    {
        Campaign campaign;
        readFields(m_campaigns, o, campaign);
        campaign.id = SampleDataLoader::stableId(EntityKind::Campaign, campaign.name);
        store(m_campaigns, campaign);

        for (const QJsonValue &value : o.value(QLatin1String("partners")).toArray()) {
            const QJsonObject p = value.toObject();
            CampaignPartner partner;
            readFields(m_partners, p, partner);
            partner.campaignId = campaign.id; // the partner is listed inside its campaign
            partner.id = SampleDataLoader::stableId(EntityKind::CampaignPartner,
                                                    campaign.name + QLatin1Char('/') +
                                                        text(p, "organization"));
            store(m_partners, partner);
        }
    }

    void loadActionItem(const QJsonObject &o)
    {
        ActionItem item;
        readFields(m_actions, o, item);
        item.id = SampleDataLoader::stableId(EntityKind::ActionItem,
                                             text(o, "campaign") + QLatin1Char('/') + item.title);
        // Fixed rather than "now", so two laptops loading the sample agree on every field.
        if (ActionRules::isDone(
                Vocabulary::actionStatus().canonical(item.status).value_or(QString())))
            item.completedAt = QDateTime(item.dueDate.isValid() ? item.dueDate : QDate(2021, 12, 1),
                                         QTime(0, 0), Qt::UTC)
                                   .toString(Qt::ISODateWithMs);
        store(m_actions, item);
    }

    OrganizationRepository m_organizations;
    ContactRepository m_contacts;
    CampaignRepository m_campaigns;
    CampaignPartnerRepository m_partners;
    ActionItemRepository m_actions;
};

} // namespace

SampleDataLoader::Result SampleDataLoader::load(Database &database, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CoalitionError(
            QCoreApplication::translate("SampleDataLoader", "Cannot read the sample data %1: %2")
                .arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        throw CoalitionError(
            QCoreApplication::translate("SampleDataLoader",
                                        "The sample data %1 is not valid JSON: %2 (at byte %3).")
                .arg(path, parseError.errorString())
                .arg(parseError.offset));

    Loader loader(database);
    Transaction transaction(database);
    try {
        loader.load(document.object());
    } catch (const ValidationError &error) {
        throw CoalitionError(QCoreApplication::translate(
                                 "SampleDataLoader", "The sample data has a bad record (%1): %2")
                                 .arg(error.field(), error.message()));
    }
    transaction.commit();
    return loader.result;
}

QString SampleDataLoader::stableId(EntityKind kind, const QString &naturalKey)
{
    // Fixed forever: changing it would give every sample record a new identity.
    static const QUuid sampleNamespace(QStringLiteral("7d1c3f0a-5b2e-5c4e-9a51-c0a1171017a1"));
    return QUuid::createUuidV5(sampleNamespace, tableName(kind) + QLatin1Char('/') + naturalKey)
        .toString(QUuid::WithoutBraces);
}
