#include "AgendaPrinter.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AgendaPrinter", text);
}

// The terminal agenda keeps the four groups of the command line's promise; the
// window splits "Later" further into "Next 30 days".
AgendaBucket terminalBucket(AgendaBucket bucket)
{
    return bucket == AgendaBucket::Next30Days ? AgendaBucket::Later : bucket;
}

} // namespace

namespace AgendaPrinter {

void print(QTextStream &out, const QVector<Agenda::Group> &groups, const QDate &today, int days)
{
    int total = 0;
    for (const Agenda::Group &group : groups)
        total += int(group.entries.size());

    const QLocale c = QLocale::c();
    out << tr("Agenda for %1").arg(c.toString(today, QStringLiteral("dddd d MMMM yyyy")));
    if (days >= 0)
        out << tr(" (next %1 days)").arg(days);
    out << QStringLiteral(": ")
        << (total == 1 ? tr("1 open action item") : tr("%1 open action items").arg(total))
        << Qt::endl;
    if (total == 0) {
        out << tr("Nothing is due. Well done.") << Qt::endl;
        return;
    }

    AgendaBucket shown = AgendaBucket::NoDate;
    bool first = true;
    for (int g = 0; g < groups.size(); ++g) {
        const AgendaBucket bucket = terminalBucket(groups[g].bucket);
        if (first || bucket != shown) {
            int count = 0;
            for (int h = g; h < groups.size() && terminalBucket(groups[h].bucket) == bucket; ++h)
                count += int(groups[h].entries.size());
            out << Qt::endl
                << agendaBucketLabel(bucket) << QStringLiteral(" (%1)").arg(count) << Qt::endl;
            shown = bucket;
            first = false;
        }
        for (const Agenda::Entry &entry : groups[g].entries) {
            const ActionItem &item = entry.item;
            const QString due = item.dueDate.isValid() ? item.dueDate.toString(Qt::ISODate)
                                                       : tr("no date").leftJustified(10);
            out << QStringLiteral("  ") << due << QStringLiteral("  ") << item.title;
            if (item.priority == QLatin1String("urgent") || item.priority == QLatin1String("high"))
                out << QStringLiteral("  [") << item.priority << QLatin1Char(']');
            out << Qt::endl;
            QStringList details;
            details << (entry.campaignName.isEmpty() ? tr("no campaign") : entry.campaignName);
            details << (item.owner.isEmpty() ? tr("no owner") : tr("owner: %1").arg(item.owner));
            out << QString(14, QLatin1Char(' ')) << details.join(QStringLiteral(" · ")) << Qt::endl;
        }
    }
}

} // namespace AgendaPrinter
