#include "model/interop/csv/CsvExport.h"
#include "model/interop/csv/CsvImport.h"
#include "model/interop/csv/CsvReader.h"
#include "model/interop/csv/CsvWriter.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "model/storage/Statement.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QStringEncoder>

namespace {

QByteArray exported(Database &database, EntityKind table)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, CsvWriter::Options());
    CsvExport::write(database, table, {}, {}, writer);
    return buffer.data();
}

// Replaces the cell under header `column` in the row whose first cell is id.
QByteArray edited(const QByteArray &csv, const QString &id, const QString &column,
                  const QString &value)
{
    CsvReader reader(csv);
    QVector<QStringList> rows;
    while (reader.next())
        rows << reader.row();
    const int index = int(rows.first().indexOf(column));
    for (QStringList &row : rows) {
        if (row.first() == id)
            row[index] = value;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, CsvWriter::Options());
    for (const QStringList &row : rows)
        writer.writeRow(row);
    return buffer.data();
}

QStringList updatedAt(Database &database, const char *table)
{
    Statement query(database.connection(),
                    QStringLiteral("SELECT id || ' ' || updated_at FROM %1 ORDER BY id")
                        .arg(QLatin1String(table)));
    query.exec();
    QStringList rows;
    while (query.next())
        rows << query.text(0);
    return rows;
}

} // namespace

TEST_CASE("Export - edit in a spreadsheet - import is a bulk edit of only what changed", "[import]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const QString hochul = SampleDataLoader::stableId(
        EntityKind::Contact, QStringLiteral("Kathy Hochul/New York State Government"));
    const QByteArray csv =
        edited(exported(*t.database, EntityKind::Contact), hochul, QStringLiteral("role"),
               QStringLiteral("Governor of the State of New York"));
    const QStringList before = updatedAt(*t.database, "contacts");
    t.clock.advanceSeconds(60);

    const auto result =
        CsvImport::run(*t.database, EntityKind::Contact, csv, CsvImport::OnMatch::Update, false);
    CHECK(result.written);
    CHECK(result.updated == 1);
    CHECK(result.unchanged == ContactRepository(*t.database).count() - 1);
    CHECK(result.created == 0);
    CHECK(result.ignoredColumns == QStringList{QStringLiteral("created_at"),
                                               QStringLiteral("updated_at"),
                                               QStringLiteral("updated_by")});
    CHECK(ContactRepository(*t.database).get(hochul)->role ==
          QLatin1String("Governor of the State of New York"));
    const QStringList after = updatedAt(*t.database, "contacts");
    int changedStamps = 0;
    for (int i = 0; i < after.size(); ++i)
        changedStamps += after[i] != before[i];
    CHECK(changedStamps == 1);
}

TEST_CASE("Formulas made inert by the export come back as the original text", "[import]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    ActionItem item;
    item.title = QStringLiteral("=SUM(1,2) is not a formula here");
    item.owner = QStringLiteral("-Policy team");
    item = ActionItemRepository(*t.database).create(item);
    const QByteArray csv = exported(*t.database, EntityKind::ActionItem);
    CHECK(csv.contains("'=SUM(1,2)"));
    const auto result =
        CsvImport::run(*t.database, EntityKind::ActionItem, csv, CsvImport::OnMatch::Update, false);
    CHECK(result.rejected.isEmpty());
    CHECK(result.updated == 0);
    CHECK(ActionItemRepository(*t.database).get(item.id)->title == item.title);
    CHECK(ActionItemRepository(*t.database).get(item.id)->owner == item.owner);
}

TEST_CASE("A Windows-1252 spreadsheet with other headers and semicolons imports", "[import]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const QByteArray csv =
        "Full Name;E-mail;Org;Phone number;Job title\r\n"
        "Jes\xFAs Pe\xF1"
        "a;jesus@example.org;HANA Center;+1 (312) 555-0100;Organizer \x96 youth\r\n"
        ";;;;\r\n"
        "Ana Mar\xED"
        "a;ana@example.org;Nueva Organizaci\xF3"
        "n;;\r\n";
    const auto result =
        CsvImport::run(*t.database, EntityKind::Contact, csv, CsvImport::OnMatch::Update, false);
    CHECK(result.encoding == CsvReader::Encoding::Windows1252);
    CHECK(result.delimiter == QLatin1Char(';'));
    CHECK(result.created == 2); // the blank row is passed over
    CHECK(result.organizationsCreated == 1);
    ListOptions search;
    search.text = QStringLiteral("jesus pena");
    const auto found = ContactRepository(*t.database).list(search);
    REQUIRE(found.size() == 1);
    CHECK(found.first().name == QStringLiteral("Jesús Peña"));
    CHECK(found.first().role == QStringLiteral("Organizer – youth"));
    CHECK(found.first().organizationId ==
          SampleDataLoader::stableId(EntityKind::Organization, QStringLiteral("HANA Center")));
    CHECK(OrganizationRepository(*t.database).findByName(QStringLiteral("Nueva Organización")));
}

