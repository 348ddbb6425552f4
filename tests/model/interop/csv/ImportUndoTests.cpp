// An import as one step that can be taken back and done again (RecordChanges), and a
// column mapping the person edits (CsvImport::Options::columnFields).
#include "model/domain/CoalitionError.h"
#include "model/interop/csv/CsvImport.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/records/RecordChanges.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

TEST_CASE("An import noted in RecordChanges is undone to the records before it and redone to "
          "the same records - ids included",
          "[csv][undo]")
{
    TestDatabase t;
    Database &db = *t.database;
    SampleDataLoader::load(db);
    const QStringList before = recordRows(db);
    // A new person at a new organization, a new person at a known one, and a sample
    // contact matched by name whose role the file fills in.
    const QByteArray file = "Name,Org,Role\n"
                            "Ana Organizer,Flushing Tenants Union,Volunteer lead\n"
                            "Bo Chen,HANA Center,Phone bank\n"
                            "Cynthia Choi,Chinese for Affirmative Action,Co-director\n";
    RecordChanges changes;
    CsvImport::Options options;
    options.changes = &changes;
    const CsvImport::Result result = CsvImport::run(db, EntityKind::Contact, file, options);
    REQUIRE(result.written);
    CHECK(result.created == 2);
    CHECK(result.updated == 1);
    CHECK(changes.createdCount() == 3); // two people and the organization one of them named
    CHECK(changes.changedCount() == 1);
    const QStringList imported = recordRows(db);
    CHECK(imported != before);

    changes.undo(db);
    CHECK(recordRows(db) == before);
    CHECK_FALSE(OrganizationRepository(db).findByName(QStringLiteral("Flushing Tenants Union")));
    changes.redo(db);
    CHECK(recordRows(db) == imported);
    changes.undo(db);
    CHECK(recordRows(db) == before);
}

TEST_CASE("A column mapped by the person imports where the header alone would not - a column "
          "left out is not read",
          "[csv]")
{
    TestDatabase t;
    Database &db = *t.database;
    const QByteArray file = "Who,Cell,Email\nAna Organizer,+1 718 555 0100,ana@example.org\n";
    // "Who" names no field: without a choice the import stops at the header.
    CHECK_THROWS_AS(CsvImport::run(db, EntityKind::Contact, file, CsvImport::Options{}),
                    CoalitionError);
    const CsvImport::Result inspected =
        CsvImport::inspect(EntityKind::Contact, file, db.catalogue());
    CHECK(inspected.headers ==
          QStringList{QStringLiteral("Who"), QStringLiteral("Cell"), QStringLiteral("Email")});
    CHECK(inspected.columnFields ==
          QStringList{QString(), QStringLiteral("phone"), QStringLiteral("email")});
    REQUIRE(inspected.firstRows.size() == 1);
    CHECK(inspected.firstRows.first().first() == QLatin1String("Ana Organizer"));

    CsvImport::Options options;
    options.columnFields = {{0, QStringLiteral("name")}, {2, QString()}};
    const CsvImport::Result result = CsvImport::run(db, EntityKind::Contact, file, options);
    REQUIRE(result.written);
    const QVector<Contact> people = ContactRepository(db).list();
    REQUIRE(people.size() == 1);
    CHECK(people.first().name == QLatin1String("Ana Organizer"));
    CHECK(people.first().phone == QLatin1String("+1 718 555 0100"));
    CHECK(people.first().email.isEmpty()); // left out

    options.columnFields = {{0, QStringLiteral("birthday")}};
    CHECK_THROWS_WITH(CsvImport::run(db, EntityKind::Contact, file, options),
                      Catch::Contains("no field \"birthday\""));
}
