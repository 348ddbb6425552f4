#include "ui/dialogs/DateField.h"

#include "model/domain/ValidationError.h"

#include <QCalendarWidget>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

DateField::DateField(Shows shows, const QString &field, QWidget *parent)
    : QWidget(parent), m_shows(shows), m_field(field)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_text = new QLineEdit(this);
    m_text->setClearButtonEnabled(true);
    m_text->installEventFilter(this);
    layout->addWidget(m_text, 1);
    m_button = new QToolButton(this);
    m_button->setArrowType(Qt::DownArrow);
    m_button->setFocusPolicy(Qt::NoFocus); // F4 or Alt+Down from the text does the same
    m_button->setToolTip(tr("Pick from a calendar (F4)"));
    m_button->setAccessibleName(tr("Calendar"));
    layout->addWidget(m_button);
    setFocusProxy(m_text);

    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setFrameShape(QFrame::StyledPanel);
    auto *popupLayout = new QVBoxLayout(m_popup);
    popupLayout->setContentsMargins(0, 0, 0, 0);
    m_calendar = new QCalendarWidget(m_popup);
    m_calendar->setFirstDayOfWeek(locale().firstDayOfWeek());
    m_calendar->setGridVisible(true);
    m_calendar->installEventFilter(this);
    popupLayout->addWidget(m_calendar);
    connect(m_calendar, &QCalendarWidget::activated, this, &DateField::pick);
    connect(m_calendar, &QCalendarWidget::clicked, this, &DateField::pick);
    connect(m_button, &QToolButton::clicked, this, &DateField::showCalendar);
    connect(m_text, &QLineEdit::editingFinished, this, &DateField::edited);
    setShows(shows);
}

QString DateField::dateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QRegularExpression(QStringLiteral("y+")), QStringLiteral("yyyy"));
    return format;
}

void DateField::setShows(Shows shows)
{
    QDateTime kept;
    try {
        kept = moment();
    } catch (const ValidationError &) { // a text that reads as nothing stays as typed
    }
    m_shows = shows;
    const QDate example(2021, 12, 30);
    QString placeholder = locale().toString(example, dateFormat(locale()));
    if (shows == Shows::DateAndTime)
        placeholder += QLatin1Char(' ') + locale().toString(QTime(18, 30), QLocale::ShortFormat);
    m_text->setPlaceholderText(tr("None (such as %1)").arg(placeholder));
    if (kept.isValid())
        setMoment(kept);
}

bool DateField::isEmpty() const
{
    return m_text->text().trimmed().isEmpty();
}

void DateField::clear()
{
    m_text->clear();
}

QString DateField::text() const
{
    return m_text->text();
}

bool DateField::isCalendarShown() const
{
    return m_popup->isVisible();
}

QDateTime DateField::parsed(const QString &text) const
{
    const QLocale here = locale();
    QStringList dates = {dateFormat(here), here.dateFormat(QLocale::ShortFormat),
                         QStringLiteral("yyyy-MM-dd")};
    dates.removeDuplicates();
    QStringList times = {QString(),
                         here.timeFormat(QLocale::ShortFormat),
                         QStringLiteral("H:mm"),
                         QStringLiteral("h:mm AP"),
                         QStringLiteral("h:mmAP"),
                         QStringLiteral("h AP"),
                         QStringLiteral("hAP")};
    times.removeDuplicates();
    const QString simplified = text.simplified();
    for (const QString &date : dates) {
        for (const QString &time : times) {
            const QString format = time.isEmpty() ? date : date + QLatin1Char(' ') + time;
            // English AM/PM whatever the language, as clocks and alerts write it.
            for (const QLocale &reading : {here, QLocale::c()}) {
                QDateTime at = reading.toDateTime(simplified, format);
                if (!at.isValid() && time.contains(QLatin1String("AP")))
                    at = reading.toDateTime(simplified.toUpper(), format);
                // Two digits are this century's (Qt reads "yy" as 19yy): the dates
                // organizers track are recent or coming.
                if (at.isValid() && !date.contains(QLatin1String("yyyy")))
                    at = at.addYears(100);
                if (at.isValid())
                    return at;
            }
        }
    }
    return QDateTime::fromString(simplified, Qt::ISODate).toLocalTime();
}

void DateField::refuse() const
{
    QString example = locale().toString(QDate(2021, 12, 30), dateFormat(locale()));
    if (m_shows == Shows::DateAndTime)
        example += QLatin1Char(' ') + locale().toString(QTime(18, 30), QLocale::ShortFormat);
    throw ValidationError(m_field, tr("\"%1\" is not a date. Type it like %2, or pick it from the "
                                      "calendar (F4).")
                                       .arg(m_text->text().trimmed(), example));
}

QDate DateField::day() const
{
    return moment().date();
}

void DateField::setDay(const QDate &day)
{
    m_text->setText(day.isValid() ? locale().toString(day, dateFormat(locale())) : QString());
}

QDateTime DateField::moment() const
{
    if (isEmpty())
        return {};
    const QDateTime at = parsed(m_text->text());
    if (!at.isValid())
        refuse();
    return at;
}

void DateField::setMoment(const QDateTime &moment)
{
    if (!moment.isValid()) {
        m_text->clear();
        return;
    }
    const QDateTime local = moment.toLocalTime();
    QString text = locale().toString(local.date(), dateFormat(locale()));
    if (m_shows == Shows::DateAndTime)
        text += QLatin1Char(' ') + locale().toString(local.time(), QLocale::ShortFormat);
    m_text->setText(text);
}

void DateField::showCalendar()
{
    QDate shown = QDate::currentDate();
    try {
        if (const QDate typed = day(); typed.isValid())
            shown = typed;
    } catch (const ValidationError &) {
    }
    m_calendar->setSelectedDate(shown);
    m_popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *screen = this->screen()) { // above the field when it would fall off
        const QRect room = screen->availableGeometry();
        if (at.y() + m_popup->height() > room.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
        at.setX(qMin(at.x(), room.right() - m_popup->width()));
    }
    m_popup->move(at);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateField::pick(const QDate &date)
{
    m_popup->hide();
    if (m_shows == Shows::DateAndTime) {
        // A day picked keeps the time typed, or starts at 18:00, when meetings do.
        QTime time(18, 0);
        try {
            if (const QDateTime typed = moment(); typed.isValid())
                time = typed.time();
        } catch (const ValidationError &) {
        }
        setMoment(QDateTime(date, time, Qt::LocalTime));
    } else {
        setDay(date);
    }
    m_text->setFocus(Qt::PopupFocusReason);
    emit edited();
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_text &&
            (key->key() == Qt::Key_F4 ||
             (key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier))) {
            showCalendar();
            return true;
        }
        if (watched == m_calendar && key->key() == Qt::Key_Escape) {
            m_popup->hide();
            m_text->setFocus(Qt::PopupFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
