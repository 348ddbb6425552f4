// The merge, pure: named cases, then a randomised convergence check.
#include "model/domain/HybridLogicalClock.h"
#include "model/feed/FeedMerge.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

namespace {

const RecordKey item{QStringLiteral("action_items"), QStringLiteral("a1")};
const QString lastSyncDevice = QStringLiteral("0");

FieldValue value(const char *text, qint64 wall, const char *device, quint32 counter = 0,
                 const char *author = "")
{
    FieldValue field;
    if (text)
        field.value = QString::fromUtf8(text);
    field.stamp = {wall, counter, QString::fromLatin1(device)};
    field.author = QString::fromUtf8(author);
    return field;
}

FeedState state(std::initializer_list<std::pair<const char *, FieldValue>> fields,
                const RecordKey &key = item)
{
    FeedState s;
    for (const auto &[name, field] : fields)
        s[key].fields.insert(QString::fromLatin1(name), field);
    return s;
}

std::optional<QString> merged(const FeedMerge::Result &result, const char *field,
                              const RecordKey &key = item)
{
    return result.state.value(key).fields.value(QString::fromLatin1(field)).value;
}

// Every merge law at once for a pair: commutative, idempotent, same winners.
void checkLaws(const FeedState &a, const FeedState &b)
{
    const FeedState ab = FeedMerge::merge(a, b).state;
    CHECK(ab == FeedMerge::merge(b, a).state);
    CHECK(FeedMerge::merge(ab, a).state == ab);
    CHECK(FeedMerge::merge(ab, b).state == ab);
    CHECK(FeedMerge::merge(ab, ab).state == ab);
}

} // namespace

TEST_CASE("Merge: different fields of one record both survive", "[merge]")
{
    const auto a = state({{"title", value("Call senators", 10, "A")}});
    const auto b = state({{"owner", value("Policy team", 20, "B")}});
    const auto result = FeedMerge::merge(a, b);
    CHECK(merged(result, "title") == QStringLiteral("Call senators"));
    CHECK(merged(result, "owner") == QStringLiteral("Policy team"));
    CHECK(result.conflicts.isEmpty());
    checkLaws(a, b);
}

TEST_CASE("Merge: the same field - the later stamp wins", "[merge]")
{
    const auto a = state({{"status", value("doing", 10, "A")}});
    const auto b = state({{"status", value("done", 20, "B")}});
    CHECK(merged(FeedMerge::merge(a, b), "status") == QStringLiteral("done"));
    CHECK(merged(FeedMerge::merge(b, a), "status") == QStringLiteral("done"));
    checkLaws(a, b);
}

TEST_CASE("Merge: equal wall times - the counter decides", "[merge]")
{
    const auto a = state({{"status", value("doing", 10, "B", 3)}});
    const auto b = state({{"status", value("done", 10, "A", 4)}});
    CHECK(merged(FeedMerge::merge(a, b), "status") == QStringLiteral("done"));
    checkLaws(a, b);
}

TEST_CASE("Merge: equal wall time and counter - the device id breaks the tie", "[merge]")
{
    const auto a = state({{"status", value("doing", 10, "A")}});
    const auto b = state({{"status", value("done", 10, "B")}});
    CHECK(merged(FeedMerge::merge(a, b), "status") == QStringLiteral("done"));
    CHECK(merged(FeedMerge::merge(b, a), "status") == QStringLiteral("done"));
    checkLaws(a, b);
}

TEST_CASE("Merge: a duplicated device id with identical stamps still agrees both ways", "[merge]")
{
    const auto a = state({{"title", value("Vigil", 10, "A")}});
    const auto b = state({{"title", value("Vigil at 6pm", 10, "A")}});
    CHECK(merged(FeedMerge::merge(a, b), "title") == merged(FeedMerge::merge(b, a), "title"));
    checkLaws(a, b);
}

