#include "model/intake/InboxStore.h"

#include "model/domain/Clock.h"
#include "model/domain/CoalitionError.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/storage/Database.h"
#include "model/storage/StampStore.h"
#include "model/storage/Statement.h"
#include "model/storage/Transaction.h"

#include <QCoreApplication>
#include <QUuid>

namespace {

// Ids made from what they name, so every laptop makes the same one.
const QUuid intakeNamespace(QStringLiteral("{6f1c2a7e-3b9d-5e41-8c0a-2d7b9e4f1a63}"));

QString idOf(const QString &name)
{
    return QUuid::createUuidV5(intakeNamespace, name).toString(QUuid::WithoutBraces);
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant dateOrNull(const QDate &day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant();
}

QVariant timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

// A draft's columns as draftFrom() reads them, then its alert's text: from intake_drafts d
// joined to intake_sources s.
const QString draftColumns = QStringLiteral(
    "d.id, d.source_id, d.passage_start, d.passage_length, d.title, d.kind, "
    "coalesce(d.campaign_id, ''), coalesce(d.organization_id, ''), d.new_organization, "
    "coalesce(d.due_date, ''), coalesce(d.event_start, ''), coalesce(d.event_end, ''), d.link, "
    "d.notes, d.reasons, d.state, d.action_item_id, coalesce(s.text, '') FROM intake_drafts d "
    "LEFT JOIN intake_sources s ON s.id = d.source_id");

InboxDraft draftFrom(const Statement &row, const QString &text)
{
    InboxDraft stored;
    stored.id = row.text(0);
    stored.sourceId = row.text(1);
    AlertDraft &draft = stored.draft;
    draft.position = row.value(2).toLongLong();
    draft.length = row.value(3).toLongLong();
    draft.passage = text.mid(draft.position, draft.length);
    draft.item.title = row.text(4);
    draft.item.kind = row.text(5);
    draft.item.campaignId = row.text(6);
    draft.item.organizationId = row.text(7);
    draft.newOrganization = row.text(8);
    draft.item.dueDate = QDate::fromString(row.text(9), Qt::ISODate);
    draft.item.eventStart = QDateTime::fromString(row.text(10), Qt::ISODateWithMs);
    draft.item.eventEnd = QDateTime::fromString(row.text(11), Qt::ISODateWithMs);
    draft.item.link = row.text(12);
    draft.item.notes = row.text(13);
    draft.reasons = row.text(14).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    stored.state = row.text(15);
    stored.actionItemId = row.text(16);
    return stored;
}

} // namespace

InboxStore::InboxStore(Database &database) : m_database(database) {}

void InboxStore::stamp(const QString &table, const QString &id,
                       const QVector<QPair<QString, QVariant>> &fields)
{
    m_database.stamps()->record(table, id, fields, m_database.stamps()->next(),
                                m_database.author());
}

QVector<InboxDraft> InboxStore::add(IntakeSource source, const QVector<AlertDraft> &drafts)
{
    // A pasted alert is known by its text; a feed's entry comes with an id made from its
    // key, so an entry edited after it was read is not read again.
    if (source.id.isEmpty())
        source.id = idOf(QStringLiteral("source/") + source.text.simplified());
    Transaction transaction(m_database);
    if (!this->source(source.id)) {
        const QVector<QPair<QString, QVariant>> fields = {
            {QStringLiteral("kind"), source.kind},
            {QStringLiteral("address"), source.address},
            {QStringLiteral("received_on"), source.receivedOn.toString(Qt::ISODate)},
            {QStringLiteral("language"), source.language},
            {QStringLiteral("text"), source.text}};
        Statement insert(m_database.connection(),
                         QStringLiteral("INSERT INTO intake_sources (id, kind, address, "
                                        "received_on, language, text) VALUES (:id, :kind, "
                                        ":address, :received_on, :language, :text)"));
        insert.bind(QStringLiteral(":id"), source.id);
        for (const auto &field : fields)
            insert.bind(QLatin1Char(':') + field.first, field.second);
        insert.exec();
        stamp(QStringLiteral("intake_sources"), source.id, fields);
    }
    const QString now = m_database.clock().nowIsoUtc();
    QVector<InboxDraft> result;
    for (const AlertDraft &draft : drafts) {
        const QString id = idOf(QStringLiteral("draft/%1/%2/%3/%4")
                                    .arg(source.id)
                                    .arg(draft.position)
                                    .arg(draft.item.kind, draft.item.title));
        if (!this->draft(id)) {
            const QVector<QPair<QString, QVariant>> fields = {
                {QStringLiteral("source_id"), source.id},
                {QStringLiteral("passage_start"), QString::number(draft.position)},
                {QStringLiteral("passage_length"), QString::number(draft.length)},
                {QStringLiteral("title"), draft.item.title},
                {QStringLiteral("kind"), draft.item.kind},
                {QStringLiteral("campaign_id"), orNull(draft.item.campaignId)},
                {QStringLiteral("organization_id"), orNull(draft.item.organizationId)},
                {QStringLiteral("new_organization"), draft.newOrganization},
                {QStringLiteral("due_date"), dateOrNull(draft.item.dueDate)},
                {QStringLiteral("event_start"), timeOrNull(draft.item.eventStart)},
                {QStringLiteral("event_end"), timeOrNull(draft.item.eventEnd)},
                {QStringLiteral("link"), draft.item.link},
                {QStringLiteral("notes"), draft.item.notes},
                {QStringLiteral("reasons"), draft.reasons.join(QLatin1Char('\n'))},
                {QStringLiteral("state"), QStringLiteral("open")},
                {QStringLiteral("action_item_id"), QString()},
                {QStringLiteral("proposed_at"), now}};
            QStringList names{QStringLiteral("id")}, values{QStringLiteral(":id")};
            for (const auto &field : fields) {
                names << field.first;
                values << QLatin1Char(':') + field.first;
            }
            Statement insert(
                m_database.connection(),
                QStringLiteral("INSERT INTO intake_drafts (%1) VALUES (%2)")
                    .arg(names.join(QStringLiteral(", ")), values.join(QStringLiteral(", "))));
            insert.bind(QStringLiteral(":id"), id);
            for (const auto &field : fields)
                insert.bind(QLatin1Char(':') + field.first, field.second);
            insert.exec();
            stamp(QStringLiteral("intake_drafts"), id, fields);
        }
        result << *this->draft(id);
    }
    transaction.commit();
    return result;
}

QVector<InboxDraft> InboxStore::list(const QString &state) const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT %1 WHERE d.state = :state ORDER BY d.proposed_at "
                                   "DESC, d.source_id, CAST(d.passage_start AS INTEGER), d.id")
                        .arg(draftColumns));
    query.bind(QStringLiteral(":state"), state).exec();
    QVector<InboxDraft> drafts;
    while (query.next())
        drafts << draftFrom(query, query.text(17));
    return drafts;
}

