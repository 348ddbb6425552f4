// A field added to an entity needs a line in the field catalogue and a migration step,
// nothing more: these tests add one on a scratch schema, here and nowhere else, and
// follow it through stamping, sync, CSV export and CSV import.
#include "model/domain/FieldCatalogue.h"
#include "model/interop/csv/CsvExport.h"
#include "model/interop/csv/CsvImport.h"
#include "model/interop/csv/CsvReader.h"
#include "model/interop/csv/CsvWriter.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/storage/Statement.h"
#include "model/storage/schema/Schema.h"
#include "model/sync/FeedSync.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QBuffer>

namespace {

const QString meetingLink = QStringLiteral("meeting_link");

// Coalition's catalogue with one field more: the video call of an action item.
const FieldCatalogue &scratchCatalogue()
{
    static const FieldCatalogue catalogue = [] {
        QVector<EntitySpec> entities = FieldCatalogue::standard().entities();
        for (EntitySpec &entity : entities) {
            if (entity.kind != EntityKind::ActionItem)
                continue;
            FieldSpec field;
            field.column = meetingLink;
            field.kind = FieldKind::WebAddress;
            field.label = "Meeting link";
            field.csvName = meetingLink;
            field.csvSynonyms = {QStringLiteral("videocall"), QStringLiteral("enlacedereunión")};
            entity.fields.append(field);
        }
        return FieldCatalogue(entities);
    }();
    return catalogue;
}

// Coalition's migrations and one step more that adds the field's column.
const Migrator &scratchMigrator()
{
    static const Migrator migrator = [] {
        std::vector<MigrationStep> steps = Schema::steps();
        steps.push_back({Schema::currentVersion() + 1, QStringLiteral("action items: meeting link"),
                         [](const QSqlDatabase &db) {
                             Statement(db, QStringLiteral("ALTER TABLE action_items ADD COLUMN "
                                                          "meeting_link TEXT NOT NULL DEFAULT ''"))
                                 .exec();
                         }});
        return Migrator(steps, Schema::applicationId);
    }();
    return migrator;
}

std::unique_ptr<Database> openScratch(TestDatabase &t, const QString &name, const QString &author)
{
    auto database = Database::open(t.file(name), t.clock, Database::OpenMode::CreateIfMissing,
                                   scratchMigrator(), scratchCatalogue());
    database->setAuthor(author);
    return database;
}

QVariant stampedValue(Database &database, const QString &id)
{
    return Statement(database.connection(),
                     QStringLiteral("SELECT value FROM field_stamps WHERE entity = 'action_items' "
                                    "AND record_id = :id AND field = 'meeting_link'"))
        .bind(QStringLiteral(":id"), id)
        .scalar();
}

QVector<QStringList> exportedActions(Database &database)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, CsvWriter::Options());
    CsvExport::write(database, EntityKind::ActionItem, {}, {}, writer);
    CsvReader reader(buffer.data());
    QVector<QStringList> rows;
    while (reader.next())
        rows << reader.row();
    return rows;
}

void sync(Database &database, const QString &feed)
{
    FeedSync::Options options;
    options.noEncryption = true; // tests of encryption give a passphrase
    options.feed = feed;
    FeedSync::sync(database, options);
}

} // namespace

TEST_CASE("A field added in a new migration step is stamped and synced between two databases",
          "[catalogue][sync]")
{
    TestDatabase t;
    auto ana = openScratch(t, QStringLiteral("ana.sqlite"), QStringLiteral("Ana"));
    auto bo = openScratch(t, QStringLiteral("bo.sqlite"), QStringLiteral("Bo"));
    REQUIRE(Schema::syncedFields(QStringLiteral("action_items"), ana->catalogue())
                .contains(meetingLink));
    CHECK_FALSE(Schema::syncedFields(QStringLiteral("action_items")).contains(meetingLink));

    ActionItem call;
    call.title = QStringLiteral("Coalition call on the Excluded Workers Fund");
    call.extra.insert(meetingLink, QStringLiteral("https://meet.example.org/ewf"));
    call = ActionItemRepository(*ana).create(call);
    CHECK(stampedValue(*ana, call.id).toString() == QLatin1String("https://meet.example.org/ewf"));

    const QString feed = t.file(QStringLiteral("team.feed"));
    sync(*ana, feed);
    sync(*bo, feed);
    const auto arrived = ActionItemRepository(*bo).get(call.id);
    REQUIRE(arrived);
    CHECK(arrived->extra.value(meetingLink).toString() ==
          QLatin1String("https://meet.example.org/ewf"));

    // An edit of the field alone is a change like any other: stamped, synced back.
    t.clock.advanceSeconds(60);
    auto edited = *arrived;
    edited.extra.insert(meetingLink, QStringLiteral("https://meet.example.org/ewf-2"));
    QSet<QString> changed;
    ActionItemRepository(*bo).update(edited, &changed);
    CHECK(changed == QSet<QString>{meetingLink});
    sync(*bo, feed);
    sync(*ana, feed);
    CHECK(ActionItemRepository(*ana).get(call.id)->extra.value(meetingLink).toString() ==
          QLatin1String("https://meet.example.org/ewf-2"));
}

