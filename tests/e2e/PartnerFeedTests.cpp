// Partners' feeds fetched from a real HTTP server on 127.0.0.1 (tests/support/
// feed_test_server.py): RSS and Atom read into the Inbox once, and every misbehaviour —
// malformed, truncated, huge, slow, redirected from https to http, entity bombs — refused
// with a message and nothing added.
#include "model/alertfeeds/PartnerFeedFetch.h"
#include "model/intake/InboxStore.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/support/CatchQt.h"
#include "tests/support/DatabaseContent.h"
#include "tests/support/LocalFeedServer.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QNetworkRequest>

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(COALITION_INTAKE_DATA_DIR "/feeds/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Stores a document on the server under name, for any mode to serve.
void publish(const LocalFeedServer &server, const QString &name, const QByteArray &document)
{
    HttpClient client(QUrl(server.url(QStringLiteral("honest"), name)), HttpClient::Limits());
    const HttpClient::Response response = client.send("PUT", client.newRequest(), document);
    REQUIRE(response.status / 100 == 2);
}

struct FeedLaptop
{
    TestDatabase t;
    QString hana;

    FeedLaptop()
    {
        SampleDataLoader::load(*t.database);
        hana = SampleDataLoader::stableId(EntityKind::Organization, QStringLiteral("HANA Center"));
    }
    PartnerFeedFetch::Result
    fetch(const QString &address,
          const HttpClient::Limits &limits = PartnerFeedFetch::defaultLimits(),
          const QString &caFile = QString())
    {
        const PartnerFeed feed = PartnerFeedStore(*t.database).add(hana, address);
        return PartnerFeedFetch::fetch(*t.database, feed, limits, caFile);
    }
};

} // namespace

TEST_CASE("RSS and Atom feeds are drafted into the Inbox once with the partner as organization",
          "[e2e][intake]")
{
    LocalFeedServer server;
    publish(server, QStringLiteral("news.rss"), fixture(QStringLiteral("partner-rss.xml")));
    publish(server, QStringLiteral("news.atom"), fixture(QStringLiteral("partner-atom.xml")));
    FeedLaptop laptop;
    PartnerFeedStore(*laptop.t.database)
        .add(laptop.hana, server.url(QStringLiteral("honest"), QStringLiteral("news.rss")));
    PartnerFeedStore(*laptop.t.database)
        .add(laptop.hana, server.url(QStringLiteral("honest"), QStringLiteral("news.atom")));

    const QVector<PartnerFeedFetch::Result> first = PartnerFeedFetch::fetchAll(*laptop.t.database);
    REQUIRE(first.size() == 2);
    int drafts = 0;
    for (const auto &result : first) {
        CAPTURE(result.error);
        CHECK(result.error.isEmpty());
        CHECK(result.newEntries == result.entries);
        drafts += result.drafts;
    }
    CHECK(first.at(0).entries + first.at(1).entries == 5);
    InboxStore inbox(*laptop.t.database);
    const QVector<InboxDraft> waiting = inbox.list();
    CHECK(int(waiting.size()) == drafts);
    bool vigil = false, firmaDated = false;
    for (const InboxDraft &draft : waiting) {
        const std::optional<IntakeSource> source = inbox.source(draft.sourceId);
        CHECK(source->kind == QStringLiteral("feed"));
        if (draft.draft.item.title.startsWith(QLatin1String("Attend a vigil"))) {
            vigil = true;
            CHECK(draft.draft.item.dueDate == QDate(2021, 12, 30));
            CHECK(source->receivedOn == QDate(2021, 12, 17));
        }
        if (draft.draft.item.title.startsWith(QLatin1String("Firma"))) {
            // The entry's title and its summary each call to sign; the summary gives the day.
            firmaDated = firmaDated || draft.draft.item.dueDate == QDate(2021, 12, 20);
            CHECK(source->language == QStringLiteral("es"));
            CHECK(draft.draft.item.organizationId == laptop.hana); // the feed's publisher
        }
    }
    CHECK(vigil);
    CHECK(firmaDated);

    // Fetched again, nothing new: what was read is remembered.
    const QVector<PartnerFeedFetch::Result> again = PartnerFeedFetch::fetchAll(*laptop.t.database);
    for (const auto &result : again) {
        CHECK(result.error.isEmpty());
        CHECK(result.newEntries == 0);
    }
    CHECK(inbox.list().size() == waiting.size());
    CHECK(PartnerFeedFetch::describe(again).contains(QLatin1String(": 0 new")));
}