TEST_CASE("Merge: a field set to NULL wins when it is later", "[merge]")
{
    const auto a = state({{"due_date", value("2021-12-17", 10, "A")}});
    const auto b = state({{"due_date", value(nullptr, 20, "B")}});
    CHECK_FALSE(merged(FeedMerge::merge(a, b), "due_date").has_value());
    checkLaws(a, b);
}

TEST_CASE("Merge: a delete after an edit hides the record", "[merge]")
{
    const auto a = state({{"title", value("Vigil", 10, "A")}});
    const auto b = state({{"title", value("Vigil", 10, "A")}, {"_deleted", value("1", 20, "B")}});
    CHECK(FeedMerge::merge(a, b).state.value(item).isDeleted());
    checkLaws(a, b);
}

TEST_CASE("Merge: an edit after a delete brings the record back", "[merge]")
{
    const auto a = state({{"title", value("Vigil", 10, "A")}, {"_deleted", value("1", 20, "A")}});
    const auto b = state({{"title", value("Vigil, moved", 30, "B")}});
    const auto result = FeedMerge::merge(a, b);
    CHECK_FALSE(result.state.value(item).isDeleted());
    CHECK(merged(result, "title") == QStringLiteral("Vigil, moved"));
    checkLaws(a, b);
}

TEST_CASE("Merge: an edit older than the delete stays deleted", "[merge]")
{
    const auto a = state({{"title", value("Vigil", 15, "B")}});
    const auto b = state({{"title", value("Vigil", 10, "A")}, {"_deleted", value("1", 20, "A")}});
    CHECK(FeedMerge::merge(a, b).state.value(item).isDeleted());
    checkLaws(a, b);
}

TEST_CASE("Merge: a restore is a later edit of any field", "[merge]")
{
    const auto deleted =
        state({{"title", value("Vigil", 10, "A")}, {"_deleted", value("1", 20, "A")}});
    const auto restored = state({{"title", value("Vigil", 10, "A")},
                                 {"_deleted", value("1", 20, "A")},
                                 {"status", value("todo", 25, "A")}});
    CHECK_FALSE(FeedMerge::merge(deleted, restored).state.value(item).isDeleted());
    checkLaws(deleted, restored);
}

TEST_CASE("Merge: deleted on both sides stays deleted", "[merge]")
{
    const auto a = state({{"title", value("X", 10, "A")}, {"_deleted", value("1", 20, "A")}});
    const auto b = state({{"title", value("X", 10, "A")}, {"_deleted", value("1", 21, "B")}});
    CHECK(FeedMerge::merge(a, b).state.value(item).isDeleted());
    checkLaws(a, b);
}

TEST_CASE("Merge: a record only one side has is added", "[merge]")
{
    const RecordKey other{QStringLiteral("contacts"), QStringLiteral("c9")};
    const auto a = state({{"title", value("X", 10, "A")}});
    const auto b = state({{"name", value("Afshana", 12, "B")}}, other);
    const auto result = FeedMerge::merge(a, b);
    CHECK(result.state.size() == 2);
    CHECK(merged(result, "name", other) == QStringLiteral("Afshana"));
    checkLaws(a, b);
}

TEST_CASE("Merge: the same new record created on both sides merges field by field", "[merge]")
{
    const auto a =
        state({{"title", value("Phone bank", 10, "A")}, {"owner", value("Ana", 10, "A")}});
    const auto b =
        state({{"title", value("Phone bank!", 11, "B")}, {"owner", value("Bo", 9, "B")}});
    const auto result = FeedMerge::merge(a, b);
    CHECK(merged(result, "title") == QStringLiteral("Phone bank!"));
    CHECK(merged(result, "owner") == QStringLiteral("Ana"));
    checkLaws(a, b);
}

TEST_CASE("Merge: unknown fields and entities travel through untouched", "[merge]")
{
    const RecordKey future{QStringLiteral("meetings"), QStringLiteral("m1")};
    const auto a = state({{"title", value("X", 10, "A")}});
    auto b = state({{"title", value("X", 10, "A")}, {"colour_v2", value("purple", 12, "B")}});
    b[future].fields.insert(QStringLiteral("agenda"), value("Budget", 13, "B"));
    const auto result = FeedMerge::merge(a, b);
    CHECK(merged(result, "colour_v2") == QStringLiteral("purple"));
    CHECK(merged(result, "agenda", future) == QStringLiteral("Budget"));
    checkLaws(a, b);
}

