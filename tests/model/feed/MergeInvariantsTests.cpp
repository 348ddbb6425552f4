// MergeInvariants, pure: a partnership made twice, an end before its start; then random
// histories of laptops that keep making both, which must end identical and storable.
#include "model/domain/HybridLogicalClock.h"
#include "model/feed/MergeInvariants.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QSet>
#include <limits>
#include <vector>

namespace {

const QString partners = QStringLiteral("campaign_partners");
const QString campaigns = QStringLiteral("campaigns");

FieldValue value(const QString &text, qint64 wall, const QString &device)
{
    return {text, {wall, 0, device}, QStringLiteral("author-") + device};
}

FeedRecord partnership(const QString &campaign, const QString &organization, const QString &role,
                       qint64 wall, const QString &device)
{
    FeedRecord record;
    record.fields.insert(QStringLiteral("campaign_id"), value(campaign, wall, device));
    record.fields.insert(QStringLiteral("organization_id"), value(organization, wall, device));
    record.fields.insert(QStringLiteral("role"), value(role, wall, device));
    return record;
}

// Live partnerships per campaign × organization: more than one cannot be stored.
// heldAfter: the bound of the sync, which decides which records are live.
bool partnershipsUnique(const FeedState &state,
                        qint64 heldAfter = std::numeric_limits<qint64>::max())
{
    QSet<QPair<QString, QString>> seen;
    for (auto it = state.cbegin(); it != state.cend(); ++it) {
        if (it.key().first != partners || it->isDeleted(heldAfter))
            continue;
        const QPair<QString, QString> key(
            *it->fields.value(QStringLiteral("campaign_id")).value,
            *it->fields.value(QStringLiteral("organization_id")).value);
        if (seen.contains(key))
            return false;
        seen.insert(key);
    }
    return true;
}

} // namespace

TEST_CASE("Merge invariants: a partnership made on two laptops - the smaller id stays - the other "
          "is retired and its role listed",
          "[merge]")
{
    FeedState a, b;
    a[{partners, QStringLiteral("p-b")}] =
        partnership(QStringLiteral("c1"), QStringLiteral("hana"), QStringLiteral("lead"), 10, "A");
    b[{partners, QStringLiteral("p-a")}] = partnership(QStringLiteral("c1"), QStringLiteral("hana"),
                                                       QStringLiteral("signatory"), 20, "B");
    FeedMerge::Result merged = FeedMerge::merge(a, b);
    HybridLogicalClock clock(QStringLiteral("A"));
    clock.receive(FeedMerge::latestStamp(merged.state), 5);
    MergeInvariants::settle(
        merged, a, [&clock] { return clock.tick(5); }, QStringLiteral("Ana"));

    CHECK_FALSE(merged.state.value({partners, QStringLiteral("p-a")}).isDeleted());
    const FeedRecord retired = merged.state.value({partners, QStringLiteral("p-b")});
    CHECK(retired.isDeleted());
    CHECK(retired.fields.value(deletedFieldName()).author == QLatin1String("Ana"));
    REQUIRE(merged.conflicts.size() == 1);
    CHECK(merged.conflicts.first().record == RecordKey(partners, QStringLiteral("p-a")));
    CHECK(merged.conflicts.first().field == QLatin1String("role"));
    CHECK(merged.conflicts.first().kept.value == QStringLiteral("signatory"));
    CHECK(merged.conflicts.first().lost.value == QStringLiteral("lead"));
    CHECK(partnershipsUnique(merged.state));
}

TEST_CASE("Merge invariants: dates moved apart on two laptops are kept and the field this laptop "
          "had otherwise is listed",
          "[merge]")
{
    const RecordKey trainings(campaigns, QStringLiteral("trainings"));
    FeedState base;
    base[trainings].fields.insert(QStringLiteral("start_date"), value("2021-07-01", 10, "S"));
    base[trainings].fields.insert(QStringLiteral("end_date"), value("2021-09-30", 10, "S"));
    FeedState a = base, b = base;
    a[trainings].fields[QStringLiteral("start_date")] = value("2021-09-01", 20, "A");
    b[trainings].fields[QStringLiteral("end_date")] = value("2021-08-15", 30, "B");
    FeedMerge::Result merged = FeedMerge::merge(a, b, Stamp{15, 0, QStringLiteral("S")});
    REQUIRE(merged.conflicts.isEmpty()); // each field changed on one side only
    MergeInvariants::settle(
        merged, a,
        [] {
            return Stamp{40, 0, QStringLiteral("A")};
        },
        QStringLiteral("Ana"));

    CHECK(*merged.state.value(trainings).fields.value(QStringLiteral("start_date")).value ==
          QLatin1String("2021-09-01"));
    REQUIRE(merged.conflicts.size() == 1);
    CHECK(merged.conflicts.first().field == QLatin1String("end_date"));
    CHECK(merged.conflicts.first().kept.value == QStringLiteral("2021-08-15"));
    CHECK(merged.conflicts.first().lost.value == QStringLiteral("2021-09-30"));
}

namespace {

struct Laptop
{
    HybridLogicalClock clock;
    qint64 skew = 0;
    FeedState state;
    Stamp lastSync;
};

const qint64 day = 24 * 3600 * 1000LL;

// One sync as FeedSync makes it: merge (stamps more than a day ahead of this laptop's
// clock held), receive (only stamps within that day), settle; returns the conflicts.
QVector<FeedMerge::Conflict> sync(Laptop &laptop, FeedState &feed, qint64 now)
{
    const qint64 heldAfter = now + laptop.skew + day;
    FeedMerge::Result merged = FeedMerge::merge(laptop.state, feed, laptop.lastSync, heldAfter);
    laptop.clock.receive(FeedMerge::latestStamp(merged.state, heldAfter), now + laptop.skew);
    MergeInvariants::settle(
        merged, laptop.state, [&] { return laptop.clock.tick(now + laptop.skew); },
        QStringLiteral("someone"));
    laptop.state = merged.state;
    feed = merged.state;
    laptop.lastSync = laptop.clock.last();
    return merged.conflicts;
}

} // namespace