TEST_CASE("Misbehaving feeds are refused with a message and nothing is added", "[e2e][intake]")
{
    LocalFeedServer server(true);
    publish(server, QStringLiteral("news.rss"), fixture(QStringLiteral("partner-rss.xml")));
    publish(server, QStringLiteral("laughs.rss"), fixture(QStringLiteral("billion-laughs.xml")));
    publish(server, QStringLiteral("leak.rss"), fixture(QStringLiteral("external-entity.xml")));
    publish(server, QStringLiteral("broken.rss"), fixture(QStringLiteral("malformed.xml")));
    publish(server, QStringLiteral("page.html"), "<html><body>Not a feed</body></html>");
    FeedLaptop laptop;
    HttpClient::Limits quick = PartnerFeedFetch::defaultLimits();
    quick.transferTimeoutMs = 1500;
    quick.deadlineMs = 10000;
    quick.maxBytes = 1024 * 1024;
    const QStringList before = recordRows(*laptop.t.database);

    const auto refusedWith = [&](const QString &address, const char *words) {
        const PartnerFeedFetch::Result result =
            laptop.fetch(address, quick, server.certificatePath());
        CAPTURE(address, result.error);
        CHECK(result.error.contains(QLatin1String(words)));
        CHECK(result.drafts == 0);
        CHECK(InboxStore(*laptop.t.database).isEmpty());
    };
    refusedWith(server.url(QStringLiteral("honest"), QStringLiteral("laughs.rss")), "entities");
    refusedWith(server.url(QStringLiteral("honest"), QStringLiteral("leak.rss")), "entities");
    refusedWith(server.url(QStringLiteral("honest"), QStringLiteral("broken.rss")), "well-formed");
    refusedWith(server.url(QStringLiteral("honest"), QStringLiteral("page.html")), "neither RSS");
    refusedWith(server.url(QStringLiteral("truncate"), QStringLiteral("news.rss")), "broke off");
    refusedWith(server.url(QStringLiteral("huge-chunked"), QStringLiteral("news.rss")), "MB");
    refusedWith(server.url(QStringLiteral("huge-length"), QStringLiteral("news.rss")), "MB");
    refusedWith(server.url(QStringLiteral("stall"), QStringLiteral("news.rss")),
                "stopped answering");
    refusedWith(server.url(QStringLiteral("status-404"), QStringLiteral("news.rss")), "404");
    refusedWith(server.secureUrl(QStringLiteral("redirect-http"), QStringLiteral("news.rss")),
                "plain http");
    // The records as they were; the same feed served honestly over https is read.
    CHECK(recordRows(*laptop.t.database) == before);
    const PartnerFeedFetch::Result honest =
        laptop.fetch(server.secureUrl(QStringLiteral("honest"), QStringLiteral("news.rss")), quick,
                     server.certificatePath());
    CAPTURE(honest.error);
    CHECK(honest.error.isEmpty());
    CHECK(honest.drafts > 0);
}

TEST_CASE("A feed of 200 entries is drafted whole", "[e2e][intake]")
{
    QByteArray document =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Many</title>";
    for (int i = 0; i < 200; ++i)
        document += QStringLiteral("<item><guid>entry-%1</guid><title>Week %1 update</title>"
                                   "<description>&lt;p&gt;Call Governor Hochul to fund excluded "
                                   "workers by December %2, 2021.&lt;/p&gt;&lt;p&gt;Sign the "
                                   "petition for the New Way Forward Act.&lt;/p&gt;</description>"
                                   "</item>")
                        .arg(i)
                        .arg(1 + i % 28)
                        .toUtf8();
    document += "</channel></rss>";
    LocalFeedServer server;
    publish(server, QStringLiteral("many.rss"), document);
    FeedLaptop laptop;
    const PartnerFeedFetch::Result result =
        laptop.fetch(server.url(QStringLiteral("honest"), QStringLiteral("many.rss")));
    CAPTURE(result.error);
    CHECK(result.entries == 200);
    CHECK(result.newEntries == 200);
    CHECK(result.drafts == 400);
    CHECK(InboxStore(*laptop.t.database).list().size() == 400);
}
