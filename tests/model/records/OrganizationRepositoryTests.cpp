#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

TEST_CASE("Organizations round-trip with Unicode text and empty optional fields", "[organizations]")
{
    TestDatabase t;
    OrganizationRepository repository(*t.database);
    Organization full;
    full.name = QStringLiteral("DRUM – Desis Rising Up & Moving");
    full.acronym = QStringLiteral("DRUM");
    full.kind = QStringLiteral("Nonprofit");
    full.region = QStringLiteral("New York");
    full.website = QStringLiteral("drumnyc.org");
    full.email = QStringLiteral("info@example.org");
    full.phone = QStringLiteral("+1 (718) 555-0100");
    full.description = QStringLiteral(
        "Organizing “excluded workers” — ñ, 漢字, हिन्दी, 🙌🏽");
    full.tags = {QStringLiteral("workers"), QStringLiteral(" Workers "), QStringLiteral("NY")};
    const Organization created = repository.create(full);

    const auto stored = repository.get(created.id);
    REQUIRE(stored);
    CHECK(stored->name == full.name);
    CHECK(stored->kind == QLatin1String("nonprofit"));
    CHECK(stored->website == QLatin1String("https://drumnyc.org"));
    CHECK(stored->description == full.description);
    CHECK(stored->tags == QStringList{QStringLiteral("workers"), QStringLiteral("NY")});
    CHECK(stored->createdAt == QLatin1String("2021-12-15T15:00:00.000Z"));
    CHECK(stored->updatedBy == QLatin1String("Tester"));
    CHECK(stored->id.size() == 36);

    Organization minimal;
    minimal.name = QStringLiteral("Adhikaar");
    const auto bare = repository.get(repository.create(minimal).id);
    REQUIRE(bare);
    CHECK(bare->acronym.isEmpty());
    CHECK(bare->website.isEmpty());
    CHECK(bare->tags.isEmpty());
}

TEST_CASE("An update writes only what differs and records who and when", "[organizations]")
{
    TestDatabase t;
    OrganizationRepository repository(*t.database);
    Organization organization;
    organization.name = QStringLiteral("HANA Center");
    organization = repository.create(organization);

    t.clock.advanceSeconds(60);
    t.database->setAuthor(QStringLiteral("Ana"));
    organization.region = QStringLiteral("Chicago");
    QSet<QString> changed;
    const Organization updated = repository.update(organization, &changed);
    CHECK(changed == QSet<QString>{QStringLiteral("region")});
    CHECK(updated.updatedAt == QLatin1String("2021-12-15T15:01:00.000Z"));
    CHECK(updated.createdAt == QLatin1String("2021-12-15T15:00:00.000Z"));
    CHECK(repository.get(organization.id)->updatedBy == QLatin1String("Ana"));

    t.clock.advanceSeconds(60);
    repository.update(updated, &changed);
    CHECK(changed.isEmpty());
    CHECK(repository.get(organization.id)->updatedAt == QLatin1String("2021-12-15T15:01:00.000Z"));
}

TEST_CASE("Organizations list by kind and text - sorted either way", "[organizations]")
{
    TestDatabase t;
    OrganizationRepository repository(*t.database);
    for (const auto &[name, kind] : {std::pair{"Vigilant Love", "collective"},
                                     std::pair{"Asian American Leaders Table", "network"},
                                     std::pair{"Southeast Asian Freedom Network", "network"}}) {
        Organization o;
        o.name = QString::fromUtf8(name);
        o.kind = QString::fromUtf8(kind);
        repository.create(o);
    }
    auto namesOf = [](const QVector<Organization> &list) {
        QStringList names;
        for (const Organization &o : list)
            names << o.name;
        return names;
    };
    CHECK(namesOf(repository.list()) ==
          QStringList{QStringLiteral("Asian American Leaders Table"),
                      QStringLiteral("Southeast Asian Freedom Network"),
                      QStringLiteral("Vigilant Love")});
    ListOptions descending;
    descending.order = Qt::DescendingOrder;
    CHECK(namesOf(repository.list(descending, QStringLiteral("Network"))) ==
          QStringList{QStringLiteral("Southeast Asian Freedom Network"),
                      QStringLiteral("Asian American Leaders Table")});
    ListOptions search;
    search.text = QStringLiteral("asia");
    CHECK(namesOf(repository.list(search)).size() == 2);
    ListOptions page;
    page.limit = 1;
    page.offset = 1;
    CHECK(namesOf(repository.list(page)) ==
          QStringList{QStringLiteral("Southeast Asian Freedom Network")});
    CHECK(repository.findByName(QStringLiteral("vigilant love"))->kind ==
          QLatin1String("collective"));
}

TEST_CASE("Deleting an organization keeps its people - without an organization", "[organizations]")
{
    TestDatabase t;
    OrganizationRepository organizations(*t.database);
    ContactRepository contacts(*t.database);
    Organization o;
    o.name = QStringLiteral("Chinese for Affirmative Action");
    o = organizations.create(o);
    Contact c;
    c.name = QStringLiteral("Cynthia Choi");
    c.organizationId = o.id;
    c = contacts.create(c);

    CHECK(organizations.remove(o.id));
    CHECK_FALSE(organizations.get(o.id));
    REQUIRE(contacts.get(c.id));
    CHECK(contacts.get(c.id)->organizationId.isEmpty());
    CHECK_FALSE(organizations.remove(o.id));
}
