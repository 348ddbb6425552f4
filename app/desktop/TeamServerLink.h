#pragma once

#include "model/server/ServerAddress.h"
#include "model/server/ServerPasswordNeeded.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class ServerListener;
class QWidget;

// The window's side of a team server feed (docs/team-server.md): the member's password —
// asked for when a sync needs it, kept until Coalition quits, and in the desktop's
// keyring only when the person asks — and a ServerListener that pokes a sync when
// another laptop pushed and says when the server is out of reach or back. Does nothing
// for a file or URL feed.
class TeamServerLink : public QObject
{
    Q_OBJECT

public:
    explicit TeamServerLink(QWidget &dialogParent, QObject *parent = nullptr);
    ~TeamServerLink() override;

    // The feed set in Preferences, and the certificate authorities to trust for it.
    void setFeed(const QString &feed, const QString &caFile);
    bool isServer() const { return m_address.has_value(); }
    QString password() const { return m_password; }
    bool isListening() const { return m_listener != nullptr; }

    // A sync stopped for the password: the keyring's first (once per feed), else the
    // person is asked (an automatic sync asks once a session at most). True: sync again.
    bool askForPassword(ServerPasswordNeeded::Reason reason, bool manual);
    // A sync went through with the password: keep it in the keyring if the person asked,
    // and listen for other laptops' pushes. The keyring's message when it could not keep
    // it, else empty.
    QString syncSucceeded();
    // Listens (if it does not yet) with the password as it is: also after a sync that
    // could not reach the server, so the window syncs by itself once the server is back.
    void listen();

    struct PasswordAnswer
    {
        QString password;
        bool remember = false;
    };
    using PasswordPrompt =
        std::function<std::optional<PasswordAnswer>(const QString &server, const QString &problem)>;
    // The seam tests answer through; the window shows a ServerPasswordDialog.
    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }

signals:
    void poked();
    void onlineChanged(bool online, const QString &why);

private:
    QString m_feed;
    QString m_caFile;
    std::optional<ServerAddress> m_address;
    QString m_password;
    bool m_keyringTried = false;
    bool m_rememberAfterSync = false;
    bool m_promptDeclined = false;
    std::unique_ptr<ServerListener> m_listener;
    PasswordPrompt m_prompt;
};
