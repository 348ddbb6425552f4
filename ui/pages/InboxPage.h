#pragma once

#include "model/intake/InboxStore.h"
#include "ui/pages/Page.h"

class Database;
class DetailView;
class QComboBox;
class QPushButton;
class QTableWidget;
class QTimer;
class QUndoStack;

// Inbox: draft action items read from partners' alerts (pasted, from a file, from their
// feeds), waiting for a person. Each shows the item it proposes and, beside it, the alert
// with the passage it was read from highlighted and why it was proposed. Accept (Enter)
// makes it an action item; Accept and edit (F2) opens the item's dialog first; Dismiss
// (Delete) puts it aside. All three undo. The drafts sync, so the team shares one inbox.
class InboxPage : public Page
{
    Q_OBJECT

public:
    InboxPage(Database &database, RecordEditor &editor, QUndoStack &undoStack,
              QWidget *parent = nullptr);

    QString title() const override { return tr("Inbox"); }
    // Edit > New on this page pastes an alert.
    void newRecord() override;
    // A draft, by id: shows the state it is in and chooses it.
    void showRecord(const QString &id) override;
    QString currentId() const override;
    void editCurrent() override;   // accept after editing
    void deleteCurrent() override; // dismiss, or open a dismissed draft again
    int writeRows(bool withId, const std::function<bool(const QStringList &)> &write,
                  const std::function<bool(int)> &progress) const override;
    int rowCountForExport() const override;

    // Edit > Paste alert: the dialog, with the clipboard's text.
    void pasteAlert();
    // Reads an alert into the Inbox and shows its drafts; returns how many it has.
    int addAlert(const QString &text, const QString &language, const QDate &receivedOn);
    void acceptCurrent();
    // Edit > Partner feeds: the dialog of the feeds the team watches.
    void editPartnerFeeds();

    QTableWidget *table() const { return m_table; }
    DetailView *detail() const { return m_detail; }
    QComboBox *stateChoice() const { return m_state; }

signals:
    // Read feeds now: the window's owner fetches them beside the window (app/desktop).
    void readFeedsRequested();
    // An alert's drafts were added here (a paste changes no record, so no other signal
    // says so): the sidebar counts them again.
    void draftsAdded();

protected:
    // Until a first alert is read or feed added: what the Inbox is for, and a button to
    // paste an alert.
    bool isEmpty() const override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void showCurrent();
    std::optional<InboxDraft> currentDraft() const;
    QString stateShown() const;

    Database &m_database;
    QComboBox *m_state;
    QTableWidget *m_table;
    DetailView *m_detail;
    QPushButton *m_accept, *m_edit, *m_dismiss;
    QTimer *m_refresh;
    QVector<InboxDraft> m_drafts; // as the table lists them before any sort
    bool m_stale = true;          // read again when next shown
};