TEST_CASE(
    "Merge: a laptop a day behind still wins with a later edit it made after seeing the other",
    "[merge]")
{
    const qint64 day = 24 * 3600 * 1000LL;
    HybridLogicalClock fast(QStringLiteral("fast"));
    HybridLogicalClock slow(QStringLiteral("slow"));
    const auto a =
        state({{"status", FieldValue{QStringLiteral("doing"), fast.tick(10 * day), QString()}}});
    slow.receive(FeedMerge::latestStamp(a), 9 * day); // slow's clock is a day behind
    const auto b =
        state({{"status", FieldValue{QStringLiteral("done"), slow.tick(9 * day + 1), QString()}}});
    CHECK(merged(FeedMerge::merge(a, b), "status") == QStringLiteral("done"));
    checkLaws(a, b);
}

TEST_CASE("Merge: both changed one field since the last sync - a conflict keeps the loser",
          "[merge]")
{
    const Stamp lastSync{5, 0, lastSyncDevice};
    const auto ours = state({{"title", value("Call Gov. Hochul", 10, "A", 0, "Ana")}});
    const auto theirs = state({{"title", value("Call Governor Hochul today", 12, "B", 0, "Bo")}});
    const auto result = FeedMerge::merge(ours, theirs, lastSync);
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts.first().field == QLatin1String("title"));
    CHECK(result.conflicts.first().kept.author == QLatin1String("Bo"));
    CHECK(result.conflicts.first().lost.value == QStringLiteral("Call Gov. Hochul"));
    CHECK(merged(result, "title") == QStringLiteral("Call Governor Hochul today"));
}

TEST_CASE("Merge: a change only the other side made is not a conflict", "[merge]")
{
    const Stamp lastSync{15, 0, lastSyncDevice};
    const auto ours = state({{"title", value("Old title", 10, "A")}}); // before the last sync
    const auto theirs = state({{"title", value("New title", 20, "B")}});
    CHECK(FeedMerge::merge(ours, theirs, lastSync).conflicts.isEmpty());
}

TEST_CASE("Merge: both sides making the same change is not a conflict", "[merge]")
{
    const Stamp lastSync{5, 0, lastSyncDevice};
    const auto ours = state({{"status", value("done", 10, "A")}});
    const auto theirs = state({{"status", value("done", 12, "B")}});
    CHECK(FeedMerge::merge(ours, theirs, lastSync).conflicts.isEmpty());
}

TEST_CASE("Merge: at a first sync only differing values are conflicts", "[merge]")
{
    const auto ours =
        state({{"status", value("doing", 10, "A")}, {"title", value("Vigil", 3, "A")}});
    const auto theirs =
        state({{"status", value("done", 12, "B")}, {"title", value("Vigil", 4, "B")}});
    const auto result = FeedMerge::merge(ours, theirs);
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts.first().field == QLatin1String("status"));
}

TEST_CASE("Merge: a delete against a concurrent edit is not a field conflict", "[merge]")
{
    const Stamp lastSync{5, 0, lastSyncDevice};
    const auto ours = state({{"title", value("X", 10, "A")}, {"_deleted", value("1", 11, "A")}});
    const auto theirs = state({{"title", value("Y", 12, "B")}});
    const auto result = FeedMerge::merge(ours, theirs, lastSync);
    CHECK_FALSE(result.state.value(item).isDeleted()); // the later edit restores it
    for (const auto &conflict : result.conflicts)
        CHECK(conflict.field != QLatin1String("_deleted"));
}

TEST_CASE("Merge: an empty side changes nothing", "[merge]")
{
    const auto a = state({{"title", value("X", 10, "A")}});
    CHECK(FeedMerge::merge(a, {}).state == a);
    CHECK(FeedMerge::merge({}, a).state == a);
}

