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
    CHECK(
        parse({"agenda", "--help"}).helpText.startsWith(QLatin1String("Usage: coalition agenda")));
    CHECK(parse({"--db", "n.sqlite", "--create"}).create);
    CHECK_FALSE(parse({"--db", "n.sqlite"}).create);
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
    CHECK_THROWS_AS(parse({"agenda", "--create"}), UsageError);
    CHECK_THROWS_AS(parse({"agendas", "--help"}), UsageError);
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

TEST_CASE("The server command reads its action - member - team and server - a misplaced "
          "option is a usage error",
          "[cli][server]")
{
    const auto init =
        parse({"server", "init", "--server", "postgresql://owner@h/c", "--password-file", "o"});
    CHECK(init.command == CommandLineRequest::Command::Server);
    CHECK(init.serverRequest.action == ServerRequest::Action::Init);
    CHECK(init.serverRequest.server == QLatin1String("postgresql://owner@h/c"));
    CHECK(init.passwordFile == QLatin1String("o"));

    const auto add = parse({"server", "add-member", "ana", "--team", "nyc", "--server",
                            "postgresql://owner@h/c", "--member-password-file", "ana.txt"});
    CHECK(add.serverRequest.action == ServerRequest::Action::AddMember);
    CHECK(add.serverRequest.member == QLatin1String("ana"));
    CHECK(add.serverRequest.team == QLatin1String("nyc"));
    CHECK(add.serverRequest.memberPasswordFile == QLatin1String("ana.txt"));
    CHECK(parse({"server", "remove-member", "ana", "--team", "nyc", "--server", "s"})
              .serverRequest.action == ServerRequest::Action::RemoveMember);
    const auto sync = parse({"sync", "--feed", "postgresql://ana@h/c?team=nyc", "--password-file",
                             "ana.txt", "--ca-file", "ca.pem"});
    CHECK(sync.passwordFile == QLatin1String("ana.txt"));
    CHECK(parse({"server", "init", "--server", "s", "--ca-file", "ca.pem"}).caFile ==
          QLatin1String("ca.pem"));

    // (Vectors, not initializer lists: a list's array would not outlive the braces.)
    for (const std::vector<const char *> &words : std::vector<std::vector<const char *>>{
             {"server"},
             {"server", "start", "--server", "s"},
             {"server", "init"},
             {"server", "add-member", "--team", "nyc", "--server", "s"},
             {"server", "add-member", "ana", "--server", "s"},
             {"server", "init", "--team", "nyc", "--server", "s"},
             {"server", "remove-member", "ana", "--team", "t", "--server", "s",
              "--member-password-file", "f"},
             {"server", "add-member", "ana", "bo", "--team", "t", "--server", "s"},
             {"agenda", "--password-file", "x"},
             {"agenda", "--team", "x"},
             {"sync", "--feed", "f", "--server", "s"},
             {"server", "init", "--server", "s", "--feed", "f"},
         }) {
        QStringList arguments{QStringLiteral("coalition")};
        for (const char *word : words)
            arguments << QString::fromUtf8(word);
        CHECK_THROWS_AS(CommandLine::parse(arguments), UsageError);
    }
    CHECK(CommandLine::isTerminalCommand(args({"--server", "s", "server"})));
}
