#include "app/cli/CommandLine.h"
#include "app/cli/UsageError.h"

#include <catch2/catch.hpp>

namespace {

CommandLineRequest parse(std::initializer_list<const char *> words)
{
    QStringList arguments{QStringLiteral("coalition")};
    for (const char *word : words)
        arguments << QString::fromUtf8(word);
    return CommandLine::parse(arguments);
}

QStringList args(std::initializer_list<const char *> words)
{
    QStringList arguments{QStringLiteral("coalition")};
    for (const char *word : words)
        arguments << QString::fromUtf8(word);
    return arguments;
}

} // namespace

TEST_CASE("The command line reads the agenda's options", "[cli]")
{
    const auto request =
        parse({"agenda", "--db", "x.sqlite", "--days", "7", "--today", "2021-12-15"});
    CHECK(request.command == CommandLineRequest::Command::Agenda);
    CHECK(request.databasePath == QLatin1String("x.sqlite"));
    CHECK(request.days == 7);
    CHECK(request.today == QDate(2021, 12, 15));
    CHECK(parse({"--db=y.sqlite"}).command == CommandLineRequest::Command::Window);
    CHECK(parse({"--db=y.sqlite"}).databasePath == QLatin1String("y.sqlite"));
    CHECK(parse({"demo", "--db", "d.sqlite"}).command == CommandLineRequest::Command::Demo);
    CHECK(parse({"--version"}).command == CommandLineRequest::Command::Version);
    CHECK(parse({"agenda", "--help"}).command == CommandLineRequest::Command::Help);
}

TEST_CASE("Malformed command lines are usage errors - a bad date is a failure", "[cli]")
{
    CHECK_THROWS_AS(parse({"agenda", "--colour"}), UsageError);
    CHECK_THROWS_AS(parse({"sync-everything"}), UsageError);
    CHECK_THROWS_AS(parse({"agenda", "extra"}), UsageError);
    CHECK_THROWS_AS(parse({"agenda", "--days", "soon"}), UsageError);
    CHECK_THROWS_AS(parse({"agenda", "--days", "-3"}), UsageError);
    CHECK_THROWS_AS(parse({"demo"}), UsageError);
    CHECK_THROWS_AS(parse({"demo", "--db", "d.sqlite", "--days", "3"}), UsageError);
    CHECK_THROWS_AS(parse({"agenda", "--screenshot", "s.png"}), UsageError);
    CHECK_THROWS_AS(parse({"--page", "everything"}), UsageError);
    CHECK_THROWS_AS(parse({"agenda", "--page", "deadlines"}), UsageError);
    CHECK(parse({"--page", "Deadlines"}).page == 4);
    CHECK(parse({}).page == -1);
    try {
        parse({"agenda", "--today", "2021-13-01"});
        FAIL("a bad date was accepted");
    } catch (const UsageError &) {
        FAIL("a bad date is not a usage error");
    } catch (const CoalitionError &error) {
        CHECK(error.message().contains(QLatin1String("2021-13-01")));
    }
}

TEST_CASE("Only the window needs a display", "[cli]")
{
    CHECK(CommandLine::isTerminalCommand(args({"agenda"})));
    CHECK(CommandLine::isTerminalCommand(args({"--db", "x.sqlite", "demo"})));
    CHECK(CommandLine::isTerminalCommand(args({"--help"})));
    CHECK(CommandLine::isTerminalCommand(args({"mistyped"})));
    CHECK_FALSE(CommandLine::isTerminalCommand(args({})));
    CHECK_FALSE(
        CommandLine::isTerminalCommand(args({"--db", "agenda.sqlite", "--today", "2021-12-15"})));
    CHECK(CommandLine::screenshotArgument(args({"--screenshot", "s.png"})) ==
          QLatin1String("s.png"));
}
