#pragma once

#include "model/domain/ActionItemFilter.h"
#include "model/domain/EntityKind.h"
#include "ui/print/Printout.h"

#include <QWidget>
#include <functional>
#include <optional>

class EmptyState;
class PagedQueryModel;
class QLayout;
class QStackedWidget;
class QSplitter;
class QTableView;
class RecordEditor;
class Settings;

// One of the main window's pages (Campaigns, Organizations, Contacts, Action items,
// Deadlines): a list with a detail pane. The window's menus act on the current page
// through these calls; editing and deleting go to the RecordEditor for the page's kind.
class Page : public QWidget
{
    Q_OBJECT

public:
    Page(EntityKind kind, RecordEditor &editor, QWidget *parent);

    virtual QString title() const = 0;
    virtual void newRecord() = 0;
    // Selects and shows a record of this page's kind, e.g. a search result.
    virtual void showRecord(const QString &id) = 0;
    // The chosen record's id, or empty.
    virtual QString currentId() const = 0;

    virtual void editCurrent();
    virtual void deleteCurrent();
    // Organizations and contacts: merges another record into the chosen one.
    virtual bool canMerge() const;
    void mergeCurrent();

    // "Export what the page shows": its rows in its order and filter, as cell texts,
    // with a header row first. progress(rows so far) returning false cancels.
    virtual int writeRows(bool withId, const std::function<bool(const QStringList &)> &write,
                          const std::function<bool(int)> &progress) const = 0;
    // How many rows writeRows() will give, for a progress bar.
    virtual int rowCountForExport() const = 0;
    // The action items the page shows, for exporting their deadlines: the Action items
    // page's filter; every item elsewhere.
    virtual ActionItemFilter actionItemFilter() const { return {}; }

    // File > Print and Export as PDF: what the page shows, laid out for paper. The list
    // pages print their rows as writeRows() gives them; a page may ask first (which
    // columns) and return nothing when the person cancels.
    virtual std::optional<Printout> printout(QWidget *dialogParent);

    // View > Show ended campaigns: pages that list campaigns or their action items
    // show those of won, lost and closed campaigns too. Off by default.
    virtual void setEndedCampaignsShown(bool shown) { Q_UNUSED(shown); }

    virtual void saveState(Settings &settings) const;
    virtual void restoreState(const Settings &settings);

signals:
    // A link in a detail pane asks to open another record.
    void openRecordRequested(EntityKind kind, const QString &id);
    void statusMessage(const QString &message);

protected:
    // Lays the page out: on the left the filters (may be null) above the list and an
    // optional footer; on the right the detail pane; a splitter between them.
    QSplitter *layOut(QLayout *filters, QWidget *list, QWidget *footer, QWidget *detail,
                      int listStretch = 3, int detailStretch = 2);
    // A page without a list and detail pane (Reports): content fills it.
    void layOutAlone(QWidget *content);
    // The rows writeRows() gives as a printed table, only the columns given (all when
    // empty).
    Printout listPrintout(const QVector<int> &columns) const;
    // Pages a paged list in until id is loaded, then selects and reveals it.
    static bool selectRow(QTableView *table, PagedQueryModel *model, const QString &id, int column);
    // Starts a page with its first record chosen, so the detail pane is never blank.
    static void selectFirstRow(QTableView *table, int column);

    // While the database holds no record of the page's kind, the page shows what it is
    // for and a button (its label: button) that adds the first one, not a blank list.
    // Call after layOut().
    void setEmptyState(const QString &heading, const QString &explanation, const QString &button);

    // Whether the empty state shows: by default, while there is no record of the page's
    // kind.
    virtual bool isEmpty() const;
    void updateEmptyState();

    RecordEditor &m_editor;

private:
    EntityKind m_kind;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
};
