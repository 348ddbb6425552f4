// The inbox of draft action items (schema step 10): drafts stored once per alert, accepted
// into action items or dismissed, and shared between laptops through the feed.
#include "model/intake/AlertExtractor.h"
#include "model/intake/InboxStore.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/model/feed/FileSync.h"
#include "tests/support/CatchQt.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

namespace {

const QString alert = QStringLiteral(
    "Fund Excluded Workers: our asks\n\n"
    "DRUM – Desis Rising Up & Moving is calling on Governor Kathy Hochul to add $3 billion to "
    "the Excluded Workers Fund.\n\n"
    "• Join the day of action in Albany on Tuesday, January 11, 2022 at 11 AM.\n"
    "• Donate to the Worker Justice Collective hardship fund.\n");

QVector<InboxDraft> addAlert(Database &database)
{
    IntakeSource source;
    source.receivedOn = QDate(2021, 12, 20);
    source.language = QStringLiteral("en");
    source.text = alert;
    const AlertExtractor extractor(database, IntakeRules::forLanguage(QStringLiteral("en")));
    return InboxStore(database).add(source, extractor.drafts(alert, source.receivedOn));
}

QStringList titles(const QVector<InboxDraft> &drafts)
{
    QStringList result;
    for (const InboxDraft &draft : drafts)
        result << draft.draft.item.title + QStringLiteral(" [") + draft.state + QLatin1Char(']');
    return result;
}

} // namespace

TEST_CASE("An alert's drafts wait in the inbox once however often it is added", "[intake]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const QVector<InboxDraft> drafts = addAlert(*t.database);
    REQUIRE(drafts.size() == 3);
    InboxStore inbox(*t.database);
    CHECK(titles(inbox.list()) ==
          QStringList{
              QStringLiteral("Call Governor Kathy Hochul to add $3 billion to the "
                             "Excluded Workers Fund [open]"),
              QStringLiteral("Join the day of action in Albany on Tuesday [open]"),
              QStringLiteral("Donate to the Worker Justice Collective hardship fund [open]")});
    const InboxDraft day = inbox.list().at(1);
    CHECK(day.draft.item.dueDate == QDate(2022, 1, 11));
    CHECK(day.draft.passage.startsWith(QStringLiteral("• Join the day of action")));
    CHECK(inbox.source(day.sourceId)->text == alert);
    // Dismissed, then the same alert pasted again: nothing comes back or doubles.
    inbox.dismiss(day.id);
    addAlert(*t.database);
    CHECK(inbox.list().size() == 2);
    CHECK(inbox.list(QStringLiteral("dismissed")).size() == 1);
    inbox.reopen(day.id);
    CHECK(inbox.list().size() == 3);
}

TEST_CASE("Accepting a draft makes its action item and the organization it names", "[intake]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    addAlert(*t.database);
    InboxStore inbox(*t.database);
    const InboxDraft donate = inbox.list().at(2);
    CHECK(donate.draft.newOrganization == QStringLiteral("Worker Justice Collective"));
    ActionItem item = InboxStore::proposedItem(donate);
    item.owner = QStringLiteral("Field team"); // the person's edit
    const ActionItem made = inbox.accept(donate.id, item);
    CHECK(made.id == item.id);
    CHECK(made.owner == QStringLiteral("Field team"));
    CHECK(OrganizationRepository(*t.database).get(made.organizationId)->name ==
          QStringLiteral("Worker Justice Collective"));
    CHECK(inbox.list().size() == 2);
    CHECK(inbox.draft(donate.id)->state == QStringLiteral("accepted"));
    CHECK(inbox.draft(donate.id)->actionItemId == made.id);
    // Accepting it again gives the same item, not a second.
    CHECK(inbox.accept(donate.id, item).id == made.id);
    CHECK(ActionItemRepository(*t.database).get(made.id));

    // A draft that cannot be an item (no title) is refused and leaves all as it was.
    const InboxDraft call = inbox.list().at(0);
    ActionItem untitled = InboxStore::proposedItem(call);
    untitled.title.clear();
    CHECK_THROWS(inbox.accept(call.id, untitled));
    CHECK(inbox.draft(call.id)->state == QStringLiteral("open"));
    CHECK_FALSE(ActionItemRepository(*t.database).get(untitled.id));
}

TEST_CASE("Drafts converge between two laptops and one accepted on both is one item", "[intake]")
{
    TestDatabase t;
    const QString feed = t.file(QStringLiteral("feed.txt"));
    std::unique_ptr<Database> other = Database::open(t.file(QStringLiteral("other.sqlite")),
                                                     t.clock, Database::OpenMode::CreateIfMissing);
    t.database->setAuthor(QStringLiteral("Ana"));
    other->setAuthor(QStringLiteral("Bo"));
    SampleDataLoader::load(*t.database);
    syncThroughFile(*t.database, feed);
    syncThroughFile(*other, feed);

    // Ana pastes the alert; Bo sees the same inbox after a sync.
    addAlert(*t.database);
    syncThroughFile(*t.database, feed);
    syncThroughFile(*other, feed);
    InboxStore ana(*t.database), bo(*other);
    CHECK(titles(bo.list()) == titles(ana.list()));
    CHECK(bo.source(bo.list().at(0).sourceId)->text == alert);

    // Offline, both accept the call; Bo dismisses the day of action, Ana edits nothing.
    const QString call = ana.list().at(0).id;
    ana.accept(call, InboxStore::proposedItem(*ana.draft(call)));
    ActionItem bosCall = InboxStore::proposedItem(*bo.draft(call));
    bosCall.owner = QStringLiteral("Policy team");
    bo.accept(call, bosCall);
    bo.dismiss(bo.list().at(0).id);
    for (Database *laptop : {t.database.get(), other.get(), t.database.get()})
        syncThroughFile(*laptop, feed);

    CHECK(titles(ana.list(QStringLiteral("accepted"))) ==
          titles(bo.list(QStringLiteral("accepted"))));
    CHECK(titles(ana.list()) == titles(bo.list()));
    CHECK(ana.list().size() == 1);
    CHECK(ana.list(QStringLiteral("dismissed")).size() == 1);
    // One item, the same on both laptops (whichever owner's stamp is the later).
    ActionItemFilter hochul;
    hochul.text = QStringLiteral("Hochul");
    const auto anasItems = ActionItemRepository(*t.database).list(hochul);
    const auto bosItems = ActionItemRepository(*other).list(hochul);
    int calls = 0;
    for (const ActionItem &item : anasItems)
        calls += item.id == ana.draft(call)->actionItemId ? 1 : 0;
    CHECK(calls == 1);
    CHECK(anasItems.size() == bosItems.size());
    CHECK(ActionItemRepository(*t.database).get(ana.draft(call)->actionItemId)->owner ==
          ActionItemRepository(*other).get(ana.draft(call)->actionItemId)->owner);
}
