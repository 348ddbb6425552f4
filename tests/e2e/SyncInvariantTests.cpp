// Merged states a per-field merge can produce that the tables used to refuse: a
// partnership made twice, an end moved before its start, a word of a newer Coalition
// (issue: sync that cannot wedge). Each sync here must succeed and the laptops agree.
#include "model/domain/ValidationError.h"
#include "model/domain/Vocabulary.h"
#include "model/feed/ConflictLog.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "model/storage/StampStore.h"
#include "model/sync/FeedSync.h"
#include "tests/e2e/SyncTestSupport.h"
#include "tests/support/FeedContent.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/FixedClock.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QSet>

namespace {

const QString excludedWorkers = QStringLiteral("Fund Excluded Workers");
const QString trainings = QStringLiteral("Bystander Intervention Trainings");

// One laptop's edits: HANA Center made a partner of the excluded workers fund in role,
// and one date of the trainings campaign moved.
void addPartnerAndMoveDate(Database &db, const QString &role, bool moveStart)
{
    CampaignPartner partner;
    partner.campaignId = CampaignRepository(db).findByIdOrName(excludedWorkers)->id;
    partner.organizationId =
        OrganizationRepository(db).findByName(QStringLiteral("HANA Center"))->id;
    partner.role = role;
    CampaignPartnerRepository(db).create(partner);
    Campaign campaign = *CampaignRepository(db).findByIdOrName(trainings);
    if (moveStart)
        campaign.startDate = QDate(2021, 9, 1); // was July 1st
    else
        campaign.endDate = QDate(2021, 8, 15); // was September 30th
    CampaignRepository(db).update(campaign);
}

QSet<QString> conflictFields(Database &db)
{
    QSet<QString> fields;
    for (const ConflictLog::Entry &entry : ConflictLog(db).conflicts())
        fields << entry.entity + QLatin1Char('.') + entry.field;
    return fields;
}

// The sample in t's database, synced to feed; then another laptop's change of one value
// (rewriteFeedValue). Returns the changed record's id.
QString sampleFeedRewritten(TestDatabase &t, const QString &feed, const QString &entity,
                            const QString &field, const QString &value)
{
    SampleDataLoader::load(*t.database);
    t.close();
    REQUIRE(runSync(t.path(), feed).exitCode == 0);
    const QString id = rewriteFeedValue(feed, entity, field, value);
    REQUIRE_FALSE(id.isEmpty());
    return id;
}

} // namespace