TEST_CASE("Rows without an id match by email - phone or website and follow the policy", "[import]")
{
    TestDatabase t;
    Contact known;
    known.name = QStringLiteral("Ana Organizer");
    known.email = QStringLiteral("Ana@Example.org");
    known.phone = QStringLiteral("+1 (312) 555-0100");
    known = ContactRepository(*t.database).create(known);
    Organization hana;
    hana.name = QStringLiteral("HANA Center");
    hana.website = QStringLiteral("https://www.hanacenter.org");
    hana = OrganizationRepository(*t.database).create(hana);

    const QByteArray people = "name,email,phone,role\n"
                              "Ana O.,ana@example.org,,Lead organizer\n"
                              "Ana (cell),,312.555.0100,Volunteer\n";
    auto run = [&](CsvImport::OnMatch policy, bool dryRun = false) {
        return CsvImport::run(*t.database, EntityKind::Contact, people, policy, dryRun);
    };
    const auto skipped = run(CsvImport::OnMatch::Skip);
    CHECK(skipped.skipped == 2);
    CHECK(ContactRepository(*t.database).count() == 1);
    const auto updated = run(CsvImport::OnMatch::Update);
    CHECK(updated.updated == 2);
    CHECK(ContactRepository(*t.database).get(known.id)->role == QLatin1String("Volunteer"));
    CHECK(ContactRepository(*t.database).count() == 1);
    const auto created = run(CsvImport::OnMatch::Create);
    CHECK(created.created == 2);
    CHECK(ContactRepository(*t.database).count() == 3);

    const auto organizations = CsvImport::run(
        *t.database, EntityKind::Organization,
        "Organization,Website,City\nHANA Center Chicago,hanacenter.org/about,Chicago\n",
        CsvImport::OnMatch::Update, false);
    CHECK(organizations.updated == 1);
    CHECK(OrganizationRepository(*t.database).get(hana.id)->region == QLatin1String("Chicago"));
}

TEST_CASE("One bad row rejects the whole file - with line numbers - and writes nothing", "[import]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    Statement(t.database->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec();
    const QByteArray before = databaseBytes(t.path());
    const QByteArray csv = "title,due date,campaign,status\n"
                           "Good row,2021-12-20,Pathway to Citizenship,open\n"
                           "\"Spans\ntwo lines\",2021-02-30,,todo\n"
                           "Unknown campaign,,Nope,todo\n"
                           "Bad status,,,someday\n";
    const auto result =
        CsvImport::run(*t.database, EntityKind::ActionItem, csv, CsvImport::OnMatch::Update, false);
    CHECK_FALSE(result.written);
    REQUIRE(result.rejected.size() == 3);
    CHECK(result.rejected[0].line == 3);
    CHECK(result.rejected[0].message.contains(QLatin1String("2021-02-30")));
    CHECK(result.rejected[1].line == 5);
    CHECK(result.rejected[1].message.contains(QLatin1String("Nope")));
    CHECK(result.rejected[2].line == 6);
    CHECK(result.rejected[2].message.contains(QLatin1String("someday")));
    CHECK(databaseBytes(t.path()) == before);
}

