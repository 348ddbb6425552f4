#include "app/terminal/ServerCommand.h"

#include "app/cli/CommandLine.h"
#include "app/terminal/SecretFile.h"
#include "model/domain/CoalitionError.h"
#include "model/server/ServerAddress.h"
#include "model/server/ServerConnection.h"
#include "model/server/ServerMembers.h"
#include "model/server/ServerSchema.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace {

// A new member's password when none was given: 24 letters and digits from the system's
// random source (about 140 bits), to be handed to the member once.
QString madePassword()
{
    static const QString alphabet =
        QStringLiteral("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 24; ++i)
        password += alphabet.at(int(QRandomGenerator::system()->bounded(alphabet.size())));
    return password;
}

} // namespace

namespace ServerCommand {

int run(const CommandLineRequest &request, QTextStream &out)
{
    const ServerRequest &server = request.serverRequest;
    const ServerAddress address =
        ServerAddress::parse(server.server, ServerAddress::Team::Optional);
    const QString password =
        request.passwordFile.isEmpty() ? QString() : SecretFile::read(request.passwordFile);
    ServerConnection connection(address, password, request.caFile);
    switch (server.action) {
    case ServerRequest::Action::Init: {
        const ServerSchema::InitResult result = ServerSchema::init(connection);
        const QString message =
            result == ServerSchema::InitResult::Created
                ? QCoreApplication::translate("CommandRunner",
                                              "The team server is set up in %1 (schema %2). Add "
                                              "members with: coalition server add-member NAME "
                                              "--team TEAM --server URL")
            : result == ServerSchema::InitResult::Migrated
                ? QCoreApplication::translate("CommandRunner",
                                              "The team server in %1 was brought up to schema %2.")
                : QCoreApplication::translate("CommandRunner",
                                              "The team server in %1 is already set up (schema "
                                              "%2); nothing was changed.");
        out << message.arg(address.text()).arg(ServerSchema::latestVersion) << Qt::endl;
        return 0;
    }
    case ServerRequest::Action::AddMember: {
        const bool given = !server.memberPasswordFile.isEmpty();
        const QString memberPassword =
            given ? SecretFile::read(server.memberPasswordFile) : madePassword();
        // An existing member keeps their password unless a new one is given.
        const bool created =
            ServerMembers(connection).add(server.member, server.team, memberPassword, given);
        out << QCoreApplication::translate("CommandRunner", "%1 is a member of team %2.")
                   .arg(server.member, server.team)
            << Qt::endl;
        if (created && !given)
            out << QCoreApplication::translate("CommandRunner",
                                               "Their password (give it to them, it is not "
                                               "shown again): %1")
                       .arg(memberPassword)
                << Qt::endl;
        return 0;
    }
    case ServerRequest::Action::RemoveMember:
        if (!ServerMembers(connection).remove(server.member, server.team))
            throw CoalitionError(QCoreApplication::translate("CommandRunner",
                                                             "%1 is not a member of team %2; "
                                                             "nothing was changed.")
                                     .arg(server.member, server.team));
        out << QCoreApplication::translate("CommandRunner",
                                           "%1 is no longer a member of team %2. Their copies "
                                           "of the feed still open with the team passphrase: "
                                           "rotate the team key now (coalition sync "
                                           "--new-passphrase-file FILE --rotate-key).")
                   .arg(server.member, server.team)
            << Qt::endl;
        return 0;
    }
    return 2;
}

} // namespace ServerCommand