TEST_CASE("Two laptops that add the same partner to a campaign and move its dates apart both "
          "sync - one partnership stays - the clash listed in both",
          "[sync]")
{
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString feed = t.file(QStringLiteral("feed.txt"));
    edit(a, t.clock, QStringLiteral("Ana"),
         [](Database &db) { addPartnerAndMoveDate(db, QStringLiteral("lead"), true); });
    t.clock.advanceSeconds(60);
    edit(b, t.clock, QStringLiteral("Bo"),
         [](Database &db) { addPartnerAndMoveDate(db, QStringLiteral("signatory"), false); });

    for (const QString &laptop : {a, b, a, b}) {
        const ProcessRun run = runSync(laptop, feed);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
    CHECK(dump(a, t.clock) == dump(b, t.clock));
    for (const QString &path : {a, b}) {
        auto db = Database::open(path, t.clock);
        const Campaign fund = *CampaignRepository(*db).findByIdOrName(excludedWorkers);
        const QString hana =
            OrganizationRepository(*db).findByName(QStringLiteral("HANA Center"))->id;
        int partnerships = 0;
        for (const CampaignPartner &partner : CampaignPartnerRepository(*db).forCampaign(fund.id))
            partnerships += partner.organizationId == hana ? 1 : 0;
        CHECK(partnerships == 1);
        // Both edits stand; the person sees the end before the start in the conflicts.
        const Campaign moved = *CampaignRepository(*db).findByIdOrName(trainings);
        CHECK(moved.startDate == QDate(2021, 9, 1));
        CHECK(moved.endDate == QDate(2021, 8, 15));
        const QSet<QString> fields = conflictFields(*db);
        INFO(QStringList(fields.values()).join(QLatin1Char(' ')).toStdString());
        CHECK(fields.contains(QStringLiteral("campaign_partners.role")));
        CHECK((fields.contains(QStringLiteral("campaigns.start_date")) ||
               fields.contains(QStringLiteral("campaigns.end_date"))));
    }
    // A further sync changes nothing.
    const QByteArray settled = fileBytes(feed);
    REQUIRE(runSync(a, feed).exitCode == 0);
    REQUIRE(runSync(b, feed).exitCode == 0);
    CHECK(fileBytes(feed) == settled);
}

TEST_CASE("A partner role of a newer Coalition is stored - shown as written and synced back "
          "unchanged",
          "[sync]")
{
    TestDatabase t;
    const QString feed = t.file(QStringLiteral("feed.txt"));
    // Another laptop's newer Coalition wrote a role this one does not know.
    const QString partner = sampleFeedRewritten(t, feed, QStringLiteral("campaign_partners"),
                                                QStringLiteral("role"), QStringLiteral("co-chair"));

    const ProcessRun run = runSync(t.path(), feed);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    {
        auto db = Database::open(t.path(), t.clock);
        const auto stored = CampaignPartnerRepository(*db).get(partner);
        REQUIRE(stored);
        CHECK(stored->role == QLatin1String("co-chair"));
        CHECK(Vocabulary::partnerRole().label(stored->role) == QLatin1String("co-chair"));
    }
    const QByteArray after = fileBytes(feed);
    CHECK(feedContent(after)
              .value({QStringLiteral("campaign_partners"), partner})
              .fields.value(QStringLiteral("role"))
              .value == QStringLiteral("co-chair"));
    REQUIRE(runSync(t.path(), feed).exitCode == 0);
    CHECK(fileBytes(feed) == after);

    // Editing the partnership's other fields keeps the word; typing an unknown one is
    // still refused.
    auto db = Database::open(t.path(), t.clock);
    CampaignPartner edited = *CampaignPartnerRepository(*db).get(partner);
    edited.commitment = QStringLiteral("Hosts the phone bank");
    CHECK(CampaignPartnerRepository(*db).update(edited).role == QLatin1String("co-chair"));
    edited.role = QStringLiteral("co-chairs");
    CHECK_THROWS_AS(CampaignPartnerRepository(*db).update(edited), ValidationError);
}

TEST_CASE("A feed value no Coalition writes (a due date that is not a date) stops the sync with "
          "the record named - nothing changes",
          "[sync]")
{
    TestDatabase t;
    const QString feed = t.file(QStringLiteral("feed.txt"));
    const QString item = sampleFeedRewritten(t, feed, QStringLiteral("action_items"),
                                             QStringLiteral("due_date"), QStringLiteral("someday"));

    const QByteArray before = databaseBytes(t.path());
    const ProcessRun refused = runSync(t.path(), feed);
    CHECK(refused.exitCode == 1);
    INFO(refused.err.toStdString());
    CHECK(refused.err.contains(QLatin1String("cannot store, in action_items record ") + item));
    CHECK(databaseBytes(t.path()) == before);
}

TEST_CASE("Two laptops that have synced export byte-identical CSV - created and updated times "
          "come from the stamps",
          "[sync]")
{
    TestDatabase t;
    // Each laptop loads the sample an hour apart: its records' times are its own until
    // the laptops sync.
    const QString a = t.file(QStringLiteral("a.sqlite"));
    const QString b = t.file(QStringLiteral("b.sqlite"));
    for (const QString &path : {a, b}) {
        SampleDataLoader::load(*Database::open(path, t.clock));
        t.clock.advanceSeconds(3600);
    }
    const QString feed = t.file(QStringLiteral("feed.txt"));
    editVigil(a, t.clock, QStringLiteral("Ana"),
              [](ActionItem &item) { item.location = QStringLiteral("City Hall steps"); });
    t.clock.advanceSeconds(90);
    edit(b, t.clock, QStringLiteral("Bo"), [](Database &db) {
        ActionItem item;
        item.title = QStringLiteral("Call Governor Hochul about the Excluded Workers Fund");
        ActionItemRepository(db).create(item);
        Campaign campaign = *CampaignRepository(db).findByIdOrName(trainings);
        campaign.goal = QStringLiteral("Train 500 bystanders");
        CampaignRepository(db).update(campaign);
    });
    for (const QString &laptop : {a, b, a})
        REQUIRE(runSync(laptop, feed).exitCode == 0);

    for (const QString &what : {QStringLiteral("actions"), QStringLiteral("campaigns"),
                                QStringLiteral("organizations"), QStringLiteral("contacts")}) {
        QByteArray exported[2];
        for (int i = 0; i < 2; ++i) {
            const QString out = t.file(QStringLiteral("%1-%2.csv").arg(what).arg(i));
            REQUIRE(runCoalition({QStringLiteral("export"), what, QStringLiteral("--db"),
                                  i == 0 ? a : b, QStringLiteral("--out"), out})
                        .exitCode == 0);
            exported[i] = fileBytes(out);
        }
        INFO(what.toStdString());
        CHECK(exported[0].size() > 100);
        CHECK(exported[0] == exported[1]);
    }
}

// A laptop whose clock reads the year 9999 loads the sample data and publishes it to feed;
// returns that laptop's device id.
static QString publishFromTheYear9999(TestDatabase &t, const QString &feed)
{
    FixedClock wrong(QDateTime(QDate(9999, 1, 1), QTime(12, 0), Qt::UTC));
    auto far = Database::open(t.file(QStringLiteral("far.sqlite")), wrong);
    SampleDataLoader::load(*far); // every value stamped in the year 9999
    FeedSync::Options options;
    options.noEncryption = true; // tests of encryption give a passphrase
    options.feed = feed;
    FeedSync::sync(*far, options);
    return far->stamps()->deviceId();
}

TEST_CASE("A feed stamp in the year 9999 does not pin this laptop's clock - the sync names the "
          "device",
          "[sync]")
{
    TestDatabase t;
    const QString feed = t.file(QStringLiteral("feed.txt"));
    const QString wrongDevice = publishFromTheYear9999(t, feed);
    FeedSync::Options options;
    options.noEncryption = true; // tests of encryption give a passphrase
    options.feed = feed;
    const FeedSync::Outcome outcome = FeedSync::sync(*t.database, options);
    CHECK(outcome.summary.notes.join(QLatin1Char(' ')).contains(wrongDevice.left(8)));
    // The next stamp here follows this laptop's clock, not the year 9999.
    const Stamp next = t.database->stamps()->next();
    CHECK(next.wall - t.clock.now().toMSecsSinceEpoch() < 24 * 3600 * 1000LL);
}

TEST_CASE("An edit made here beats a feed value stamped in the year 9999 - the 9999 value is "
          "listed as a conflict and can still be chosen",
          "[sync]")
{
    TestDatabase t;
    const QString feed = t.file(QStringLiteral("feed.txt"));
    publishFromTheYear9999(t, feed);
    // This laptop has the sample too, and changes the goal before it first syncs.
    SampleDataLoader::load(*t.database);
    CampaignRepository campaigns(*t.database);
    Campaign campaign = *campaigns.findByIdOrName(trainings);
    const QString farGoal = campaign.goal; // the far laptop loaded the same sample
    REQUIRE_FALSE(farGoal.isEmpty());
    campaign.goal = QStringLiteral("Train 500 bystanders by the fall");
    campaigns.update(campaign);

    // Without the hold the year 9999 would win this field for the next eight thousand years.
    FeedSync::Options options;
    options.noEncryption = true; // tests of encryption give a passphrase
    options.feed = feed;
    FeedSync::sync(*t.database, options);
    CHECK(campaigns.findByIdOrName(trainings)->goal == campaign.goal);
    ConflictLog conflictLog(*t.database);
    std::optional<ConflictLog::Entry> held;
    for (const ConflictLog::Entry &entry : conflictLog.conflicts()) {
        if (entry.entity == QLatin1String("campaigns") && entry.field == QLatin1String("goal"))
            held = entry;
    }
    REQUIRE(held);
    CHECK(held->keptValue == campaign.goal);
    CHECK(held->lostValue == farGoal);
    CHECK_FALSE(held->resolved);

    // A person who trusts the other laptop's value takes it; the next sync keeps it.
    conflictLog.keepOtherValue(held->id);
    CHECK(campaigns.findByIdOrName(trainings)->goal == farGoal);
    FeedSync::sync(*t.database, options);
    CHECK(campaigns.findByIdOrName(trainings)->goal == farGoal);
    TestDatabase other;
    FeedSync::sync(*other.database, options);
    CHECK(CampaignRepository(*other.database).findByIdOrName(trainings)->goal == farGoal);
}