TEST_CASE("Merge: three copies agree in every order", "[merge]")
{
    const auto a = state({{"title", value("A", 10, "A")}, {"owner", value("Ana", 30, "A")}});
    const auto b = state({{"title", value("B", 20, "B")}, {"_deleted", value("1", 25, "B")}});
    const auto c = state({{"status", value("done", 40, "C")}, {"owner", value("Cy", 5, "C")}});
    const auto abc = FeedMerge::merge(FeedMerge::merge(a, b).state, c).state;
    CHECK(abc == FeedMerge::merge(a, FeedMerge::merge(b, c).state).state);
    CHECK(abc == FeedMerge::merge(FeedMerge::merge(c, a).state, b).state);
    CHECK(abc == FeedMerge::merge(FeedMerge::merge(b, c).state, a).state);
    CHECK_FALSE(abc.value(item).isDeleted()); // status (40) and owner (30) are newer
}

TEST_CASE("Merge: the latest stamp of a state is found for the receive rule", "[merge]")
{
    const auto a = state({{"title", value("A", 10, "A")}, {"owner", value("Ana", 30, "B", 2)}});
    CHECK(FeedMerge::latestStamp(a) == Stamp{30, 2, QStringLiteral("B")});
    CHECK(FeedMerge::latestStamp({}).isNull());
}

namespace {

// A laptop in the simulation: its own clock (skewed), state and last-sync stamp.
struct Device
{
    HybridLogicalClock clock;
    qint64 skew = 0;
    FeedState state;
    Stamp lastSync;
};

const qint64 day = 24 * 3600 * 1000LL;

// As FeedSync does: stamps more than a day ahead of the device's clock are held, and the
// clock receives only stamps within that day. Returns how many conflicts were reported
// and adds those that held a stamp to held.
int sync(Device &device, FeedState &feed, qint64 now, int *held = nullptr)
{
    const qint64 heldAfter = now + device.skew + day;
    const auto result = FeedMerge::merge(device.state, feed, device.lastSync, heldAfter);
    device.state = result.state;
    feed = result.state;
    device.clock.receive(FeedMerge::latestStamp(feed, heldAfter), now + device.skew);
    device.lastSync = device.clock.last();
    for (const FeedMerge::Conflict &conflict : result.conflicts) {
        if (held && conflict.lost.stamp.wall > heldAfter)
            ++*held;
    }
    return int(result.conflicts.size());
}

} // namespace

