#include "app/terminal/AgendaPrinter.h"

#include "model/domain/EventTimes.h"
#include "model/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

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
    int total = 0; // items, not dates: a repeating item's coming occurrences count once
    for (const Agenda::Group &group : groups) {
        for (const Agenda::Entry &entry : group.entries)
            total += entry.upcoming ? 0 : 1;
    }

    // The day in the reader's language; in English the unambiguous "Wednesday 15
    // December 2021" rather than a locale's month-first form.
    const QLocale locale;
    const bool english = locale.language() == QLocale::C || locale.language() == QLocale::English;
    out << QCoreApplication::translate("AgendaPrinter", "Agenda for %1")
               .arg(english ? QLocale::c().toString(today, QStringLiteral("dddd d MMMM yyyy"))
                            : locale.toString(today, QLocale::LongFormat));
    if (days >= 0)
        out << QCoreApplication::translate("AgendaPrinter", " (next %1 days)").arg(days);
    out << QStringLiteral(": ")
        << QCoreApplication::translate("AgendaPrinter", "%n open action item(s)", nullptr, total)
        << Qt::endl;
    if (total == 0) {
        out << QCoreApplication::translate("AgendaPrinter", "Nothing is due. Well done.")
            << Qt::endl;
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
            const QString due =
                item.dueDate.isValid()
                    ? item.dueDate.toString(Qt::ISODate)
                    : QCoreApplication::translate("AgendaPrinter", "no date").leftJustified(10);
            out << QStringLiteral("  ") << due << QStringLiteral("  ");
            if (const QTime starts = EventTimes::startOnDueDay(item); starts.isValid())
                out << starts.toString(QStringLiteral("HH:mm")) << QStringLiteral("  ");
            out << item.title;
            if (!item.recurrence.isEmpty())
                out << QStringLiteral("  [")
                    << QCoreApplication::translate("AgendaPrinter", "repeats") << QLatin1Char(']');
            if (item.priority == QLatin1String("urgent") || item.priority == QLatin1String("high"))
                out << QStringLiteral("  [")
                    << Vocabulary::priority().label(item.priority).toLower() << QLatin1Char(']');
            out << Qt::endl;
            QStringList details;
            details << (entry.campaignName.isEmpty()
                            ? QCoreApplication::translate("AgendaPrinter", "no campaign")
                            : entry.campaignName);
            details << (item.owner.isEmpty()
                            ? QCoreApplication::translate("AgendaPrinter", "no owner")
                            : QCoreApplication::translate("AgendaPrinter", "owner: %1")
                                  .arg(item.owner));
            out << QString(14, QLatin1Char(' ')) << details.join(QStringLiteral(" · ")) << Qt::endl;
        }
    }
}

} // namespace AgendaPrinter
