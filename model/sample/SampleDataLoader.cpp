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
        organization.name = text(o, "name");
        organization.id = SampleDataLoader::stableId(EntityKind::Organization, organization.name);
        organization.acronym = text(o, "acronym");
        organization.kind = text(o, "kind");
        organization.region = text(o, "region");
        organization.website = text(o, "website");
        organization.email = text(o, "email");
        organization.phone = text(o, "phone");
        organization.description = text(o, "description");
        organization.tags = strings(o.value(QLatin1String("tags")));
        store(m_organizations, organization);
    }

    void loadContact(const QJsonObject &o)
    {
        Contact contact;
        contact.name = text(o, "name");
        contact.organizationId = organizationId(text(o, "organization"));
        contact.id = SampleDataLoader::stableId(
            EntityKind::Contact, contact.name + QLatin1Char('/') + text(o, "organization"));
        contact.role = text(o, "role");
        contact.email = text(o, "email");
        contact.phone = text(o, "phone");
        contact.notes = text(o, "notes");
        contact.tags = strings(o.value(QLatin1String("tags")));
        store(m_contacts, contact);
    }

    void loadCampaign(const QJsonObject &o)
    {
        Campaign campaign;
        campaign.name = text(o, "name");
        campaign.id = SampleDataLoader::stableId(EntityKind::Campaign, campaign.name);
        campaign.status = o.value(QLatin1String("status")).toString(campaign.status);
        campaign.issueArea = text(o, "issueArea");
        campaign.goal = text(o, "goal");
        campaign.target = text(o, "target");
        campaign.startDate = date(o, "startDate");
        campaign.endDate = date(o, "endDate");
        campaign.description = text(o, "description");
        campaign.links = strings(o.value(QLatin1String("links")));
        campaign.tags = strings(o.value(QLatin1String("tags")));
        store(m_campaigns, campaign);

        for (const QJsonValue &value : o.value(QLatin1String("partners")).toArray()) {
            const QJsonObject p = value.toObject();
            CampaignPartner partner;
            partner.campaignId = campaign.id;
            partner.organizationId = organizationId(text(p, "organization"));
            partner.id = SampleDataLoader::stableId(EntityKind::CampaignPartner,
                                                    campaign.name + QLatin1Char('/') +
                                                        text(p, "organization"));
            partner.role = p.value(QLatin1String("role")).toString(partner.role);
            partner.commitment = text(p, "commitment");
            store(m_partners, partner);
        }
    }

    void loadActionItem(const QJsonObject &o)
    {
        ActionItem item;
        item.title = text(o, "title");
        item.campaignId = campaignId(text(o, "campaign"));
        item.id = SampleDataLoader::stableId(EntityKind::ActionItem,
                                             text(o, "campaign") + QLatin1Char('/') + item.title);
        item.kind = text(o, "kind");
        item.organizationId = organizationId(text(o, "organization"));
        item.owner = text(o, "owner");
        item.dueDate = date(o, "due");
        item.eventStart = instant(o, "eventStart");
        item.eventEnd = instant(o, "eventEnd");
        item.location = text(o, "location");
        item.status = o.value(QLatin1String("status")).toString(QStringLiteral("todo"));
        item.priority = o.value(QLatin1String("priority")).toString(QStringLiteral("normal"));
        item.link = text(o, "link");
        item.notes = text(o, "notes");
        item.tags = strings(o.value(QLatin1String("tags")));
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