TEST_CASE("A field added in a new migration step is exported and imported as a CSV column",
          "[catalogue][csv]")
{
    TestDatabase t;
    auto database = openScratch(t, QStringLiteral("x.sqlite"), QStringLiteral("Ana"));
    ActionItem call;
    call.title = QStringLiteral("Phone bank");
    call.extra.insert(meetingLink, QStringLiteral("https://meet.example.org/bank"));
    call = ActionItemRepository(*database).create(call);

    const QVector<QStringList> rows = exportedActions(*database);
    REQUIRE(rows.size() == 2);
    const int column = int(rows.first().indexOf(meetingLink));
    REQUIRE(column >= 0);
    CHECK(rows.first().last() == QLatin1String("updated_by")); // before the record's times
    CHECK(rows.at(1).at(column) == QLatin1String("https://meet.example.org/bank"));

    // A spreadsheet's column, under the header the catalogue accepts, updates the field.
    const QByteArray csv =
        "id,Video call\r\n" + call.id.toUtf8() + ",https://meet.example.org/bank-2\r\n";
    const auto result =
        CsvImport::run(*database, EntityKind::ActionItem, csv, CsvImport::OnMatch::Update, false);
    REQUIRE(result.rejected.isEmpty());
    CHECK(result.ignoredColumns.isEmpty());
    CHECK(result.updated == 1);
    CHECK(ActionItemRepository(*database).get(call.id)->extra.value(meetingLink).toString() ==
          QLatin1String("https://meet.example.org/bank-2"));
    CHECK(stampedValue(*database, call.id).toString() ==
          QLatin1String("https://meet.example.org/bank-2"));
}

namespace {

QStringList catalogueColumns(EntityKind kind)
{
    QStringList columns;
    for (const FieldSpec &field : FieldCatalogue::standard().entity(kind).fields)
        columns << field.column;
    columns.sort();
    return columns;
}

// The columns a record type names that the catalogue lacks: such a column would be
// stored but never synced, exported or imported.
template<class Repo> QStringList unknownToCatalogue(Database &database, EntityKind kind)
{
    QStringList unknown;
    for (const QString &column : Repo(database).ownColumns()) {
        if (!catalogueColumns(kind).contains(column))
            unknown << column;
    }
    return unknown;
}

} // namespace

TEST_CASE("Every column a record type names is in the catalogue - CSV exports carry each field",
          "[catalogue]")
{
    TestDatabase t;
    Database &database = *t.database;
    // (The catalogue may have more: those travel in Record::extra.)
    CHECK(unknownToCatalogue<OrganizationRepository>(database, EntityKind::Organization).isEmpty());
    CHECK(unknownToCatalogue<ContactRepository>(database, EntityKind::Contact).isEmpty());
    CHECK(unknownToCatalogue<CampaignRepository>(database, EntityKind::Campaign).isEmpty());
    CHECK(unknownToCatalogue<CampaignPartnerRepository>(database, EntityKind::CampaignPartner)
              .isEmpty());
    CHECK(unknownToCatalogue<ActionItemRepository>(database, EntityKind::ActionItem).isEmpty());

    // Each field is a column of its table's CSV export, under the catalogue's CSV name,
    // and the export has no column the catalogue does not know (besides id and times).
    const QVector<QPair<EntityKind, EntityKind>> tables = {
        {EntityKind::Organization, EntityKind::Organization},
        {EntityKind::Contact, EntityKind::Contact},
        {EntityKind::Campaign, EntityKind::Campaign},
        {EntityKind::ActionItem, EntityKind::ActionItem}};
    for (const auto &[table, kind] : tables) {
        QStringList expected = {QStringLiteral("id"), QStringLiteral("created_at"),
                                QStringLiteral("updated_at"), QStringLiteral("updated_by")};
        for (const FieldSpec &field : FieldCatalogue::standard().entity(kind).fields)
            expected << field.csvName;
        expected.sort();
        QStringList exported = CsvExport::columnNames(table);
        exported.sort();
        INFO(tableName(kind).toStdString());
        CHECK(exported == expected);
    }
}
