#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

// Every setting Coalition keeps, in one place: each key's name in the file and its
// default are spelled here and nowhere else (KeePassXC's Config does the same). The
// file is <config>/coalition/<application>.conf, e.g. ~/.config/coalition/coalition.conf;
// Coalition 0.1 wrote ~/.config/Unknown Organization/coalition.conf, which is moved here
// the first time. The file may hold a feed address with the server's password, so it
// is made readable by its owner only whenever it is written.
class Settings
{
public:
    enum class Key
    {
        Author,           // the name recorded with this laptop's changes
        DefaultOwner,     // the owner new action items get
        SyncFeed,         // the team's feed: a path or a URL
        SyncMinutes,      // minutes between automatic syncs; 0: only by hand
        SyncStallSeconds, // how long a silent server is waited for (no preference field)
        SyncCaFile,       // extra certificate authorities (PEM) for the feed's server, or ""
        Language,         // "" or absent: the system's
        WindowGeometry,
        WindowState,
        WindowPage,         // the page shown last, as MainWindow::PageIndex
        ShowEndedCampaigns, // View > Show ended campaigns (won, lost, closed); false
        CoalitionName,      // the name printed at the top of every page; "" prints "Coalition"
        PartnerFeedsHourly, // read partners' feeds every hour while the window is open; false
    };

    Settings();
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    QVariant value(Key key) const;
    QString text(Key key) const { return value(key).toString(); }
    int number(Key key) const { return value(key).toInt(); }
    void setValue(Key key, const QVariant &value);
    void remove(Key key);

    // A page's own layout (its splitter), under the page's name.
    QByteArray pageLayout(const QString &page) const;
    void setPageLayout(const QString &page, const QByteArray &state);

    // The file these settings live in.
    static QString fileName();

private:
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    // fileName(), after moving Coalition 0.1's file there when only that one exists.
    static QString openedFileName();

    QSettings m_settings;
    bool m_written = false;
};
