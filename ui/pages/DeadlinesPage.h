#pragma once

#include "ui/pages/Page.h"

class AgendaModel;
class Database;
class QCalendarWidget;
class QLabel;
class QTreeView;
class RecordEditor;

// The agenda: open items grouped Overdue / Today / This week / Next 30 days / Later /
// No date, overdue ones on top and marked; a month calendar marks the days with
// deadlines and, when a day is chosen, shows only that day.
class DeadlinesPage : public Page
{
    Q_OBJECT

public:
    DeadlinesPage(Database &database, RecordEditor &editor, QWidget *parent = nullptr);

    QString title() const override { return tr("Deadlines"); }
    void newRecord() override;
    void showRecord(const QString &id) override;
    void setEndedCampaignsShown(bool shown) override;
    QString currentId() const override;
    int writeRows(bool withId, const std::function<bool(const QStringList &)> &write,
                  const std::function<bool(int)> &progress) const override;
    int rowCountForExport() const override;
    // The agenda handout (Printouts::agenda), overdue items first.
    std::optional<Printout> printout(QWidget *dialogParent) override;

    void markCurrentDone();
    void showDay(const QDate &day);
    AgendaModel *model() const { return m_model; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void markCalendar();
    void expandAll();

    Database &m_database;
    AgendaModel *m_model;
    bool m_endedShown = false;
    QTreeView *m_tree;
    QCalendarWidget *m_calendar;
    QLabel *m_heading;
};