TEST_CASE("Convergence: 1,000 random histories of 3 to 5 skewed laptops - some stamps years "
          "ahead - end identical",
          "[merge]")
{
    QRandomGenerator random(2021'12'15);
    const QStringList entities = {QStringLiteral("action_items"), QStringLiteral("contacts")};
    const QStringList fields = {QStringLiteral("title"), QStringLiteral("owner"),
                                QStringLiteral("status")};
    int conflicts = 0, held = 0;
    for (int scenario = 0; scenario < 1000; ++scenario) {
        const int count = int(random.bounded(3, 6));
        std::vector<Device> devices;
        // Clocks up to 11 hours off, so any two are less than the day apart after which a
        // stamp is held (two laptops further apart than that disagree until time has
        // caught up with the one ahead: that is the rule).
        for (int d = 0; d < count; ++d)
            devices.push_back({HybridLogicalClock(QStringLiteral("device-%1").arg(d)),
                               qint64(random.bounded(-11 * 3600, 11 * 3600)) * 1000,
                               {},
                               {}});
        FeedState feed;
        QVector<FeedState> conflictCopies; // what a sync tool saves beside the feed
        qint64 now = 1'640'000'000'000;
        const int operations = int(random.bounded(1, 201));
        for (int op = 0; op < operations; ++op) {
            now += random.bounded(1, 60000);
            Device &device = devices[size_t(random.bounded(count))];
            const RecordKey key{entities[int(random.bounded(2))],
                                QStringLiteral("r%1").arg(random.bounded(6))};
            switch (random.bounded(9)) {
            case 8: { // an edit stamped ten years ahead (a clock wrong for a moment)
                const Stamp normal = device.clock.tick(now + device.skew);
                device.state[key].fields[fields[int(random.bounded(3))]] =
                    FieldValue{QStringLiteral("ahead%1").arg(random.bounded(1000)),
                               {normal.wall + 3650 * day, normal.counter, normal.device},
                               QStringLiteral("author-%1").arg(random.bounded(3))};
                break;
            }
            case 0: // delete
                device.state[key].fields[deletedFieldName()] = FieldValue{
                    QStringLiteral("1"), device.clock.tick(now + device.skew), QString()};
                break;
            case 1:
            case 2: // sync with the feed
                conflicts += sync(device, feed, now, &held);
                break;
            case 3: { // a sync tool keeps a conflicted copy instead of overwriting the feed
                FeedState copy = feed;
                sync(device, copy, now);
                conflictCopies.append(copy);
                break;
            }
            default: // edit (after a delete this is a restore)
                device.state[key].fields[fields[int(random.bounded(3))]] =
                    FieldValue{QStringLiteral("v%1").arg(random.bounded(1000)),
                               device.clock.tick(now + device.skew),
                               QStringLiteral("author-%1").arg(random.bounded(3))};
                break;
            }
        }
        // Everyone meets: conflict copies are merged into the feed, then two rounds of syncs.
        for (const FeedState &copy : conflictCopies)
            feed = FeedMerge::merge(feed, copy, {}, now + day).state;
        for (int round = 0; round < 2; ++round) {
            for (Device &device : devices)
                conflicts += sync(device, feed, now, &held);
        }
        for (const Device &device : devices)
            REQUIRE(device.state == feed);
        // A further sync changes nothing.
        for (Device &device : devices) {
            const FeedState before = feed;
            sync(device, feed, now);
            REQUIRE(feed == before);
        }
    }
    // Concurrent edits of one field happen in these histories and are reported, and so
    // are values held for a stamp years ahead.
    CHECK(conflicts > 100);
    CHECK(held > 100);
}

TEST_CASE("Merge: tombstones are kept even after the record comes back", "[merge]")
{
    const auto a = state({{"title", value("X", 10, "A")}, {"_deleted", value("1", 20, "A")}});
    const auto b = state({{"title", value("X again", 30, "B")}});
    const auto result = FeedMerge::merge(a, b);
    CHECK(result.state.value(item).fields.contains(QStringLiteral("_deleted")));
    CHECK_FALSE(result.state.value(item).isDeleted());
}

TEST_CASE("Merge: a second delete after a restore hides the record again", "[merge]")
{
    const auto restored =
        state({{"title", value("X", 30, "B")}, {"_deleted", value("1", 20, "A")}});
    const auto deletedAgain =
        state({{"title", value("X", 30, "B")}, {"_deleted", value("1", 40, "C")}});
    CHECK(FeedMerge::merge(restored, deletedAgain).state.value(item).isDeleted());
    checkLaws(restored, deletedAgain);
}

TEST_CASE("Merge: a skewed laptop's old edit loses to a newer one of a correct clock", "[merge]")
{
    const qint64 day = 24 * 3600 * 1000LL;
    const auto behind = state({{"owner", value("Ana", 10 * day - day, "slow")}});
    const auto now = state({{"owner", value("Bo", 10 * day, "fast")}});
    CHECK(merged(FeedMerge::merge(behind, now), "owner") == QStringLiteral("Bo"));
    checkLaws(behind, now);
}

TEST_CASE("Merge: a laptop whose clock runs a day ahead wins until others catch up", "[merge]")
{
    const qint64 day = 24 * 3600 * 1000LL;
    const auto ahead = state({{"owner", value("Ana", 11 * day, "ahead")}});
    const auto now = state({{"owner", value("Bo", 10 * day + 5, "right")}});
    CHECK(merged(FeedMerge::merge(ahead, now), "owner") == QStringLiteral("Ana"));
}

