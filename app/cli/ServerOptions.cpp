#include "app/cli/ServerOptions.h"

#include "app/cli/UsageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// The messages share the translation context of the other commands' options.
namespace ServerOptions {

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("server"),
         QCoreApplication::translate("CommandLine",
                                     "server: the team server's database, as its owner: "
                                     "postgresql://owner@host:5432/database."),
         QCoreApplication::translate("CommandLine", "URL")},
        {QStringLiteral("team"),
         QCoreApplication::translate("CommandLine", "server: the team a member joins or leaves."),
         QCoreApplication::translate("CommandLine", "NAME")},
        {QStringLiteral("member-password-file"),
         QCoreApplication::translate("CommandLine",
                                     "server add-member: the new member's password, from FILE "
                                     "(its first line); without it one is made and printed."),
         QCoreApplication::translate("CommandLine", "FILE")},
        {QStringLiteral("password-file"),
         QCoreApplication::translate("CommandLine",
                                     "sync and server: the password on the team server (the "
                                     "member's, or the owner's), from FILE (its first line)."),
         QCoreApplication::translate("CommandLine", "FILE")},
    };
}

QStringList optionsWithValue()
{
    return {QStringLiteral("--server"), QStringLiteral("--team"),
            QStringLiteral("--member-password-file"), QStringLiteral("--password-file")};
}

bool anySet(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("server")) || parser.isSet(QStringLiteral("team")) ||
           parser.isSet(QStringLiteral("member-password-file"));
}

ServerRequest read(const QCommandLineParser &parser, const QStringList &positional)
{
    ServerRequest request;
    const QString action = positional.value(1);
    const bool memberAction =
        action == QLatin1String("add-member") || action == QLatin1String("remove-member");
    if (action == QLatin1String("init")) {
        request.action = ServerRequest::Action::Init;
    } else if (memberAction) {
        request.action = action == QLatin1String("add-member")
                             ? ServerRequest::Action::AddMember
                             : ServerRequest::Action::RemoveMember;
        request.member = positional.value(2);
        if (request.member.isEmpty())
            throw UsageError(
                QCoreApplication::translate("CommandLine", "server %1 needs the member's name.")
                    .arg(action));
        request.team = parser.value(QStringLiteral("team"));
        if (request.team.isEmpty())
            throw UsageError(
                QCoreApplication::translate("CommandLine", "server %1 needs --team NAME.")
                    .arg(action));
    } else {
        throw UsageError(QCoreApplication::translate(
            "CommandLine", "server takes init, add-member NAME or remove-member NAME."));
    }
    if (positional.size() > (memberAction ? 3 : 2))
        throw UsageError(QCoreApplication::translate("CommandLine", "Unexpected argument \"%1\".")
                             .arg(positional.last()));
    if (!memberAction && parser.isSet(QStringLiteral("team")))
        throw UsageError(QCoreApplication::translate(
            "CommandLine", "--team belongs to server add-member and remove-member."));
    request.memberPasswordFile = parser.value(QStringLiteral("member-password-file"));
    if (!request.memberPasswordFile.isEmpty() && request.action != ServerRequest::Action::AddMember)
        throw UsageError(QCoreApplication::translate(
            "CommandLine", "--member-password-file belongs to server add-member."));
    request.server = parser.value(QStringLiteral("server"));
    if (request.server.isEmpty())
        throw UsageError(QCoreApplication::translate(
            "CommandLine", "server needs --server postgresql://owner@host:5432/database."));
    return request;
}

} // namespace ServerOptions