TEST_CASE("Convergence: 1,000 random histories that make partnerships twice - move dates apart - "
          "write a newer Coalition's words and stamps years ahead end identical and storable",
          "[merge]")
{
    QRandomGenerator random(2021'09'11);
    const QStringList roles = {QStringLiteral("lead"), QStringLiteral("partner"),
                               QStringLiteral("co-chair")}; // a newer Coalition's word
    int retired = 0, datesFlagged = 0, held = 0;
    for (int history = 0; history < 1000; ++history) {
        std::vector<Laptop> laptops;
        const int count = int(random.bounded(2, 6));
        for (int i = 0; i < count; ++i)
            laptops.push_back({HybridLogicalClock(QStringLiteral("laptop-%1").arg(i)),
                               qint64(random.bounded(-3600, 3600)) * 1000,
                               {},
                               {}});
        FeedState feed;
        qint64 now = 1'640'000'000'000;
        const int operations = int(random.bounded(1, 120));
        for (int op = 0; op < operations; ++op) {
            now += random.bounded(1, 60000);
            Laptop &laptop = laptops[size_t(random.bounded(count))];
            const auto stamped = [&](const QString &text) {
                return FieldValue{text, laptop.clock.tick(now + laptop.skew),
                                  laptop.clock.device()};
            };
            // A laptop whose clock jumped years ahead for a moment (a flat CMOS battery):
            // one edit stamped then, its clock back to normal afterwards.
            const auto stampedYearsAhead = [&](const QString &text) {
                const Stamp normal = laptop.clock.tick(now + laptop.skew);
                return FieldValue{text,
                                  {normal.wall + 3650 * day, normal.counter, normal.device},
                                  laptop.clock.device()};
            };
            switch (random.bounded(8)) {
            case 0:
            case 1: { // a new partnership of one of two campaigns and three organizations
                FeedRecord &record =
                    laptop.state[{partners, QStringLiteral("p%1").arg(random.bounded(1000000))}];
                record.fields[QStringLiteral("campaign_id")] =
                    stamped(QStringLiteral("c%1").arg(random.bounded(2)));
                record.fields[QStringLiteral("organization_id")] =
                    stamped(QStringLiteral("o%1").arg(random.bounded(3)));
                record.fields[QStringLiteral("role")] = stamped(roles[int(random.bounded(3))]);
                break;
            }
            case 2: { // a date of a campaign moved, start in July, end in August
                FeedRecord &record =
                    laptop.state[{campaigns, QStringLiteral("c%1").arg(random.bounded(2))}];
                const bool start = random.bounded(2) == 0;
                record.fields[start ? QStringLiteral("start_date") : QStringLiteral("end_date")] =
                    stamped(QStringLiteral("2021-%1-%2")
                                .arg(start ? 7 + int(random.bounded(2)) : 8)
                                .arg(1 + int(random.bounded(28)), 2, 10, QLatin1Char('0')));
                break;
            }
            case 7: { // a campaign's date or a partner's role written years ahead
                if (random.bounded(2) == 0) {
                    laptop.state[{campaigns, QStringLiteral("c%1").arg(random.bounded(2))}]
                        .fields[QStringLiteral("start_date")] =
                        stampedYearsAhead(QStringLiteral("2031-07-04"));
                    break;
                }
                auto it = laptop.state.lowerBound({partners, QString()});
                if (it != laptop.state.end() && it.key().first == partners)
                    it->fields[QStringLiteral("role")] =
                        stampedYearsAhead(QStringLiteral("target"));
                break;
            }
            case 3: { // a partnership removed
                auto it = laptop.state.lowerBound({partners, QString()});
                if (it != laptop.state.end() && it.key().first == partners)
                    it->fields[deletedFieldName()] = stamped(QStringLiteral("1"));
                break;
            }
            default:
                for (const FeedMerge::Conflict &conflict : sync(laptop, feed, now))
                    held += conflict.lost.stamp.wall > now + day ? 1 : 0;
                REQUIRE(partnershipsUnique(laptop.state, now + laptop.skew + day));
                break;
            }
        }
        for (int round = 0; round < 2; ++round) {
            for (Laptop &laptop : laptops) {
                for (const FeedMerge::Conflict &conflict : sync(laptop, feed, now)) {
                    datesFlagged += conflict.field.endsWith(QLatin1String("_date")) ? 1 : 0;
                    held += conflict.lost.stamp.wall > now + day ? 1 : 0;
                }
                REQUIRE(partnershipsUnique(laptop.state, now + laptop.skew + day));
            }
        }
        for (const Laptop &laptop : laptops)
            REQUIRE(laptop.state == feed);
        for (Laptop &laptop : laptops) {
            const FeedState before = feed;
            sync(laptop, feed, now);
            REQUIRE(feed == before);
        }
        for (auto it = feed.cbegin(); it != feed.cend(); ++it)
            retired += it.key().first == partners && it->fields.value(deletedFieldName()).author ==
                                                         QLatin1String("someone")
                           ? 1
                           : 0;
    }
    // The histories did retire duplicates, list clashing dates and hold stamps years
    // ahead as conflicts.
    CHECK(retired > 100);
    CHECK(datesFlagged > 100);
    CHECK(held > 50);
}
