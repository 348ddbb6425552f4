#include "model/domain/Validation.h"
#include "model/domain/ValidationError.h"
#include "model/domain/Vocabulary.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QTranslator>

namespace {

// Runs a write that must be refused; checks the field it names and that the
// database files did not change by a single byte.
template<class Write>
void requireRefused(TestDatabase &t, const char *field, const char *messagePart, Write write)
{
    const QByteArray before = databaseBytes(t.path());
    try {
        write();
        FAIL("the write was accepted");
    } catch (const ValidationError &error) {
        CHECK(error.field() == QLatin1String(field));
        CHECK(error.message().contains(QLatin1String(messagePart)));
    }
    CHECK(databaseBytes(t.path()) == before);
}

} // namespace

TEST_CASE("An organization without a name is refused and nothing is written", "[validation]")
{
    TestDatabase t;
    seedBasics(*t.database);
    Organization blank;
    blank.name = QStringLiteral("   ");
    requireRefused(t, "name", "no name",
                   [&] { OrganizationRepository(*t.database).create(blank); });
}

TEST_CASE("A malformed email is refused and nothing is written", "[validation]")
{
    TestDatabase t;
    seedBasics(*t.database);
    Contact contact;
    contact.name = QStringLiteral("Russell Jeung");
    contact.email = QStringLiteral("russell at example.org");
    requireRefused(t, "email", "not an email address",
                   [&] { ContactRepository(*t.database).create(contact); });
}

TEST_CASE("A malformed web address is refused and nothing is written", "[validation]")
{
    TestDatabase t;
    const SeedIds ids = seedBasics(*t.database);
    auto organization = *OrganizationRepository(*t.database).get(ids.organization);
    organization.website = QStringLiteral("not a url");
    requireRefused(t, "website", "not a web address",
                   [&] { OrganizationRepository(*t.database).update(organization); });
    organization.website = QStringLiteral("ftp://files.example.org");
    requireRefused(t, "website", "not a web address",
                   [&] { OrganizationRepository(*t.database).update(organization); });
}

TEST_CASE("A campaign that ends before it starts is refused and nothing is written", "[validation]")
{
    TestDatabase t;
    seedBasics(*t.database);
    Campaign campaign;
    campaign.name = QStringLiteral("Bystander Intervention Trainings");
    campaign.startDate = QDate(2021, 9, 30);
    campaign.endDate = QDate(2021, 7, 1);
    requireRefused(t, "end_date", "before it starts",
                   [&] { CampaignRepository(*t.database).create(campaign); });
}

TEST_CASE("An action item for an unknown campaign is refused and nothing is written",
          "[validation]")
{
    TestDatabase t;
    seedBasics(*t.database);
    ActionItem item;
    item.title = QStringLiteral("Call your representative");
    item.campaignId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    requireRefused(t, "campaign_id", "does not exist",
                   [&] { ActionItemRepository(*t.database).create(item); });
}

TEST_CASE("Unknown status and priority words are refused with the accepted words", "[validation]")
{
    TestDatabase t;
    const SeedIds ids = seedBasics(*t.database);
    auto item = *ActionItemRepository(*t.database).get(ids.action);
    item.status = QStringLiteral("someday");
    requireRefused(t, "status", "todo, doing, done, cancelled",
                   [&] { ActionItemRepository(*t.database).update(item); });
    item.status = QStringLiteral("todo");
    item.priority = QStringLiteral("whenever");
    requireRefused(t, "priority", "low, normal, high, urgent",
                   [&] { ActionItemRepository(*t.database).update(item); });
    ActionItem untitled;
    requireRefused(t, "title", "no title",
                   [&] { ActionItemRepository(*t.database).create(untitled); });
}

TEST_CASE("A record id that is not a UUID is refused", "[validation]")
{
    TestDatabase t;
    Organization organization;
    organization.id = QStringLiteral("42");
    organization.name = QStringLiteral("VietLead");
    requireRefused(t, "id", "not a valid record id",
                   [&] { OrganizationRepository(*t.database).create(organization); });
}

TEST_CASE("Dates must be real calendar days written YYYY-MM-DD", "[validation]")
{
    CHECK(Validation::parseDate(QStringLiteral("2021-12-15")) == QDate(2021, 12, 15));
    CHECK(Validation::parseDate(QStringLiteral("2024-02-29")).isValid());
    CHECK_FALSE(Validation::parseDate(QStringLiteral("2021-02-30")).isValid());
    CHECK_FALSE(Validation::parseDate(QStringLiteral("2021-2-3")).isValid());
    CHECK_FALSE(Validation::parseDate(QStringLiteral("12/15/2021")).isValid());
    CHECK_FALSE(Validation::parseDate(QStringLiteral("tomorrow")).isValid());
    CHECK_FALSE(Validation::parseDate(QStringLiteral(" 2021-12-15")).isValid());
}