TEST_CASE("A dry run counts exactly what the import would do and writes nothing", "[import]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    Statement(t.database->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec();
    const QByteArray before = databaseBytes(t.path());
    const QByteArray csv = "name,acronym,website\n"
                           "Stop AAPI Hate,SAH,\n"
                           "New Partner,NP,newpartner.example.org\n";
    const auto dry = CsvImport::run(*t.database, EntityKind::Organization, csv,
                                    CsvImport::OnMatch::Update, true);
    CHECK_FALSE(dry.written);
    CHECK(databaseBytes(t.path()) == before);
    const auto real = CsvImport::run(*t.database, EntityKind::Organization, csv,
                                     CsvImport::OnMatch::Update, false);
    CHECK(real.written);
    CHECK(dry.created == real.created);
    CHECK(dry.updated == real.updated);
    // Stop AAPI Hate is in the sample: matched by its name, it is updated, not doubled.
    CHECK(real.created == 1);
    REQUIRE(real.matches.size() == 1);
    CHECK(real.matches.first().line == 2);
    CHECK(real.matches.first().name == QLatin1String("Stop AAPI Hate"));
    CHECK(real.matches.first().by == ImportMatcher::Match::By::Name);
    CHECK_THROWS_WITH(CsvImport::run(*t.database, EntityKind::Organization,
                                     "acronym,website\nX,x.org\n", CsvImport::OnMatch::Update,
                                     true),
                      Catch::Contains("No column gives the name"));
}

TEST_CASE("A spreadsheet with Spanish headers imports - the catalogue's synonyms in every "
          "shipped language",
          "[import]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const QByteArray contacts = "Nombre completo,Correo electrónico,Teléfono,Organización,Cargo,"
                                "Notas\r\n"
                                "Rosa Campos,rosa@example.org,+1 312 555 0101,HANA Center,"
                                "Organizadora,Habla coreano\r\n";
    const auto people = CsvImport::run(*t.database, EntityKind::Contact, contacts,
                                       CsvImport::OnMatch::Update, false);
    REQUIRE(people.rejected.isEmpty());
    CHECK(people.ignoredColumns.isEmpty());
    CHECK(people.created == 1);
    ListOptions byName;
    byName.text = QStringLiteral("Rosa Campos");
    const auto rosa = ContactRepository(*t.database).list(byName);
    REQUIRE(rosa.size() == 1);
    CHECK(rosa.first().email == QLatin1String("rosa@example.org"));
    CHECK(rosa.first().role == QLatin1String("Organizadora"));
    CHECK(rosa.first().notes == QLatin1String("Habla coreano"));
    CHECK_FALSE(rosa.first().organizationId.isEmpty());

    const QByteArray actions = "Tarea,Responsable,Fecha límite,Prioridad,Estado,Enlace\r\n"
                               "Llamar al senador,Ana,2021-12-20,high,todo,https://example.org\r\n";
    const auto items = CsvImport::run(*t.database, EntityKind::ActionItem, actions,
                                      CsvImport::OnMatch::Update, false);
    REQUIRE(items.rejected.isEmpty());
    CHECK(items.ignoredColumns.isEmpty());
    CHECK(items.created == 1);
}

TEST_CASE("A coalition's partner list kept in a spreadsheet imports - campaigns and partnerships "
          "with the same matching and all-or-nothing rules",
          "[csv]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    // Every kind exports, its id first; partnerships as campaign, organization, role.
    for (EntityKind kind : {EntityKind::ActionItem, EntityKind::Organization, EntityKind::Contact,
                            EntityKind::Campaign, EntityKind::CampaignPartner})
        CHECK(CsvExport::columnNames(kind).first() == QLatin1String("id"));
    CHECK(CsvExport::columnNames(EntityKind::CampaignPartner).mid(1, 3) ==
          QStringList{QStringLiteral("campaign"), QStringLiteral("organization"),
                      QStringLiteral("role")});

    const QByteArray campaigns = "Name,Status,Goal or ask\r\n"
                                 "Language Access Now,active,Interpreters at every agency\r\n"
                                 "new way forward act,,\r\n"; // already there
    auto result = CsvImport::run(*t.database, EntityKind::Campaign, campaigns,
                                 CsvImport::OnMatch::Update, false);
    REQUIRE(result.rejected.isEmpty());
    CHECK(result.created == 1);
    REQUIRE(result.matches.size() == 1);
    CHECK(result.matches.first().name == QLatin1String("New Way Forward Act"));

    const QByteArray partners = "Campaign,Organization,Role,Commitment\r\n"
                                "Language Access Now,HANA Center,lead,Convenes the calls\r\n"
                                "Language Access Now,Make the Road New Jersey,partner,\r\n"
                                "Pathway to Citizenship,HANA Center,signatory,\r\n";
    const int before = CampaignPartnerRepository(*t.database).count();
    result = CsvImport::run(*t.database, EntityKind::CampaignPartner, partners,
                            CsvImport::OnMatch::Update, false);
    REQUIRE(result.rejected.isEmpty());
    CHECK(result.created == 2);
    CHECK(result.organizationsCreated == 1); // Make the Road New Jersey is new
    CHECK(result.matches.size() == 1);       // HANA Center in Pathway to Citizenship already
    CHECK(CampaignPartnerRepository(*t.database).count() == before + 2);

    // A partnership naming a campaign that is not there rejects the whole file.
    const QByteArray snapshot = databaseBytes(t.path());
    const QByteArray unknown = "Campaign,Organization,Role\r\n"
                               "Language Access Now,VietLead,partner\r\n"
                               "No Such Campaign,VietLead,partner\r\n";
    result = CsvImport::run(*t.database, EntityKind::CampaignPartner, unknown,
                            CsvImport::OnMatch::Update, false);
    REQUIRE(result.rejected.size() == 1);
    CHECK(result.rejected.first().line == 3);
    CHECK(result.rejected.first().message.contains(QLatin1String("No Such Campaign")));
    CHECK_FALSE(result.written);
    CHECK(databaseBytes(t.path()) == snapshot);
    CHECK_THROWS_WITH(CsvImport::run(*t.database, EntityKind::CampaignPartner,
                                     "Campaign,Role\nX,lead\n", CsvImport::OnMatch::Update, true),
                      Catch::Contains("No column gives the organization"));
}