TEST_CASE("Merge: a stamp years ahead of heldAfter loses to one within it - either way round - "
          "and its value is kept as a conflict",
          "[merge]")
{
    const qint64 day = 24 * 3600 * 1000LL;
    const qint64 heldAfter = 10 * day + day;
    const auto ahead = state({{"owner", value("Ana", 10 * day + 3650 * day, "wrong-clock")}});
    const auto edited = state({{"owner", value("Bo", 10 * day, "right")}});
    // The last sync came after Bo's edit: without the hold, no conflict would be listed.
    const Stamp lastSync{10 * day + 1, 0, lastSyncDevice};
    for (const auto &[first, second] : {std::pair(ahead, edited), std::pair(edited, ahead)}) {
        const auto result = FeedMerge::merge(first, second, lastSync, heldAfter);
        CHECK(merged(result, "owner") == QStringLiteral("Bo"));
        REQUIRE(result.conflicts.size() == 1);
        CHECK(result.conflicts.first().lost.value == QStringLiteral("Ana"));
        CHECK(result.conflicts.first().kept.value == QStringLiteral("Bo"));
    }
    // Without the bound (the default) the later stamp wins, as before.
    CHECK(merged(FeedMerge::merge(ahead, edited), "owner") == QStringLiteral("Ana"));
    // Two held stamps: the usual order. A held stamp with no rival stays.
    const auto furtherAhead = state({{"owner", value("Cy", 10 * day + 3651 * day, "other")}});
    CHECK(merged(FeedMerge::merge(ahead, furtherAhead, {}, heldAfter), "owner") ==
          QStringLiteral("Cy"));
    CHECK(merged(FeedMerge::merge(ahead, {}, {}, heldAfter), "owner") == QStringLiteral("Ana"));
    // For one bound the merge keeps its laws.
    for (const auto &[a, b] : {std::pair(ahead, edited), std::pair(ahead, furtherAhead),
                               std::pair(edited, furtherAhead)}) {
        const FeedState ab = FeedMerge::merge(a, b, {}, heldAfter).state;
        CHECK(ab == FeedMerge::merge(b, a, {}, heldAfter).state);
        CHECK(FeedMerge::merge(ab, a, {}, heldAfter).state == ab);
        CHECK(FeedMerge::merge(ab, b, {}, heldAfter).state == ab);
    }
}

TEST_CASE("Merge: authors travel with their values", "[merge]")
{
    const auto a = state({{"title", value("Vigil", 10, "A", 0, "Ana")}});
    const auto b = state({{"title", value("Vigil at 6", 20, "B", 0, "Bo")}});
    CHECK(FeedMerge::merge(a, b).state.value(item).fields.value(QStringLiteral("title")).author ==
          QLatin1String("Bo"));
}

TEST_CASE("Merge: many records merge independently of each other", "[merge]")
{
    FeedState a, b;
    for (int i = 0; i < 50; ++i) {
        const RecordKey key{QStringLiteral("contacts"),
                            QStringLiteral("c%1").arg(i, 3, 10, QLatin1Char('0'))};
        a[key].fields.insert(QStringLiteral("name"), value("A", 10 + i, "A"));
        b[key].fields.insert(QStringLiteral("name"), value("B", 60 - i, "B"));
    }
    const auto result = FeedMerge::merge(a, b);
    for (int i = 0; i < 50; ++i) {
        const RecordKey key{QStringLiteral("contacts"),
                            QStringLiteral("c%1").arg(i, 3, 10, QLatin1Char('0'))};
        CHECK(merged(result, "name", key) ==
              (10 + i > 60 - i ? QStringLiteral("A") : QStringLiteral("B")));
    }
    checkLaws(a, b);
}

TEST_CASE("Merge: conflicts are not reported for fields only one side has", "[merge]")
{
    const Stamp lastSync{5, 0, lastSyncDevice};
    const auto a = state({{"title", value("X", 10, "A")}});
    const auto b = state({{"notes", value("New note", 12, "B")}});
    CHECK(FeedMerge::merge(a, b, lastSync).conflicts.isEmpty());
}
