// Partners' feeds read with QXmlStreamReader (FeedDocument) and their HTML made text
// (HtmlText); the feeds a person adds (PartnerFeedStore) travel to the team's laptops.
#include "model/domain/CoalitionError.h"
#include "model/domain/ValidationError.h"
#include "model/intake/FeedDocument.h"
#include "model/intake/HtmlText.h"
#include "model/intake/PartnerFeedStore.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/model/feed/FileSync.h"
#include "tests/support/CatchQt.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(COALITION_TEST_DATA_DIR "/intake/feeds/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString refusal(const QByteArray &document)
{
    try {
        FeedDocument::read(document, QStringLiteral("https://partner.example.org/feed"));
    } catch (const CoalitionError &error) {
        return error.message();
    }
    return {};
}

} // namespace

TEST_CASE("An RSS 2.0 feed's items are read with their keys links dates and text", "[intake]")
{
    const QVector<FeedEntry> entries =
        FeedDocument::read(fixture(QStringLiteral("partner-rss.xml")), QStringLiteral("rss"));
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(0).key == QStringLiteral("aaj-2021-12-101"));
    CHECK(entries.at(0).link ==
          QStringLiteral("https://advancingjustice.example.org/news/new-way-forward"));
    CHECK(entries.at(0).published == QDateTime(QDate(2021, 12, 16), QTime(14, 0), Qt::UTC));
    // The escaped HTML made text: its paragraphs kept apart, its tags gone.
    CHECK(entries.at(0).text ==
          QStringLiteral("Call your members of Congress: pass the New Way Forward Act\n\n"
                         "Call your members of Congress and urge them to cosponsor the New Way "
                         "Forward Act by December 22, 2021.\n\nShare this alert with your "
                         "networks."));
    // content:encoded, the fuller, over the short description; no script.
    CHECK(entries.at(1).text.contains(QLatin1String("Please attend a vigil on December 30, 2021")));
    CHECK_FALSE(entries.at(1).text.contains(QLatin1String("track")));
    CHECK_FALSE(entries.at(1).text.contains(QLatin1String("Short summary")));
    CHECK(entries.at(1).published.toUTC() ==
          QDateTime(QDate(2021, 12, 17), QTime(14, 30), Qt::UTC));
    // No guid: known by its link.
    CHECK(entries.at(2).key == QStringLiteral("https://advancingjustice.example.org/news/report"));
}

TEST_CASE("An Atom 1.0 feed's entries are read with the alternate link and XHTML content",
          "[intake]")
{
    const QVector<FeedEntry> entries =
        FeedDocument::read(fixture(QStringLiteral("partner-atom.xml")), QStringLiteral("atom"));
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).key == QStringLiteral("tag:maketheroad.example.org,2021:firma"));
    CHECK(entries.at(0).link == QStringLiteral("https://maketheroad.example.org/es/firma"));
    CHECK(entries.at(0).published == QDateTime(QDate(2021, 12, 16), QTime(12, 0), Qt::UTC));
    CHECK(entries.at(0).text.endsWith(
        QStringLiteral("Firma la petición antes del 20 de diciembre de 2021.")));
    CHECK(entries.at(1).link == QStringLiteral("https://maketheroad.example.org/albany"));
    CHECK(entries.at(1).text.contains(QLatin1String("on Tuesday, January 11, 2022 at 11 AM")));
}

TEST_CASE("Entity declarations malformed XML and other documents are refused whole", "[intake]")
{
    // A billion laughs would expand to 3 GB; it is refused at its declarations.
    CHECK(
        refusal(fixture(QStringLiteral("billion-laughs.xml"))).contains(QLatin1String("entities")));
    const QString external = refusal(fixture(QStringLiteral("external-entity.xml")));
    CHECK(external.contains(QLatin1String("entities")));
    CHECK_FALSE(external.contains(QLatin1String("root:")));
    CHECK(refusal(fixture(QStringLiteral("malformed.xml"))).contains(QLatin1String("line 4")));
    CHECK(refusal("<html><body>Not a feed</body></html>").contains(QLatin1String("<html>")));
    CHECK(refusal("").contains(QLatin1String("empty")));
    CHECK(refusal(fixture(QStringLiteral("partner-rss.xml")).left(700))
              .contains(QLatin1String("well-formed")));
    CHECK(
        refusal("<rss version=\"2.0\"><channel><item><title>&nbsp;</title></item></channel></rss>")
            .contains(QLatin1String("not read")));
}

TEST_CASE("HTML becomes text with its paragraphs list items and line breaks", "[intake]")
{
    CHECK(HtmlText::toPlain(QStringLiteral(
              "<h2>Our asks</h2><ul><li>Call Governor Hochul&nbsp;today</li><li>Sign &amp; "
              "share</li></ul>Line one<br>line two<style>p{}</style>")) ==
          QStringLiteral("Our asks\n\nCall Governor Hochul today\n\nSign & share\n\n"
                         "Line one\nline two"));
    CHECK(HtmlText::toPlain(QStringLiteral("plain words, no tags")) ==
          QStringLiteral("plain words, no tags"));
    CHECK(HtmlText::toPlain(QString()).isEmpty());
}

TEST_CASE("Partner feeds are checked when added and reach the other laptop with their removal",
          "[intake]")
{
    TestDatabase t;
    const QString feed = t.file(QStringLiteral("feed.txt"));
    std::unique_ptr<Database> other = Database::open(t.file(QStringLiteral("other.sqlite")),
                                                     t.clock, Database::OpenMode::CreateIfMissing);
    SampleDataLoader::load(*t.database);
    const QString hana =
        SampleDataLoader::stableId(EntityKind::Organization, QStringLiteral("HANA Center"));
    PartnerFeedStore feeds(*t.database);
    CHECK_THROWS_AS(feeds.add(hana, QStringLiteral("file:///etc/passwd")), ValidationError);
    CHECK_THROWS_AS(feeds.add(hana, QStringLiteral("not an address")), ValidationError);
    CHECK_THROWS_AS(feeds.add(QStringLiteral("no-such-organization"),
                              QStringLiteral("https://hana.example.org/feed")),
                    ValidationError);
    const PartnerFeed added = feeds.add(hana, QStringLiteral(" https://hana.example.org/feed "));
    CHECK(added.address == QStringLiteral("https://hana.example.org/feed"));
    CHECK(feeds.add(hana, QStringLiteral("https://hana.example.org/feed")).id == added.id);
    REQUIRE(feeds.list().size() == 1);

    syncThroughFile(*t.database, feed);
    syncThroughFile(*other, feed);
    PartnerFeedStore theirs(*other);
    REQUIRE(theirs.list().size() == 1);
    CHECK(theirs.list().at(0).address == added.address);
    CHECK(theirs.list().at(0).organizationId == hana);
    theirs.remove(added.id);
    syncThroughFile(*other, feed);
    syncThroughFile(*t.database, feed);
    CHECK(feeds.list().isEmpty());
}