TEST_CASE("An import in which only the id column is recognised is refused and writes nothing",
          "[csv]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const QString id = ActionItemRepository(*t.database).list(ActionItemFilter()).first().id;
    const QByteArray csv = "id,Titel,Kampagne\n" + id.toUtf8() + ",Anrufen,Irgendwas\n";
    const QByteArray before = databaseBytes(t.path());
    CHECK_THROWS_WITH(
        CsvImport::run(*t.database, EntityKind::ActionItem, csv, CsvImport::OnMatch::Update, false),
        Catch::Contains("No column but the id was recognised") &&
            Catch::Contains("Titel, Kampagne") && Catch::Contains("title"));
    CHECK(databaseBytes(t.path()) == before);
}

TEST_CASE("Dates as a spreadsheet writes them import - the day/month order read from the whole "
          "file or asked for",
          "[csv]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    ActionItemRepository actions(*t.database);
    auto dueOf = [&](const QString &title) {
        ActionItemFilter filter;
        filter.text = title;
        const auto found = actions.list(filter);
        REQUIRE(found.size() == 1);
        return found.first().dueDate;
    };

    // As US Excel saves it: refused as "not a date" before.
    const QByteArray us = "Title,Due date\nCall the mayor,12/21/2021\nSign the letter,1/5/2022 "
                          "0:00\n";
    auto result =
        CsvImport::run(*t.database, EntityKind::ActionItem, us, CsvImport::OnMatch::Update, false);
    REQUIRE(result.rejected.isEmpty());
    CHECK(result.created == 2);
    CHECK(result.dateOrder == SpreadsheetDates::Order::MonthFirst);
    CHECK(dueOf(QStringLiteral("Call the mayor")) == QDate(2021, 12, 21));
    CHECK(dueOf(QStringLiteral("Sign the letter")) == QDate(2022, 1, 5));

    // Every date could be either: nothing is written until the person says which.
    const QByteArray ambiguous =
        "Title;Due date\nPhone bank for Tuesday;03/04/2022\nSpring potluck;05/06/2022\n";
    const QByteArray before = databaseBytes(t.path());
    result = CsvImport::run(*t.database, EntityKind::ActionItem, ambiguous,
                            CsvImport::OnMatch::Update, false);
    CHECK(result.dateOrderNeeded);
    CHECK(result.ambiguousDate == QLatin1String("03/04/2022"));
    CHECK_FALSE(result.written);
    REQUIRE(result.rejected.size() == 1);
    CHECK(result.rejected.first().message.contains(QLatin1String("03/04/2022")));
    CHECK(databaseBytes(t.path()) == before);
    result = CsvImport::run(*t.database, EntityKind::ActionItem, ambiguous,
                            CsvImport::OnMatch::Update, false, SpreadsheetDates::Order::DayFirst);
    REQUIRE(result.rejected.isEmpty());
    CHECK(dueOf(QStringLiteral("Phone bank for Tuesday")) == QDate(2022, 4, 3));
    CHECK(dueOf(QStringLiteral("Spring potluck")) == QDate(2022, 6, 5));

    // A file that writes dates both ways is refused whole.
    const QByteArray mixed = "Title,Due date\nA,21/12/2021\nB,12/21/2021\n";
    const QByteArray unmixed = databaseBytes(t.path());
    CHECK_THROWS_WITH(CsvImport::run(*t.database, EntityKind::ActionItem, mixed,
                                     CsvImport::OnMatch::Update, false),
                      Catch::Contains("line 2: 21/12/2021") &&
                          Catch::Contains("line 3: 12/21/2021"));
    CHECK(databaseBytes(t.path()) == unmixed);
}

