#include "model/records/ActionItemRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/storage/SearchIndex.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

namespace {

QStringList titles(const QVector<SearchHit> &hits)
{
    QStringList result;
    for (const SearchHit &hit : hits)
        result << hit.title;
    return result;
}

} // namespace

TEST_CASE("Search finds records by whole word and by prefix", "[search]")
{
    TestDatabase t;
    seedBasics(*t.database);
    SearchIndex index(*t.database);
    CHECK(titles(index.search(QStringLiteral("hochul"))) ==
          QStringList{QStringLiteral("Call Governor Hochul")});
    CHECK(titles(index.search(QStringLiteral("Gov Hoch"))) ==
          QStringList{QStringLiteral("Call Governor Hochul")});
    CHECK(titles(index.search(QStringLiteral("desis"))) ==
          QStringList{QStringLiteral("DRUM – Desis Rising Up & Moving")});
    CHECK(index.search(QStringLiteral("excluded workers")).first().kind == EntityKind::Campaign);
    CHECK(index.search(QStringLiteral("nothing-like-this")).isEmpty());
}

TEST_CASE("Search stays in step after updates and deletes", "[search]")
{
    TestDatabase t;
    const SeedIds ids = seedBasics(*t.database);
    ActionItemRepository actions(*t.database);
    auto item = *actions.get(ids.action);
    item.title = QStringLiteral("Attend the vigil");
    actions.update(item);
    SearchIndex index(*t.database);
    CHECK(index.search(QStringLiteral("hochul")).isEmpty());
    CHECK(titles(index.search(QStringLiteral("vigil"))) ==
          QStringList{QStringLiteral("Attend the vigil")});
    actions.remove(ids.action);
    CHECK(index.search(QStringLiteral("vigil")).isEmpty());
}

TEST_CASE("Search text is never FTS5 syntax and accents are optional", "[search]")
{
    TestDatabase t;
    Contact c;
    c.name = QStringLiteral("Jesús García");
    ContactRepository(*t.database).create(c);
    SearchIndex index(*t.database);
    for (const char *hostile : {"\"", "AND", "NEAR(", "*", "-", "garc\" OR \"x", "a:b", "(((", "^"})
        CHECK_NOTHROW(index.search(QString::fromUtf8(hostile)));
    CHECK(titles(index.search(QStringLiteral("jesus"))) ==
          QStringList{QStringLiteral("Jesús García")});
    CHECK(titles(index.search(QStringLiteral("GARC"))) ==
          QStringList{QStringLiteral("Jesús García")});
    CHECK(index.search(QStringLiteral("   ")).isEmpty());
}

TEST_CASE("Search results come grouped by kind", "[search]")
{
    TestDatabase t;
    const SeedIds ids = seedBasics(*t.database);
    Contact afshana;
    afshana.name = QStringLiteral("Afshana");
    afshana.role = QStringLiteral("DRUM leader");
    afshana.organizationId = ids.organization;
    ContactRepository(*t.database).create(afshana);
    const auto hits = SearchIndex(*t.database).search(QStringLiteral("drum"));
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].kind == EntityKind::Organization);
    CHECK(hits[1].kind == EntityKind::Contact);
    CHECK(hits[1].detail == QLatin1String("DRUM leader"));
}
