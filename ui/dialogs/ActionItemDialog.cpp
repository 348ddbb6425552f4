#include "ui/dialogs/ActionItemDialog.h"

#include "model/domain/ValidationError.h"
#include "model/domain/Vocabulary.h"
#include "model/records/ActionItemRepository.h"
#include "ui/dialogs/Choices.h"
#include "ui/dialogs/DateField.h"
#include "ui/dialogs/RepeatField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

ActionItemDialog::ActionItemDialog(Database &database, const ActionItem &item, QWidget *parent)
    : RecordDialog(item.id.isEmpty() ? tr("New action item") : tr("Edit action item"), parent),
      m_database(database), m_item(item)
{
    setObjectName(QStringLiteral("actionItemDialog"));
    m_title = new QLineEdit(item.title, this);
    m_kind = new QComboBox(this);
    m_kind->setEditable(true);
    Choices::fillSuggestions(m_kind, Vocabulary::actionKind(), item.kind);
    m_campaign = new QComboBox(this);
    Choices::fillCampaigns(m_campaign, database, tr("(no campaign)"), EndedCampaigns::Shown::Hidden,
                           item.campaignId);
    Choices::select(m_campaign, item.campaignId);
    m_organization = new QComboBox(this);
    Choices::fillOrganizations(m_organization, database, tr("(no organization)"));
    Choices::select(m_organization, item.organizationId);
    m_owner = new QLineEdit(item.owner, this);
    m_due = new DateField(DateField::Shows::Date, QStringLiteral("due_date"), this);
    m_due->setDay(item.dueDate);
    m_eventStart =
        new DateField(DateField::Shows::DateAndTime, QStringLiteral("event_start"), this);
    m_eventStart->setObjectName(QStringLiteral("eventStartEdit"));
    m_eventEnd = new DateField(DateField::Shows::DateAndTime, QStringLiteral("event_end"), this);
    m_allDay = new QCheckBox(tr("All da&y"), this);
    m_allDay->setObjectName(QStringLiteral("all_day"));
    m_allDay->setChecked(item.allDay);
    showAllDay(item.allDay);
    if (item.allDay) { // stored as midnight UTC of its days
        m_eventStart->setDay(item.eventStart.toUTC().date());
        m_eventEnd->setDay(item.eventEnd.toUTC().date());
    } else {
        m_eventStart->setMoment(item.eventStart);
        m_eventEnd->setMoment(item.eventEnd);
    }
    connect(m_allDay, &QCheckBox::toggled, this, &ActionItemDialog::showAllDay);
    m_repeat = new RepeatField(item.recurrence, item.dueDate, this);
    connect(m_due, &DateField::edited, this, [this] {
        try {
            m_repeat->setDue(m_due->day());
        } catch (const ValidationError &) { // said at the field when saving
        }
    });
    m_status = new QComboBox(this);
    Choices::fillVocabulary(m_status, Vocabulary::actionStatus());
    Choices::select(m_status, item.status);
    m_priority = new QComboBox(this);
    Choices::fillVocabulary(m_priority, Vocabulary::priority());
    Choices::select(m_priority, item.priority);
    m_location = new QLineEdit(item.location, this);
    m_link = new QLineEdit(item.link, this);
    m_link->setPlaceholderText(tr("https://…"));
    m_tags = tagsEditor(item.tags);
    m_notes = textEditor(item.notes, 80);

    addField(tr("&Title:"), m_title, QStringLiteral("title"), tr("What needs doing"));
    addField(tr("&Kind:"), m_kind, QStringLiteral("kind"));
    addField(tr("&Campaign:"), m_campaign, QStringLiteral("campaign_id"));
    addField(tr("O&rganization:"), m_organization, QStringLiteral("organization_id"));
    addField(tr("&Owner:"), m_owner, QStringLiteral("owner"), tr("Who makes sure it happens"));
    addField(tr("&Due:"), m_due, QStringLiteral("due_date"));
    addField(tr("E&vent starts:"), eventStartRow(), QStringLiteral("event_start"),
             tr("For an event: when it starts, in this laptop's time zone"));
    addField(tr("Event &ends:"), m_eventEnd, QStringLiteral("event_end"));
    addField(tr("Repeat&ing:"), m_repeat, QStringLiteral("recurrence"),
             tr("A call every week, a meeting every month: done once, it moves to the next"));
    addField(tr("&Status:"), m_status, QStringLiteral("status"));
    addField(tr("&Priority:"), m_priority, QStringLiteral("priority"));
    addField(tr("&Location:"), m_location, QStringLiteral("location"));
    addField(tr("Lin&k:"), m_link, QStringLiteral("link"));
    addField(tr("T&ags:"), m_tags, QStringLiteral("tags"));
    addField(tr("&Notes:"), m_notes, QStringLiteral("notes"));
}

void ActionItemDialog::check()
{
    ActionItem item = m_item;
    item.title = m_title->text();
    item.kind = m_kind->currentText();
    item.campaignId = Choices::selected(m_campaign);
    item.organizationId = Choices::selected(m_organization);
    item.owner = m_owner->text();
    item.dueDate = m_due->day();
    item.allDay = m_allDay->isChecked();
    item.recurrence = m_repeat->rule();
    const auto midnight = [](const QDate &day) {
        return day.isValid() ? QDateTime(day, QTime(0, 0), Qt::UTC) : QDateTime();
    };
    item.eventStart = item.allDay ? midnight(m_eventStart->day()) : m_eventStart->moment().toUTC();
    item.eventEnd = item.allDay ? midnight(m_eventEnd->day()) : m_eventEnd->moment().toUTC();
    item.status = Choices::selected(m_status);
    item.priority = Choices::selected(m_priority);
    item.location = m_location->text();
    item.link = m_link->text();
    item.tags = tagsIn(m_tags);
    item.notes = m_notes->toPlainText();
    ActionItemRepository(m_database).validate(item);
    m_item = item;
}

QWidget *ActionItemDialog::eventStartRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_eventStart, 1);
    layout->addWidget(m_allDay);
    row->setFocusProxy(m_eventStart);
    return row;
}

void ActionItemDialog::showAllDay(bool allDay)
{
    const auto shows = allDay ? DateField::Shows::Date : DateField::Shows::DateAndTime;
    m_eventStart->setShows(shows);
    m_eventEnd->setShows(shows);
}