TEST_CASE("Excel's Unicode text (UTF-16 with tabs) imports instead of failing on NUL bytes",
          "[csv]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const QString text = QStringLiteral("Name\tOrganization\tEmail\r\n"
                                        "Rosa Peña\tHANA Center\trosa.pena@example.org\r\n");
    QStringEncoder excel(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray data = excel.encode(text);
    const auto result =
        CsvImport::run(*t.database, EntityKind::Contact, data, CsvImport::OnMatch::Update, false);
    REQUIRE(result.rejected.isEmpty());
    CHECK(result.encoding == CsvReader::Encoding::Utf16LittleEndian);
    CHECK(result.created == 1);
    ListOptions byName;
    byName.text = QStringLiteral("Rosa Peña");
    const auto rosa = ContactRepository(*t.database).list(byName);
    REQUIRE(rosa.size() == 1);
    CHECK(rosa.first().email == QLatin1String("rosa.pena@example.org"));
}

TEST_CASE("Importing the same files twice doubles no one - names match folded within the "
          "organization",
          "[import]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const int contactsBefore = ContactRepository(*t.database).count();
    const int actionsBefore = ActionItemRepository(*t.database).count();
    // The same person twice in one file, once with other case, accents and spacing; a
    // namesake at another organization is someone else.
    const QByteArray people = "Name,Organization,Role\n"
                              "Afshana Rahman,HANA Center,Organizer\n"
                              "  AFSHANA   Rahmán ,HANA Center,\n"
                              "Afshana Rahman,VietLead,Volunteer\n";
    auto result =
        CsvImport::run(*t.database, EntityKind::Contact, people, CsvImport::OnMatch::Update, false);
    REQUIRE(result.rejected.isEmpty());
    CHECK(result.created == 2);
    CHECK(result.updated == 0); // the name as first written stays
    REQUIRE(result.matches.size() == 1);
    CHECK(result.matches.first().line == 3);
    CHECK(result.matches.first().name == QLatin1String("Afshana Rahman"));
    CHECK(ContactRepository(*t.database).count() == contactsBefore + 2);
    // Again, as organizers do: nothing new.
    result =
        CsvImport::run(*t.database, EntityKind::Contact, people, CsvImport::OnMatch::Update, false);
    CHECK(result.created == 0);
    CHECK(result.matches.size() == 3);
    CHECK(ContactRepository(*t.database).count() == contactsBefore + 2);

    const QByteArray actions = "Title,Campaign,Due date\n"
                               "Call the governor,Pathway to Citizenship,2022-01-10\n"
                               "Call the governor,Pathway to Citizenship,2022-01-17\n"
                               "Call the governor,,2022-01-10\n";
    result = CsvImport::run(*t.database, EntityKind::ActionItem, actions,
                            CsvImport::OnMatch::Update, false);
    CHECK(result.created == 3); // another date or campaign is another item
    result = CsvImport::run(*t.database, EntityKind::ActionItem, actions,
                            CsvImport::OnMatch::Update, false);
    CHECK(result.created == 0);
    CHECK(result.unchanged == 3);
    CHECK(result.matches.size() == 3);
    CHECK(ActionItemRepository(*t.database).count() == actionsBefore + 3);
    // Told to add matches as new records, it does.
    result = CsvImport::run(*t.database, EntityKind::ActionItem, actions,
                            CsvImport::OnMatch::Create, false);
    CHECK(result.created == 3);
}
