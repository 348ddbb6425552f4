#include "model/domain/CoalitionError.h"
#include "model/server/ServerAddress.h"

#include <catch2/catch.hpp>

TEST_CASE("A team server address reads as PostgreSQL users write it - TLS checked except on the "
          "laptop itself",
          "[server]")
{
    const ServerAddress remote = ServerAddress::parse(
        QStringLiteral("postgresql://ana@db.example.org/coalition?team=nyc%20network"));
    CHECK(remote.member() == QLatin1String("ana"));
    CHECK(remote.host() == QLatin1String("db.example.org"));
    CHECK(remote.port() == 5432);
    CHECK(remote.database() == QLatin1String("coalition"));
    CHECK(remote.team() == QLatin1String("nyc network"));
    CHECK(remote.sslMode() == QLatin1String("verify-full"));
    CHECK(remote.text() ==
          QLatin1String("postgresql://ana@db.example.org:5432/coalition?team=nyc%20network"));
    CHECK(ServerAddress::parse(remote.text()).team() == remote.team());

    const ServerAddress local = ServerAddress::parse(
        QStringLiteral("postgres://bo@127.0.0.1:6543/c?team=la&connect_timeout=3"));
    CHECK(local.port() == 6543);
    CHECK(local.sslMode() == QLatin1String("prefer"));
    CHECK(local.connectTimeoutSeconds() == 3);
    CHECK(
        ServerAddress::parse(QStringLiteral("postgresql://bo@localhost/c?team=la&sslmode=require"))
            .sslMode() == QLatin1String("require"));
    CHECK(ServerAddress::parse(QStringLiteral("postgresql://owner@h/c"),
                               ServerAddress::Team::Optional)
              .team()
              .isEmpty());
    CHECK(ServerAddress::isServerUrl(QStringLiteral("postgresql://x")));
    CHECK_FALSE(ServerAddress::isServerUrl(QStringLiteral("https://example.org/team.feed")));
}

TEST_CASE("A team server address with a password - no member - no database - no team or an "
          "unknown option is refused with what is wrong",
          "[server]")
{
    const auto refused = [](const char *text, const char *why) {
        INFO(text);
        CHECK_THROWS_WITH(ServerAddress::parse(QString::fromLatin1(text)), Catch::Contains(why));
    };
    refused("postgresql://ana:hunter2@h/c?team=t", "it holds a password");
    refused("postgresql://h/c?team=t", "names no member");
    refused("postgresql://ana@h/?team=t", "names no database");
    refused("postgresql://ana@h/c", "names no team");
    refused("postgresql://ana@h/c?team=t&sslmode=sometimes", "sslmode must be one of");
    refused("postgresql://ana@h/c?team=t&connect_timeout=soon", "connect_timeout");
    refused("postgresql://ana@h/c?team=t&host=elsewhere", "does not know: host");
    refused("https://ana@h/c?team=t", "write it as postgresql://");
    // The password is not repeated in the message.
    try {
        ServerAddress::parse(QStringLiteral("postgresql://ana:hunter2@h/c?team=t"));
    } catch (const CoalitionError &error) {
        CHECK_FALSE(error.message().contains(QLatin1String("hunter2")));
    }
}