QString InboxStore::stableId(const QString &name)
{
    return idOf(name);
}

bool InboxStore::hasFeedEntry(const QString &entryKey) const
{
    return Statement(m_database.connection(),
                     QStringLiteral("SELECT EXISTS (SELECT 1 FROM intake_sources WHERE kind = "
                                    "'feed' AND address = :address)"))
        .bind(QStringLiteral(":address"), entryKey)
        .scalar()
        .toBool();
}

int InboxStore::openCount() const
{
    return Statement(m_database.connection(),
                     QStringLiteral("SELECT count(*) FROM intake_drafts WHERE state = 'open'"))
        .scalar()
        .toInt();
}

bool InboxStore::isEmpty() const
{
    return !Statement(m_database.connection(),
                      QStringLiteral("SELECT EXISTS (SELECT 1 FROM intake_drafts)"))
                .scalar()
                .toBool();
}

std::optional<InboxDraft> InboxStore::draft(const QString &id) const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT %1 WHERE d.id = :id").arg(draftColumns));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return draftFrom(query, query.text(17));
}

std::optional<IntakeSource> InboxStore::source(const QString &id) const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT id, kind, address, received_on, language, text FROM "
                                   "intake_sources WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return IntakeSource{query.text(0), query.text(1),
                        query.text(2), QDate::fromString(query.text(3), Qt::ISODate),
                        query.text(4), query.text(5)};
}

ActionItem InboxStore::proposedItem(const InboxDraft &draft)
{
    ActionItem item = draft.draft.item;
    item.id = idOf(QStringLiteral("action/") + draft.id);
    return item;
}

ActionItem InboxStore::accept(const QString &draftId, ActionItem item)
{
    const std::optional<InboxDraft> stored = draft(draftId);
    if (!stored)
        throw CoalitionError(
            QCoreApplication::translate("InboxStore", "There is no draft with id %1.")
                .arg(draftId));
    ActionItemRepository items(m_database);
    if (stored->state == QLatin1String("accepted")) {
        if (const auto made = items.get(stored->actionItemId))
            return *made;
    }
    Transaction transaction(m_database);
    if (item.organizationId.isEmpty() && !stored->draft.newOrganization.isEmpty()) {
        OrganizationRepository organizations(m_database);
        if (const auto known = organizations.findByName(stored->draft.newOrganization)) {
            item.organizationId = known->id;
        } else {
            Organization organization;
            organization.id = idOf(QStringLiteral("organization/") +
                                   stored->draft.newOrganization.simplified().toLower());
            organization.name = stored->draft.newOrganization.simplified();
            organizations.createIfMissing(organization);
            item.organizationId = organization.id;
        }
    }
    item.id = proposedItem(*stored).id;
    // Accepted on another laptop already and synced here: the same item, kept.
    const ActionItem made = items.get(item.id) ? *items.get(item.id) : items.create(item);
    setState(draftId, QStringLiteral("accepted"), made.id);
    transaction.commit();
    return made;
}

void InboxStore::dismiss(const QString &draftId)
{
    setState(draftId, QStringLiteral("dismissed"), QString());
}

void InboxStore::reopen(const QString &draftId)
{
    setState(draftId, QStringLiteral("open"), QString());
}

void InboxStore::setState(const QString &draftId, const QString &state, const QString &actionItemId)
{
    Transaction transaction(m_database);
    Statement(m_database.connection(),
              QStringLiteral("UPDATE intake_drafts SET state = :state, action_item_id = :item "
                             "WHERE id = :id"))
        .bind(QStringLiteral(":state"), state)
        .bind(QStringLiteral(":item"), actionItemId)
        .bind(QStringLiteral(":id"), draftId)
        .exec();
    stamp(QStringLiteral("intake_drafts"), draftId,
          {{QStringLiteral("state"), state}, {QStringLiteral("action_item_id"), actionItemId}});
    transaction.commit();
}
