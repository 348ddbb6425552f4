#include "model/feed/RecurrenceSettle.h"

#include "model/domain/EntityKind.h"
#include "model/domain/EventTimes.h"
#include "model/domain/RecurrenceRule.h"

namespace RecurrenceSettle {

namespace {

QDate dateIn(const FeedRecord &record, const QString &field)
{
    const std::optional<QString> value = record.fields.value(field).value;
    return value ? QDate::fromString(*value, Qt::ISODate) : QDate();
}

QDateTime instantIn(const FeedRecord &record, const char *field)
{
    const std::optional<QString> value = record.fields.value(QString::fromLatin1(field)).value;
    return value ? QDateTime::fromString(*value, Qt::ISODateWithMs) : QDateTime();
}

} // namespace

void settle(FeedMerge::Result &merged, const std::function<Stamp()> &stamp, const QString &author)
{
    const QString table = tableName(EntityKind::ActionItem);
    const QString dueField = QStringLiteral("due_date");
    for (auto it = merged.state.lowerBound({table, QString()});
         it != merged.state.end() && it.key().first == table; ++it) {
        const std::optional<QString> rule = it->fields.value(QStringLiteral("recurrence")).value;
        const QDate start = dateIn(*it, QStringLiteral("series_start"));
        if (it->isDeleted(merged.heldAfter) || !rule || !RecurrenceRule::isValid(*rule) ||
            !start.isValid())
            continue;
        QSet<QDate> settled;
        for (auto field = it->fields.cbegin(); field != it->fields.cend(); ++field) {
            const QDate day = RecurrenceRule::occurrenceDay(field.key());
            if (day.isValid() && field->value && !field->value->isEmpty())
                settled.insert(day);
        }
        const QDate due = dateIn(*it, dueField);
        const QDate next = RecurrenceRule::fromText(*rule).nextOpen(start, start, settled);
        if (!next.isValid() || next == due)
            continue; // a finished series keeps its last day
        const Stamp settledAt = stamp();
        it->fields.insert(dueField, FieldValue{next.toString(Qt::ISODate), settledAt, author});
        // Its event, if it is one, moves to the same day.
        QDateTime eventStart = instantIn(*it, "event_start");
        QDateTime eventEnd = instantIn(*it, "event_end");
        const QDateTime startBefore = eventStart, endBefore = eventEnd;
        EventTimes::moveToDay(
            eventStart, eventEnd,
            it->fields.value(QStringLiteral("all_day")).value == QStringLiteral("yes"), next);
        if (eventStart != startBefore)
            it->fields.insert(
                QStringLiteral("event_start"),
                FieldValue{eventStart.toString(Qt::ISODateWithMs), settledAt, author});
        if (eventEnd != endBefore)
            it->fields.insert(QStringLiteral("event_end"),
                              FieldValue{eventEnd.toString(Qt::ISODateWithMs), settledAt, author});
    }
}

} // namespace RecurrenceSettle
