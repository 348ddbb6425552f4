#include "model/server/ServerAddress.h"

#include "model/domain/CoalitionError.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace {

const QStringList sslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                              QStringLiteral("prefer"),    QStringLiteral("require"),
                              QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

CoalitionError badAddress(const QString &text, const QString &why)
{
    return CoalitionError(QCoreApplication::translate("ServerAddress",
                                                      "The team server address %1 cannot be "
                                                      "used: %2")
                              .arg(text, why));
}

bool isLoopback(const QString &host)
{
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("::1") ||
           host == QLatin1String("localhost");
}

} // namespace

bool ServerAddress::isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

ServerAddress ServerAddress::parse(const QString &text, Team team)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!isServerUrl(text) || !url.isValid() || url.host().isEmpty())
        throw badAddress(
            text,
            QCoreApplication::translate(
                "ServerAddress", "write it as postgresql://member@host:5432/database?team=NAME."));
    if (!url.password().isEmpty())
        throw badAddress(url.toString(QUrl::RemovePassword),
                         QCoreApplication::translate("ServerAddress",
                                                     "it holds a password. Give the password "
                                                     "in a file (--password-file) or when "
                                                     "asked; an address is kept in settings "
                                                     "and shown in the sync log."));
    ServerAddress address;
    address.m_member = url.userName();
    address.m_host = url.host();
    address.m_port = url.port(5432);
    address.m_database = url.path().mid(1);
    const QUrlQuery query(url);
    address.m_team = query.queryItemValue(QStringLiteral("team"), QUrl::FullyDecoded);
    if (address.m_member.isEmpty())
        throw badAddress(text, QCoreApplication::translate("ServerAddress",
                                                           "it names no member (member@host)."));
    if (address.m_database.isEmpty() || address.m_database.contains(QLatin1Char('/')))
        throw badAddress(text, QCoreApplication::translate(
                                   "ServerAddress", "it names no database (host/database)."));
    if (address.m_team.isEmpty() && team == Team::Required)
        throw badAddress(
            text, QCoreApplication::translate("ServerAddress", "it names no team (?team=NAME)."));
    address.m_sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    if (address.m_sslMode.isEmpty())
        address.m_sslMode =
            isLoopback(address.m_host) ? QStringLiteral("prefer") : QStringLiteral("verify-full");
    if (!sslModes.contains(address.m_sslMode))
        throw badAddress(text,
                         QCoreApplication::translate("ServerAddress", "sslmode must be one of %1.")
                             .arg(sslModes.join(QStringLiteral(", "))));
    if (query.hasQueryItem(QStringLiteral("connect_timeout"))) {
        bool ok = false;
        address.m_connectTimeout =
            query.queryItemValue(QStringLiteral("connect_timeout")).toInt(&ok);
        if (!ok || address.m_connectTimeout < 1)
            throw badAddress(
                text, QCoreApplication::translate(
                          "ServerAddress", "connect_timeout must be a whole number of seconds."));
    }
    for (const auto &item : query.queryItems()) {
        if (item.first != QLatin1String("team") && item.first != QLatin1String("sslmode") &&
            item.first != QLatin1String("connect_timeout"))
            throw badAddress(text, QCoreApplication::translate("ServerAddress",
                                                               "it has an option this Coalition "
                                                               "does not know: %1.")
                                       .arg(item.first));
    }
    return address;
}

QString ServerAddress::text() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_member);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    if (!m_team.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("team"), m_team);
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}
