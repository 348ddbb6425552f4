#include "model/domain/RecurrenceRule.h"

#include "model/domain/ValidationError.h"

#include <QCoreApplication>
#include <QLocale>

#include <libical/ical.h>

namespace {

// The rule libical reads from text, or FREQ=NO_RECURRENCE when it reads none. A
// malformed part sets libical's error number rather than failing the whole string, so
// the error number is cleared first and checked after.
icalrecurrencetype parsed(const QString &text, bool *ok)
{
    icalerror_clear_errno();
    const QByteArray bytes = text.trimmed().toUtf8();
    icalrecurrencetype rule = icalrecurrencetype_from_string(bytes.constData());
    *ok = icalerrno == ICAL_NO_ERROR && rule.freq != ICAL_NO_RECURRENCE &&
          rule.freq >= ICAL_DAILY_RECURRENCE;
    icalerror_clear_errno();
    return rule;
}

// A date as libical makes one from its own text form: a time set field by field lacks
// what libical derives (weekly rules then stepped six days at a time).
icaltimetype dayOf(const QDate &date)
{
    return icaltime_from_string(date.toString(QStringLiteral("yyyyMMdd")).toLatin1().constData());
}

QDate dateOf(const icaltimetype &time)
{
    return icaltime_is_null_time(time) ? QDate() : QDate(time.year, time.month, time.day);
}

// Walks the series from start, giving each day to visit until it returns false. Stops
// after a bound, for a rule that never yields a day (FREQ=YEARLY;BYMONTHDAY=31;BYMONTH=2).
template<class Visit> void walk(const QString &text, const QDate &start, Visit visit)
{
    bool ok = false;
    icalrecurrencetype rule = parsed(text, &ok);
    if (!ok || !start.isValid())
        return;
    icalrecur_iterator *iterator = icalrecur_iterator_new(rule, dayOf(start));
    if (!iterator)
        return;
    for (int step = 0; step < 100000; ++step) {
        const QDate day = dateOf(icalrecur_iterator_next(iterator));
        if (!day.isValid() || !visit(day))
            break;
    }
    icalrecur_iterator_free(iterator);
}

} // namespace

RecurrenceRule RecurrenceRule::fromText(const QString &text, const QString &field)
{
    QString value = text.trimmed();
    if (value.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive))
        value = value.mid(6);
    bool ok = false;
    icalrecurrencetype rule = parsed(value, &ok);
    if (!ok)
        throw ValidationError(field, QCoreApplication::translate(
                                         "RecurrenceRule",
                                         "\"%1\" is not a rule for repeating. Choose one in the "
                                         "list, or write an iCalendar rule such as "
                                         "FREQ=WEEKLY;BYDAY=TU.")
                                         .arg(text.trimmed()));
    char *spelled = icalrecurrencetype_as_string_r(&rule);
    const QString canonical = QString::fromUtf8(spelled);
    icalmemory_free_buffer(spelled);
    return RecurrenceRule(canonical);
}

bool RecurrenceRule::isValid(const QString &text)
{
    bool ok = false;
    parsed(text, &ok);
    return ok;
}

QVector<QDate> RecurrenceRule::occurrences(const QDate &start, const QDate &from, int count) const
{
    QVector<QDate> days;
    walk(m_text, start, [&](const QDate &day) {
        if (day >= from)
            days << day;
        return days.size() < count;
    });
    return days;
}

QDate RecurrenceRule::nextOpen(const QDate &start, const QDate &from,
                               const QSet<QDate> &settled) const
{
    QDate next;
    walk(m_text, start, [&](const QDate &day) {
        if (day >= from && !settled.contains(day)) {
            next = day;
            return false;
        }
        return true;
    });
    return next;
}

QString RecurrenceRule::describe() const
{
    bool ok = false;
    const icalrecurrencetype rule = parsed(m_text, &ok);
    if (!ok)
        return m_text;
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("RecurrenceRule", text);
    };
    const int every = qMax(1, int(rule.interval));
    QString text;
    // Written out one by one, so lupdate sees each plural.
    switch (rule.freq) {
    case ICAL_DAILY_RECURRENCE:
        text = QCoreApplication::translate("RecurrenceRule", "every %n day(s)", nullptr, every);
        break;
    case ICAL_WEEKLY_RECURRENCE:
        text = QCoreApplication::translate("RecurrenceRule", "every %n week(s)", nullptr, every);
        break;
    case ICAL_MONTHLY_RECURRENCE:
        text = QCoreApplication::translate("RecurrenceRule", "every %n month(s)", nullptr, every);
        break;
    default:
        text = QCoreApplication::translate("RecurrenceRule", "every %n year(s)", nullptr, every);
        break;
    }
    // On which days: "on Tuesday", "on the first Monday", "on day 15".
    QStringList days;
    const char *positions[] = {
        QT_TRANSLATE_NOOP("RecurrenceRule", "last"), QT_TRANSLATE_NOOP("RecurrenceRule", "first"),
        QT_TRANSLATE_NOOP("RecurrenceRule", "second"), QT_TRANSLATE_NOOP("RecurrenceRule", "third"),
        QT_TRANSLATE_NOOP("RecurrenceRule", "fourth")};
    for (int i = 0; i < ICAL_BY_DAY_SIZE && rule.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        // libical's weekdays count from Sunday = 1; Qt's from Monday = 1.
        const int weekday = int(icalrecurrencetype_day_day_of_week(rule.by_day[i]));
        const QString name = QLocale().dayName(weekday == 1 ? 7 : weekday - 1);
        const int position = icalrecurrencetype_day_position(rule.by_day[i]);
        if (position == 0)
            days << name;
        else if (position == -1 || (position >= 1 && position <= 4))
            days << tr("the %1 %2").arg(tr(positions[position == -1 ? 0 : position]), name);
        else
            days << name;
    }
    for (int i = 0; i < ICAL_BY_MONTHDAY_SIZE && rule.by_month_day[i] != ICAL_RECURRENCE_ARRAY_MAX;
         ++i)
        days << tr("day %1").arg(rule.by_month_day[i]);
    if (!days.isEmpty())
        text += QLatin1Char(' ') + tr("on %1").arg(days.join(QStringLiteral(", ")));
    if (rule.count > 0)
        text += QStringLiteral(", ") +
                QCoreApplication::translate("RecurrenceRule", "%n time(s)", nullptr, rule.count);
    else if (!icaltime_is_null_time(rule.until))
        text += QStringLiteral(", ") +
                tr("until %1").arg(QLocale().toString(dateOf(rule.until), QLocale::LongFormat));
    return text;
}

QString RecurrenceRule::occurrenceField(const QDate &day)
{
    return fieldPrefix() + day.toString(Qt::ISODate);
}

QDate RecurrenceRule::occurrenceDay(const QString &field)
{
    return field.startsWith(fieldPrefix())
               ? QDate::fromString(field.mid(fieldPrefix().size()), Qt::ISODate)
               : QDate();
}
