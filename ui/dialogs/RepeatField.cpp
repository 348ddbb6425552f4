#include "ui/dialogs/RepeatField.h"

#include "model/domain/RecurrenceRule.h"
#include "ui/dialogs/DateField.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>

namespace {

// RFC 5545's two-letter weekdays, Monday first as Qt counts.
const char *const weekdays[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

// The rule without its end (COUNT or UNTIL): the part the list chooses.
QString withoutEnd(const QString &rule)
{
    QString base = rule;
    base.remove(QRegularExpression(QStringLiteral(";?(COUNT|UNTIL)=[^;]*")));
    return base;
}

} // namespace

RepeatField::RepeatField(const QString &rule, const QDate &due, QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("repeatChoice"));
    m_choice->setAccessibleName(tr("Repeats"));
    m_until = new DateField(DateField::Shows::Date, QStringLiteral("recurrence"), this);
    m_until->setObjectName(QStringLiteral("repeatUntil"));
    m_until->setAccessibleName(tr("Repeats until"));
    m_until->lineEdit()->setPlaceholderText(tr("no end date"));
    m_times = new QSpinBox(this);
    m_times->setObjectName(QStringLiteral("repeatTimes"));
    m_times->setAccessibleName(tr("Number of times"));
    m_times->setRange(0, 999);
    m_times->setSpecialValueText(tr("no limit"));
    m_times->setSuffix(tr(" times"));
    auto *until = new QLabel(tr("until"), this);
    auto *orTimes = new QLabel(tr("or"), this);
    row->addWidget(m_choice, 2);
    row->addWidget(until);
    row->addWidget(m_until, 1);
    row->addWidget(orTimes);
    row->addWidget(m_times);
    setFocusProxy(m_choice);

    fillChoices(due.isValid() ? due : QDate::currentDate(), withoutEnd(rule));
    if (const auto count = QRegularExpression(QStringLiteral("COUNT=(\\d+)")).match(rule);
        count.hasMatch())
        m_times->setValue(count.captured(1).toInt());
    if (const auto date = QRegularExpression(QStringLiteral("UNTIL=(\\d{8})")).match(rule);
        date.hasMatch())
        m_until->setDay(QDate::fromString(date.captured(1), QStringLiteral("yyyyMMdd")));
    connect(m_choice, &QComboBox::currentIndexChanged, this, &RepeatField::showLimits);
    showLimits();
}

void RepeatField::fillChoices(const QDate &day, const QString &keep)
{
    const QString weekday = QString::fromLatin1(weekdays[day.dayOfWeek() - 1]);
    const QString name = QLocale().dayName(day.dayOfWeek());
    const int nth = (day.day() - 1) / 7 + 1; // the first … fifth of its weekday this month
    const QStringList ordinals = {tr("first"), tr("second"), tr("third"), tr("fourth"),
                                  tr("fifth")};
    const QString current = keep.isNull() ? m_choice->currentData().toString() : keep;
    m_choice->clear();
    m_choice->addItem(tr("Does not repeat"), QString());
    m_choice->addItem(tr("Every week on %1").arg(name),
                      QStringLiteral("FREQ=WEEKLY;BYDAY=") + weekday);
    m_choice->addItem(tr("Every 2 weeks on %1").arg(name),
                      QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=") + weekday);
    m_choice->addItem(tr("Every month on the %1 %2").arg(ordinals.value(nth - 1), name),
                      QStringLiteral("FREQ=MONTHLY;BYDAY=%1%2").arg(nth).arg(weekday));
    m_choice->addItem(tr("Every month on day %1").arg(day.day()),
                      QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=%1").arg(day.day()));
    int index = m_choice->findData(current);
    if (index < 0 && RecurrenceRule::isValid(current)) {
        // A rule of its own (imported, or from another laptop): kept as it is.
        m_choice->addItem(RecurrenceRule::fromText(current).describe(), current);
        index = m_choice->count() - 1;
    }
    m_choice->setCurrentIndex(qMax(0, index));
}

void RepeatField::setDue(const QDate &due)
{
    if (!due.isValid())
        return;
    // The chosen kind of repeat stays, made from the new day.
    const int kind = m_choice->currentIndex();
    fillChoices(due, QString());
    if (kind > 0 && kind <= 4)
        m_choice->setCurrentIndex(kind);
}

void RepeatField::showLimits()
{
    const bool repeats = !m_choice->currentData().toString().isEmpty();
    m_until->setEnabled(repeats);
    m_times->setEnabled(repeats);
}

QString RepeatField::rule() const
{
    QString rule = m_choice->currentData().toString();
    if (rule.isEmpty())
        return {};
    if (m_times->value() > 0)
        rule += QStringLiteral(";COUNT=%1").arg(m_times->value());
    else if (const QDate until = m_until->day(); until.isValid())
        rule += QStringLiteral(";UNTIL=") + until.toString(QStringLiteral("yyyyMMdd"));
    return rule;
}
