#include "ui/print/Printouts.h"

#include "ui/presentation/ReportText.h"

#include <QLocale>

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString &tag, const QString &text, bool number)
{
    return QStringLiteral("<%1%2>%3</%1>")
        .arg(tag, number ? QStringLiteral(" class=\"number\"") : QString(), escaped(text));
}

} // namespace

QString Printouts::headerRow(const QStringList &cells, const QVector<int> &numberColumns,
                             const QVector<int> &percentWidths)
{
    QString html = QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i) {
        QString th = cell(QStringLiteral("th"), cells.at(i), numberColumns.contains(i));
        if (i < percentWidths.size())
            th.insert(3, QStringLiteral(" width=\"%1%\"").arg(percentWidths.at(i)));
        html += th;
    }
    return html + QStringLiteral("</tr>");
}

QString Printouts::row(const QStringList &cells, const QVector<int> &numberColumns,
                       const QString &rowClass)
{
    QString html = rowClass.isEmpty() ? QStringLiteral("<tr>")
                                      : QStringLiteral("<tr class=\"%1\">").arg(rowClass);
    for (int i = 0; i < cells.size(); ++i)
        html += cell(QStringLiteral("td"), cells.at(i), numberColumns.contains(i));
    return html + QStringLiteral("</tr>");
}

Printout Printouts::tableOf(const QString &title, const QString &subtitle,
                            const RowsWithHeader &rows, const QVector<int> &columns)
{
    // The rows are read twice, not kept: a list of a million contacts streams.
    QStringList headers;
    rows([&headers](const QStringList &header) {
        headers = header;
        return false; // the header row is all this pass wants
    });
    return table(
        title, subtitle, headers,
        [&rows](const std::function<void(const QStringList &)> &write) {
            bool header = true;
            rows([&](const QStringList &cells) {
                if (!header)
                    write(cells);
                header = false;
                return true;
            });
        },
        columns);
}

Printout Printouts::table(const QString &title, const QString &subtitle, const QStringList &headers,
                          const RowSource &rows, const QVector<int> &columns)
{
    QVector<int> shown = columns;
    if (shown.isEmpty()) {
        for (int i = 0; i < headers.size(); ++i)
            shown << i;
    }
    const auto pick = [&shown](const QStringList &cells) {
        QStringList picked;
        for (int index : shown)
            picked << cells.value(index);
        return picked;
    };
    QString body;
    int count = 0;
    rows([&](const QStringList &cells) {
        body += row(pick(cells));
        ++count;
    });
    QString html = QStringLiteral("<h1>%1</h1>").arg(escaped(title));
    QStringList sub;
    if (!subtitle.isEmpty())
        sub << subtitle;
    sub << tr("%n row(s)", nullptr, count);
    html += QStringLiteral("<p class=\"sub\">%1</p>").arg(escaped(sub.join(QStringLiteral(" · "))));
    html +=
        QStringLiteral(
            "<table class=\"list\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead>") +
        headerRow(pick(headers)) + QStringLiteral("</thead><tbody>") + body +
        QStringLiteral("</tbody></table>");
    return Printout(title, html);
}

Printout Printouts::agenda(const QVector<Agenda::Group> &groups, const QDate &today)
{
    const QString title = tr("Deadlines");
    const QString html =
        QStringLiteral("<h1>%1</h1><p class=\"sub\">%2</p>")
            .arg(escaped(title), escaped(tr("Open action items by deadline, as of %1")
                                             .arg(QLocale().toString(today, QLocale::LongFormat))));
    return Printout(title, html + agendaGroups(groups));
}

QString Printouts::agendaGroups(const QVector<Agenda::Group> &groups)
{
    if (groups.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(escaped(tr("Nothing is due.")));
    QString html;
    const QStringList headers = {tr("Due"), tr("Action item"), tr("Campaign"), tr("Owner")};
    for (const Agenda::Group &group : groups) {
        html +=
            QStringLiteral("<h2>%1</h2>")
                .arg(escaped(tr("%1 (%2)").arg(agendaBucketLabel(group.bucket)).arg(group.total)));
        html += QStringLiteral("<table class=\"list\" width=\"100%\" cellspacing=\"0\" "
                               "cellpadding=\"3\"><thead>") +
                headerRow(headers, {}, {19, 43, 24, 14}) + QStringLiteral("</thead><tbody>");
        const QString rowClass =
            group.bucket == AgendaBucket::Overdue ? QStringLiteral("overdue") : QString();
        for (const Agenda::Entry &entry : group.entries) {
            const ActionItem &item = entry.item;
            QString title = item.title;
            if (!item.recurrence.isEmpty())
                title += entry.upcoming ? tr(" (repeats; coming date)") : tr(" (repeats)");
            html += row({ReportText::when(item.dueDate, item.eventStart, item.allDay), title,
                         entry.campaignName, item.owner},
                        {}, rowClass);
        }
        html += QStringLiteral("</tbody></table>");
        if (group.total > group.entries.size())
            html += QStringLiteral("<p class=\"muted\">%1</p>")
                        .arg(escaped(
                            tr("…and %n more.", nullptr, int(group.total - group.entries.size()))));
    }
    return html;
}