TEST_CASE("Emails - phones and web addresses are checked and normalised", "[validation]")
{
    CHECK(Validation::isEmail(QStringLiteral("info@caasf.org")));
    CHECK_FALSE(Validation::isEmail(QStringLiteral("info@localhost")));
    CHECK_FALSE(Validation::isEmail(QStringLiteral("a@b@c.org")));
    CHECK(Validation::isPhone(QStringLiteral("+1 (415) 555-0100")));
    CHECK_FALSE(Validation::isPhone(QStringLiteral("call me")));
    CHECK(*Validation::normalizedWebAddress(QStringLiteral("houstonagainsthate.org/BIT")) ==
          QLatin1String("https://houstonagainsthate.org/BIT"));
    CHECK(*Validation::normalizedWebAddress(QStringLiteral("http://time.com/time100")) ==
          QLatin1String("http://time.com/time100"));
    CHECK_FALSE(Validation::normalizedWebAddress(QStringLiteral("javascript:alert(1)")));
    CHECK_FALSE(Validation::normalizedWebAddress(QStringLiteral("example")));
}

TEST_CASE("Vocabularies accept any case and common synonyms", "[validation]")
{
    CHECK(*Vocabulary::actionStatus().canonical(QStringLiteral("In Progress")) ==
          QLatin1String("doing"));
    CHECK(*Vocabulary::actionStatus().canonical(QStringLiteral("in_progress")) ==
          QLatin1String("doing"));
    CHECK(*Vocabulary::actionStatus().canonical(QStringLiteral("COMPLETED")) ==
          QLatin1String("done"));
    CHECK(*Vocabulary::actionStatus().canonical(QStringLiteral("open")) == QLatin1String("todo"));
    CHECK(*Vocabulary::actionStatus().canonical(QStringLiteral("Canceled")) ==
          QLatin1String("cancelled"));
    CHECK(*Vocabulary::campaignStatus().canonical(QStringLiteral("On hold")) ==
          QLatin1String("paused"));
    CHECK(*Vocabulary::priority().canonical(QStringLiteral("ASAP")) == QLatin1String("urgent"));
    CHECK(*Vocabulary::partnerRole().canonical(QStringLiteral("Signer")) ==
          QLatin1String("signatory"));
    CHECK_FALSE(Vocabulary::priority().canonical(QStringLiteral("whenever")));
    CHECK(Vocabulary::actionStatus().label(QStringLiteral("doing")) ==
          QLatin1String("In progress"));
}

TEST_CASE("Kinds of actions and organizations show in the reader's language and are stored as "
          "one word whatever language they were typed in",
          "[translation]")
{
    TestDatabase t;
    const SeedIds seed = seedBasics(*t.database);
    ActionItemRepository actions(*t.database);
    OrganizationRepository organizations(*t.database);
    auto saveKind = [&](const QString &kind) {
        ActionItem item = *actions.get(seed.action);
        item.kind = kind;
        actions.update(item);
        return actions.get(seed.action)->kind;
    };
    CHECK(Vocabulary::actionKind().label(QStringLiteral("call")) == QLatin1String("Call"));
    CHECK(saveKind(QStringLiteral("Phone call")) == QLatin1String("call"));
    CHECK(saveKind(QStringLiteral("vigil")) == QLatin1String("vigil")); // any other kind stays
    CHECK(Vocabulary::actionKind().label(QStringLiteral("vigil")) == QLatin1String("vigil"));

    QTranslator spanish;
    REQUIRE(spanish.load(QStringLiteral(COALITION_QM_DIR "/coalition_es.qm")));
    QCoreApplication::installTranslator(&spanish);
    const QString llamada = Vocabulary::actionKind().label(QStringLiteral("call"));
    const QString donacion = Vocabulary::actionKind().label(QStringLiteral("donate"));
    const QString gobierno = Vocabulary::organizationKind().label(QStringLiteral("government"));
    // Typed in Spanish in the Spanish window:
    const QString typed = saveKind(QStringLiteral("Capacitación"));
    Organization organization = *organizations.get(seed.organization);
    organization.kind = QStringLiteral("Gobierno");
    organizations.update(organization);
    QCoreApplication::removeTranslator(&spanish);
    CHECK(llamada == QLatin1String("Llamada"));
    CHECK(donacion == QStringLiteral("Donación"));
    CHECK(gobierno == QLatin1String("Gobierno"));
    CHECK(typed == QLatin1String("training"));
    CHECK(organizations.get(seed.organization)->kind == QLatin1String("government"));
    // ... and an English laptop shows them in English.
    CHECK(Vocabulary::organizationKind().label(organizations.get(seed.organization)->kind) ==
          QLatin1String("Government"));
}
