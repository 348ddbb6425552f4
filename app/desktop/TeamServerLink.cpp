#include "app/desktop/TeamServerLink.h"

#include "app/desktop/PassphraseKeyring.h"
#include "model/domain/CoalitionError.h"
#include "model/server/ServerListener.h"
#include "ui/dialogs/ServerPasswordDialog.h"

#include <QWidget>

TeamServerLink::TeamServerLink(QWidget &dialogParent, QObject *parent) : QObject(parent)
{
    m_prompt = [&dialogParent](const QString &server,
                               const QString &problem) -> std::optional<PasswordAnswer> {
        ServerPasswordDialog dialog(server, problem, &dialogParent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return PasswordAnswer{dialog.password(), dialog.remember()};
    };
}

TeamServerLink::~TeamServerLink() = default;

void TeamServerLink::setFeed(const QString &feed, const QString &caFile)
{
    if (feed == m_feed && caFile == m_caFile)
        return;
    m_listener.reset(); // listens again, with these, after the next sync
    m_caFile = caFile;
    if (feed == m_feed)
        return; // the same member on the same server: the password holds
    m_feed = feed;
    m_address.reset();
    m_password.clear();
    m_keyringTried = false;
    m_promptDeclined = false;
    if (!ServerAddress::isServerUrl(feed))
        return;
    try {
        m_address = ServerAddress::parse(feed);
    } catch (const CoalitionError &) {
        // The sync says what is wrong with the address.
    }
}

bool TeamServerLink::askForPassword(ServerPasswordNeeded::Reason reason, bool manual)
{
    if (!m_address || (!manual && m_promptDeclined))
        return false;
    if (reason == ServerPasswordNeeded::Reason::Missing && !m_keyringTried) {
        m_keyringTried = true;
        if (const std::optional<QString> kept =
                PassphraseKeyring::read(m_feed, PassphraseKeyring::Secret::ServerPassword)) {
            m_password = *kept;
            return true;
        }
    }
    const QString problem =
        reason == ServerPasswordNeeded::Reason::Wrong
            ? tr("The server did not accept that password. Check it with the server's owner.")
            : QString();
    const std::optional<PasswordAnswer> answer =
        m_prompt(tr("%1 on %2").arg(m_address->member(), m_address->host()), problem);
    if (!answer) {
        m_promptDeclined = true;
        return false;
    }
    m_password = answer->password;
    m_rememberAfterSync = answer->remember;
    return true;
}

QString TeamServerLink::syncSucceeded()
{
    if (!m_address)
        return {};
    QString failure;
    if (m_rememberAfterSync) {
        m_rememberAfterSync = false;
        failure =
            PassphraseKeyring::store(m_feed, m_password, PassphraseKeyring::Secret::ServerPassword);
    }
    listen();
    return failure;
}

void TeamServerLink::listen()
{
    if (!m_address || m_listener)
        return;
    m_listener = std::make_unique<ServerListener>(*m_address, m_password, m_caFile);
    connect(m_listener.get(), &ServerListener::poked, this, &TeamServerLink::poked);
    connect(m_listener.get(), &ServerListener::onlineChanged, this, &TeamServerLink::onlineChanged);
}
