#pragma once

#include "model/records/Agenda.h"
#include "model/reports/CampaignReport.h"
#include "model/reports/CoalitionOverview.h"
#include "ui/print/Printout.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

// The printouts Coalition makes, in the window's language: a list as a page shows it,
// the Deadlines agenda, a campaign's one-pager and the coalition overview.
class Printouts
{
    Q_DECLARE_TR_FUNCTIONS(Printouts)

public:
    // A list: rows(write) calls write once per row (cells as shown), in order; the
    // header row repeats on every page. Only the columns in `columns` (indexes into
    // headers) are printed, in that order; empty: all.
    using RowSource = std::function<void(const std::function<void(const QStringList &)> &write)>;
    static Printout table(const QString &title, const QString &subtitle, const QStringList &headers,
                          const RowSource &rows, const QVector<int> &columns = {});
    // The same from a source that writes its header row first (Page::writeRows,
    // PagedQueryModel::forEachRow); write returning false stops it.
    using RowsWithHeader =
        std::function<void(const std::function<bool(const QStringList &)> &write)>;
    static Printout tableOf(const QString &title, const QString &subtitle,
                            const RowsWithHeader &rows, const QVector<int> &columns = {});
    // The open action items by deadline, overdue first, as the Deadlines page groups them.
    static Printout agenda(const QVector<Agenda::Group> &groups, const QDate &today);
    // The agenda's groups alone, each a heading and a table (the overview embeds them).
    static QString agendaGroups(const QVector<Agenda::Group> &groups);
    // Ask, target, partners with roles, the burn-up chart, open items, who changed what.
    static Printout campaign(const CampaignReport &report);
    static Printout overview(const CoalitionOverview &overview);

    // Cell texts as HTML table rows.
    static QString headerRow(const QStringList &cells, const QVector<int> &numberColumns = {},
                             const QVector<int> &percentWidths = {});
    static QString row(const QStringList &cells, const QVector<int> &numberColumns = {},
                       const QString &rowClass = {});
};
